"""The web UI without a browser: formatting, login, the page language, uploads per user, feedback, plan picks.

Uses a copy of the shared corpus index in a tmp data dir (the index is never rebuilt here).
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from assistant.types import Chunk, Citation

ROOT = Path(__file__).resolve().parent.parent

FJORDVIK = [
    "Kommuneplan for Fjordvik kommune 2026–2038",
    "",
    "Lærlingløftet i Fjordvik",
    "Fjordvik kommune innfører Lærlingløftet: alle enheter i kommunen skal ta inn minst to lærlinger",
    "hvert år, og hver lærling får en egen veileder med fagbrev. Målet er at halvparten av",
    "lærlingene får fast stilling i kommunen etter fagprøven.",
]
FJORDVIK_QUESTION = "Hva er Lærlingløftet i Fjordvik kommune?"


def tiny_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with these lines in Helvetica (WinAnsi), written by hand: no PDF library needed."""

    def lit(s: str) -> bytes:
        b = s.encode("cp1252")
        return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    content = b"BT /F1 11 Tf 50 780 Td 14 TL " + b" ".join(lit(line) + b" '" for line in lines) + b" ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def copy_index(data_dir: Path) -> Path:
    """data_dir with a copy of the shared corpus index (built by `make index`)."""
    src = ROOT / "data" / "index"
    if not (src / "records.json").exists():
        pytest.skip("no shared index in data/index: run `make index`")
    shutil.copytree(src, data_dir / "index")
    return data_dir


@pytest.fixture(scope="module")
def ui_services(tmp_path_factory):
    """Services over a copy of the corpus index, with login on for anne and bo."""
    from assistant.settings import load_settings
    from ui.services import build_services

    data = copy_index(tmp_path_factory.mktemp("ui-data"))
    settings = load_settings(data_dir=data)
    return build_services(settings, {"anne": "hemmelig1", "bo": "hemmelig2"})


# ---- formatting ------------------------------------------------------------------------------


def _cite(n: int, doc_type: str, text: str = "Første avsnitt.\n\nAndre avsnitt.") -> Citation:
    chunk = Chunk(id=f"c{n}", text=text, doc_id=f"d{n}", title="Tittel <b>", section=("5 Tiltak", "Fagstigen"), pages=(12, 13),
                  meta={"doc_type": doc_type, "municipality": "Sørum", "year": 2010})
    return Citation(n=n, chunk=chunk, quote="Første avsnitt.")


def test_sources_html_numbers_passages_marks_tariff_and_escapes():
    from ui.format import TARIFF_NOTE, sources_html

    html = sources_html([_cite(1, "plan"), _cite(2, "tariff")])
    assert "[1]" in html and "[2]" in html
    assert "Sørum, 2010 · 5 Tiltak &gt; Fagstigen · s. 12" in html
    assert html.count(TARIFF_NOTE) == 1  # only the tariff passage is marked historical
    assert "Tittel &lt;b&gt;" in html and "<b>" not in html
    assert "<details><summary>Vis hele utdraget [1]</summary>" in html and "<p>Andre avsnitt.</p>" in html


def test_placeholders_are_highlighted():
    from ui.format import highlight_placeholders

    assert highlight_placeholders("Budsjett: [fyll inn: budsjett for tiltaket].") == "Budsjett: <mark>[fyll inn: budsjett for tiltaket]</mark>."


# ---- login -----------------------------------------------------------------------------------


def test_auth_plain_pairs_and_hash_file(tmp_path):
    from ui.auth import AuthError, add_user, check_password, parse_auth

    users = parse_auth("anne:hemmelig1, bo:pass:med:kolon")
    assert check_password(users, "anne", "hemmelig1") and not check_password(users, "anne", "feil")
    assert check_password(users, "bo", "pass:med:kolon")
    path = tmp_path / "users.txt"
    assert add_user(path, "anne", "etlangtpassord") is True
    assert add_user(path, "anne", "nyttlangtpassord") is False  # replaced, not duplicated
    hashed = parse_auth(f"@{path}")
    assert hashed["anne"].startswith("$argon2id$")
    assert check_password(hashed, "anne", "nyttlangtpassord") and not check_password(hashed, "anne", "etlangtpassord")
    with pytest.raises(AuthError, match="PLANVIS_AUTH entry 1"):
        parse_auth("anne")
    with pytest.raises(AuthError, match="cannot read"):
        parse_auth(f"@{tmp_path / 'missing.txt'}")


