"""Turn what ``assistant`` returns into HTML/Markdown for the UI (no logic beyond formatting)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.types import Citation

ENGINE_LABELS = {
    "extractive": "Sitatsvar (uten språkmodell)",
    "local": "Lokal språkmodell (Qwen2.5 1.5B)",
    "openai": "Språkmodell via OpenAI-kompatibelt endepunkt",
}
DOC_TYPE_LABELS = {"report": "Rapport", "plan": "Kompetanseplan", "tariff": "Tarifftekst", "user": "Eget dokument"}
TARIFF_NOTE = "Historisk tarifftekst (HTA 2008–2010) – sjekk gjeldende avtale"
_PLACEHOLDER_RE = re.compile(r"\[fyll inn:[^\]]*\]")


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def where_line(c: Citation) -> str:
    """'Sørum kommune, 2010 · 5 Tiltak > Fagstigen · s. 12'"""
    meta = c.chunk.meta
    parts = [str(meta.get("municipality") or meta.get("publisher") or "")]
    if c.year:
        parts.append(str(c.year))
    who = ", ".join(p for p in parts if p)
    bits = [b for b in (who, c.chunk.section_path, f"s. {c.chunk.page}" if c.chunk.page else "") if b]
    return " · ".join(bits)


def is_tariff(c: Citation) -> bool:
    return c.chunk.meta.get("doc_type") == "tariff" or c.chunk.doc_id.startswith("tariff")


def sources_html(citations: Sequence[Citation], heading: str = "Kilder") -> str:
    """The numbered passages: document, where, the quoted passage, the whole passage on click."""
    if not citations:
        return f'<section class="pv-sources" aria-label="{esc(heading)}"><p>Ingen kilder ennå. Still et spørsmål.</p></section>'
    items = []
    for c in citations:
        badge = f'<p class="pv-tariff"><strong>{esc(TARIFF_NOTE)}</strong></p>' if is_tariff(c) else ""
        own = ' <span class="pv-badge">Eget dokument</span>' if c.chunk.meta.get("doc_type") == "user" else ""
        items.append(
            f'<li class="pv-source" id="kilde-{c.n}">'
            f'<div class="pv-source-title"><span class="pv-n">[{c.n}]</span> <strong>{esc(c.chunk.title)}</strong>{own}</div>'
            f'<div class="pv-where">{esc(where_line(c))}</div>{badge}'
            f'<blockquote class="pv-quote">{esc(c.quote)}</blockquote>'
            f"<details><summary>Vis hele utdraget [{c.n}]</summary>"
            f'<div class="pv-context">{_paragraphs(c.chunk.text)}</div></details></li>'
        )
    return f'<section class="pv-sources" aria-label="{esc(heading)}"><h3>{esc(heading)}</h3><ol class="pv-list">{"".join(items)}</ol></section>'


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{esc(' '.join(p.split()))}</p>" for p in re.split(r"\n\s*\n", text) if p.strip())


def answer_markdown(answer: Any) -> str:
    """The answer text with a line saying which engine answered (and if it fell back)."""
    label = ENGINE_LABELS.get(answer.engine, answer.engine)
    fell_back = any(str(n).startswith("fallback") for n in answer.notes)
    foot = f"\n\n<small>Svar fra: {esc(label)}" + (" – falt tilbake til sitatsvar fordi språkmodellens svar ikke holdt" if fell_back else "") + "</small>"
    return answer.text + foot


def sources_table_html(rows: Sequence[dict[str, Any]]) -> str:
    """The indexed documents as an accessible table; the user's uploads marked."""
    if not rows:
        return "<p>Ingen dokumenter er indeksert.</p>"
    body = []
    for r in rows:
        kind = "Din opplasting" if r.get("upload") else ("Eget dokument" if r.get("origin") == "user" else "Felles kilde")
        body.append(
            "<tr>"
            f"<td>{esc(r.get('title') or r['doc_id'])}</td><td>{esc(DOC_TYPE_LABELS.get(str(r.get('doc_type')), r.get('doc_type') or ''))}</td>"
            f"<td>{esc(r.get('year') or '–')}</td><td>{esc(r.get('municipality') or '–')}</td>"
            f"<td>{esc(r.get('chunks', 0))}</td><td>{esc(kind)}</td></tr>"
        )
    return (
        '<table class="pv-table"><caption>Indekserte dokumenter</caption><thead><tr>'
        '<th scope="col">Tittel</th><th scope="col">Type</th><th scope="col">År</th><th scope="col">Kommune</th>'
        '<th scope="col">Utdrag</th><th scope="col">Kilde</th></tr></thead><tbody>' + "".join(body) + "</tbody></table>"
    )


def highlight_placeholders(markdown: str) -> str:
    """Wrap '[fyll inn: …]' in <mark> so what the user must fill in stands out."""
    return _PLACEHOLDER_RE.sub(lambda m: f"<mark>{esc(m.group(0))}</mark>", markdown)


def status(text: str, ok: bool = True) -> str:
    """A one-line status for an aria-live region."""
    cls = "pv-ok" if ok else "pv-error"
    return f'<p class="{cls}">{esc(text)}</p>'


def drop_upload(path: Path | None) -> None:
    """Remove an upload from Gradio's cache (and its folder if empty): the user's files are not kept there."""
    if path is None:
        return
    try:
        path.unlink(missing_ok=True)
        if path.parent.exists() and not any(path.parent.iterdir()):
            path.parent.rmdir()
    except OSError:
        pass
