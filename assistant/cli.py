"""Command line: ``planvis ingest | sources | search | ask | eval | bench``.

Each command builds settings, calls the library, and turns our exceptions into one-line errors.

    $ planvis search "Hva gjorde Sørum med Fagstigen?" -k 3
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant.settings import Settings, load_settings
from assistant.types import Hit


class CliError(Exception):
    """Printed as one line on stderr; exit code 2."""


def _err(msg: str) -> None:
    print(f"planvis: {msg}", file=sys.stderr)


def _open_index(settings: Settings, build_if_missing: bool = True) -> Any:
    from assistant.index import Index

    index = Index.open(settings)
    if not index.exists():
        if not build_if_missing:
            raise CliError(f"no index in {settings.index_dir}: run `planvis ingest` first")
        _err(f"no index in {settings.index_dir}: building it from {settings.corpus_dir} (same as `planvis ingest`)")
        report = index.sync_corpus(progress=sys.stderr.isatty())
        for line in report.failed:
            _err(line)
    index.check()  # a damaged index is named now, with `planvis ingest --rebuild`, not at the first question
    return index


def hit_json(hit: Hit) -> dict[str, Any]:
    c = hit.chunk
    return {
        "rank": hit.rank,
        "doc_id": c.doc_id,
        "title": c.title,
        "section": c.section_path,
        "page": c.page,
        "text": c.text,
        "score": round(hit.score, 6),
    }


def _read_batch_numbered(path: str) -> Iterator[tuple[int, str]]:
    """(1-based line number, line) for each non-blank line; a line that is not UTF-8 is kept as its error."""
    try:
        stream: Any = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise CliError(f"{path}: cannot read batch file ({exc.strerror or exc})") from exc
    try:
        for no, raw in enumerate(stream, start=1):
            text = raw.decode("utf-8", errors="replace")
            if text.strip():
                yield no, text.rstrip("\r\n")
    except OSError as exc:
        raise CliError(f"{path}: cannot read batch file ({exc.strerror or exc})") from exc
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant import sentence_store
    from assistant.index import Index

    index = Index.open(settings)
    show = not args.quiet and sys.stderr.isatty()
    started = time.perf_counter()
    if args.paths:
        missing = [p for p in args.paths if not Path(p).exists()]
        for p in missing:
            _err(f"{p}: no such file")
        report = index.add_paths([Path(p) for p in args.paths if Path(p).exists()], progress=show)
        report.failed.extend(f"{p}: no such file" for p in missing)
    else:
        report = index.sync_corpus(rebuild=args.rebuild, progress=show)
    for line in report.notices:
        _err(f"notice: {line}")
    for line in report.failed:
        _err(line)
    if report.chunks:  # the answer ranking's sentence vectors, stored next to the index (assistant.sentence_store)
        sentence_store.fill(index, progress=show)
    took = time.perf_counter() - started
    print(
        f"Indeks oppdatert på {took:.1f} s: {len(report.added)} lagt til, {len(report.updated)} oppdatert, "
        f"{len(report.removed)} fjernet, {len(report.unchanged)} uendret, {len(report.failed)} feilet; {report.chunks} utdrag."
    )
    return 0 if report.ok else 1


def cmd_sources(args: argparse.Namespace, settings: Settings) -> int:
    index = _open_index(settings)
    rows = index.sources()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        where = f", {r['municipality']}" if r.get("municipality") else ""
        print(f"{r['doc_id']}: {r.get('title')} ({r.get('doc_type')}{where}, {r.get('year') or 'år ukjent'}) – {r['chunks']} utdrag")
    return 0


def _filters(args: argparse.Namespace) -> Any:
    from assistant.retrieve import Filters

    return Filters(doc_type=args.doc_type, municipality=args.municipality)


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.retrieve import Retriever

    index = _open_index(settings)
    retriever = Retriever(index, settings, mode=args.mode)
    if args.batch:
        # One JSON line per query line, an error object for a bad one (as `ask --batch`); exit 0 when all got one.
        for no, line in _read_batch_numbered(args.batch):
            try:
                q = _clean_question(line)
            except CliError as exc:
                _err(f"line {no}: {exc}")
                print(json.dumps({"line": no, "query": line[:200], "error": str(exc)}, ensure_ascii=False), flush=True)
                continue
            hits = retriever.search(q, k=args.k, filters=_filters(args))
            print(json.dumps({"line": no, "query": q, "hits": [hit_json(h) for h in hits]}, ensure_ascii=False), flush=True)
        return 0
    if not args.query:
        return _interactive_search(retriever, args)
    q = _clean_question(args.query)
    hits = retriever.search(q, k=args.k, filters=_filters(args))
    if args.json:
        print(json.dumps({"query": q, "hits": [hit_json(h) for h in hits]}, ensure_ascii=False), flush=True)
    else:
        _print_hits(q, hits)
    return 0


def _print_hits(query: str, hits: Sequence[Hit]) -> None:
    print(f"Søk: {query}")
    if not hits:
        print("  Ingen treff.")
    for h in hits:
        c = h.chunk
        page = f", s. {c.page}" if c.page else ""
        snippet = " ".join(c.text.split())[:240]
        print(f"\n[{h.rank}] {c.title}{page}\n    {c.section_path}\n    {snippet}…")


def _interactive_search(retriever: Any, args: argparse.Namespace) -> int:
    print("Planvis søk – skriv et spørsmål (tom linje avslutter).")
    while True:
        try:
            q = input("> ").strip()
        except EOFError:
            return 0
        if not q:
            return 0
        _print_hits(q, retriever.search(_clean_question(q), k=args.k, filters=_filters(args)))


def _clean_question(q: str) -> str:
    """Strip control characters and cap the length; raise on an empty question."""
    cleaned = "".join(ch if ch.isprintable() or ch in " " else " " for ch in q).strip()
    if not cleaned:
        raise CliError("empty question: write a question in words")
    if not re.search(r"[^\W\d_]{3,}", cleaned):
        raise CliError(f"question {cleaned[:40]!r} has no word to search for: write a question in words")
    if len(cleaned) > 2000:
        _err(f"notice: question is {len(cleaned)} characters; only the first 2000 are used")
        cleaned = cleaned[:2000]
    return cleaned


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="planvis", description="Planvis – kildebasert hjelp til kompetanseplanen.")
    parser.add_argument("--data-dir", help="index and drafts (env PLANVIS_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="sync the index with corpus/, or add the given files")
    p.add_argument("paths", nargs="*")
    p.add_argument("--rebuild", action="store_true", help="delete and rebuild the whole index")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("sources", help="list the indexed documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("search", help="hybrid search over the sources")
    p.add_argument("query", nargs="?")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.add_argument("--batch", help="file with one query per line ('-' for stdin); prints JSON lines")
    p.add_argument("--mode", default="hybrid", choices=["hybrid", "dense", "bm25"])
    p.add_argument("--doc-type", choices=["report", "plan", "tariff", "user"])
    p.add_argument("--municipality")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("eval", help="evaluate retrieval, answers and citations on a question set")
    p.add_argument("--questions", nargs="+", help="question set(s) (JSON lines), e.g. evals/questions.jsonl (required unless --review); several are run as one set and reported per language; --ablation takes several (default: dev + held-out)")
    p.add_argument("--review", action="store_true", help="plan review: step-status accuracy on evals/review/ and the corpus plans")
    p.add_argument("--review-dir", nargs="+", default=[], metavar="DIR", help="with --review: also score the plans of DIR/labels.json as blind plans")
    p.add_argument("--drafting", action="store_true", help="plan drafting: draft and score every answers file in evals/drafting/")
    p.add_argument("--engine", choices=["extractive", "local", "openai"], help="answer engine (default: PLANVIS_ENGINE)")
    p.add_argument("--mode", default="hybrid", choices=["hybrid", "dense", "bm25"], help="retrieval mode")
    p.add_argument("--out", help="output directory (default: <data dir>/eval)")
    p.add_argument("--compare", action="store_true", help="baseline, dense, bm25, hybrid and every available engine side by side")
    p.add_argument("--full", action="store_true", help="with --compare: run LLM engines on all questions, not a 20-question sample")
    p.add_argument("--fast", action="store_true", help="CI: extractive engine only (all questions; a fixed stratified subset of 250 if the set is larger)")
    p.add_argument("--gate", help="TOML of min/max thresholds for summary keys; exit 1 if any fails")
    p.add_argument("--judge-labels", help="hand labels for judge agreement (default: judge_labels.jsonl next to the questions)")
    p.add_argument("--llm-judge", action="store_true", help="also measure an LLM judge on the hand labels (needs PLANVIS_LLM_BASE_URL)")
    p.add_argument("--limit", type=int, help="only the first N questions (debugging)")
    p.add_argument("--calibrate", action="store_true", help="sweep the refusal threshold instead of evaluating")
    p.add_argument("--ablation", action="store_true", help="switch each hand-written rule off in turn; per question set, what it is worth")
    p.add_argument("--rules", help="with --ablation: only these rules (comma-separated names)")
    p.add_argument("--workers", type=int, default=1, help="with --ablation: processes to split the rules over (each loads the models)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="ingest, search and answer latency, peak memory")
    p.add_argument("--out", help="write the JSON here as well")
    p.add_argument("--questions", default="evals/questions.jsonl", help="queries for search and answer timing")
    p.add_argument("--skip-ingest", action="store_true", help="do not time a full ingest")
    p.add_argument("--engines", default="extractive,local,openai", help="comma-separated answer engines to time")
    p.set_defaults(func=cmd_bench)

    _add_ask_command(sub)
    _add_ui_commands(sub)
    _add_kartlegging_command(sub)
    _add_review_command(sub)
    _add_draft_command(sub)
    _add_plan_command(sub)
    return parser


def _add_plan_command(sub: Any) -> None:
    """Issue 12: the guided conversation in the terminal (the work is in assistant.plan.terminal)."""
    p = sub.add_parser("plan", help="write a kompetanseplan step by step (guided conversation, saved as you go)")
    p.add_argument("--resume", metavar="ID", help="continue a saved plan (its id, or the first 6+ characters)")
    p.add_argument("--list", action="store_true", help="list the saved plans")
    p.add_argument("--delete", metavar="ID", help="delete a saved plan")
    p.add_argument("--export-answers", nargs=2, metavar=("ID", "FILE.yaml"), help="write a plan's answers file (for planvis draft --answers)")
    p.add_argument("--owner", default="local", help="whose plan it is (default: local)")
    p.add_argument("--engine", choices=["extractive", "local", "openai"], help="engine for free questions (default: PLANVIS_ENGINE)")
    p.add_argument("--no-examples", action="store_true", help="do not search the case plans for examples (faster)")
    p.set_defaults(func=cmd_plan)


def cmd_plan(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.plan.store import PlanStore, StoreError

    try:
        store = PlanStore.for_settings(settings)
        if args.list:
            plans = store.list(None if args.owner == "local" else args.owner)
            if not plans:
                print("Ingen lagrede planer. Start en ny med: planvis plan")
            for plan in plans:
                print(f"{plan.id}  {plan.updated[:16].replace('T', ' ')}  {len(plan.answers):>2} svar  {plan.title}")
            return 0
        if args.delete:
            plan = store.load(args.delete)
            store.delete(plan.id)
            print(f"Slettet plan {plan.id} ({plan.title}).")
            return 0
        if args.export_answers:
            from assistant.plan.answers import AnswersError, dump_answers

            plan_id, out = args.export_answers
            plan = store.load(plan_id)
            try:
                text = dump_answers(plan.answers_dict())
                Path(out).write_text(text, encoding="utf-8")
            except AnswersError as exc:
                raise CliError(f"plan {plan.id}: {exc}") from exc
            except OSError as exc:
                raise CliError(f"{out}: cannot write it ({exc.strerror or exc})") from exc
            print(f"Svarene i plan {plan.id} er skrevet til {out} (bruk: planvis draft --answers {out} --out utkast.docx).")
            return 0
        return _run_plan(args, settings, store)
    except StoreError as exc:
        raise CliError(str(exc)) from exc


def _run_plan(args: argparse.Namespace, settings: Settings, store: Any) -> int:
    from assistant.answer import Assistant
    from assistant.plan.conversation import Conversation
    from assistant.plan.method import MethodSourceError, check_sources
    from assistant.plan.model import new_plan
    from assistant.plan.terminal import export_draft, run_terminal

    resumed = store.load(args.resume) if args.resume else None  # a wrong id is named before the index is opened
    index = _open_index(settings)
    try:
        check_sources(index)  # a changed corpus fails loudly instead of citing nothing
    except MethodSourceError as exc:
        raise CliError(str(exc)) from exc
    plan = resumed or store.save(new_plan(owner=args.owner))
    assistant = Assistant(settings, index)
    if args.engine:
        assistant.settings = settings.model_copy(update={"engine": args.engine})
    conv = Conversation(plan, assistant, store, examples=not args.no_examples)
    return run_terminal(conv, sys.stdin, sys.stdout, format_answer, export_draft)


def _add_draft_command(sub: Any) -> None:
    """Issue 12: a draft plan from an answers file (the work is in assistant.plan.run)."""
    p = sub.add_parser("draft", help="draft a kompetanseplan (DOCX or Markdown) from an answers file (YAML)")
    p.add_argument("--answers", required=True, help="the answers file (YAML), e.g. evals/drafting/fjordvik.yaml")
    p.add_argument("--out", required=True, help="where to write the draft (.docx or .md)")
    p.add_argument("--format", choices=["docx", "md"], help="default: from the suffix of --out")
    p.add_argument("--kartlegging", help="directory written by planvis kartlegging (analysis.json and figures)")
    p.add_argument("--engine", choices=["extractive", "local", "openai"], help="LLM engine for --polish (default: PLANVIS_ENGINE)")
    p.add_argument("--polish", action="store_true", help="let an LLM polish the prose; kept only where citations, placeholders and facts survive")
    p.set_defaults(func=cmd_draft)


def cmd_draft(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answer import Assistant
    from assistant.plan.method import MethodSourceError
    from assistant.plan.run import DraftError, draft_file

    if not Path(args.answers).is_file():
        raise CliError(f"{args.answers}: no such file")
    index = _open_index(settings)
    try:
        result = draft_file(Assistant(settings, index), args.answers, args.out, args.format, args.kartlegging, args.engine, args.polish)
    except (DraftError, MethodSourceError) as exc:
        raise CliError(str(exc)) from exc
    d = result.draft
    suggested = sum(not r.own for r in d.tiltak)
    print(f"Utkast skrevet til {result.path}: {len(d.sections)} kapitler, {len(d.tiltak)} tiltak ({suggested} foreslått), "
          f"{len(d.references)} kilder, {len(d.placeholders)} plassholdere å fylle inn ({result.seconds:.1f} s).")
    for note in d.notes:
        _err(f"notice: {note}")
    return 0


def _eval_drafting(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answer import Assistant
    from assistant.evaluate.drafting import run_drafting_eval, summary_lines
    from assistant.plan.answers import AnswersError

    eval_dir = Path(__file__).resolve().parent.parent / "evals" / "drafting"
    out = Path(args.out) if args.out else settings.data_dir / "eval-drafting"
    try:
        summary = run_drafting_eval(Assistant(settings, _open_index(settings)), eval_dir, out)
    except (AnswersError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    for line in summary_lines(summary):
        print(line)
    print(f"wrote {out / 'drafting.json'} and {out / 'drafting.md'}")
    return 0


def _add_review_command(sub: Any) -> None:
    """Plansjekk: review an existing plan against the method (the work is in assistant.plan.review)."""
    p = sub.add_parser("review", help="check an existing kompetanseplan (PDF/DOCX/TXT/MD) step by step against the method")
    p.add_argument("plan", help="the plan file")
    p.add_argument("--json", action="store_true", help="print only the review as JSON")
    p.add_argument("--out", help="save the report as REPORT.md or REPORT.docx")
    p.set_defaults(func=cmd_review)


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answer import Assistant
    from assistant.loaders import LoadError
    from assistant.plan.review import review_file, write_review
    from assistant.plan.review_report import markdown

    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in (".md", ".docx"):
        raise CliError(f"--out {out.name}: the report can be .md or .docx")
    assistant = Assistant(settings, _open_index(settings))
    try:
        review = review_file(Path(args.plan), assistant)
    except LoadError as exc:
        raise CliError(str(exc)) from exc
    if out is not None:
        try:
            write_review(review, out)
        except OSError as exc:
            raise CliError(f"{out}: cannot write the report ({exc.strerror or exc})") from exc
    if args.json:
        print(json.dumps(review.to_json(), ensure_ascii=False, indent=1))
    elif out is not None:
        print(review.summary)
        print(f"Rapporten er lagret i {out}")
    else:
        print(markdown(review), end="")
    return 0


def _eval_review(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answer import Assistant
    from assistant.evaluate.review import score_reviews, summary_lines, write_scores

    assistant = Assistant(settings, _open_index(settings))
    eval_dir = Path(__file__).resolve().parent.parent / "evals" / "review"
    extra = [Path(d) for d in args.review_dir]
    if missing := [d for d in extra if not (d / "labels.json").is_file()]:
        raise CliError(f"--review-dir {missing[0]}: no labels.json there")
    scores = score_reviews(assistant, eval_dir, settings.corpus_dir, extra)
    for line in summary_lines(scores):
        print(line)
    path = write_scores(scores, Path(args.out) if args.out else settings.data_dir / "eval")
    print(f"wrote {path}")
    if getattr(args, "ablation", False):  # --review --ablation: each review-* rule off in turn
        from assistant.evaluate.review import review_ablation

        abl = review_ablation(eval_dir, settings.corpus_dir, extra)
        print("ablation (right steps 1-9 per group, rule on -> off):")
        for row in abl["rules"]:
            moves = ", ".join(f"{g} {abl['on'][g]['right_9']}->{t['right_9']}" for g, t in row["off"].items() if t["right_9"] != abl["on"][g]["right_9"]) or "no change on steps 1-9"
            print(f"  {row['rule']}: {moves}; {len(row['changed'])} step(s) change")
        (path.parent / "review_ablation.json").write_text(json.dumps(abl, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {path.parent / 'review_ablation.json'}")
    return 0


def _add_kartlegging_command(sub: Any) -> None:
    """Step 6: analyse the municipality's own per-employee export (the work is in assistant.kartlegging)."""
    p = sub.add_parser("kartlegging", help="analyse a per-employee export (CSV/XLSX) into analysis.json, analysis.md and PNGs")
    p.add_argument("--data", required=True, help="the export: CSV (semicolon, comma or tab) or XLSX")
    p.add_argument("--mapping", help='YAML, one line per field: canonical_field: "Column header"')
    p.add_argument("--year", type=int, help="reference year for ages and tenure (default: this year)")
    p.add_argument("--pension-age", type=int, default=67)
    p.add_argument("--small-position", type=float, default=50.0, help="a position under this percentage is small (default 50)")
    p.add_argument("--out", required=True, help="directory for analysis.json, analysis.md and the figures")
    p.set_defaults(func=cmd_kartlegging)


