"""assistant.llm: engine registry, errors, and (integration) the real local model and llama.cpp server."""

from __future__ import annotations

import pytest

from assistant.llm import (
    ENGINES,
    LLMUnavailable,
    UnknownEngine,
    count_tokens,
    estimate_tokens,
    load_llama,
    make_chat_model,
    stream_text,
)
from assistant.settings import load_settings

PROMPT = "Svar med ett ord: Hva er hovedstaden i Norge?"


def test_registry_has_local_and_openai():
    assert {"local", "openai"} <= set(ENGINES)


def test_unknown_engine_is_a_clear_error(tmp_path):
    with pytest.raises(UnknownEngine, match=r"unknown LLM engine 'gpt9'.*local.*openai"):
        make_chat_model(load_settings(models_dir=tmp_path), "gpt9")


def test_missing_local_model_is_one_line(tmp_path):
    settings = load_settings(models_dir=tmp_path / "nowhere")
    with pytest.raises(LLMUnavailable) as err:
        make_chat_model(settings, "local")
    msg = str(err.value)
    assert "\n" not in msg
    assert msg == f"local model not found at {settings.local_model_path}: run `make models`"


def test_openai_engine_builds_without_network():
    model = make_chat_model(load_settings(llm_base_url="http://127.0.0.1:9/v1", max_new_tokens=7), "openai")
    assert model.openai_api_base == "http://127.0.0.1:9/v1"  # type: ignore[attr-defined]
    assert model.max_tokens == 7  # type: ignore[attr-defined]
    assert model.temperature == 0  # type: ignore[attr-defined]


def test_estimate_tokens():
    assert estimate_tokens("") == 0
    assert estimate_tokens("a" * 35) == 10


@pytest.mark.integration
def test_local_model_answers_and_streams(local_chat, llm_settings):
    answer = local_chat.invoke(PROMPT)
    assert isinstance(answer.content, str) and answer.content.strip()

    chunks = list(stream_text(local_chat, [("user", PROMPT)]))
    assert len(chunks) >= 2, chunks
    assert "".join(chunks).strip()

    # the cache hands out the same weights: no second load
    again = make_chat_model(llm_settings, "local")
    assert again.client is local_chat.client  # type: ignore[attr-defined]
    assert (
        load_llama(llm_settings.local_model_path, n_ctx=llm_settings.local_ctx, n_threads=llm_settings.local_threads) is local_chat.client
    )  # type: ignore[attr-defined]


@pytest.mark.integration
def test_count_tokens_uses_llama_tokenizer(local_chat):
    text = "Kommuneplanens arealdel gjelder for hele kommunen."
    n = count_tokens(text, local_chat)
    assert n == len(local_chat.client.tokenize(text.encode(), add_bos=False, special=True))  # type: ignore[attr-defined]
    assert 5 <= n <= len(text) // 2


@pytest.mark.integration
@pytest.mark.slow
def test_openai_engine_against_local_server(openai_server):
    settings = load_settings(llm_base_url=openai_server, llm_model="local", max_new_tokens=16)
    model = make_chat_model(settings, "openai")

    answer = model.invoke(PROMPT)
    assert isinstance(answer.content, str) and answer.content.strip()

    chunks = list(stream_text(model, [("user", PROMPT)]))
    assert len(chunks) >= 2, chunks
