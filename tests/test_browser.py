"""The web UI in a real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

One server (uvicorn in a thread, 127.0.0.1, a free port) over a tmp data dir holding a copy of
the shared corpus index, and one browser, for all tests here. Screenshots of each tab go to
<data dir>/test-screenshots/. The tests run in file order and share the server's state.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from servers import ui_server
from test_ui_app import FJORDVIK, FJORDVIK_QUESTION, copy_index, tiny_pdf

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--disable-sync", "--no-first-run"]
ANSWER_S = 120_000  # ms; a loaded 2-core machine answers in 5-30 s
TABS = {"chat": "Spør kildene", "plan": "Lag kompetanseplan", "documents": "Dokumenter", "about": "Om"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The whole app (ui.server.make_asgi_app) on 127.0.0.1:<free port>; yields (base URL, settings)."""
    from assistant.settings import load_settings

    data = copy_index(tmp_path_factory.mktemp("browser-data"))
    settings = load_settings(data_dir=data, auth="")
    with ui_server(settings) as url:
        yield url, settings


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots():
    from assistant.settings import load_settings

    out = load_settings().data_dir / "test-screenshots"
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    pg.goto(server[0])
    pg.wait_for_selector("#pv-question textarea")
    yield pg
    context.close()


def _status(pg, elem: str, text: str, timeout: int = ANSWER_S) -> None:
    pg.wait_for_function(
        "([id, t]) => (document.querySelector(id)?.innerText || '').includes(t)", arg=[elem, text], timeout=timeout
    )


def _open_tab(pg, key: str) -> None:
    pg.get_by_role("tab", name=TABS[key], exact=True).click()


def _ask(pg, question: str) -> None:
    pg.fill("#pv-question textarea", question)
    pg.click("#pv-ask")
    _status(pg, "#pv-chat-status", f"kilder på «{question[:80]}»")


def test_page_is_norwegian(page):
    assert page.evaluate("document.documentElement.lang") == "nb"
    assert page.title().startswith("Planvis")


def test_fagstigen_answer_is_cited_and_a_source_opens(page, shots):
    _ask(page, "Hva gjorde Sørum med Fagstigen?")
    answer = page.inner_text("#pv-chat")
    assert "Sørum" in answer and re.search(r"\[\d\]", answer)
    assert "Svar fra: Sitatsvar" in answer
    first = page.locator("#pv-sources .pv-source").first
    assert "[1]" in first.inner_text()
    context = first.locator(".pv-context")
    assert not context.is_visible()
    first.locator("summary").click()
    assert context.is_visible() and "Fagstigen" in page.inner_text("#pv-sources")
    # A follow-up in the same conversation keeps the earlier turn.
    _ask(page, "Hvor mange trinn har den?")  # "den": only the history says what is meant
    chat = page.inner_text("#pv-chat")
    assert chat.count("Svar fra") == 2 and "Hva gjorde Sørum med Fagstigen?" in chat and "fire trinn" in chat
    page.screenshot(path=str(shots / "chat.png"), full_page=True)


def test_upload_a_pdf_then_find_it_in_the_list_and_an_answer(page, server, shots, tmp_path):
    pdf = tiny_pdf(tmp_path / "Fjordvik kommuneplan.pdf", FJORDVIK)
    _open_tab(page, "documents")
    page.locator("#pv-upload input[type=file]").set_input_files(str(pdf))
    page.wait_for_timeout(500)  # Gradio uploads the file before the button may use it
    page.click("#pv-upload-go")
    _status(page, "#pv-doc-status", "Lagt til: Fjordvik kommuneplan.pdf")
    row = page.locator("#pv-doc-table tr", has_text="Fjordvik")
    assert "Din opplasting" in row.inner_text()
    assert (server[1].data_dir / "uploads" / "local" / "Fjordvik_kommuneplan.pdf").exists()
    page.screenshot(path=str(shots / "documents.png"), full_page=True)
    _open_tab(page, "chat")
    _ask(page, FJORDVIK_QUESTION)
    assert "to lærlinger" in page.inner_text("#pv-chat")
    assert "Eget dokument" in page.inner_text("#pv-sources")


