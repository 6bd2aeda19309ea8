"""Lag kompetanseplan: the guided steps as a stepper beside the conversation, the draft, downloads."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.plan.draft import SECTION_TITLES
from ui.format import esc, highlight_placeholders, sources_html, status
from ui.services import Services

STATUS_LABELS = {"done": "ferdig", "skipped": "hoppet over", "todo": "gjenstår", "current": "du er her"}
SECTION_KEYS = tuple(SECTION_TITLES)


def stepper_html(progress: list[tuple[str, str, str]]) -> str:
    items = []
    for key, title, st in progress:
        label = "Om kommunen" if key == "start" else f"Steg {key}: {title}"
        current = ' aria-current="step"' if st == "current" else ""
        items.append(f'<li class="{esc(st)}"{current}>{esc(label)} <span class="pv-step-status">({STATUS_LABELS.get(st, st)})</span></li>')
    done = sum(1 for _, _, st in progress if st == "done")
    return f'<nav aria-label="Stegene i planen"><h2>Stegene</h2><p>{done} av {len(progress)} steg ferdig.</p><ol class="pv-steps">{"".join(items)}</ol></nav>'


def turn_markdown(turn: Any) -> str:
    if turn is None:
        return "### Alle spørsmålene er besvart\nLag utkastet nedenfor, eller gå til et steg for å endre et svar."
    head = f"### {turn.title}\nSpørsmål {turn.index + 1} av {turn.total}\n\n**{turn.field.question}**\n\n{turn.field.hint}"
    return head


def turn_sources(turn: Any) -> str:
    if turn is None or not (turn.explanation or turn.examples):
        return ""
    parts = []
    if turn.explanation:
        parts.append(sources_html(turn.explanation, heading="Hva rapporten sier om steget"))
    if turn.examples:
        parts.append(sources_html(turn.examples, heading="Slik gjorde andre kommuner det"))
    return "".join(parts)


def answers_markdown(conv: Any) -> str:
    from assistant.plan.conversation import FIELDS, format_value

    lines = []
    for f in FIELDS:
        a = conv.plan.answer(f.key)
        if a is not None:
            value = format_value(f, a.value).replace("\n", "; ")
            lines.append(f"- **{esc(f.question)}** {esc(value)}")
    return "\n".join(lines) if lines else "Ingen svar ennå."


def build_plan_tab(services: Services, current_plan: gr.State) -> tuple[gr.Dropdown, Any] | None:
    """The tab's components; returns the plan list and its refresh function (for page load and tab select)."""
    if services.store is None:
        gr.Markdown("Planveiviseren er ikke tilgjengelig i denne installasjonen.")
        return None
    from assistant.plan.conversation import STEP_KEYS, Conversation, ConversationError, format_value
    from assistant.plan.store import StoreError, VersionConflict
    from ui import planops

    conv_state = gr.State(None)  # this browser session's Conversation

    gr.Markdown(
        "Planveiviseren tar deg gjennom stegene i rapportens metode (kapittel 10). Svarene lagres hver gang du går videre. "
        "Du kan gå tilbake og endre et svar når som helst, og til slutt laste ned utkastet som Word (DOCX) eller Markdown."
    )
    with gr.Row():
        plans = gr.Dropdown(choices=[], label="Dine planer", elem_id="pv-plans", scale=3)
        resume = gr.Button("Fortsett valgt plan", elem_id="pv-resume", scale=1)
        new = gr.Button("Ny plan", variant="primary", elem_id="pv-new-plan", scale=1)
        delete = gr.Button("Slett valgt plan", variant="stop", elem_id="pv-delete-plan", scale=1)
    if services.login:
        with gr.Row():
            share_with = gr.Textbox(label="Del planen med (brukernavn, skilt med komma)", elem_id="pv-share", scale=3)
            share = gr.Button("Del", elem_id="pv-share-go", scale=1)
    plan_status = gr.HTML("", elem_classes=["pv-live"], elem_id="pv-plan-status")
    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=240):
            stepper = gr.HTML("", elem_id="pv-stepper")
            goto_key = gr.Dropdown(choices=[("Om kommunen" if k == "start" else f"Steg {k}", k) for k in STEP_KEYS], label="Gå til steg", elem_id="pv-goto")
            goto = gr.Button("Gå til steget", elem_id="pv-goto-go")
        with gr.Column(scale=3):
            turn_md = gr.Markdown("Velg en plan eller start en ny.", elem_id="pv-turn")
            answer = gr.Textbox(label="Ditt svar", lines=4, elem_id="pv-answer")
            with gr.Row():
                save_next = gr.Button("Lagre og gå videre", variant="primary", elem_id="pv-next")
                back = gr.Button("Forrige spørsmål", elem_id="pv-back")
                skip = gr.Button("Hopp over", elem_id="pv-skip")
            with gr.Accordion("Kilder for dette steget", open=False):
                turn_src = gr.HTML("", elem_id="pv-turn-sources")
            with gr.Accordion("Svarene dine så langt", open=False):
                answers_md = gr.Markdown("", elem_id="pv-answers")
    kart_state = None
    try:
        from ui.tabs.kartlegging import build_kartlegging_panel
    except ImportError:
        build_kartlegging_panel = None  # type: ignore[assignment]
    if build_kartlegging_panel is not None:
        with gr.Accordion("Kartlegging (valgfritt): last opp kommunens eksport", open=False):
            kart_state = build_kartlegging_panel(services)
    gr.Markdown("## Utkast")
    with gr.Row():
        make_draft = gr.Button("Lag utkast", variant="primary", elem_id="pv-draft")
        docx_btn = gr.DownloadButton("Last ned DOCX", value=None, elem_id="pv-docx", interactive=False)
        md_btn = gr.DownloadButton("Last ned Markdown", value=None, elem_id="pv-md", interactive=False)
    draft_note = gr.Markdown("", elem_id="pv-draft-note")
    section_md: dict[str, gr.Markdown] = {}
    regen: dict[str, gr.Button] = {}
    for key in SECTION_KEYS:
        with gr.Accordion(SECTION_TITLES[key], open=key == "innledning"):
            section_md[key] = gr.Markdown("", elem_id=f"pv-sec-{key}")
            regen[key] = gr.Button(f"Lag «{SECTION_TITLES[key]}» på nytt", size="sm", elem_id=f"pv-regen-{key}")

    view_outputs = [conv_state, current_plan, stepper, turn_md, answer, turn_src, answers_md]

    def view(conv: Any) -> list[Any]:
        turn = conv.current()
        value = format_value(turn.field, turn.answer.value) if turn is not None and turn.answer is not None else ""
        return [conv, conv.plan.id, stepper_html(conv.progress()), turn_markdown(turn), value, turn_sources(turn), answers_markdown(conv)]

    def plan_choices(user: str, selected: str | None = None) -> Any:
        items = planops.plans_for(services, user)
        choices = [(planops.plan_label(p, user), p.id) for p in items]
        return gr.update(choices=choices, value=selected if selected in {c[1] for c in choices} else None)

    def on_load(plan_id: str | None, request: gr.Request) -> Any:
        return plan_choices(services.user_for(request), plan_id)

    def open_plan(plan_id: str | None, request: gr.Request) -> list[Any]:
        user = services.user_for(request)
        if not plan_id:
            return [gr.update()] * len(view_outputs) + [status("Velg en plan i lista først.", ok=False), gr.update()]
        try:
            plan = planops.load_plan(services, user, plan_id)
        except (StoreError, planops.PlanAccessError) as exc:
            return [gr.update()] * len(view_outputs) + [status(str(exc), ok=False), gr.update()]
        conv = Conversation(plan, services.assistant, services.store)
        return [*view(conv), status(f"Fortsetter «{plan.title or 'Uten tittel'}»."), plan_choices(user, plan.id)]

    def start_new(request: gr.Request) -> list[Any]:
        user = services.user_for(request)
        plan = planops.new_plan(services, user)
        conv = Conversation(plan, services.assistant, services.store)
        return [*view(conv), status("Ny plan startet. Svar på det første spørsmålet."), plan_choices(user, plan.id)]

    def remove(plan_id: str | None, conv: Any, request: gr.Request) -> list[Any]:
        user = services.user_for(request)
        if not plan_id:
            return [status("Velg en plan å slette.", ok=False), gr.update(), conv]
        plan = planops.load_plan(services, user, plan_id)
        if plan.owner != user:
            return [status("Bare eieren kan slette planen.", ok=False), gr.update(), conv]
        services.store.delete(plan_id)
        keep = conv if conv is not None and conv.plan.id != plan_id else None
        return [status(f"Slettet «{plan.title or 'Uten tittel'}»."), plan_choices(user), keep]

    def move(action: str, conv: Any, text: str, key: str | None, request: gr.Request) -> list[Any]:
        if conv is None:
            return [gr.update()] * len(view_outputs) + [status("Start en ny plan eller fortsett en lagret først.", ok=False)]
        try:
            if action == "answer":
                if not (text or "").strip():
                    return [gr.update()] * len(view_outputs) + [status("Skriv et svar, eller velg «Hopp over».", ok=False)]
                conv.answer(text)
            elif action == "back":
                conv.back()
            elif action == "skip":
                conv.skip()
            elif action == "goto" and key:
                conv.goto(key)
        except ConversationError as exc:
            return [gr.update()] * len(view_outputs) + [status(str(exc), ok=False)]
        except VersionConflict as exc:
            fresh = Conversation(exc.newer, services.assistant, services.store)
            return [*view(fresh), status("Planen er endret et annet sted i mellomtiden, så endringen din ble ikke lagret. "
                                         "Her er den nyeste versjonen; skriv svaret ditt på nytt.", ok=False)]
        turn = conv.current()
        where = f"{turn.title}, spørsmål {turn.index + 1} av {turn.total}" if turn is not None else "alle spørsmålene er besvart"
        saved = f"Svaret er lagret. Nå: {where}." if action == "answer" else f"Nå: {where}."
        return [*view(conv), status(saved)]

    def do_answer(conv: Any, text: str, request: gr.Request) -> list[Any]:
        return move("answer", conv, text, None, request)

    def do_back(conv: Any, request: gr.Request) -> list[Any]:
        return move("back", conv, "", None, request)

    def do_skip(conv: Any, request: gr.Request) -> list[Any]:
        return move("skip", conv, "", None, request)

    def do_goto(conv: Any, key: str | None, request: gr.Request) -> list[Any]:
        return move("goto", conv, "", key, request)

    def draft(conv: Any, kart: str | None, request: gr.Request, only: str | None = None) -> list[Any]:
        none = [gr.update()] * (3 + len(SECTION_KEYS))
        if conv is None:
            return [*none, status("Start eller fortsett en plan først.", ok=False)]
        user = services.user_for(request)
        plan = services.store.load(conv.plan.id)  # the newest saved answers, also those a colleague gave
        try:
            d = planops.build(services, plan, kart)
        except ValueError as exc:
            return [*none, status(f"Utkastet kunne ikke lages: {exc}", ok=False)]
        docx, md = planops.export(services, user, d, plan.id)
        secs = []
        for key in SECTION_KEYS:
            try:
                text = highlight_placeholders(planops.section_markdown(d, key))
            except KeyError:
                text = ""
            secs.append(text if only in (None, key) else gr.update())
        note = f"**{esc(d.title)}** – {len(d.placeholders)} felt å fylle inn (markert med gult), {len(d.references)} kilder."
        what = f"Avsnittet «{SECTION_TITLES[only]}» er laget på nytt." if only else "Utkastet er klart. Last det ned som DOCX eller Markdown."
        return [note, gr.update(value=str(docx), interactive=True), gr.update(value=str(md), interactive=True), *secs, status(what)]

    draft_outputs = [draft_note, docx_btn, md_btn, *(section_md[k] for k in SECTION_KEYS), plan_status]
    # Always one kartlegging input, so gr.Request is injected by its annotation (a *rest signature got no
    # request: every user's export went to data_dir/tmp/local and the analysis never reached the draft).
    kart_input = [kart_state if kart_state is not None else gr.State(None)]

    def make_full(conv: Any, kart: str | None, request: gr.Request) -> list[Any]:
        return draft(conv, kart, request)

    make_draft.click(make_full, [conv_state, *kart_input], draft_outputs)
    for key in SECTION_KEYS:

        def regen_one(conv: Any, kart: str | None, request: gr.Request, _key: str = key) -> list[Any]:
            return draft(conv, kart, request, only=_key)

        regen[key].click(regen_one, [conv_state, *kart_input], draft_outputs)

    resume.click(open_plan, [plans], [*view_outputs, plan_status, plans])
    new.click(start_new, None, [*view_outputs, plan_status, plans])
    delete.click(remove, [plans, conv_state], [plan_status, plans, conv_state])
    save_next.click(do_answer, [conv_state, answer], [*view_outputs, plan_status])
    back.click(do_back, [conv_state], [*view_outputs, plan_status])
    skip.click(do_skip, [conv_state], [*view_outputs, plan_status])
    goto.click(do_goto, [conv_state, goto_key], [*view_outputs, plan_status])
    if services.login:

        def do_share(conv: Any, names: str, request: gr.Request) -> str:
            user = services.user_for(request)
            if conv is None:
                return status("Åpne en plan først.", ok=False)
            wanted = [n.strip() for n in (names or "").split(",") if n.strip()]
            unknown = [n for n in wanted if n not in services.users]
            if unknown or not wanted:
                return status(f"Ukjent bruker: {', '.join(unknown)}" if unknown else "Skriv minst ett brukernavn.", ok=False)
            if conv.plan.owner != user:
                return status("Bare eieren kan dele planen.", ok=False)
            try:
                conv.plan = services.store.save(conv.plan.shared(*wanted), expected_version=conv.plan.version)
            except VersionConflict as exc:
                conv.plan = exc.newer
                return status("Planen var endret i mellomtiden; prøv igjen.", ok=False)
            return status(f"Planen er delt med {', '.join(wanted)}.")

        share.click(do_share, [conv_state, share_with], [plan_status])
    return plans, on_load
