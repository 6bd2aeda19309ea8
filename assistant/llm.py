"""Chat models behind LangChain's ``BaseChatModel``: a local GGUF via llama.cpp, or any OpenAI-compatible server.

    >>> from assistant.settings import load_settings
    >>> model = make_chat_model(load_settings(), "local")          # doctest: +SKIP
    >>> "".join(stream_text(model, [("user", "Hei!")]))            # doctest: +SKIP

Nothing is loaded at import. The local model is loaded lazily on the first ``make_chat_model(..., "local")``
and kept in a per-process cache, so every later call (and every ChatLlamaCpp wrapper built from it) shares
one ``llama_cpp.Llama``. Engines are looked up in :data:`ENGINES`; "extractive" is not an LLM engine and is
handled by the caller.
"""

from __future__ import annotations

import math
import os
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langchain_core.runnables import Runnable

from assistant.settings import Settings

__all__ = [
    "ENGINES",
    "LLMUnavailable",
    "UnknownEngine",
    "clear_cache",
    "count_tokens",
    "estimate_tokens",
    "load_llama",
    "make_chat_model",
    "stream_text",
]

# Greedy decoding for reproducible, source-faithful answers. A mild repeat penalty (Qwen's own
# recommendation is 1.05) keeps a 1.5B model from looping without stopping it copying numbers from context.
LOCAL_TEMPERATURE = 0.0
LOCAL_REPEAT_PENALTY = 1.05
LOCAL_N_BATCH = 512  # ChatLlamaCpp's default of 8 makes prompt processing several times slower
LOCAL_SEED = 0
CHARS_PER_TOKEN = 3.5  # fallback estimate for Norwegian prose when no tokenizer is loaded


class LLMUnavailable(RuntimeError):
    """The requested chat model cannot be used here (model file or library missing). One-line message."""


class UnknownEngine(ValueError):
    """``make_chat_model`` was asked for an engine that is not in :data:`ENGINES`."""


# key (resolved path, n_ctx, n_threads, n_batch) -> llama_cpp.Llama
_LLAMA_CACHE: dict[tuple[str, int, int, int], Any] = {}
_LLAMA_LOCK = threading.Lock()


def load_llama(model_path: Path | str, *, n_ctx: int, n_threads: int, n_batch: int = LOCAL_N_BATCH) -> Any:
    """Return the process-wide ``llama_cpp.Llama`` for these parameters, loading it on first use."""
    path = Path(model_path)
    if not path.is_file():
        raise LLMUnavailable(f"local model not found at {path}: run `make models`")
    key = (str(path.resolve()), int(n_ctx), int(n_threads), int(n_batch))
    with _LLAMA_LOCK:
        llama = _LLAMA_CACHE.get(key)
        if llama is None:
            # libgomp reads this when llama.cpp's library loads. With the default (spinning) policy two
            # threads on a 2-core machine that is also running anything else generate at ~1 tok/s instead of ~5.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise LLMUnavailable(f"llama-cpp-python is not installed ({exc}): pip install llama-cpp-python") from exc
            _refuse_amx_build()
            try:
                llama = Llama(
                    model_path=str(path),
                    n_ctx=n_ctx,
                    n_threads=n_threads,
                    n_threads_batch=n_threads,
                    n_batch=n_batch,
                    seed=LOCAL_SEED,
                    verbose=False,
                )
            except Exception as exc:  # llama_cpp raises ValueError/RuntimeError with multi-line text
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise LLMUnavailable(f"could not load local model {path}: {first}") from exc
            _LLAMA_CACHE[key] = llama
        return llama


REBUILD_HINT = (
    'CFLAGS="-mno-amx-tile -mno-amx-int8 -mno-amx-bf16" CXXFLAGS="-mno-amx-tile -mno-amx-int8 -mno-amx-bf16" '
    "pip install --no-cache-dir --force-reinstall --no-deps llama-cpp-python==0.3.36"
)


def _refuse_amx_build() -> None:
    """A llama.cpp built with -march=native on an AMX CPU segfaults in its first decode on this workplace's VMs
    (AMX weight repacking); turn that process-killing crash into a one-line error."""
    import llama_cpp

    info = llama_cpp.llama_print_system_info().decode(errors="replace")
    if "AMX_INT8 = 1" in info:
        raise LLMUnavailable(f"llama-cpp-python was built with AMX, which crashes here: rebuild with {REBUILD_HINT}")


def clear_cache() -> None:
    """Drop every cached local model (tests; frees the memory once no wrapper holds it)."""
    with _LLAMA_LOCK:
        _LLAMA_CACHE.clear()


