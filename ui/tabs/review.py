"""«Sjekk en plan»: upload an existing kompetanseplan and see, step by step, what it covers.

``build_review_tab(services)`` adds the components to the current Blocks context. The review lives
in this browser session's ``gr.State`` only; the uploaded file is removed from Gradio's upload cache
right after the review, and a report file is written only when the user asks for the download.
"Bruk i nytt utkast" saves a new plan in the user's PlanStore with the answers the review found.

The handlers (:func:`run_review`, :func:`report_file`, :func:`to_draft`) are plain functions so
tests call them directly.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.loaders import LoadError
from assistant.plan.review import Review, plan_from_review, review_file, write_review
from assistant.plan.review_report import STATUS_NO, markdown
from ui.format import drop_upload
from ui.services import safe_name

FILE_TYPES = [".pdf", ".docx", ".txt", ".md"]
# Colour is a second cue only: every cell also says Dekket / Delvis / Mangler in words, and
# the symbols differ in shape (✓ ◐ ✗) for readers who do not see the colours.
CELL_STYLE = {
    "covered": ("#dcfce7", "#14532d", "✓"),
    "partial": ("#fef9c3", "#713f12", "◐"),
    "missing": ("#fee2e2", "#7f1d1d", "✗"),
}


def _path(f: Any) -> Path | None:
    if f is None:
        return None
    return Path(str(getattr(f, "name", f)))


def _msg(text: str, ok: bool) -> str:
    cls, role = ("pv-ok", "status") if ok else ("pv-error", "alert")
    return f'<p class="{cls}" role="{role}">{html.escape(text)}</p>'



def overview_html(review: Review) -> str:
    """The overview as a table: step, title, and the status in words, symbol and colour."""
    rows = []
    for s in review.steps:
        bg, fg, sym = CELL_STYLE[s.status]
        rows.append(
            f"<tr><td>{html.escape(s.step)}</td><td>{html.escape(s.title)}</td>"
            f'<td style="background:{bg};color:{fg};font-weight:600">{sym} {STATUS_NO[s.status]}</td></tr>'
        )
    checks = []
    for f in review.findings:
        bg, fg, sym = CELL_STYLE["covered" if f.ok else "missing"]
        checks.append(f'<tr><td>{html.escape(f.check)}</td><td style="background:{bg};color:{fg};font-weight:600">{sym} {"Ja" if f.ok else "Nei"}</td></tr>')
    return (
        f"<p>{html.escape(review.summary)}</p>"
        '<table class="pv-review"><caption>Oversikt per steg i metoden</caption>'
        '<thead><tr><th scope="col">Steg</th><th scope="col">Innhold</th><th scope="col">Status</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        '<table class="pv-review"><caption>Kontrollpunkter</caption>'
        '<thead><tr><th scope="col">Kontroll</th><th scope="col">Resultat</th></tr></thead>'
        f"<tbody>{''.join(checks)}</tbody></table>"
    )


def details_markdown(review: Review) -> str:
    """Everything after the overview of the report: one section per step, then the checks' passages."""
    text = markdown(review)
    cut = text.find("\n## Steg 1")
    return text[cut + 1 :] if cut >= 0 else text


def run_review(services: Any, file: Any) -> tuple[str, str, str, Review | None]:
    """(status line, overview HTML, details markdown, the review or None on error)."""
    path = _path(file)
    if path is None:
        return _msg("Last opp planen (PDF, Word, tekst eller Markdown) for å sjekke den.", ok=True), "", "", None
    try:
        review = review_file(path, services.assistant)
    except LoadError as exc:
        return _msg(str(exc).replace(str(path.parent) + "/", ""), ok=False), "", "", None
    finally:
        drop_upload(path)
    return _msg(f"Planen {review.plan} er sjekket mot metoden. Ingenting av planen er lagret.", ok=True), overview_html(review), details_markdown(review), review


def report_file(review: Review | None, fmt: str, folder: Path | None = None) -> str | None:
    """Write the report (docx or md) for the download; None without a review.

    The UI passes the user's scratch dir (``Services.temp_dir``): her previous report there is
    removed first (Gradio copied it into its cache when it was offered), so at most one is kept.
    Without ``folder``, a fresh temporary folder (for scripts and tests).
    """
    if review is None:
        return None
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="planvis-sjekk-"))
    else:
        for old in folder.glob("plansjekk-*"):
            old.unlink(missing_ok=True)
    stem = safe_name(Path(review.plan).stem)
    return str(write_review(review, folder / f"plansjekk-{stem}.{'docx' if fmt.startswith('Word') else 'md'}"))


def to_draft(services: Any, user: str, review: Review | None) -> str:
    """Save a new plan with the review's answers; a one-line message for the user."""
    if review is None:
        return _msg("Sjekk en plan først.", ok=False)
    if getattr(services, "store", None) is None:
        return _msg("Utkast kan ikke lagres her (planlageret er ikke tilgjengelig).", ok=False)
    plan = services.store.save(plan_from_review(review, owner=user))
    n = len(plan.answers)
    return _msg(f"Nytt utkast lagret med {n} svar fra planen. Åpne det i fanen «Lag kompetanseplan».", ok=True)


def build_review_tab(services: Any) -> None:
    """The «Sjekk en plan» tab, in the current Blocks context."""
    state = gr.State(None)
    gr.Markdown(
        "Last opp en eksisterende kompetanseplan. Planvis sjekker den steg for steg mot metoden i KS-rapporten "
        "og viser hva planen dekker, hva som er tynt og hva som mangler, med råd og eksempler fra Sørum, Bærum og Halden. "
        "Planen legges ikke inn i kildene og lagres ikke."
    )
    with gr.Row():
        upload = gr.File(label="Planen (PDF, Word, tekst eller Markdown)", file_types=FILE_TYPES, type="filepath")
        with gr.Column():
            check = gr.Button("Sjekk planen", variant="primary")
            fmt = gr.Radio(["Word (.docx)", "Markdown (.md)"], value="Word (.docx)", label="Rapportformat")
            make = gr.Button("Lag rapport for nedlasting")
            download = gr.File(label="Rapport", interactive=False)
            draft = gr.Button("Bruk i nytt utkast")
    status = gr.HTML("")
    overview = gr.HTML("")
    details = gr.Markdown("")

    def on_check(file: Any) -> list[Any]:
        msg, table, more, review = run_review(services, file)
        return [msg, table, more, review, None, None]  # the upload is gone from the cache: clear its box too

    def on_draft(review: Review | None, request: gr.Request) -> str:
        return to_draft(services, services.user_for(request), review)

    check.click(on_check, [upload], [status, overview, details, state, download, upload])
    def make_report(review: Review | None, fmt: str, request: gr.Request) -> str | None:
        return report_file(review, fmt, services.temp_dir(services.user_for(request)))

    make.click(make_report, [state, fmt], [download], api_name="report_file")
    draft.click(on_draft, [state], [status])
