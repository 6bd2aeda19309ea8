"""Dokumenter: the indexed sources with metadata; upload, index and delete the user's own files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from ui.format import sources_table_html, status
from ui.services import UPLOAD_TYPES, Services, UploadError


def _own_choices(services: Services, user: str) -> list[tuple[str, str]]:
    return [(str(r.get("title") or r["doc_id"]), r["doc_id"]) for r in services.sources(user) if r.get("owner") == user]


def _drop_temp(paths: list[Any]) -> None:
    """Gradio's copy of an upload is not needed once we keep our own: empty the cache after use."""
    for p in paths:
        try:
            path = Path(str(getattr(p, "name", p)))
            path.unlink(missing_ok=True)
            if path.parent.exists() and not any(path.parent.iterdir()):
                path.parent.rmdir()
        except OSError:
            pass


def build_documents_tab(services: Services) -> tuple[gr.HTML, gr.Dropdown, Any]:
    gr.Markdown(
        "Her ser du alle dokumentene Planvis svarer fra. Du kan laste opp egne dokumenter (PDF, DOCX, TXT eller MD), "
        "for eksempel kommunens egne planer. "
        + ("Bare du kan søke i dine opplastinger." if services.login else "De blir søkbare med en gang.")
    )
    with gr.Row(equal_height=False):
        with gr.Column(scale=2):
            files = gr.File(label="Velg filer å laste opp", file_count="multiple", file_types=list(UPLOAD_TYPES), elem_id="pv-upload")
            upload = gr.Button("Last opp og indekser", variant="primary", elem_id="pv-upload-go")
            doc_status = gr.HTML("", elem_classes=["pv-live"], elem_id="pv-doc-status")
            with gr.Group():
                own = gr.Dropdown(choices=[], label="Dine opplastinger", elem_id="pv-own")
                delete = gr.Button("Slett valgt opplasting", variant="stop", elem_id="pv-delete")
        with gr.Column(scale=3):
            table = gr.HTML(sources_table_html(services.sources(services.user)), elem_id="pv-doc-table")

    def refresh(request: gr.Request) -> tuple[str, Any]:
        user = services.user_for(request)
        return sources_table_html(services.sources(user)), gr.update(choices=_own_choices(services, user), value=None)

    def do_upload(paths: list[Any] | None, request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008 - Gradio's idiom
        user = services.user_for(request)
        paths = list(paths or [])
        if not paths:
            return status("Velg minst én fil først.", ok=False), gr.update(), gr.update(), None
        done, errors, notices = [], [], []
        for i, p in enumerate(paths):
            path = Path(str(getattr(p, "name", p)))
            progress((i, len(paths)), desc=f"Indekserer {path.name}")
            try:
                _doc_id, said = services.upload(user, path)
                done.append(path.name)
                notices += said  # e.g. a second file of the same name kept as "navn-2.pdf"
            except UploadError as exc:
                errors.append(str(exc))
        progress((len(paths), len(paths)), desc="Ferdig")
        _drop_temp(paths)
        lines = ([f"Lagt til: {', '.join(done)}."] if done else []) + notices + errors
        html, choices = refresh(request)
        msg = "".join(status(line, ok=not (errors and line in errors)) for line in lines)
        return msg, html, choices, None

    def do_delete(doc_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        user = services.user_for(request)
        if not doc_id:
            return status("Velg en opplasting å slette.", ok=False), gr.update(), gr.update()
        try:
            title = services.delete_upload(user, doc_id)
        except UploadError as exc:
            return status(str(exc), ok=False), gr.update(), gr.update()
        html, choices = refresh(request)
        return status(f"Slettet: {title}."), html, choices

    upload.click(do_upload, [files], [doc_status, table, own, files])
    delete.click(do_delete, [own], [doc_status, table, own])
    return table, own, refresh
