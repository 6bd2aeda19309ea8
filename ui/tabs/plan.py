"""Lag kompetanseplan: the guided steps (stepper), the conversation, the draft and downloads."""

from __future__ import annotations

import gradio as gr

from ui.services import Services


def build_plan_tab(services: Services, current_plan: gr.State) -> None:
    gr.Markdown("Planveiviseren er ikke klar ennå.")
