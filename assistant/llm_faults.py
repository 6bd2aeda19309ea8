"""What went wrong with a language model, and a stream that gives up at a deadline.

The answer falls back to the extractive engine whenever the model fails; these say *which* failure
it was (server down, too slow, an error, unreadable output) so the notice the user sees is true,
and make sure the fallback comes within ``PLANVIS_LLM_TIMEOUT_S`` however the server misbehaves
(an HTTP timeout alone restarts with each byte and each client retry).

    >>> list(stream_within(iter(["Hei", "!"]), 5.0))
    ['Hei', '!']
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator

__all__ = ["LLMTimeout", "NOTICES", "failure_kind", "stream_within"]


class LLMTimeout(TimeoutError):
    """The model did not finish within the deadline."""


# The first line of the fallback answer, per failure kind ("fallback": the output was not supported).
NOTICES = {
    "nb": {
        "down": "Språkmodellen svarer ikke (tjeneren er nede eller utilgjengelig), så her er sitatene.",
        "slow": "Språkmodellen svarte ikke innen tidsgrensen, så her er sitatene.",
        "error": "Språkmodellen svarte med en feil, så her er sitatene.",
        "garbage": "Språkmodellens svar var uleselig, så her er sitatene.",
    },
    "en": {
        "down": "The language model does not answer (its server is down or unreachable), so here are the quotes.",
        "slow": "The language model did not answer in time, so here are the quotes.",
        "error": "The language model answered with an error, so here are the quotes.",
        "garbage": "The language model's reply could not be read, so here are the quotes.",
    },
}


def failure_kind(exc: BaseException) -> str:
    """``down`` | ``slow`` | ``garbage`` | ``error`` for an exception raised while streaming."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    if isinstance(exc, TimeoutError) or names & {"APITimeoutError", "TimeoutException", "ReadTimeout", "ConnectTimeout"}:
        return "slow"
    if names & {"APIConnectionError", "ConnectError", "ConnectionError", "RemoteProtocolError"}:
        return "down"
    if isinstance(exc, (json.JSONDecodeError, UnicodeDecodeError)) or names & {"APIResponseValidationError", "DecodingError"}:
        return "garbage"
    return "error"


_END = object()


def stream_within(deltas: Iterator[str], seconds: float) -> Iterator[str]:
    """Yield ``deltas`` until they end, or raise :class:`LLMTimeout` once ``seconds`` have passed.

    The source runs in a worker thread; after a timeout it is told to stop at its next delta (which
    closes it, releasing a local model's lock) and is otherwise left to its own client timeout.
    """
    out: queue.Queue[object] = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            for delta in deltas:
                if stop.is_set():
                    break
                out.put(delta)
            out.put(_END)
        except BaseException as exc:  # handed to the consumer, which raises it
            out.put(exc)
        finally:
            close = getattr(deltas, "close", None)
            if close is not None:
                close()

    threading.Thread(target=work, name="llm-stream", daemon=True).start()
    deadline = time.monotonic() + seconds
    try:
        while True:
            left = deadline - time.monotonic()
            try:
                item = out.get(timeout=max(left, 0.0))
            except queue.Empty:
                raise LLMTimeout(f"no complete answer within {seconds:g} s") from None
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield str(item)
    finally:
        stop.set()
