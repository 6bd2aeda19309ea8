"""Shared pytest setup: markers, a loopback-only network guard, and the session-wide LLM fixtures."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
if str(TESTS_DIR) not in sys.path:  # so tests can `import servers`, `import netguard`
    sys.path.insert(0, str(TESTS_DIR))
if str(TESTS_DIR.parent) not in sys.path:  # so tests can `import assistant` without an install
    sys.path.insert(0, str(TESTS_DIR.parent))

import netguard  # noqa: E402

# Nothing in the tests may reach a hub or a telemetry endpoint.
for _var, _val in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGSMITH_TRACING": "false",
}.items():
    os.environ.setdefault(_var, _val)

# Small answers keep the LLM tests fast.
TEST_MAX_TOKENS = 16


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "integration: uses real models or servers (local LLM, llama.cpp server)")
    config.addinivalue_line("markers", "slow: takes more than a few seconds")
    config.addinivalue_line("markers", "browser: drives a real browser against the UI")


@pytest.fixture(scope="session", autouse=True)
def _loopback_only() -> Iterator[None]:
    """Block socket connections to anything but loopback for the whole session."""
    mp = pytest.MonkeyPatch()
    netguard.install(mp)
    try:
        yield
    finally:
        mp.undo()


def _llm_settings(**overrides: object):  # -> Settings
    from assistant.settings import load_settings

    return load_settings(max_new_tokens=TEST_MAX_TOKENS, **overrides)


def _missing(reason: str) -> None:
    """Skip on a developer machine; fail under CI (CI=true), where a missing model must not pass as green."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the LLM tests must run, not skip)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def llm_settings():
    """Settings for LLM tests (max_new_tokens=16); skips (fails under CI=true) when the GGUF or llama-cpp-python is missing."""
    settings = _llm_settings()
    if not settings.local_model_path.is_file():
        _missing(f"local model not found at {settings.local_model_path}: run `make models`")
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        _missing("llama-cpp-python not installed")
    return settings


@pytest.fixture(scope="session")
def local_chat(llm_settings):
    """The local ChatLlamaCpp, loaded once per session (assistant.llm caches the weights per process)."""
    from assistant.llm import make_chat_model

    return make_chat_model(llm_settings, "local")


@pytest.fixture(scope="session")
def openai_server(llm_settings) -> Iterator[str]:
    """A real llama_cpp.server on 127.0.0.1 serving the local GGUF; yields its base URL (…/v1)."""
    from servers import start_openai_server

    with start_openai_server(llm_settings.local_model_path, n_ctx=llm_settings.local_ctx) as (_proc, base_url):
        yield base_url


@pytest.fixture(scope="session")
def corpus_settings():
    """Settings pointing at the project's own index of corpus/ (built by `make index`)."""
    from assistant.settings import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def corpus_index(corpus_settings):
    """The real full-corpus index (real e5 embeddings, real Chroma); synced once per session."""
    from assistant.index import Index

    index = Index.open(corpus_settings)
    report = index.sync_corpus(progress=False)  # a no-op when `make index` ran before
    assert report.ok, report.failed
    return index


@pytest.fixture(scope="session")
def corpus_assistant(corpus_settings, corpus_index):
    from assistant.answer import Assistant

    return Assistant(corpus_settings, corpus_index)