_INFERENCE_LOCK = threading.RLock()  # one llama.cpp context is not thread-safe; 2 cores gain nothing from overlap
_CHAT_CLS: Any = None


def _serialized_chat_llamacpp_cls() -> Any:
    """ChatLlamaCpp whose calls into the shared Llama are serialized (Gradio may call from several threads)."""
    global _CHAT_CLS
    if _CHAT_CLS is None:
        with warnings.catch_warnings():  # "langchain-community is being sunset" on every import; nothing to act on
            warnings.filterwarnings("ignore", category=DeprecationWarning)
            from langchain_community.chat_models import ChatLlamaCpp

        class SerializedChatLlamaCpp(ChatLlamaCpp):
            def _generate(self, *args: Any, **kwargs: Any) -> Any:
                with _INFERENCE_LOCK:
                    return super()._generate(*args, **kwargs)

            def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
                with _INFERENCE_LOCK:  # held until the stream ends or the consumer closes it
                    yield from super()._stream(*args, **kwargs)

        _CHAT_CLS = SerializedChatLlamaCpp
    return _CHAT_CLS


def _make_local(settings: Settings) -> BaseChatModel:
    llama = load_llama(settings.local_model_path, n_ctx=settings.local_ctx, n_threads=settings.local_threads)
    # model_construct skips ChatLlamaCpp's validator, which would load a second copy of the weights;
    # the fields are only used to build the create_chat_completion call.
    return _serialized_chat_llamacpp_cls().model_construct(
        client=llama,
        model_path=str(settings.local_model_path),
        n_ctx=settings.local_ctx,
        n_threads=settings.local_threads,
        n_batch=LOCAL_N_BATCH,
        max_tokens=settings.max_new_tokens,
        temperature=LOCAL_TEMPERATURE,
        repeat_penalty=LOCAL_REPEAT_PENALTY,
        seed=LOCAL_SEED,
        streaming=True,
        verbose=False,
    )


def _make_openai(settings: Settings) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=settings.llm_api_key,  # type: ignore[arg-type]  # str is accepted and wrapped in SecretStr
        timeout=settings.llm_timeout_s,
        temperature=0,
        max_retries=1,
        max_tokens=settings.max_new_tokens,  # type: ignore[call-arg]
    )


ENGINES: dict[str, Callable[[Settings], BaseChatModel]] = {
    "local": _make_local,
    "openai": _make_openai,
}


def make_chat_model(settings: Settings, engine: str | None = None) -> BaseChatModel:
    """Build the chat model for ``engine`` (default ``settings.engine``).

    Raises :class:`UnknownEngine` for a name not in :data:`ENGINES` and :class:`LLMUnavailable` when the
    local model file or llama-cpp-python is missing.
    """
    name = settings.engine if engine is None else engine
    factory = ENGINES.get(name)
    if factory is None:
        raise UnknownEngine(f"unknown LLM engine {name!r}: choose one of {', '.join(sorted(ENGINES))}")
    return factory(settings)


def _loaded_llama(model: BaseChatModel | None) -> Any:
    client = getattr(model, "client", None) if model is not None else None
    if client is not None and hasattr(client, "tokenize"):
        return client
    with _LLAMA_LOCK:
        return next(iter(_LLAMA_CACHE.values()), None)


def estimate_tokens(text: str) -> int:
    """Rough token count without a tokenizer: ceil(len / 3.5)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def count_tokens(text: str, model: BaseChatModel | None = None) -> int:
    """Token count of ``text``: exact with the local llama tokenizer when one is loaded, else ~len/3.5.

    The tokenizer is taken from ``model`` if it is a ChatLlamaCpp, else from any already-loaded local model;
    nothing is loaded by this call.
    """
    if not text:
        return 0
    llama = _loaded_llama(model)
    if llama is not None:
        return len(llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))  # vocab is read-only
    return estimate_tokens(text)


MessagesLike = str | Sequence[BaseMessage | tuple[str, str] | dict[str, Any]]


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, Iterable):  # list of content blocks
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict) else "" for part in content)
    return ""


def stream_text(model: BaseChatModel | Runnable[Any, Any], messages: MessagesLike, **kwargs: Any) -> Iterator[str]:
    """Yield the non-empty text deltas of ``model``'s streamed answer to ``messages``.

    ``model`` may also be a binding such as ``model.bind(max_tokens=32)``; ``kwargs`` go to ``model.stream``
    (e.g. ``stop=[...]``).
    """
    for chunk in model.stream(messages, **kwargs):  # type: ignore[arg-type]
        text = _content_text(chunk.content)
        if text:
            yield text
