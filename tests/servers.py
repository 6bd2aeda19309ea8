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

_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


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

    def tail() -> str:
        log.flush()
        text = Path(log.name).read_text(errors="replace").strip().splitlines()
        return "\n".join(text[-15:])

    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {proc.returncode}:\n{tail()}")
            try:
                with _NO_PROXY.open(f"{base_url}/models", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"llama_cpp.server did not answer on {base_url} within {timeout_s:.0f}s:\n{tail()}")
            time.sleep(0.25)
        yield proc, base_url
    finally:
        _stop(proc)
        log.close()
        with contextlib.suppress(OSError):
            os.unlink(log.name)
