"""Spør kildene: streamed, cited answers; sources panel; feedback; a passage into the plan."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from ui.format import ENGINE_LABELS, answer_markdown, sources_html, status
from ui.services import Services

EXAMPLES = [
    "Hva gjorde Sørum med Fagstigen?",
    "Hvem bør sitte i arbeidsgruppen for kompetanseplanen?",
    "Hvordan evaluerer Bærum kompetansetiltakene sine?",
]


def _citation_rows(citations: Any) -> list[dict[str, Any]]:
    """What the UI keeps of each citation between events (for feedback and 'Legg til i planen')."""
    return [
        {
            "n": c.n,
            "doc_id": c.chunk.doc_id,
            "chunk_id": c.chunk.id,
            "title": c.chunk.title,
            "section": c.chunk.section_path,
            "page": c.chunk.page,
            "quote": c.quote,
        }
        for c in citations
    ]


def build_chat_tab(services: Services, current_plan: gr.State) -> None:
    engines = services.available_engines()
    unavailable = [ENGINE_LABELS[name] for name, why in services.engines() if why]  # the reason is on the Om tab
    history = gr.State([])  # [{"role", "content"}] as Assistant.stream wants it: questions and checked answers
    last = gr.State({})  # the last answer: question, text, engine, citations

    gr.Markdown("Still et spørsmål om kompetanseplanlegging. Svarene bygger bare på kildene, med nummererte henvisninger [1] til utdragene til høyre.")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(label="Samtale", height=460, feedback_options=None, elem_id="pv-chat", buttons=["copy"])
            question = gr.Textbox(label="Spørsmål", placeholder="F.eks. Hva gjorde Sørum med Fagstigen?", lines=2, elem_id="pv-question")
            with gr.Row():
                ask = gr.Button("Spør", variant="primary", elem_id="pv-ask")
                clear = gr.Button("Ny samtale", elem_id="pv-new-chat")
            gr.Examples(EXAMPLES, inputs=question, label="Eksempler")
            engine = gr.Radio(
                choices=[(ENGINE_LABELS[e], e) for e in engines],
                value=services.settings.engine if services.settings.engine in engines else "extractive",
                label="Svarmotor",
                info=("Ikke tilgjengelig nå: " + "; ".join(unavailable) + " (se Om-fanen).") if unavailable else None,
                elem_id="pv-engine",
            )
            with gr.Accordion("Gi tilbakemelding på svaret", open=False):
                comment = gr.Textbox(label="Kommentar (valgfritt)", lines=2, elem_id="pv-comment")
                with gr.Row():
                    up = gr.Button("👍 Nyttig svar", elem_id="pv-up")
                    down = gr.Button("👎 Ikke nyttig", elem_id="pv-down")
            chat_status = gr.HTML("", elem_classes=["pv-live"], elem_id="pv-chat-status")
        with gr.Column(scale=2):
            sources = gr.HTML(sources_html(()), elem_id="pv-sources")
            if services.store is not None:
                with gr.Group():
                    pick_n = gr.Dropdown(choices=[], label="Utdrag å legge til i planen", elem_id="pv-pick-n")
                    pick_kind = gr.Radio(choices=[("Forslag til tiltak", "measure"), ("Notat", "note")], value="note", label="Legg til som")
                    pick = gr.Button("Legg til i planen", elem_id="pv-pick")

    def respond(q: str, hist: list[dict[str, str]], chat: list[dict[str, Any]], eng: str, request: gr.Request) -> Iterator[Any]:
        q = (q or "").strip()
        if not q:
            yield gr.update(), hist, chat, gr.update(), {}, status("Skriv et spørsmål først.", ok=False), gr.update()
            return
        user = services.user_for(request)
        chat = [*chat, {"role": "user", "content": q}, {"role": "assistant", "content": "…"}]
        yield "", hist, chat, gr.update(), {}, status("Leter i kildene …"), gr.update()
        text = ""
        final = None
        for event in services.stream(q, hist, eng or "extractive", user):
            if event.kind == "sources":
                yield "", hist, chat, sources_html(event.citations), {}, status("Fant kilder, skriver svar …"), gr.update()
            elif event.kind == "delta":
                text += event.text
                chat[-1] = {"role": "assistant", "content": text}
                yield "", hist, chat, gr.update(), {}, gr.update(), gr.update()
            elif event.kind == "final":
                final = event.answer
        assert final is not None
        chat[-1] = {"role": "assistant", "content": answer_markdown(final)}
        hist = [*hist, {"role": "user", "content": q}, {"role": "assistant", "content": final.text}]
        rows = _citation_rows(final.citations)
        kept = {"question": q, "answer": final.text, "engine": final.engine, "refused": final.refused, "citations": rows}
        # The question is in the message, so each answer's status differs (and is announced again).
        done = f"Ingen svar i kildene på «{q[:80]}»." if final.refused else f"Svar klart med {len(rows)} kilder på «{q[:80]}»."
        choices = [(f"[{r['n']}] {r['title']}", r["n"]) for r in rows]
        yield "", hist, chat, sources_html(final.citations), kept, status(done), gr.update(choices=choices, value=choices[0][1] if choices else None)

    outputs = [question, history, chatbot, sources, last, chat_status]
    pick_target = [pick_n] if services.store is not None else []
    outs = [*outputs, pick_n] if pick_target else outputs

    def respond_wrapped(q: str, hist: list[dict[str, str]], chat: list[dict[str, Any]], eng: str, request: gr.Request) -> Iterator[Any]:
        for out in respond(q, hist, chat, eng, request):
            yield out if pick_target else out[:-1]

    # A stable API name for scripts (evals/load.py): /ask takes (question, chat, engine), like the button.
    ask.click(respond_wrapped, [question, history, chatbot, engine], outs, api_name="ask")
    question.submit(respond_wrapped, [question, history, chatbot, engine], outs)
    clear.click(lambda: ([], [], sources_html(()), {}, status("Ny samtale startet.")), None, [history, chatbot, sources, last, chat_status])

    def feedback(rating: str, text: str, kept: dict[str, Any], request: gr.Request) -> tuple[str, str]:
        if not kept:
            return status("Still et spørsmål før du gir tilbakemelding.", ok=False), text
        services.save_feedback(services.user_for(request), {"rating": rating, "comment": (text or "").strip(), **kept})
        return status("Takk! Tilbakemeldingen er lagret."), ""

    def thumbs_up(text: str, kept: dict[str, Any], request: gr.Request) -> tuple[str, str]:
        return feedback("up", text, kept, request)

    def thumbs_down(text: str, kept: dict[str, Any], request: gr.Request) -> tuple[str, str]:
        return feedback("down", text, kept, request)

    up.click(thumbs_up, [comment, last], [chat_status, comment])
    down.click(thumbs_down, [comment, last], [chat_status, comment])

    if services.store is not None:

        def add_to_plan(n: int | None, kind: str, kept: dict[str, Any], plan_id: str | None, request: gr.Request) -> tuple[str, str | None]:
            row = next((r for r in kept.get("citations", []) if r["n"] == n), None)
            if row is None:
                return status("Velg et utdrag fra et svar først.", ok=False), plan_id
            from ui.planops import add_pick

            try:
                plan = add_pick(services, services.user_for(request), plan_id, row, kind, kept.get("question", ""))
            except Exception as exc:  # a store error is one line, the answer stays
                return status(f"Kunne ikke legge til i planen: {exc}", ok=False), plan_id
            what = "et forslag til tiltak" if kind == "measure" else "et notat"
            return status(f"Utdrag [{n}] er lagt til som {what} i planen «{plan.title or plan.id}»."), plan.id

        pick.click(add_to_plan, [pick_n, pick_kind, last, current_plan], [chat_status, current_plan])