def test_cli_user_add_writes_a_hash(tmp_path, monkeypatch, capsys):
    from assistant.cli import main
    from ui.auth import check_password, parse_auth

    path = tmp_path / "users.txt"
    monkeypatch.setattr("sys.stdin", io.StringIO("et-godt-passord\n"))
    assert main(["--data-dir", str(tmp_path), "user", "add", "kari", "--file", str(path), "--password-stdin"]) == 0
    assert check_password(parse_auth(f"@{path}"), "kari", "et-godt-passord")
    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    assert main(["--data-dir", str(tmp_path), "user", "add", "kari", "--file", str(path), "--password-stdin"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["planvis: password: use at least 8 characters"]


# ---- the page ----------------------------------------------------------------------------------


def test_html_lang_middleware_rewrites_only_html():
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse, JSONResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from ui.server import HtmlLangMiddleware

    app = Starlette(routes=[
        Route("/", lambda r: HTMLResponse('<!doctype html><html lang="en"><body>lang="en"</body></html>')),
        Route("/j", lambda r: JSONResponse({"x": 'lang="en"'})),
    ])
    client = TestClient(HtmlLangMiddleware(app))
    page = client.get("/")
    assert page.text == '<!doctype html><html lang="nb"><body>lang="en"</body></html>'
    assert int(page.headers["content-length"]) == len(page.content)
    assert client.get("/j").json() == {"x": 'lang="en"'}


def test_build_app_has_every_tab_without_launching(ui_services):
    import gradio as gr

    from ui.app import build_app

    demo = build_app(ui_services)
    assert isinstance(demo, gr.Blocks)
    labels = [c.get("props", {}).get("label") for c in demo.config["components"] if c.get("type") == "tabitem"]
    for tab in ("Spør kildene", "Lag kompetanseplan", "Dokumenter", "Om"):
        assert tab in labels
    assert not demo.is_running


# ---- uploads per user ----------------------------------------------------------------------------


def test_upload_is_found_by_its_owner_only_and_deleted(ui_services, tmp_path):
    from ui.services import UploadError

    before = {r["doc_id"] for r in ui_services.index.sources()}
    pdf = tiny_pdf(tmp_path / "Fjordvik kommuneplan.pdf", FJORDVIK)
    doc_id, _ = ui_services.upload("anne", pdf)
    kept = ui_services.settings.data_dir / "uploads" / "anne" / "Fjordvik_kommuneplan.pdf"
    assert kept.exists()
    assert [r["upload"] for r in ui_services.sources("anne") if r["doc_id"] == doc_id] == [True]
    assert doc_id not in {r["doc_id"] for r in ui_services.sources("bo")}

    def cited(user: str) -> tuple[set[str], str]:
        final = [e for e in ui_services.stream(FJORDVIK_QUESTION, [], "extractive", user) if e.kind == "final"][0].answer
        return {c.chunk.doc_id for c in final.citations}, final.text

    docs, text = cited("anne")
    assert doc_id in docs and "to lærlinger" in text
    docs, _ = cited("bo")
    assert doc_id not in docs  # login on: bo never sees anne's upload

    title = ui_services.delete_upload("anne", doc_id)
    assert title and not kept.exists()
    assert {r["doc_id"] for r in ui_services.index.sources()} == before
    with pytest.raises(UploadError, match="ingen slik opplasting"):
        ui_services.delete_upload("bo", doc_id)


def test_unreadable_upload_is_one_line_and_loses_nothing(ui_services, tmp_path):
    from ui.services import UploadError

    before = ui_services.index.sources()
    bad = tmp_path / "skadet.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    with pytest.raises(UploadError) as err:
        ui_services.upload("anne", bad)
    assert "\n" not in str(err.value) and str(err.value).startswith("skadet.pdf: kunne ikke leses")
    assert not (ui_services.settings.data_dir / "uploads" / "anne" / "skadet.pdf").exists()
    assert ui_services.index.sources() == before
    with pytest.raises(UploadError, match="filtypen støttes ikke"):
        ui_services.upload("anne", tmp_path / "bilde.png")


def test_feedback_is_saved_per_user(ui_services):
    path = ui_services.save_feedback("bo", {"rating": "down", "comment": "Mangler Halden", "question": "Q", "citations": []})
    assert path == ui_services.settings.data_dir / "feedback" / "bo" / "feedback.jsonl"
    row = json.loads(path.read_text(encoding="utf-8").splitlines()[-1])
    assert row["user"] == "bo" and row["rating"] == "down" and row["comment"] == "Mangler Halden"


def test_chat_pick_goes_into_the_users_plan(ui_services):
    from ui import planops

    if ui_services.store is None:
        pytest.skip("assistant.plan.store not available")
    answer = ui_services.assistant.ask("Hva gjorde Sørum med Fagstigen?")
    c = answer.citations[0]
    row = {"n": c.n, "doc_id": c.chunk.doc_id, "title": c.chunk.title, "section": c.chunk.section_path, "page": c.chunk.page, "quote": c.quote}
    plan = planops.add_pick(ui_services, "anne", None, row, "measure", "Hva gjorde Sørum med Fagstigen?")
    assert plan.owner == "anne" and [p.kind for p in plan.picks] == ["measure"]
    again = planops.add_pick(ui_services, "anne", plan.id, row, "note", "samme")
    assert again.version == plan.version + 1 and len(again.picks) == 2
    assert [p.citation.chunk.id for p in planops.picks_for_draft(ui_services, again)] == [c.chunk.id, c.chunk.id]
    assert plan.id in {p.id for p in planops.plans_for(ui_services, "anne")}
    assert plan.id not in {p.id for p in planops.plans_for(ui_services, "bo")}
    with pytest.raises(planops.PlanAccessError):
        planops.load_plan(ui_services, "bo", plan.id)
