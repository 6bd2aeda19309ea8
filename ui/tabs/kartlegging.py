"""Kartlegging panel (inside the plan tab): upload an export, check the recognised columns, analyse.

``build_kartlegging_panel(services)`` adds the components to the current Blocks context and returns
a ``gr.State`` holding the directory of the latest analysis (``analysis.json`` + PNGs), which the
plan tab can pass to ``build_draft(..., kartlegging=dir)``. The uploaded file is deleted from
Gradio's upload cache after the analysis unless the user ticks "behold"; only aggregates are written.

The handlers (:func:`preview`, :func:`run_analysis`) are plain functions so tests call them directly.
"""

from __future__ import annotations

import html
import time
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.kartlegging import KartleggingError, analyse_file, preview_columns, write_analysis
from assistant.kartlegging.report import markdown
from ui.format import drop_upload

FIELD_LABELS = {
    "ansatt_id": "Ansatt-ID (brukes bare til å telle hver person én gang)",
    "sektor": "Tjenesteområde / sektor",
    "stilling": "Stilling",
    "stillingsprosent": "Stillingsprosent",
    "fodselsar": "Fødselsår",
    "alder": "Alder",
    "utdanning": "Høyeste utdanning",
    "formelle_krav_oppfylt": "Formelle krav oppfylt (ja/nei)",
    "ansatt_dato": "Ansatt dato",
    "realkompetanse": "Realkompetanse",
}
FIGURE_CAPTIONS = {
    "aldersfordeling.png": "Aldersfordeling per tjenesteområde",
    "avgang.png": "Ansatte som når pensjonsalderen de neste ti årene",
    "deltid_formelle_krav.png": "Deltid og formell kompetanse per tjenesteområde",
}
FILE_TYPES = [".csv", ".txt", ".tsv", ".xlsx"]


def _path(f: Any) -> Path | None:
    if f is None:
        return None
    return Path(str(getattr(f, "name", f)))


def _msg(text: str, ok: bool) -> str:
    cls = "pv-ok" if ok else "pv-error"
    role = "status" if ok else "alert"
    return f'<p class="{cls}" role="{role}">{html.escape(text)}</p>'


def preview(file: Any, mapping: Any = None) -> tuple[str, Any]:
    """An HTML table of canonical field -> recognised column, and whether "Analyser" may be pressed."""
    path = _path(file)
    if path is None:
        return _msg("Last opp en fil for å se hvilke kolonner Planvis kjenner igjen.", ok=True), gr.update(interactive=False)
    try:
        cols = preview_columns(path, _path(mapping))
    except KartleggingError as exc:
        return _msg(f"Filen kan ikke brukes: {exc}", ok=False), gr.update(interactive=False)
    rows = "".join(
        f"<tr><th scope=\"row\">{html.escape(FIELD_LABELS[f])}</th><td>{'«' + html.escape(h) + '»' if h else '<em>ikke funnet</em>'}</td></tr>"
        for f, h in cols
    )
    found = {f for f, h in cols if h}
    missing_age = "fodselsar" not in found and "alder" not in found
    note = (" Uten fødselsår eller alder blir det ingen aldersanalyse." if missing_age else "")
    table = (f'<table class="pv-table"><caption>Kolonner Planvis fant i {html.escape(path.name)}</caption>'
             f'<thead><tr><th scope="col">Felt</th><th scope="col">Kolonne i filen</th></tr></thead><tbody>{rows}</tbody></table>'
             "<p>Andre kolonner (navn, adresse osv.) leses ikke. Stemmer ikke dette, last opp en koblingsfil (YAML).</p>")
    return table + (_msg(note.strip(), ok=False) if note else ""), gr.update(interactive=True)


def _out_dir(services: Any, user: str) -> Path:
    base = services.user_dir("kartlegging", user) if hasattr(services, "user_dir") else Path(services.settings.data_dir) / "kartlegging"
    out = Path(base) / time.strftime("analyse-%Y%m%d-%H%M%S")
    n = 1
    while out.exists():
        n += 1
        out = out.with_name(f"{out.name.split('~')[0]}~{n}")
    return out



