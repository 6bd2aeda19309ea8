"""Format robustness of the plan review: render every source plan (src/*.py) as DOCX, PDF and TXT and
score each rendering against the plan's labels (steps 1-9). A rule that depends on one file format
shows up here as a rendering scoring lower than the others. Needs soffice for the PDFs.

    .venv/bin/python evals/review/src/check_formats.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from assistant.plan.review_detect import STEP_KEYS, units_of  # noqa: E402
from assistant.plan.review_read import read_plan  # noqa: E402
from assistant.plan.review_steps import detect_all  # noqa: E402


def main() -> int:
    import make_plans as mp  # type: ignore[import-not-found]

    labels = {k: v["steps"] for k, v in json.loads((HERE.parent / "labels.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
    totals: dict[str, int] = {}
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for src in sorted(HERE.glob("*.py")):
            name = next((k for k in labels if k.startswith(src.stem + "-")), None)
            if name is None:
                continue
            mod, want, n = mp._load(src.stem), labels[name], n + 1
            docx, pdf, txt = out / f"{src.stem}.docx", out / f"{src.stem}.pdf", out / f"{src.stem}.txt"
            mp.write_docx(mod, docx)
            mp.to_pdf(docx, pdf)
            mp.write_txt(mod, txt)
            row = []
            for f in (docx, pdf, txt):
                plan = read_plan(f)
                got = detect_all(units_of(plan), plan.tables)
                wrong = [f"{k} {got[k].status}≠{want[k]}" for k in STEP_KEYS[:9] if got[k].status != want[k]]
                totals[f.suffix] = totals.get(f.suffix, 0) + 9 - len(wrong)
                row.append(f"{f.suffix} {9 - len(wrong)}/9" + (f" ({', '.join(wrong)})" if wrong else ""))
            print(f"{src.stem:11} " + "; ".join(row))
    print("  ".join(f"{fmt}: {right}/{9 * n}" for fmt, right in totals.items()))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
