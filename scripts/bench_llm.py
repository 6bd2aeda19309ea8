#!/usr/bin/env python3
"""Measure the local LLM on this machine: load time, prompt processing and generation speed, time to first token.

    .venv/bin/python scripts/bench_llm.py [--prompt-tokens 500] [--gen-tokens 64]

Goes through assistant.llm (ChatLlamaCpp + stream_text), i.e. the same path the app uses.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.llm import count_tokens, make_chat_model, stream_text  # noqa: E402
from assistant.settings import load_settings  # noqa: E402

FILLER = (
    "Kommuneplanens arealdel fastsetter hovedtrekkene i arealbruken i kommunen. Bestemmelsene gjelder for "
    "nye tiltak, og byggegrensen mot sjø er 100 meter der ikke annet er angitt. Parkeringsdekningen skal være "
    "minst én plass per boenhet, og uteoppholdsarealet skal være minst 50 kvadratmeter per boenhet. "
)


def build_prompt(model, target_tokens: int) -> str:
    parts: list[str] = []
    i = 0
    while count_tokens(" ".join(parts), model) < target_tokens - 40:
        i += 1
        parts.append(f"[{i}] " + FILLER)
    return "Kontekst:\n" + "\n".join(parts) + "\n\nSpørsmål: Hva er byggegrensen mot sjø? Svar kort med kilde."


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prompt-tokens", type=int, default=500)
    ap.add_argument("--gen-tokens", type=int, default=64)
    args = ap.parse_args()

    settings = load_settings(max_new_tokens=args.gen_tokens)
    t0 = time.perf_counter()
    model = make_chat_model(settings, "local")
    load_s = time.perf_counter() - t0
    print(f"load: {load_s:.2f}s ({settings.local_model_path.name}, n_ctx={settings.local_ctx}, threads={settings.local_threads})")

    # warm-up (first call pays for lazy allocations)
    "".join(stream_text(model.bind(max_tokens=2), [("user", "Hei")]))

    prompt = build_prompt(model, args.prompt_tokens)
    llama = model.client  # type: ignore[attr-defined]
    llama.reset()  # no prefix reuse from the warm-up
    import llama_cpp

    llama_cpp.llama_perf_context_reset(llama.ctx)
    messages = [("system", "Du er en hjelpsom assistent som svarer på norsk."), ("user", prompt)]

    t0 = time.perf_counter()
    first = None
    pieces: list[str] = []
    for piece in stream_text(model, messages):
        if first is None:
            first = time.perf_counter()
        pieces.append(piece)
    end = time.perf_counter()
    assert first is not None, "no output"
    out = "".join(pieces)
    n_prompt = len(llama.tokenize(prompt.encode(), add_bos=False, special=True))
    n_out = count_tokens(out, model)
    ttft = first - t0
    gen_s = end - first
    print(f"prompt: ~{n_prompt} user tokens (+ chat template), ttft {ttft:.2f}s -> prompt processing ~{n_prompt / ttft:.0f} tok/s")
    print(f"generation: {n_out} tokens in {gen_s:.2f}s after the first -> {max(n_out - 1, 1) / gen_s:.1f} tok/s")
    perf = llama_cpp.llama_perf_context(llama.ctx)
    if perf.n_p_eval and perf.t_p_eval_ms and perf.t_eval_ms:
        print(
            f"llama.cpp counters: prompt {perf.n_p_eval} tok at {1000 * perf.n_p_eval / perf.t_p_eval_ms:.1f} tok/s, "
            f"generation {perf.n_eval} tok at {1000 * perf.n_eval / perf.t_eval_ms:.1f} tok/s"
        )
    print(f"total: {end - t0:.2f}s; answer: {out.strip()[:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
