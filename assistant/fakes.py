"""Small fakes for unit tests (real parts everywhere else)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class _Chunk:
    content: str


class FakeChatModel:
    """A chat model that streams canned replies in turn (the last one repeats), recording each prompt.

    >>> m = FakeChatModel(["Hei [1]."])
    >>> "".join(c.content for c in m.stream([("user", "x")])).strip()
    'Hei [1].'
    """

    def __init__(self, replies: Sequence[str]) -> None:
        self.replies = list(replies) or [""]
        self.prompts: list[Any] = []

    def stream(self, messages: Any, **_: Any) -> Iterator[_Chunk]:
        self.prompts.append(messages)
        reply = self.replies[min(len(self.prompts) - 1, len(self.replies) - 1)]
        for word in reply.split(" "):
            yield _Chunk(word + " ")


@dataclass(frozen=True)
class _Passage:
    text: str


class FakeIndex:
    """An index of passages given as texts, with only ``chunks()`` (what the vocabulary readers call).

    >>> FakeIndex("Fagstigen i Alta").chunks()["p0"].text
    'Fagstigen i Alta'
    """

    def __init__(self, *texts: str) -> None:
        self._chunks = {f"p{i}": _Passage(t) for i, t in enumerate(texts)}

    def chunks(self) -> dict[str, _Passage]:
        return self._chunks
