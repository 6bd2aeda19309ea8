"""Isolation with login on: Bob cannot see, search, download or delete what Alice keeps.

One real ``planvis serve`` subprocess (PLANVIS_AUTH=alice:pw1,bob:pw2) over a copy of the real
index. Alice works through the UI's own Gradio API (gradio_client, logged in): she uploads a
document, asks, gives feedback, starts a plan, drafts and downloads it, analyses a kartlegging
export and reviews a plan. Bob then logs in through the real /login route (httpx, cookies) and tries
Alice's file paths (known from the data dir layout), the API endpoints with her ids, and the search.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
pytestmark = [pytest.mark.slow, pytest.mark.integration]
SECRET = "Zylofonprosjektet"


def _load_module():
    spec = importlib.util.spec_from_file_location("planvis_load", ROOT / "evals" / "load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("planvis_load", module)
    spec.loader.exec_module(module)
    return module


def _client(url: str, user: str, password: str) -> Any:
    from gradio_client import Client

    return Client(url, auth=(user, password), verbose=False, download_files=False, analytics_enabled=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory, corpus_settings) -> Any:
    """The server, its data dir, and what Alice did (her client, plan id, upload doc id, download URL)."""
    from gradio_client import handle_file

    load = _load_module()
    data = tmp_path_factory.mktemp("isolation-data")
    shutil.copytree(corpus_settings.index_dir, data / "index")  # uploads are indexed: never into the shared index
    doc = tmp_path_factory.mktemp("alice-files") / "alicevik-plan.txt"
    doc.write_text(f"Alicevik kommune kompetanseplan\n\n{SECRET} i Alicevik kommune gir alle assistenter i "
                   "hjemmetjenesten fagbrev innen 2027. Prosjektet ledes av Alicevik kommune.\n", encoding="utf-8")
    elsewhere = tmp_path_factory.mktemp("server-tmpdir")  # the server's temp dir: the data dir is outside it and cwd,
    env = {"PLANVIS_DATA_DIR": str(data), "PLANVIS_AUTH": "alice:pw1,bob:pw2", "PLANVIS_ENGINE": "extractive",
           "TMPDIR": str(elsewhere)}  # as for a data dir in /srv or ~/.local/share, which Gradio does not serve by default
    with load.serve(env, timeout_s=240) as (_proc, url):
        alice = _client(url, "alice", "pw1")
        alice.predict([handle_file(str(doc))], api_name="/do_upload")
        own = alice.predict(api_name="/refresh")[1]
        doc_id = next(value for _label, value in own["choices"])
        asked = alice.predict(f"Hva er {SECRET} i Alicevik?", [], "extractive", api_name="/ask")
        alice.predict("Hemmelig kommentar fra Alice", api_name="/thumbs_up")
        alice.predict(api_name="/start_new")
        alice.predict("Alicevik", api_name="/do_answer")
        analysed = alice.predict(handle_file(str(FIXTURES / "kartlegging" / "gen_comma.csv")), None, 2026, 67, False, api_name="/on_analyse")
        drafted = alice.predict(api_name="/make_full")  # with her analysis (the kartlegging State) in the draft
        alice.predict(handle_file(str(FIXTURES / "halden-kompetanseplan-2010-2012.docx")), api_name="/on_check")
        report = alice.predict("Markdown (.md)", api_name="/report_file")
        alice.predict(api_name="/on_draft")  # a second plan of hers, from the review
        from assistant.plan.store import PlanStore

        plans = PlanStore(data / "plans.sqlite").list("alice")
        yield {"url": url, "data": data, "alice": alice, "doc_id": doc_id, "asked": asked, "plans": plans,
               "docx": drafted[1]["value"], "report": report, "analysed": analysed}


@pytest.fixture(scope="module")
def bob_http(site) -> Any:
    """Bob logged in through the real login route, with the session cookies."""
    client = httpx.Client(base_url=site["url"], trust_env=False, timeout=60)
    r = client.post("/login", data={"username": "bob", "password": "pw2"})
    assert r.status_code == 200 and r.json().get("success") is True
    yield client
    client.close()


@pytest.fixture(scope="module")
def bob(site) -> Any:
    return _client(site["url"], "bob", "pw2")


def test_alice_has_data_of_every_kind(site) -> None:
    """The control: without it the refusals below would prove nothing."""
    data = site["data"]
    assert SECRET in site["asked"][2]  # she finds her own upload
    assert (data / "uploads" / "alice" / "alicevik-plan.txt").is_file()
    assert "Hemmelig kommentar" in (data / "feedback" / "alice" / "feedback.jsonl").read_text(encoding="utf-8")
    assert list((data / "kartlegging" / "alice").glob("*/analysis.json")) and list((data / "kartlegging" / "alice").glob("*/*.png"))
    assert list((data / "tmp" / "alice").glob("kompetanseplan-Alicevik-*.docx"))  # her export, in her own dir
    md = next((data / "tmp" / "alice").glob("kompetanseplan-Alicevik-*.md")).read_text(encoding="utf-8")
    assert "Funn fra analysen av personaldata" in md  # her kartlegging analysis reached the draft
    assert len(site["plans"]) == 2 and {p.owner for p in site["plans"]} == {"alice"}
    assert site["report"] and site["docx"]["path"]


def test_kartlegging_figures_are_shown_when_the_data_dir_is_outside_cwd_and_tmp(site) -> None:
    """Gradio copies only allowed files into its cache; the gallery then gets the copies, not an error."""
    text, gallery = site["analysed"][:2]
    assert "Analyse av kartleggingen" in text and len(gallery) >= 2, site["analysed"]
    cache = site["data"] / "tmp" / "gradio"
    for item in gallery:
        image = item["image"] if isinstance(item, dict) and "image" in item else item
        path = Path(image["path"] if isinstance(image, dict) else image)
        assert cache in path.parents and path.read_bytes().startswith(b"\x89PNG"), item


def test_unauthenticated_requests_are_refused(site) -> None:
    anon = httpx.Client(base_url=site["url"], trust_env=False, timeout=30)
    upload = site["data"] / "uploads" / "alice" / "alicevik-plan.txt"
    for path in ("/config", "/gradio_api/info", f"/gradio_api/file={upload}", f"/gradio_api/file={site['docx']['path']}",
                 "/gradio_api/queue/data?session_hash=x", "/gradio_api/deep_link?session_hash=x"):
        r = anon.get(path)
        assert r.status_code in (401, 403) and SECRET not in r.text, path  # 403: a private path, refused before login
    for path in ("/gradio_api/upload", "/gradio_api/queue/join", "/gradio_api/call/ask", "/gradio_api/run/ask"):
        r = anon.post(path, json={"data": [f"Hva er {SECRET}?", [], "extractive"], "fn_index": 0, "session_hash": "x"})
        assert r.status_code == 401, path
    assert anon.post("/login", data={"username": "bob", "password": "feil"}).status_code != 200
    page = anon.get("/")
    assert SECRET not in page.text and "Alicevik" not in page.text


def test_bob_cannot_download_alices_files_by_their_paths(site, bob_http) -> None:
    data = site["data"]
    cache = data / "tmp" / "gradio"
    kept = [p for p in data.rglob("*") if p.is_file() and "index" not in p.relative_to(data).parts[:1] and cache not in p.parents]
    assert len(kept) >= 8  # upload, feedback, analysis json/md/png, the DOCX/MD export, plans.sqlite
    for path in kept:
        r = bob_http.get(f"/gradio_api/file={path}")
        assert r.status_code in (403, 404), f"{path.relative_to(data)}: {r.status_code}"
    reports = list((data / "tmp" / "alice").glob("plansjekk-*"))  # the review tab's report file, in her scratch dir
    assert reports
    for path in reports:
        assert bob_http.get(f"/gradio_api/file={path}").status_code in (403, 404), path
    tricky = f"/gradio_api/file={cache}/../alice/{next((data / 'tmp' / 'alice').glob('*.docx')).name}"
    assert bob_http.get(tricky).status_code in (403, 404)


def test_review_reports_are_kept_once_in_the_users_scratch_dir(site) -> None:
    """Each new report replaces the previous one (already copied to Gradio's cache); none left in /tmp."""
    mine = site["data"] / "tmp" / "alice"
    for fmt in ("Word (.docx)", "Markdown (.md)"):
        out = site["alice"].predict(fmt, api_name="/report_file")
        served = Path(out["path"] if isinstance(out, dict) else out)
        assert site["data"] / "tmp" / "gradio" in served.parents  # what the browser fetches: Gradio's copy
        (kept,) = mine.glob("plansjekk-*")
        assert kept.suffix == (".docx" if fmt.startswith("Word") else ".md") and kept.read_bytes() == served.read_bytes()


def test_bob_cannot_see_or_search_alices_upload(site, bob, bob_http) -> None:
    out = bob.predict(f"Hva er {SECRET} i Alicevik?", [], "extractive", api_name="/ask")
    answer, sources = str(out[1][-1]), out[2]  # the chat also echoes her question, and the status quotes it
    assert SECRET not in answer + sources and "Alicevik" not in answer + sources and "alicevik" not in sources
    table, own = bob.predict(api_name="/refresh")
    assert "Alicevik" not in table and "alicevik" not in table and own["choices"] == []
    config = bob_http.get("/config")
    assert config.status_code == 200
    assert SECRET not in config.text and "Alicevik" not in config.text and site["doc_id"] not in config.text


def test_bob_cannot_open_or_delete_alices_plans_or_upload(site, bob) -> None:
    from gradio_client.exceptions import AppError

    from assistant.plan.store import PlanStore

    assert bob.predict(api_name="/on_load")["choices"] == []
    for plan in site["plans"]:
        for endpoint in ("/open_plan", "/remove"):
            with pytest.raises(AppError):
                bob.predict(plan.id, api_name=endpoint)
    with pytest.raises(AppError):
        bob.predict(site["doc_id"], api_name="/do_delete")
    store = PlanStore(site["data"] / "plans.sqlite")
    assert [store.load(p.id).version for p in site["plans"]] == [p.version for p in site["plans"]]  # unchanged
    assert (site["data"] / "uploads" / "alice" / "alicevik-plan.txt").is_file()
    assert SECRET in site["alice"].predict(f"Hva er {SECRET} i Alicevik?", [], "extractive", api_name="/ask")[2]


def test_bobs_session_has_none_of_alices_plan_review_or_analysis(bob) -> None:
    assert "Start eller fortsett en plan først" in bob.predict(api_name="/make_full")[-1]
    assert bob.predict("Markdown (.md)", api_name="/report_file") is None
    assert "Sjekk en plan først" in bob.predict(api_name="/on_draft")
    assert "Start en ny plan" in bob.predict("2027-2030", api_name="/do_answer")[-1]


def _refused(response: httpx.Response, status: int) -> bool:
    return response.status_code == status and "detail" in response.json() and SECRET not in response.text


def test_a_session_hash_does_not_give_another_users_session(site, bob_http) -> None:
    from assistant.plan.store import PlanStore
    from ui.sessions import OTHER_USER

    hijacker = _client(site["url"], "bob", "pw2")
    hijacker.session_hash = site["alice"].session_hash
    with pytest.raises(Exception):  # noqa: B017 - gradio_client wraps the 403 in its own error types
        hijacker.predict("2027-2030", api_name="/do_answer")
    hijacker.close()
    store = PlanStore(site["data"] / "plans.sqlite")
    assert all(store.load(p.id).answer("periode") is None for p in site["plans"] if p.kommune == "Alicevik")
    h = site["alice"].session_hash
    body = {"data": ["2027-2030"], "fn_index": 0, "session_hash": h, "event_data": None, "trigger_id": None}
    calls = [("POST", "/gradio_api/queue/join", body), ("POST", "/gradio_api/run/do_answer", body),
             ("POST", "/gradio_api/call/do_answer", body), ("POST", "/gradio_api/cancel", {"session_hash": h, "fn_index": 0}),
             ("GET", f"/gradio_api/queue/data?session_hash={h}", None), ("GET", f"/gradio_api/deep_link?session_hash={h}", None),
             ("GET", f"/gradio_api/heartbeat/{h}", None), ("GET", f"/gradio_api/stream/{h}/run/1/playlist.m3u8", None)]
    for method, path, payload in calls:
        r = bob_http.request(method, path, json=payload)
        assert _refused(r, 403) and r.json()["detail"] == OTHER_USER, f"{method} {path}: {r.status_code} {r.text[:200]}"


def test_an_unauthenticated_client_cannot_use_a_session(site) -> None:
    from ui.sessions import NOT_LOGGED_IN

    anon = httpx.Client(base_url=site["url"], trust_env=False, timeout=30)
    h = site["alice"].session_hash
    # Gradio itself lets these in without login; a heartbeat that hangs up would close her session
    for method, path, payload in [("GET", f"/gradio_api/heartbeat/{h}", None),
                                  ("POST", "/gradio_api/cancel", {"session_hash": h, "fn_index": 0}),
                                  ("GET", f"/gradio_api/stream/{h}/run/1/playlist.m3u8", None)]:
        r = anon.request(method, path, json=payload)
        assert _refused(r, 401) and r.json()["detail"] == NOT_LOGGED_IN, f"{method} {path}: {r.status_code}"
    anon.close()


def test_the_session_owner_keeps_working(site) -> None:
    """After the attempts above Alice's own session still has her plan and answers her."""
    alice = site["alice"]
    drafted = alice.predict(api_name="/make_full")  # needs the plan held in her session's state
    assert "Start eller fortsett en plan først" not in str(drafted[-1]) and drafted[1]["value"]["path"]
    assert SECRET in alice.predict(f"Hva er {SECRET} i Alicevik?", [], "extractive", api_name="/ask")[2]


def test_session_bindings_are_bounded_and_evict_gradios_state() -> None:
    from ui.sessions import SessionBindings

    forgotten: list[str] = []
    live = {"s0", "s1", "s2"}
    binds = SessionBindings(capacity=3, ttl_s=10, alive=lambda h: h in live, forget=forgotten.append)
    assert binds.claim("s0", "alice", now=0) and binds.claim("s0", "alice", now=1)
    assert not binds.claim("s0", "bob", now=2) and binds.owner("s0") == "alice"
    binds.claim("s1", "bob", now=3)
    binds.claim("s2", "bob", now=4)
    binds.claim("s0", "alice", now=5)  # used again: s1 is now the least recently used
    binds.claim("s3", "carl", now=6)
    assert len(binds) == 3 and binds.owner("s1") is None and forgotten == ["s1"]  # its Gradio state went too
    assert binds.claim("s1", "carl", now=7)  # a fresh session for whoever comes next, with nothing of Bob's
    many = SessionBindings(capacity=100_000, ttl_s=10, alive=lambda h: h == "keep")
    many.claim("keep", "alice", now=0)
    for i in range(200):
        many.claim(f"gone{i}", "bob", now=i * 0.01)
    many.claim("late", "bob", now=100)
    for i in range(200):  # enough new sessions to trigger a sweep
        many.claim(f"new{i}", "bob", now=100)
    assert many.owner("keep") == "alice" and many.owner("gone0") is None and many.owner("new199") == "bob"