def cmd_kartlegging(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.kartlegging import KartleggingError, analyse_file, write_analysis

    name = Path(args.data).name
    if args.year is not None and not 1950 <= args.year <= 2100:
        raise CliError(f"--year {args.year}: give a year between 1950 and 2100")
    if not 0 < args.small_position <= 100:
        raise CliError(f"--small-position {args.small_position}: give a percentage between 0 and 100")
    try:
        analysis = analyse_file(args.data, mapping=args.mapping, year=args.year, pension_age=args.pension_age,
                                small_position_limit=args.small_position)
        analysis = write_analysis(analysis, args.out)
    except KartleggingError as exc:
        raise CliError(str(exc)) from exc
    except Exception as exc:  # the message of an unforeseen error could quote a cell of personal data
        raise CliError(f"{name}: could not be analysed ({type(exc).__name__})") from exc
    for line, reason in analysis.unreadable_rows:
        _err(f"{name}: {analysis.line_unit} {line}: {reason} (left out)")
    for notice in analysis.notices:
        _err(f"notice: {name}: {notice}")
    hidden = len(analysis.suppressed_sectors())
    print(f"Analyse av {analysis.n_employees if analysis.n_employees is not None else 'færre enn 5'} ansatte i {len(analysis.sectors)} tjenesteområder ({hidden} skjult av personvernhensyn), "
          f"{len(analysis.unreadable_rows)} rader ikke lest; skrevet til {Path(args.out) / 'analysis.json'}, analysis.md og "
          f"{len(analysis.figures)} figurer.")
    return 0


def _add_ask_command(sub: Any) -> None:
    """The answering command."""
    p = sub.add_parser("ask", help="answer a question with checked citations")
    p.add_argument("question", nargs="?")
    p.add_argument("--engine", choices=["extractive", "local", "openai"], help="default: PLANVIS_ENGINE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--batch", help="file with one question per line, or JSON objects {question, history}; '-' = stdin")
    p.add_argument("--doc-type", choices=["report", "plan", "tariff", "user"])
    p.add_argument("--municipality")
    p.set_defaults(func=cmd_ask)


def _add_ui_commands(sub: Any) -> None:
    """`planvis serve` (the web UI) and `planvis user add NAME` (login users)."""
    p = sub.add_parser("serve", help="start the web UI (Gradio) on http://HOST:PORT")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("user", help="manage web UI users (for PLANVIS_AUTH=@FILE)")
    usub = p.add_subparsers(dest="user_command", required=True)
    q = usub.add_parser("add", help="add a user or set a new password (asks for it, or reads one line from stdin)")
    q.add_argument("name")
    q.add_argument("--file", help="users file (default: the @PATH in PLANVIS_AUTH, else <data dir>/users.txt)")
    q.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    q.set_defaults(func=cmd_user_add)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from ui.auth import AuthError
    from ui.server import serve

    _open_index(settings)  # builds a missing index, names a damaged one before the server starts
    try:
        serve(settings, host=args.host, port=args.port)
    except AuthError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"cannot serve on {args.host}:{args.port} ({exc.strerror or exc})") from exc
    return 0


