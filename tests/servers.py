"""Test helpers that run real servers as subprocesses on 127.0.0.1 (not part of the package)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def ui_server(settings: Any, timeout_s: float = 120.0) -> Iterator[str]:
    """The whole web app (ui.server.make_asgi_app) served in a thread on 127.0.0.1:<free port>; yields its URL."""
    import threading

    import uvicorn

    from ui.server import make_asgi_app

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(make_asgi_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + timeout_s
    while not srv.started:
        assert thread.is_alive() and time.time() < deadline, "UI server did not start"
        time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@contextlib.contextmanager
def _running(proc: subprocess.Popen[bytes], log: Any, name: str, probe_url: str, timeout_s: float, poll_s: float) -> Iterator[None]:
    """Wait until ``probe_url`` answers 200 (or fail with the log's tail), then stop ``proc`` and drop its log on exit."""

    def tail() -> str:
        log.flush()
        text = Path(log.name).read_text(errors="replace").strip().splitlines()
        return "\n".join(text[-15:])

    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with {proc.returncode}:\n{tail()}")
            try:
                with _NO_PROXY.open(probe_url, timeout=2) as resp:
                    if resp.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not answer on {probe_url} within {timeout_s:.0f}s:\n{tail()}")
            time.sleep(poll_s)
        yield
    finally:
        _stop(proc)
        log.close()
        with contextlib.suppress(OSError):
            os.unlink(log.name)


@contextlib.contextmanager
def start_openai_server(
    model_path: Path | str,
    port: int | None = None,
    n_ctx: int = 2048,
    *,
    n_threads: int = 2,
    model_alias: str = "local",
    timeout_s: float = 120.0,
) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """Run ``python -m llama_cpp.server`` on 127.0.0.1 and yield ``(process, base_url)``; stop it on exit.

    ``base_url`` ends in ``/v1`` (what ChatOpenAI wants). Waits until ``GET /v1/models`` answers 200; if the
    server dies or ``timeout_s`` passes first, raises RuntimeError with the tail of its log.
    """
    port = port or free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_path),
        "--model_alias",
        model_alias,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
        "--n_threads",
        str(n_threads),
        "--n_threads_batch",
        str(n_threads),
        "--n_batch",
        "512",
        "--logits_all",
        "False",  # default True keeps n_ctx x vocab logits (~1.2 GB) and slows prompt processing
        "--verbose",
        "False",
    ]
    log = tempfile.NamedTemporaryFile(prefix="llama-server-", suffix=".log", delete=False)  # noqa: SIM115
    env = {"OMP_WAIT_POLICY": "PASSIVE", **os.environ, "PYTHONUNBUFFERED": "1"}  # see assistant.llm.load_llama
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
    with _running(proc, log, "llama_cpp.server", f"{base_url}/models", timeout_s, poll_s=0.25):
        yield proc, base_url


@contextlib.contextmanager
def fake_llm_server(mode: str, reply: str = "") -> Iterator[str]:
    """An OpenAI-compatible endpoint on 127.0.0.1 that misbehaves; yields its base URL (…/v1).

    ``mode``: ``slow`` (never answers until stopped), ``trickle`` (a token every second, forever),
    ``error`` (HTTP 500), ``garbage`` (200 with an unreadable event stream), ``reply`` (streams
    ``reply`` properly, e.g. nonsense that cites nothing). For a server that is down, use
    ``f"http://127.0.0.1:{free_port()}/v1"``.
    """
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    stop = threading.Event()

    def event(text: str) -> bytes:
        chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "fake",
                 "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]}
        return f"data: {json.dumps(chunk)}\n\n".encode()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if mode == "slow":
                stop.wait(120)
                return
            if mode == "error":
                body = b'{"error": {"message": "model crashed", "type": "server_error"}}'
                self.send_response(500)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            try:
                if mode == "garbage":
                    self.wfile.write(b"data: {\x00\xff not json at all\n\n")
                elif mode == "trickle":
                    while not stop.wait(1.0):
                        self.wfile.write(event("bla "))
                        self.wfile.flush()
                else:
                    for word in reply.split(" "):
                        self.wfile.write(event(word + " "))
                    self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def start_chroma_server(path: Path | str, port: int | None = None, timeout_s: float = 60.0) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """Run ``chroma run`` (the chromadb package's server) on 127.0.0.1; yield ``(process, url)``; stop it on exit."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    chroma = Path(sys.executable).with_name("chroma")
    log = tempfile.NamedTemporaryFile(prefix="chroma-server-", suffix=".log", delete=False)  # noqa: SIM115
    proc = subprocess.Popen(
        [str(chroma), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    with _running(proc, log, "chroma run", f"{url}/api/v2/heartbeat", timeout_s, poll_s=0.2):
        yield proc, url
