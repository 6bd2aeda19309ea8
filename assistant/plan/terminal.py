"""``planvis plan`` in the terminal: the guided conversation as text in and text out.

Reads lines from ``inp`` and writes to ``out`` (stdin/stdout in the CLI, strings in tests), so the
whole conversation can be driven by feeding lines. Commands start with ":" and are listed on
screen (``prompts/plan_help.txt``); a line ending in "?" is a free question. Every answer is saved
when it is given; Ctrl-D or Ctrl-C quits and loses at most the line being typed.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from assistant.plan.cases import example_owner
from assistant.plan.conversation import Conversation, ConversationError, Turn, format_value, resolve_picks
from assistant.prompts import render_prompt
from assistant.types import Answer, Citation

QUIT = frozenset({":lagre og avslutt", ":avslutt", ":lagre", ":q", ":quit", ":slutt"})
BACK = frozenset({":tilbake", ":t", ":b"})
SKIP = frozenset({":hopp", ":hopp over", ":h"})
HELP = frozenset({":hjelp", ":?", ":help"})
OVERVIEW = frozenset({":oversikt", ":status", ":o"})
STATUS_NO = {"done": "ferdig", "skipped": "hoppet over", "todo": "ikke besvart", "current": "her er du"}


class _Quit(Exception):
    pass


def cite_line(c: Citation) -> str:
    """"[2] Strategisk og systematisk kompetansestyring (2010), 10.4 Oppfølging og evaluering, s. 95"."""
    ch = c.chunk
    year = f" ({c.year})" if c.year else ""
    page = f", s. {ch.page}" if ch.page else ""
    section = ch.section[-1] if ch.section else ""
    return f"[{c.n}] {ch.title}{year}{', ' + section if section else ''}{page}"


class TerminalPlan:
    """The loop: show the turn, read a line (or lines), act on it."""

    def __init__(
        self,
        conv: Conversation,
        inp: TextIO,
        out: TextIO,
        format_answer: Callable[[Answer], str] | None = None,
        exporter: Callable[[Conversation, str], str] | None = None,
    ) -> None:
        self.conv = conv
        self.inp = inp
        self.out = out
        self.format_answer = format_answer or (lambda a: a.text)
        self.exporter = exporter
        self.shown_step: str | None = None

    def say(self, text: str = "") -> None:
        """Print, wrapping long lines at the terminal's width with a hanging indent."""
        width = max(shutil.get_terminal_size((100, 24)).columns - 1, 40)
        lines = []
        for line in text.split("\n"):
            lead = line[: len(line) - len(line.lstrip())]
            lines.append(textwrap.fill(line, width, initial_indent="", subsequent_indent=lead + "  ") if len(line) > width else line)
        print("\n".join(lines), file=self.out, flush=True)

    def read(self, prompt: str) -> str:
        self.out.write(prompt)
        self.out.flush()
        line = self.inp.readline()
        if not line:  # Ctrl-D / end of input
            raise _Quit
        return line.rstrip("\r\n")

    # ---- showing -----------------------------------------------------------------------------
    def show(self, turn: Turn) -> None:
        # The step's header once per step: not again after a free question, :hjelp or :tilbake within it.
        if turn.field.step != self.shown_step:
            self.shown_step = turn.field.step
            self.say()
            self.say("=" * 72)
            self.say(f"{turn.title}    (spørsmål {turn.index + 1} av {turn.total})")
            self.say("=" * 72)
            if turn.explanation:
                self.say("Dette sier rapporten (KS/Asplan Viak/Fafo 2010) om steget:")
                for c in turn.explanation:
                    self.say(f"  «{c.quote}» [{c.n}]")
                for c in turn.explanation:
                    self.say(f"    {cite_line(c)}")
            if turn.examples:
                self.say("Slik gjorde casekommunene det:")
                n0 = len(turn.explanation)
                for c in turn.examples:
                    self.say(f"  {example_owner(c)}: «{c.quote}» [{c.n + n0}]")
                for c in turn.examples:
                    self.say(f"    {cite_line(Citation(n=c.n + n0, chunk=c.chunk, quote=c.quote))}")
        self.say()
        if turn.field.key == "kartlegging.gjennomfort" and not self.conv.plan.kartlegging:
            self.say("  Har du analysert en eksport av personaldata med planvis kartlegging? Skriv :kartlegging <mappe>.")
        self.say(f"Spørsmål {turn.index + 1}/{turn.total}: {turn.question}")
        self.say(f"  ({turn.field.hint.replace(chr(10), chr(10) + '   ')})")
        if turn.answer is not None:
            shown = format_value(turn.field, turn.answer.value).replace("\n", "\n    ")
            self.say(f"  Ditt svar nå: {shown}")
            self.say("  (Trykk Enter for å beholde det, eller skriv et nytt svar.)")

    def help(self) -> None:
        self.say(render_prompt("plan_help"))

    def overview(self) -> None:
        self.say("Oversikt:")
        for key, title, status in self.conv.progress():
            self.say(f"  {key:>5}  {title[:60]:<60}  {STATUS_NO[status]}")

    # ---- reading an answer -------------------------------------------------------------------
    def read_answer(self, turn: Turn) -> str | None:
        """The answer text, or None when a command was handled instead."""
        first = self.read("> ")
        command = self.command(first)
        if command:
            return None
        if not turn.field.multiline or not first.strip():
            return first
        lines = [first]
        while True:
            line = self.read("… ")
            if not line.strip():
                return "\n".join(lines)
            lines.append(line)

    def command(self, line: str) -> bool:
        """Handle a command or a free question; True if ``line`` was one."""
        text = line.strip()
        low = text.lower()
        if low in QUIT:
            raise _Quit
        if low in HELP:
            self.help()
        elif low in BACK:
            self.conv.back()
        elif low in SKIP:
            self.conv.skip()
        elif low in OVERVIEW:
            self.overview()
        elif m := re.match(r":(?:gå|ga|goto|g)\s+(\S+)$", text, re.IGNORECASE):
            self.conv.goto(m.group(1))
        elif m := re.match(r":(?:spør|spor|s)\s+(.+)$", text, re.IGNORECASE):
            self.free_question(m.group(1))
        elif m := re.match(r":kartlegging\s+(.+)$", text, re.IGNORECASE):
            self.conv.set_kartlegging(m.group(1).strip())
            self.say(f"  Kartleggingen i {m.group(1).strip()} er lagt til planen; utkastet tar med tabeller og figurer fra den.")
        elif text.startswith(":"):
            self.say(f"Ukjent kommando «{text}». Skriv :hjelp for en liste.")
        elif text.endswith("?") and len(text) > 3:
            self.free_question(text)
        else:
            return False
        return True

    def free_question(self, question: str) -> None:
        self.say("Søker i kildene …")
        try:
            answer = self.conv.ask(question)
        except Exception as exc:  # an engine that is down must not end her session; the plan is saved
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            self.say(f"! Kunne ikke svare på spørsmålet ({first}).")
            return
        self.say(self.format_answer(answer))
        self.say("(Du er fortsatt på samme spørsmål i planen.)")

    # ---- the loop ----------------------------------------------------------------------------
    def run(self) -> int:
        plan = self.conv.plan
        self.say(f"Planvis – veiledet arbeid med kompetanseplan (plan-id {plan.id}).")
        self.say(
            "Du blir ført gjennom metoden i kapittel 10 i rapporten «Strategisk og systematisk kompetansestyring» "
            "(KS/Asplan Viak/Fafo 2010): først tre spørsmål om kommunen, så 11 steg. For hvert steg ser du hva rapporten sier "
            "og hvordan Sørum, Bærum og Halden gjorde det. Svarene lagres fortløpende."
        )
        self.say("Kommandoer: :tilbake  :hopp  :gå <steg>  :spør <spørsmål>  :oversikt  :hjelp  :lagre og avslutt")
        try:
            while True:
                turn = self.conv.current()
                if turn is None:
                    if self.finish():
                        return 0
                    continue
                self.show(turn)
                try:
                    text = self.read_answer(turn)
                    if text is None:
                        continue
                    if not text.strip():
                        self.conv.next()  # Enter keeps the recorded answer, or skips an unanswered question
                    else:
                        self.conv.answer(text)
                        self.say("  Lagret.")
                except ConversationError as exc:
                    self.say(f"! {exc}")
        except (_Quit, KeyboardInterrupt):
            self.say()
            self.conv.save()
            self.bye()
            return 0

    def bye(self) -> None:
        plan = self.conv.plan
        self.say(f"Planen er lagret (plan-id {plan.id}, {len(plan.answers)} svar).")
        self.say(f"Fortsett senere med:  planvis plan --resume {plan.id}")

    def finish(self) -> bool:
        """At the end: offer a draft. False when a command moved back into the plan."""
        self.say()
        self.say("Du har gått gjennom alle stegene. Skriv :gå <steg> for å endre et svar, eller :oversikt.")
        self.overview()
        if self.exporter is not None:
            while True:
                name = self.read("Lag et utkast nå? Skriv et filnavn (.docx eller .md), eller Enter for å avslutte: ").strip()
                if not name:
                    break
                if name.startswith(":"):
                    self.command(name)
                    if not self.conv.finished:
                        return False
                    continue
                try:
                    self.say(self.exporter(self.conv, name))
                    break
                except (ValueError, OSError) as exc:
                    self.say(f"! {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
        self.bye()
        return True


def run_terminal(conv: Conversation, inp: TextIO, out: TextIO, format_answer: Any = None, exporter: Any = None) -> int:
    """Run the conversation until the user quits or finishes; returns the exit code (0)."""
    return TerminalPlan(conv, inp, out, format_answer, exporter).run()


def export_draft(conv: Conversation, name: str) -> str:
    """Draft the plan from its answers with PLAN-B's build_draft and write DOCX or Markdown."""
    from assistant.plan.draft import build_draft
    from assistant.plan.export import write

    if conv.assistant is None:
        raise ValueError("ingen kilder lastet: kan ikke lage utkast")
    path = Path(name).expanduser()
    k = conv.plan.kartlegging or {}
    kartlegging = k.get("dir") if k.get("dir") and Path(k["dir"]).is_dir() else None
    picks = resolve_picks(conv.plan, conv.assistant.index)
    draft = build_draft(conv.plan.answers_dict(), conv.assistant, kartlegging=kartlegging, picks=picks)
    written = write(draft, path)
    return f"Utkast skrevet til {written} ({len(draft.placeholders)} plassholdere å fylle inn)."