def cmd_user_add(args: argparse.Namespace, settings: Settings) -> int:
    import getpass

    from ui.auth import AuthError, add_user

    path = Path(args.file) if args.file else Path(settings.auth[1:]) if settings.auth.startswith("@") else settings.data_dir / "users.txt"
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Passord for {args.name}: ")
        if getpass.getpass("Gjenta passordet: ") != password:
            raise CliError("the two passwords differ")
    try:
        new = add_user(path, args.name, password)
    except AuthError as exc:
        raise CliError(str(exc)) from exc
    print(f"{'La til' if new else 'Oppdaterte'} {args.name} i {path}. Start med PLANVIS_AUTH=@{path} planvis serve")
    return 0


def answer_json(answer: Any) -> dict[str, Any]:
    return {
        "question": answer.question,
        "answer": answer.text,
        "refused": answer.refused,
        "citations": [
            {
                "n": c.n,
                "doc_id": c.chunk.doc_id,
                "title": c.chunk.title,
                "section": c.chunk.section_path,
                "page": c.chunk.page,
                "year": c.year,
                "historical": c.chunk.meta.get("doc_type") == "tariff",
                "quote": c.chunk.text,
                "snippet": c.quote,
            }
            for c in answer.citations
        ],
        "engine": answer.engine,
        "latency_s": round(answer.latency_s, 3),
        "notes": list(answer.notes),
    }