def run_analysis(services: Any, user: str, file: Any, mapping: Any, year: float | None, pension_age: float | None,
                 keep_upload: bool = False) -> tuple[str, list[tuple[str, str]], str | None]:
    """(the analysis as markdown, [(png, caption)], the analysis directory or None on error)."""
    path = _path(file)
    if path is None:
        return "**Last opp en fil først.**", [], None
    try:
        analysis = analyse_file(path, mapping=_path(mapping), year=int(year) if year else None,
                                pension_age=int(pension_age) if pension_age else 67)
        out = _out_dir(services, user)
        analysis = write_analysis(analysis, out)
    except KartleggingError as exc:
        return f"**Analysen kunne ikke lages:** {exc}", [], None
    except Exception as exc:  # the message of an unforeseen error could quote a cell of personal data
        return f"**Analysen kunne ikke lages** ({type(exc).__name__}).", [], None
    finally:
        if not keep_upload:
            drop_upload(path)
    text = markdown(analysis).split("\n## Figurer")[0]  # the figures are shown in the gallery instead
    gallery = [(p, FIGURE_CAPTIONS.get(Path(p).name, Path(p).stem)) for p in analysis.figures]
    return text, gallery, str(out)


def build_kartlegging_panel(services: Any) -> gr.State:
    """Add the panel to the current Blocks; returns the State with the latest analysis directory."""
    state = gr.State(None)
    with gr.Group(elem_id="pv-kartlegging"):
        gr.Markdown(
            "### Analyse av kartleggingen\n"
            "Last opp kommunens eksport fra kompetansekartleggingen (én rad per ansatt, CSV eller XLSX). "
            "Filen behandles bare på denne maskinen. Bare samletall lagres; tjenesteområder med færre enn 5 ansatte "
            "vises uten tall, og navn, ansattnumre og fødselsår lagres aldri."
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=2):
                upload = gr.File(label="Kartleggingsfil (CSV eller XLSX)", file_types=FILE_TYPES, elem_id="pv-kart-file")
                mapping = gr.File(label="Koblingsfil for kolonner (valgfri, YAML)", file_types=[".yaml", ".yml"], elem_id="pv-kart-mapping")
                with gr.Row():
                    year = gr.Number(label="Referanseår", value=time.localtime().tm_year, precision=0, minimum=1950, maximum=2100,
                                     elem_id="pv-kart-year")
                    pension = gr.Number(label="Pensjonsalder", value=67, precision=0, minimum=40, maximum=80, elem_id="pv-kart-pension")
                keep = gr.Checkbox(label="Behold den opplastede filen etter analysen", value=False, elem_id="pv-kart-keep")
                go = gr.Button("Analyser", variant="primary", interactive=False, elem_id="pv-kart-go")
            with gr.Column(scale=3):
                columns = gr.HTML(preview(None)[0], elem_id="pv-kart-columns")
        result = gr.Markdown("", elem_id="pv-kart-result", label="Analysen")
        gallery = gr.Gallery(label="Figurer fra analysen", columns=1, height="auto", elem_id="pv-kart-figures")

    last_upload = gr.State(None)

    def on_upload(f: Any, m: Any, k: bool, previous: str | None) -> tuple[Any, ...]:
        current = _path(f)
        if previous and not k and (current is None or str(current) != previous):
            drop_upload(Path(previous))  # she removed or replaced the file without analysing it
        table, button = preview(f, m)
        return table, button, str(current) if current else None

    upload.change(on_upload, [upload, mapping, keep, last_upload], [columns, go, last_upload])
    mapping.change(preview, [upload, mapping], [columns, go])

    def on_analyse(f: Any, m: Any, y: float | None, p: float | None, k: bool, request: gr.Request) -> tuple[Any, ...]:
        user = services.user_for(request) if hasattr(services, "user_for") else "local"
        text, figures, out = run_analysis(services, user, f, m, y, p, keep_upload=k)
        return text, figures, out, (f if k else None), gr.update(interactive=bool(k and out))

    go.click(on_analyse, [upload, mapping, year, pension, keep], [result, gallery, state, upload, go])
    return state
