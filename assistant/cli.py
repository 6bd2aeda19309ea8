"""Command line: ``planvis ingest | sources | search | ask | eval | bench``.

Each command builds settings, calls the library, and turns our exceptions into one-line errors.

    $ planvis search "Hva gjorde Sørum med Fagstigen?" -k 3
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

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


def _read_batch(path: str) -> Iterator[str]:
    stream: TextIO = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    try:
        for line in stream:
            if line.strip():
                yield line.rstrip("\n")
    finally:
        if stream is not sys.stdin:
            stream.close()


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
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
    queries: Sequence[str]
    if args.batch:
        queries = list(_read_batch(args.batch))
    elif args.query:
        queries = [args.query]
    else:
        return _interactive_search(retriever, args)
    for q in queries:
        q = _clean_question(q)
        hits = retriever.search(q, k=args.k, filters=_filters(args))
        if args.json or args.batch:
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

    _add_more_commands(sub)
    return parser


def _add_more_commands(sub: Any) -> None:
    """Commands whose code lives in other modules register here (kept import-light)."""
    try:
        from assistant import cli_answer
    except ImportError:  # pragma: no cover - during partial installs
        return
    cli_answer.register(sub)


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
        from assistant.index import IndexError_

        if isinstance(exc, IndexError_):
            _err(str(exc))
            return 2
        _err(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'unexpected error'}")
        if "PLANVIS_DEBUG" in __import__("os").environ:
            raise
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
