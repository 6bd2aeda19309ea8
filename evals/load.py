"""Load test: N simultaneous users ask M questions in all of a running ``planvis serve``.

Usage::

    python evals/load.py --url http://127.0.0.1:7860 --users 20 --questions 200 [--pid PID] [--json]

Each user is a thread with its own ``gradio_client.Client`` (its own Gradio session) calling the
chat's named endpoint ``/ask`` (ui/tabs/chat.py) with the extractive engine. The questions are the
answerable, single-turn ones of ``evals/questions.jsonl``, dealt round-robin to the users and
repeated when M is larger than the set. The run is bounded: it waits at most ``--wait`` seconds for
the server to answer, each question at most ``--question-timeout`` seconds, and everything at most
``--deadline`` seconds; a question not answered by then counts as an error.

``--serve`` instead of ``--url`` starts ``planvis serve`` itself (login off, the data dir of the
environment) on a free port, measures it and stops it (what ``make bench`` does).

Prints the errors, n, p50/p95 latency and, given ``--pid`` (the server's process id), its peak
resident memory (VmHWM from /proc/PID/status, also sampled VmRSS while running). With ``--json``
stdout holds only one JSON object (``errors``, ``n``, ``p50_s``, ``p95_s``, ``peak_rss_mb``, plus
a few descriptive keys); messages go to stderr. Exit status 1 when any question failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ok(self, seconds: float) -> None:
        with self.lock:
            self.latencies.append(seconds)

    def fail(self, message: str) -> None:
        with self.lock:
            self.errors.append(message)


def load_questions(path: Path = QUESTIONS) -> list[str]:
    """The answerable single-turn questions (not 'unanswerable', not 'followup', which needs history)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("type") not in ("unanswerable", "followup"):
                out.append(str(row["question"]))
    return out


def wait_for_server(url: str, timeout_s: float) -> None:
    """Return once ``url`` answers HTTP at all (401 with login on is an answer); TimeoutError after timeout_s."""
    deadline = time.monotonic() + timeout_s
    last = ""
    while time.monotonic() < deadline:
        try:
            with _NO_PROXY.open(url.rstrip("/") + "/config", timeout=5):
                return
        except urllib.error.HTTPError:
            return  # the server is up; it refused us (login), the Client logs in
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            last = str(getattr(exc, "reason", exc))
        time.sleep(0.5)
    raise TimeoutError(f"{url}: no answer within {timeout_s:.0f} s ({last})")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve(env: dict[str, str] | None = None, port: int | None = None, timeout_s: float = 180.0) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """Run ``planvis serve`` on 127.0.0.1 (a free port) with ``env``; yield ``(process, url)``; stop it on exit.

    Waits until it answers HTTP; if it dies or ``timeout_s`` passes first, raises RuntimeError with the
    tail of its log.
    """
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    planvis = Path(sys.executable).with_name("planvis")
    cmd = [str(planvis), "serve", "--host", "127.0.0.1", "--port", str(port)]
    log = tempfile.NamedTemporaryFile(prefix="planvis-serve-", suffix=".log", delete=False)  # noqa: SIM115
    full_env = {**os.environ, **(env or {}), "PYTHONUNBUFFERED": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=full_env)

    def tail() -> str:
        log.flush()
        return "\n".join(Path(log.name).read_text(errors="replace").strip().splitlines()[-15:])

    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"planvis serve exited with {proc.returncode}:\n{tail()}")
            try:
                wait_for_server(url, 1.0)
                break
            except TimeoutError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"planvis serve did not answer on {url} within {timeout_s:.0f} s:\n{tail()}") from None
        yield proc, url
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)
        log.close()
        with contextlib.suppress(OSError):
            os.unlink(log.name)