def test_walk_the_plan_change_an_answer_and_download_a_docx(page, shots, tmp_path):
    import docx

    _open_tab(page, "plan")
    page.click("#pv-new-plan")
    _status(page, "#pv-plan-status", "Ny plan startet")
    for i, text in enumerate(["Testvik", "2027-2030", "850", "Rådmann\nHR-sjef\nHovedtillitsvalgt"]):
        page.fill("#pv-answer textarea", text)
        page.click("#pv-next")
        _status(page, "#pv-plan-status", f"spørsmål {i + 2} av")
    assert "(ferdig)" in page.inner_text("#pv-stepper") and 'aria-current="step"' in page.inner_html("#pv-stepper")
    # Change the municipality: go back to the first step, the recorded answer is in the box.
    page.locator("#pv-goto input").click()
    page.get_by_role("option", name="Om kommunen").click()
    page.click("#pv-goto-go")
    _status(page, "#pv-plan-status", "Om kommunen, spørsmål 1 av")
    assert page.input_value("#pv-answer textarea") == "Testvik"
    page.fill("#pv-answer textarea", "Nyvik")
    page.click("#pv-next")
    _status(page, "#pv-plan-status", "Svaret er lagret. Nå: Om kommunen, spørsmål 2 av")
    page.click("#pv-draft")
    _status(page, "#pv-plan-status", "Utkastet er klart", timeout=180_000)
    assert "Nyvik" in page.inner_text("#pv-draft-note")
    assert page.locator("#pv-sec-innledning mark").count() >= 1  # placeholders are highlighted
    page.screenshot(path=str(shots / "plan.png"), full_page=True)
    with page.expect_download() as info:
        page.click("#pv-docx")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert path.suffix == ".docx" and "Nyvik" in text and "Testvik" not in text


def test_keyboard_only_ask_and_switch_tabs(page):
    def tab_to(selector: str, limit: int = 40) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("(s) => !!document.activeElement.closest(s)", selector):
                return
        raise AssertionError(f"{selector} not reachable with Tab")

    tab_to("#pv-question")
    page.keyboard.type("Hvem bør sitte i arbeidsgruppen for kompetanseplanen?")
    tab_to("#pv-ask")
    page.keyboard.press("Enter")
    _status(page, "#pv-chat-status", "kilder på «Hvem bør sitte i arbeidsgruppen")
    assert re.search(r"\[\d\]", page.inner_text("#pv-chat"))
    tab_to("#pv-sources summary")
    page.keyboard.press("Enter")
    assert page.locator("#pv-sources details[open]").count() == 1
    # The tab list is reached with Tab from the top of the page; Enter opens "Om".
    page.evaluate("window.scrollTo(0, 0); document.activeElement.blur()")
    tab_to("button[role=tab][data-tab-id=about]")
    page.keyboard.press("Enter")
    page.wait_for_selector("#pv-about dl")
    assert "Innbyggingsmodell" in page.inner_text("#pv-about")


def test_no_serious_accessibility_violations_on_any_tab(page, shots):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    found = {}
    keys = list(TABS)
    if page.locator("button[role=tab][data-tab-id=review]").count():
        TABS["review"] = "Sjekk en plan"  # REVIEW's tab, mounted when its module imports
        keys.append("review")
    # Status messages are announced (WCAG 4.1.3).
    assert page.get_attribute("#pv-chat-status", "aria-live") == "polite"
    for key in keys:
        _open_tab(page, key)
        page.wait_for_timeout(400)
        result = axe.run(page)
        bad = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in result.response["violations"] if v["impact"] in ("serious", "critical")]
        if bad:
            found[key] = bad
        page.screenshot(path=str(shots / f"tab-{key}.png"), full_page=True)
    assert not found, found
