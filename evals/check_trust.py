"""Check a trust question file (evals/trust_b2*.jsonl): python evals/check_trust.py FILE.jsonl (exit 1 on any failure)."""

import json
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:  # run as a script from anywhere, without an install
    sys.path.insert(0, str(PROJECT_ROOT))

from assistant.text import normalize as norm  # noqa: E402  (the one normaliser every matcher uses)

CORPUS = PROJECT_ROOT / "corpus"
DOCS = {p.stem: norm(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.iterdir()) if p.suffix in (".txt", ".md")}
TYPES = ("fact", "list", "table", "multi", "premise", "unanswerable")
KEYS = {"id", "question", "answer", "must_include", "evidence", "sources", "type", "lang", "answerable"}


def main(path):
    fail, ids, qs = [], set(), set()
    lines = [row for row in Path(path).read_text(encoding="utf-8").splitlines() if row.strip()]
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            fail.append(f"line {n}: not JSON: {e}")
            continue
        w = f"line {n} ({r.get('id')})"
        if set(r) != KEYS:
            fail.append(f"{w}: keys must be exactly {sorted(KEYS)}, got {sorted(r)}")
            continue
        if r["id"] in ids:
            fail.append(f"{w}: duplicate id")
        if norm(r["question"]) in qs:
            fail.append(f"{w}: duplicate question")
        ids.add(r["id"])
        qs.add(norm(r["question"]))
        if r["type"] not in TYPES:
            fail.append(f"{w}: type must be one of {TYPES}")
        if r["lang"] not in ("nb", "nn", "en"):
            fail.append(f"{w}: lang must be nb, nn or en")
        if r["answerable"] != (r["type"] != "unanswerable"):
            fail.append(f"{w}: answerable must be false exactly for type unanswerable")
        if r["type"] == "unanswerable":
            if r["must_include"] or r["evidence"] or r["sources"]:
                fail.append(f"{w}: unanswerable needs empty must_include, evidence, sources")
            continue
        if not r["answer"].strip():
            fail.append(f"{w}: answer is empty")
        if not 1 <= len(r["must_include"]) <= 3:
            fail.append(f"{w}: must_include needs 1-3 strings")
        if not r["evidence"]:
            fail.append(f"{w}: evidence needs at least one quote")
        if r["type"] in ("multi", "premise") and len(r["evidence"]) < 1:
            fail.append(f"{w}: needs evidence")
        found = set()
        for q in r["evidence"]:
            if not 15 <= len(q.strip()) <= 220:
                fail.append(f"{w}: quote must be 15-220 chars, has {len(q.strip())}: {q[:50]!r}")
            docs = [d for d, t in DOCS.items() if norm(q) in t]
            if not docs:
                fail.append(f"{w}: quote not found verbatim in corpus: {q[:70]!r}")
            if docs and not set(docs) & set(r["sources"]):
                fail.append(f"{w}: quote {q[:40]!r} is in {docs}, none of them in sources")
            found.update(docs)
        if found and not set(r["sources"]) <= found:
            fail.append(f"{w}: sources {sorted(set(r['sources']) - found)} hold none of the quotes")
        ev = " ".join(norm(q) for q in r["evidence"])
        for m in r["must_include"]:
            if "%" in m:
                fail.append(f"{w}: must_include {m!r}: write percentages without '%' (e.g. '70,7' or '33 prosent')")
            if norm(m) not in ev:
                fail.append(f"{w}: must_include {m!r} not in its evidence quotes")
            if r["lang"] == "nb" and norm(m) not in norm(r["answer"]):
                fail.append(f"{w}: must_include {m!r} not in the answer")
    for f in fail:
        print(f)
    print(f"{len(lines)} questions, {len(fail)} failures")
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