def _parse_batch_line(line: str) -> tuple[str, list[dict[str, str]]]:
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise CliError(f"batch line is not valid JSON ({exc.msg}): {stripped[:60]}") from exc
        question, history = (obj.get("question", ""), obj.get("history") or []) if isinstance(obj, dict) else (None, None)
        if not isinstance(question, str):
            raise CliError(f"batch line has no text in \"question\": {stripped[:60]}")
        if not isinstance(history, list) or not all(isinstance(t, dict) for t in history):
            raise CliError(f"batch line's \"history\" is not a list of {{\"role\", \"content\"}} turns: {stripped[:60]}")
        return question, history
    return stripped, []


def format_answer(answer: Any) -> str:
    """Plain-text rendering for the terminal: the answer, then the numbered sources."""
    out = [answer.text, ""]
    for c in answer.citations:
        ch = c.chunk
        page = f", s. {ch.page}" if ch.page else ""
        year = f" ({c.year})" if c.year else ""
        hist = " – historisk avtaletekst (HTA 2008–2010), ikke dagens avtale" if ch.meta.get("doc_type") == "tariff" else ""
        out.append(f"[{c.n}] {ch.title}{year}{page} – {ch.section_path}{hist}")
        out.append(f"    «{' '.join(c.quote.split())[:300]}»")
    return "\n".join(out)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answer import Assistant

    index = _open_index(settings)
    assistant = Assistant(settings, index)
    engine = args.engine or settings.engine
    if args.batch:
        # Every line gets one JSON object, an answer or {"line", "question", "error"}; exit 0 when all did.
        for no, line in _read_batch_numbered(args.batch):
            try:
                question, history = _parse_batch_line(line)
                answer = assistant.ask(_clean_question(question), history, engine=engine, filters=_filters(args))
                print(json.dumps({"line": no, **answer_json(answer)}, ensure_ascii=False), flush=True)
            except CliError as exc:
                _err(f"line {no}: {exc}")
                print(json.dumps({"line": no, "question": line[:200], "error": str(exc)}, ensure_ascii=False), flush=True)
        return 0
    if not args.question:
        raise CliError("no question: give one, e.g. planvis ask \"Hva gjorde Sørum med Fagstigen?\"")
    question = _clean_question(args.question)
    if args.json:
        print(json.dumps(answer_json(assistant.ask(question, engine=engine, filters=_filters(args))), ensure_ascii=False))
        return 0
    final = None
    for event in assistant.stream(question, engine=engine, filters=_filters(args)):
        if event.kind == "delta" and engine != "extractive":
            print(event.text, end="", flush=True, file=sys.stderr)
        elif event.kind == "final":
            final = event.answer
    if engine != "extractive":
        print(file=sys.stderr)
    assert final is not None
    print(format_answer(final))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    overrides: dict[str, Any] = {}
    if args.data_dir:
        overrides["data_dir"] = Path(args.data_dir)
    try:
        settings = load_settings(**overrides)
        return int(args.func(args, settings))
    except CliError as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one line, never a traceback, for anything we did not foresee
        from assistant.index import IndexError_, log_traceback
        from assistant.loaders import LoadError
        from assistant.settings import SettingsError

        if isinstance(exc, (IndexError_, SettingsError, LoadError)):  # LoadError here: a damaged manifest
            _err(str(exc))
            return 2
        if "PLANVIS_DEBUG" in __import__("os").environ:
            raise
        log = log_traceback(Path(args.data_dir) if args.data_dir else load_settings_or_default().data_dir, f"planvis {args.command}")
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "unexpected error"
        _err(f"unexpected error: {type(exc).__name__}: {first}" + (f" (full traceback in {log})" if log else ""))
        return 1


