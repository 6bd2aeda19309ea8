"""The «Sjekk en plan» tab: its handlers called directly, and the tab built inside Blocks."""

from __future__ import annotations

import shutil
from pathlib import Path

import gradio as gr
import pytest

from assistant.plan.answers import validate_answers
from assistant.plan.store import PlanStore
from ui.services import Services
from ui.tabs.review import build_review_tab, report_file, run_review, to_draft

EVAL = Path(__file__).resolve().parent.parent / "evals" / "review"


@pytest.fixture()
def services(corpus_settings, corpus_assistant, tmp_path: Path) -> Services:
    return Services(settings=corpus_settings, assistant=corpus_assistant, store=PlanStore(tmp_path / "plans.sqlite"))


def test_review_handler_shows_status_in_words_and_removes_the_upload(services: Services, tmp_path: Path) -> None:
    upload = tmp_path / "upload" / "nordstrand.pdf"
    upload.parent.mkdir()
    shutil.copy(EVAL / "nordstrand-kompetanseutvikling-2026-2028.pdf", upload)
    msg, table, details, review = run_review(services, str(upload))
    assert review is not None and "pv-ok" in msg
    assert not upload.exists()  # nothing of the plan is kept
    assert table.count("<tr>") == 1 + 11 + 1 + 6
    for s in review.steps:  # status in words, not colour alone
        assert {"covered": "Dekket", "partial": "Delvis", "missing": "Mangler"}[s.status] in table
    assert details.startswith("## Steg 1") and "Kap. 10.4" in details


def test_report_download_and_new_draft(services: Services, tmp_path: Path) -> None:
    upload = tmp_path / "fjordvik.md"
    shutil.copy(EVAL / "fjordvik-kompetanseplan-2026-2029.md", upload)
    _, _, _, review = run_review(services, str(upload))
    docx = report_file(review, "Word (.docx)")
    md = report_file(review, "Markdown (.md)")
    assert docx and docx.endswith(".docx") and Path(docx).stat().st_size > 0
    assert md and Path(md).read_text(encoding="utf-8").startswith("# Plansjekk")
    assert report_file(None, "Word (.docx)") is None
    msg = to_draft(services, "kari", review)
    assert "Nytt utkast lagret" in msg
    (plan,) = services.store.list("kari")
    answers = validate_answers(plan.answers_dict())
    assert answers["kommune"] == "Fjordvik" and answers["periode"] == "2026-2029"
    assert answers["tiltak"][0]["ansvarlig"] == "Kommunalsjef helse"
    assert "pv-error" in to_draft(services, "kari", None)


def test_bad_file_is_one_line_and_the_tab_builds(services: Services, tmp_path: Path) -> None:
    bad = tmp_path / "plan.pdf"
    bad.write_text("ikke en pdf", encoding="utf-8")
    msg, table, details, review = run_review(services, str(bad))
    assert review is None and "pv-error" in msg and "role=\"alert\"" in msg and table == ""
    with gr.Blocks():
        build_review_tab(services)
