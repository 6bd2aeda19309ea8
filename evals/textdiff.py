"""How many answer texts change when each named rule is switched off (what the ablation's counts miss).

    .venv/bin/python evals/textdiff.py pick-margin,quote-runs evals/questions.jsonl evals/heldout.jsonl

Prints, per rule, the number of answers whose text differs from all rules on and the mean answer length
in words; writes the first differing answers per rule to textdiff.json in the current directory.
"""

from __future__ import annotations

import json
import sys
import time

from assistant import rules
from assistant.answer import Assistant
from assistant.evaluate.ablation import load_sets, register_core_rules
from assistant.evaluate.cache import CachedIndex
from assistant.settings import Settings


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    names, paths = argv[0].split(","), argv[1:]
    register_core_rules()
    unknown = [n for n in names if n not in rules.RULES]
    if unknown:
        print(f"textdiff: unknown rule(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    settings = Settings()
    assistant = Assistant(settings, CachedIndex(settings))
    questions = load_sets(paths)

    def answers() -> dict[str, str]:
        return {q.id: assistant.ask(q.question, q.history, engine="extractive").text for q in questions}

    def words(texts: dict[str, str]) -> float:
        return sum(len(t.split()) for t in texts.values()) / max(len(texts), 1)

    started = time.perf_counter()
    base = answers()
    print(f"all rules on: {len(questions)} questions, {time.perf_counter() - started:.0f} s, mean {words(base):.1f} words", flush=True)
    out: dict[str, object] = {"base_words": words(base)}
    for name in names:
        with rules.disabled(name):
            off = answers()
        changed = [qid for qid in base if base[qid] != off[qid]]
        out[name] = {"changed": len(changed), "mean_words": words(off), "examples": [(q, base[q], off[q]) for q in changed[:4]]}
        print(f"{name}: {len(changed)} answers changed, mean {words(off):.1f} words", flush=True)
    with open("textdiff.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