def rss_mb(pid: int, key: str) -> float | None:
    """VmRSS or VmHWM (peak) of a process in MB, from /proc; None when it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError, IndexError):
        return None
    return None


def percentile(values: list[float], q: float) -> float | None:
    """The q-quantile (0..1) by linear interpolation; None for no values."""
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return float(statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1])


def answer_text(outputs: Any) -> str:
    """The last assistant message of the chatbot output of /ask (question, chat, sources, status, ...)."""
    chat = outputs[1] if isinstance(outputs, (list, tuple)) and len(outputs) > 1 else None
    if not chat:
        return ""
    last = chat[-1]
    content = last.get("content") if isinstance(last, dict) else last
    if isinstance(content, list):  # Gradio 6 may hand messages back as content parts
        content = " ".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content)
    return str(content or "")


def user_loop(no: int, args: argparse.Namespace, mine: list[str], result: Result, deadline: float) -> None:
    """One simulated user: its own Client (own session), questions one after another."""
    from gradio_client import Client

    auth = tuple(args.auth.split(":", 1)) if args.auth else None
    client = None
    for attempt in range(3):  # 20 sessions opening at once each fetch the whole /config; a busy server is slow
        try:
            client = Client(args.url, auth=auth, verbose=False, download_files=False, analytics_enabled=False,
                            httpx_kwargs={"timeout": min(60.0, max(1.0, deadline - time.monotonic()))})
            break
        except Exception as exc:
            if attempt == 2 or time.monotonic() >= deadline:  # a user that cannot connect fails all its questions
                for q in mine:
                    result.fail(f"user {no}: could not connect ({type(exc).__name__}: {exc}); not asked: {q[:60]}")
                return
            time.sleep(1.0)
    assert client is not None
    try:
        for i, q in enumerate(mine):
            left = deadline - time.monotonic()
            if left <= 0:
                for rest in mine[i:]:
                    result.fail(f"user {no}: not asked before the deadline: {rest[:60]}")
                return
            start = time.monotonic()
            try:
                job = client.submit(q, [], args.engine, api_name="/ask")
                outputs = job.result(timeout=min(args.question_timeout, left))
                text = answer_text(outputs)
                if not text.strip() or text.strip() == "…":
                    raise ValueError("empty answer")
            except Exception as exc:
                result.fail(f"user {no}: {q[:60]!r}: {type(exc).__name__}: {str(exc)[:200]}")
                continue
            result.ok(time.monotonic() - start)
    finally:
        with contextlib.suppress(Exception):
            client.close()


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Run the load and return the summary dict (what ``--json`` prints)."""
    wait_for_server(args.url, args.wait)
    pool = load_questions(Path(args.file))
    if not pool:
        raise SystemExit(f"{args.file}: no answerable questions")
    asked = [pool[i % len(pool)] for i in range(args.questions)]
    per_user: list[list[str]] = [asked[u :: args.users] for u in range(args.users)]
    result = Result()
    rss_start = rss_mb(args.pid, "VmRSS") if args.pid else None
    sampled: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.2):
            value = rss_mb(args.pid, "VmRSS")
            if value is not None:
                sampled.append(value)

    sampler = threading.Thread(target=sample, daemon=True) if args.pid else None
    if sampler:
        sampler.start()
    started = time.monotonic()
    deadline = started + args.deadline
    threads = [threading.Thread(target=user_loop, args=(u, args, qs, result, deadline), daemon=True) for u, qs in enumerate(per_user) if qs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(0.0, deadline - time.monotonic()) + args.question_timeout + 5)
    wall = time.monotonic() - started
    stop.set()
    with result.lock:
        lat = sorted(result.latencies)
        errors = list(result.errors)
    missing = args.questions - len(lat) - len(errors)  # threads still hanging past the deadline
    errors += [f"{missing} questions still unanswered when the run was stopped"] if missing > 0 else []
    peak = None
    if args.pid:
        candidates = [v for v in (rss_mb(args.pid, "VmHWM"), max(sampled, default=None)) if v is not None]
        peak = max(candidates) if candidates else None
    p50, p95 = percentile(lat, 0.50), percentile(lat, 0.95)
    return {
        "errors": len(result.errors) + max(missing, 0),
        "n": args.questions,
        "p50_s": round(p50, 3) if p50 is not None else None,
        "p95_s": round(p95, 3) if p95 is not None else None,
        "peak_rss_mb": round(peak, 1) if peak is not None else None,
        "users": args.users,
        "answered": len(lat),
        "max_s": round(lat[-1], 3) if lat else None,
        "wall_s": round(wall, 2),
        "rss_start_mb": round(rss_start, 1) if rss_start is not None else None,
        "rss_end_mb": round(v, 1) if args.pid and (v := rss_mb(args.pid, "VmRSS")) is not None else None,
        "error_messages": errors[:20],
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--url", help="the running planvis serve, e.g. http://127.0.0.1:7860")
    p.add_argument("--serve", action="store_true", help="start planvis serve on a free port (login off) and measure it")
    p.add_argument("--users", type=int, default=20, help="simultaneous users (threads, one Client each)")
    p.add_argument("--questions", type=int, default=200, help="questions in all, spread over the users")
    p.add_argument("--pid", type=int, help="the server's process id, for its peak memory")
    p.add_argument("--json", action="store_true", help="one JSON object on stdout, nothing else")
    p.add_argument("--auth", default=os.environ.get("PLANVIS_LOAD_AUTH", ""), help="USER:PASSWORD when login is on")
    p.add_argument("--engine", default="extractive")
    p.add_argument("--file", default=str(QUESTIONS), help="question set (JSONL)")
    p.add_argument("--wait", type=float, default=120.0, help="seconds to wait for the server to answer")
    p.add_argument("--question-timeout", type=float, default=120.0, help="seconds per question")
    p.add_argument("--deadline", type=float, default=900.0, help="seconds for the whole run")
    args = p.parse_args(argv)
    if bool(args.url) == bool(args.serve):
        p.error("give either --url URL or --serve")
    if args.users < 1 or args.questions < 1:
        p.error("--users and --questions must be at least 1")
    if args.pid and not Path(f"/proc/{args.pid}").exists():
        p.error(f"--pid {args.pid}: no such process")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.serve:
            with serve({"PLANVIS_AUTH": "", "PLANVIS_ENGINE": args.engine}) as (proc, url):
                args.url, args.pid = url, args.pid or proc.pid
                summary = run(args)
        else:
            summary = run(args)
    except (TimeoutError, RuntimeError) as exc:
        print(f"load: {exc}", file=sys.stderr)
        return 2
    for line in summary["error_messages"]:
        print(f"error: {line}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        rss = f", peak RSS {summary['peak_rss_mb']} MB" if summary["peak_rss_mb"] is not None else ""
        print(
            f"{summary['users']} users, {summary['n']} questions: {summary['errors']} errors, "
            f"p50 {summary['p50_s']} s, p95 {summary['p95_s']} s, max {summary['max_s']} s, wall {summary['wall_s']} s{rss}"
        )
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
