"""UI benchmark, run by ``planvis bench`` as ``python -m ui.bench DATA_DIR ENGINES``; prints one JSON line.

Measures, against a real ``planvis serve`` child process:
- cold start: from process start to the first page served (HTTP 200 on /);
- time to first answer token in the browser (headless Chromium): from the click on «Spør» to the
  first answer text in the chat, per available engine (first question after start, then warm);
- the serving process's resident memory (VmRSS now, VmHWM peak) after the answers.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

QUESTION = "Hva gjorde Sørum med Fagstigen?"
WARM_QUESTION = "Hvem bør sitte i arbeidsgruppen for kompetanseplanen?"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_mb(pid: int) -> dict[str, float]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = round(int(value.split()[0]) / 1024, 1)
    return {"rss_mb": out.get("VmRSS", 0.0), "peak_rss_mb": out.get("VmHWM", 0.0)}


def _first_token_s(page: Any, engine: str, question: str) -> float:
    from ui.format import ENGINE_LABELS

    page.get_by_label(ENGINE_LABELS[engine], exact=True).check()
    page.fill("#pv-question textarea", question)
    before = page.locator("#pv-chat .bot, #pv-chat [data-testid='bot']").count()
    started = time.perf_counter()
    page.click("#pv-ask")
    # The first answer text: the new bot message holds more than the "…" placeholder.
    page.wait_for_function(
        "(n) => { const m = document.querySelectorAll(\"#pv-chat .bot, #pv-chat [data-testid='bot']\");"
        " return m.length > n && m[m.length - 1].innerText.replace('…', '').trim().length > 0; }",
        arg=before,
        timeout=300_000,
    )
    took = time.perf_counter() - started
    page.wait_for_function("(q) => (document.querySelector('#pv-chat-status')?.innerText || '').includes(q)", arg=f"«{question[:80]}»", timeout=300_000)
    return round(took, 2)


def run(data_dir: str, engines: list[str]) -> dict[str, Any]:
    from ui.format import ENGINE_LABELS

    port = _free_port()
    env = {**os.environ, "PLANVIS_DATA_DIR": data_dir}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}/"
    result: dict[str, Any] = {}
    try:
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace").strip().splitlines() if proc.stderr else []
                return {"ok": False, "error": f"planvis serve exited {proc.returncode}: {(err or ['no output'])[-1][:200]}"}
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 - our own loopback server
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.perf_counter() - started > 300:
                return {"ok": False, "error": "no page within 300 s"}
            time.sleep(0.1)
        result["cold_start_s"] = round(time.perf_counter() - started, 2)
        result["rss_after_start"] = _rss_mb(proc.pid)
        if not Path(CHROMIUM).exists():
            result["first_token"] = {"available": False, "note": f"no {CHROMIUM}"}
        else:
            from playwright.sync_api import sync_playwright

            tokens: dict[str, Any] = {}
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                page = browser.new_page(locale="nb-NO")
                page.goto(url)
                page.wait_for_selector("#pv-question textarea", timeout=120_000)
                offered = [e for e in engines if page.get_by_label(ENGINE_LABELS[e], exact=True).count()]
                for engine in engines:
                    if engine not in offered:
                        tokens[engine] = {"available": False, "note": "not offered by the UI (not available here)"}
                        continue
                    first = _first_token_s(page, engine, QUESTION)
                    warm = _first_token_s(page, engine, WARM_QUESTION)
                    tokens[engine] = {"available": True, "first_question_s": first, "warm_s": warm}
                browser.close()
            result["first_token"] = tokens
        result["rss_after_answers"] = _rss_mb(proc.pid)
        result["ok"] = True
        return result
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> None:
    data_dir, engines = sys.argv[1], [e for e in sys.argv[2].split(",") if e]
    print(json.dumps(run(data_dir, engines)))


if __name__ == "__main__":
    main()
