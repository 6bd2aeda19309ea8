#!/bin/sh
# Regenerate the three blind-test plans. Run from evals/review/blind3.
set -e
PY=/work/main/.venv/bin/python
$PY src/plan_grasund.py grasund-strategisk-kompetanseplan-2025-2028.docx
TMP=$(mktemp -d)
$PY src/plan_myrvoll.py "$TMP/myrvoll-kompetanse-og-rekrutteringsplan-2025-2029.docx"
soffice --headless --convert-to pdf --outdir . "$TMP/myrvoll-kompetanse-og-rekrutteringsplan-2025-2029.docx"
rm -rf "$TMP"
$PY src/plan_ramnefjord.py ramnefjord-kompetanseplan-2024-2027.md
