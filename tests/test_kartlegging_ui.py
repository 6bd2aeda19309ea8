"""The kartlegging panel: builds inside a Blocks, previews recognised columns, analyses, drops the upload."""

from __future__ import annotations

import shutil
from pathlib import Path

import gradio as gr

from assistant.settings import load_settings
from ui.services import Services
from ui.tabs.kartlegging import build_kartlegging_panel, preview, run_analysis

FIX = Path(__file__).parent / "fixtures" / "kartlegging"


def _services(tmp_path: Path) -> Services:
    return Services(settings=load_settings(data_dir=tmp_path / "data"), assistant=None)  # type: ignore[arg-type]


def test_panel_builds_with_labelled_components(tmp_path: Path) -> None:
    with gr.Blocks() as demo:
        state = build_kartlegging_panel(_services(tmp_path))
    assert isinstance(state, gr.State)
    labels = {getattr(c, "label", None) for c in demo.blocks.values()}
    assert {"Kartleggingsfil (CSV eller XLSX)", "Referanseår", "Pensjonsalder", "Figurer fra analysen"} <= labels


def test_preview_shows_recognised_columns_before_analysing() -> None:
    html, button = preview(str(FIX / "tiny.csv"))
    assert "«Tjenesteområde»" in html and "«Fødselsår»" in html and "ikke funnet" in html  # alder, realkompetanse
    assert button["interactive"] is True
    html, button = preview(str(FIX / "tiny_mapped.csv"), str(FIX / "tiny_mapping.yaml"))
    assert "«Enhet/område»" in html and "«Alder i 2026»" in html
    html, button = preview(str(FIX / "tiny_mapping.yaml"))
    assert 'role="alert"' in html and button["interactive"] is False


def test_run_analysis_writes_aggregates_and_drops_the_upload(tmp_path: Path) -> None:
    services = _services(tmp_path)
    cache = tmp_path / "gradio" / "abc123"
    cache.mkdir(parents=True)
    upload = cache / "ansatte.xlsx"
    shutil.copy(FIX / "tiny.xlsx", upload)
    text, gallery, out = run_analysis(services, "kari", str(upload), None, 2026, 67)
    assert out is not None and (Path(out) / "analysis.json").exists() and Path(out).parent.name == "kari"
    assert "# Analyse av kartleggingen" in text and "| Teknisk | færre enn 5 |" in text and "![" not in text
    assert [c for _, c in gallery] == ["Aldersfordeling per tjenesteområde", "Ansatte som når pensjonsalderen de neste ti årene",
                                       "Deltid og formell kompetanse per tjenesteområde"]
    assert not upload.exists() and not cache.exists()  # Gradio's copy of the personal data is gone
    shutil.copy(FIX / "tiny.xlsx", tmp_path / "behold.xlsx")
    _, _, out2 = run_analysis(services, "kari", str(tmp_path / "behold.xlsx"), None, 2026, 67, keep_upload=True)
    assert out2 != out and (tmp_path / "behold.xlsx").exists()


def test_run_analysis_error_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "tom.csv"
    bad.write_bytes(b"")
    text, gallery, out = run_analysis(_services(tmp_path), "local", str(bad), None, 2026, 67)
    assert text == "**Analysen kunne ikke lages:** tom.csv: the file is empty" and gallery == [] and out is None
