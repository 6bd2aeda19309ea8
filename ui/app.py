"""The Planvis web UI: ``build_app(services) -> gr.Blocks``, built without launching.

One module per tab under ``ui/tabs/``; the plan-review tab (REVIEW) and the kartlegging panel
(KART) are mounted when their modules import. Start it with ``planvis serve`` (see ui/server.py).

    >>> from ui.services import build_services                  # doctest: +SKIP
    >>> demo = build_app(build_services(load_settings()))       # doctest: +SKIP
"""

from __future__ import annotations

import logging

import gradio as gr

from ui.services import Services
from ui.tabs.about import about_html, build_about_tab
from ui.tabs.chat import build_chat_tab
from ui.tabs.documents import build_documents_tab
from ui.tabs.plan import build_plan_tab

log = logging.getLogger(__name__)

# Colours chosen for at least 4.5:1 contrast on white (WCAG 1.4.3); focus always visible (2.4.7).
CSS = """
.pv-sources h3 { margin-top: 0; }
.pv-list { padding-left: 0; list-style: none; }
.pv-source { border-left: 4px solid #1d4f91; padding: 0.25rem 0.75rem; margin-bottom: 0.75rem; }
.pv-n { font-weight: 700; color: #1d4f91; }
.pv-source-title, .pv-where { display: block; }
.pv-where { color: #3b3b3b; font-size: 0.9rem; margin: 0.1rem 0; }
.pv-quote { margin: 0.3rem 0; padding-left: 0.5rem; border-left: 2px solid #8a8a8a; color: #1a1a1a; }
.pv-tariff { background: #fff4d6; color: #5a3b00; padding: 0.2rem 0.4rem; border-radius: 3px; }
.pv-badge { background: #e3f0e6; color: #14532d; font-size: 0.8rem; padding: 0 0.3rem; border-radius: 3px; }
.pv-context { font-size: 0.9rem; color: #1a1a1a; max-height: 18rem; overflow-y: auto; }
.pv-ok { color: #14532d; margin: 0.2rem 0; }
.pv-error { color: #8b1111; font-weight: 600; margin: 0.2rem 0; }
.pv-table { border-collapse: collapse; width: 100%; }
.pv-table caption { text-align: left; font-weight: 700; padding-bottom: 0.3rem; }
.pv-table th, .pv-table td { border-bottom: 1px solid #c7c7c7; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
.pv-facts dt { font-weight: 700; margin-top: 0.4rem; }
.pv-facts dd { margin-left: 0; }
.pv-steps { list-style: none; padding-left: 0; }
.pv-steps li { padding: 0.2rem 0.4rem; border-left: 4px solid #c7c7c7; margin-bottom: 0.15rem; }
.pv-steps li.done { border-left-color: #14532d; }
.pv-steps li.current { border-left-color: #1d4f91; background: #e8f0fb; font-weight: 700; }
.pv-steps li.skipped { border-left-color: #8a5a00; }
mark { background: #fff1a8; color: #1a1a1a; }
button[role=tab].selected { color: #1d4f91 !important; }
details > summary { cursor: pointer; color: #1d4f91; text-decoration: underline; }
a, button, input, select, textarea, summary, [tabindex] { outline-offset: 2px; }
*:focus-visible { outline: 3px solid #1d4f91 !important; }
"""

# Status regions are announced (WCAG 4.1.3); the page language is Norwegian also after client-side renders.
HEAD = """
<meta name="description" content="Planvis – kildebasert hjelp til kommunens kompetanseplan">
<script>
(function () {
  function mark() {
    document.documentElement.setAttribute('lang', 'nb');
    document.querySelectorAll('.pv-live').forEach(function (el) {
      el.setAttribute('role', 'status'); el.setAttribute('aria-live', 'polite');
    });
    // Gradio's empty-value placeholder has an aria-label but no role (axe: aria-prohibited-attr).
    document.querySelectorAll('.empty[aria-label]:not([role])').forEach(function (el) {
      el.setAttribute('role', 'img'); el.setAttribute('aria-label', 'Ingen verdi ennå');
    });
  }
  function start() {
    mark(); new MutationObserver(mark).observe(document.body, {childList: true, subtree: true});
  }
  // Gradio may add this head after the document has loaded.
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
</script>
"""


def _optional(module: str, name: str) -> object | None:
    """A tab builder from another part of the project, or None while it does not import."""
    try:
        mod = __import__(module, fromlist=[name])
        return getattr(mod, name)
    except (ImportError, AttributeError) as exc:
        log.info("%s.%s not mounted: %s", module, name, exc)
        return None


def build_app(services: Services) -> gr.Blocks:
    """All tabs over ``services``; nothing is launched."""
    with gr.Blocks(title="Planvis – kompetanseplan med kilder", delete_cache=(600, 3600), analytics_enabled=False) as demo:
        gr.Markdown("# Planvis\nKildebasert hjelp til kommunens kompetanseplan.", elem_id="pv-header")
        who = gr.Markdown("", elem_id="pv-user", visible=services.login)
        current_plan = gr.State(None)  # id of the plan the user works on (chat picks go there)
        with gr.Tabs():
            with gr.Tab("Spør kildene", id="chat"):
                build_chat_tab(services, current_plan)
            with gr.Tab("Lag kompetanseplan", id="plan") as plan_tab:
                plan_parts = build_plan_tab(services, current_plan)
            with gr.Tab("Dokumenter", id="documents") as docs_tab:
                table, own, refresh = build_documents_tab(services)
            review = _optional("ui.tabs.review", "build_review_tab")
            if callable(review):
                with gr.Tab("Sjekk en plan", id="review"):
                    review(services)
            with gr.Tab("Om", id="about") as about_tab:
                about = build_about_tab(services)
        docs_tab.select(refresh, None, [table, own])
        about_tab.select(lambda: about_html(services), None, about)
        if plan_parts is not None:
            plans, plans_refresh = plan_parts
            plan_tab.select(plans_refresh, [current_plan], [plans])
            demo.load(plans_refresh, [current_plan], [plans])

        def greet(request: gr.Request) -> str:
            return f"Innlogget som **{services.user_for(request)}**." if services.login else ""

        demo.load(greet, None, who)
        demo.load(refresh, None, [table, own])
    return demo