def load_settings_or_default() -> Settings:
    """Settings for writing a log even when the environment holds a bad value."""
    from assistant.settings import SettingsError

    try:
        return load_settings()
    except SettingsError:
        return Settings.model_construct()


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    if args.drafting:
        return _eval_drafting(args, settings)
    if args.review:
        return _eval_review(args, settings)
    if args.ablation:
        return _eval_ablation(args, settings)
    if not args.questions:
        raise CliError("eval needs --questions FILE (or --review for the plan review)")
    from assistant import evaluate as ev

    started = time.perf_counter()
    out = Path(args.out) if args.out else settings.data_dir / "eval"
    labels = Path(args.judge_labels) if args.judge_labels else None
    if args.fast and (args.compare or (args.engine and args.engine != "extractive")):
        raise CliError("--fast runs the extractive engine only; drop --compare / --engine")
    try:
        gate = ev.read_gate(args.gate) if args.gate else None
        index = _open_index(settings)
        # Several files (e.g. evals/questions.jsonl evals/questions_en.jsonl) run as one set, reported per language.
        ctx = ev.make_context(settings, index, args.questions, limit=args.limit, fast=args.fast, spelling=not args.calibrate)
        if args.calibrate:
            cal = ev.calibrate(ctx, out)
            best = cal["best"]
            print(f"refusal threshold now {cal['current']}; best on {len(ctx.questions)} questions: {best['threshold']} "
                  f"(accuracy {best['accuracy']:.3f}, false refusals {best['false_refusal_rate']:.3f}, unanswerable refused {best['unanswerable_refused']:.3f})")
            print(f"sweep written to {out / 'calibration.json'}")
            return 0
        if args.compare:
            comparison = ev.compare(ctx, out, labels, full=args.full, llm_judge_on=args.llm_judge)
            for name in ev.COMPARE_ROWS:
                row = comparison.get(name)
                if row is None:
                    continue
                if not row.get("available"):
                    print(f"{name}: not available ({row.get('note')})")
                    continue
                print(f"{name}: " + ", ".join(f"{k.split('.', 1)[1]} {ev.metric(row, k):.3f}" for k in ev.COMPARE_COLUMNS))
            print(f"wrote {out / 'comparison.json'} and {out / 'comparison.md'} in {time.perf_counter() - started:.0f} s")
            return 0
        engine = "extractive" if args.fast else (args.engine or settings.engine)
        summary = ev.evaluate_one(ctx, engine, args.mode, out, labels, llm_judge_on=args.llm_judge)
    except ev.EvalError as exc:
        raise CliError(str(exc)) from exc
    for line in ev.iter_summary_lines(summary):
        print(line)
    for line in ev.language_lines(summary):
        print(line)
    print(f"wrote {out / 'report.md'} in {time.perf_counter() - started:.0f} s")
    if gate is not None:
        failures = ev.check_gate(summary, gate)
        for line in failures:
            print(f"GATE FAILED: {line}", file=sys.stderr)
        if failures:
            return 1
        print(f"gate passed ({len(gate)} thresholds)")
    return 0


ABLATION_SETS = ("evals/questions.jsonl", "evals/heldout.jsonl", "evals/heldout2.jsonl")


def _eval_ablation(args: argparse.Namespace, settings: Settings) -> int:
    """``planvis eval --ablation``: each registered rule off in turn (see assistant.evaluate.ablation)."""
    from assistant import evaluate as ev

    started = time.perf_counter()
    if args.compare or args.calibrate or args.gate or (args.engine and args.engine != "extractive"):
        raise CliError("--ablation runs the extractive engine on its own; drop --compare / --calibrate / --gate / --engine")
    if args.workers < 1:
        raise CliError(f"--workers {args.workers}: give at least 1")
    out = Path(args.out) if args.out else settings.data_dir / "ablation"
    paths = args.questions or [p for p in ABLATION_SETS if Path(p).is_file()]
    if not paths:
        raise CliError(f"--ablation: none of {', '.join(ABLATION_SETS)} here; give --questions FILE ...")
    names = [n.strip() for n in args.rules.split(",") if n.strip()] if args.rules else None
    _open_index(settings)  # a clear error when there is no index, before any worker starts
    try:
        result = ev.run_ablation(settings, paths, out, names=names, workers=args.workers, limit=args.limit)
    except ev.EvalError as exc:
        raise CliError(str(exc)) from exc
    for row in result["rules"]:
        print(f"{row['name']}: elsewhere {row['worth_elsewhere']:+d} ({row['verdict']})")
    print(f"wrote {out / 'ablation.json'} and {out / 'ablation.md'} in {time.perf_counter() - started:.0f} s")
    return 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from assistant import bench

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in engines if e not in ("extractive", "local", "openai")]
    if unknown:
        raise CliError(f"unknown engine(s) {', '.join(unknown)}: use extractive, local, openai")
    index = _open_index(settings)
    result = bench.run_bench(settings, index, args.questions, skip_ingest=args.skip_ingest, engines=engines)
    for line in bench.summary_lines(result):
        print(line, file=sys.stderr)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
