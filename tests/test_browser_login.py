"""With login on, the real page in headless Chromium logs in and works through the session binding.

ui/sessions.py refuses any call naming a session hash that another user opened; this shows that the
browser's own calls (queue/join, the queue/data stream, the heartbeat) all pass: the login form, a
question answered, and no 401/403 from the app on the way. A second user's page works too.
"""

from __future__ import annotations

import pytest
from servers import ui_server
from test_browser import ARGS, CHROMIUM
from test_ui_app import copy_index

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def login_server(tmp_path_factory):
    from assistant.settings import load_settings

    data = copy_index(tmp_path_factory.mktemp("browser-login-data"))
    settings = load_settings(data_dir=data, auth="alice:passord1,bob:passord2")
    with ui_server(settings) as url:
        yield url


def _log_in_and_ask(browser, url: str, user: str, password: str, question: str) -> tuple[str, list[str]]:
    context = browser.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    refused: list[str] = []
    page.on("response", lambda r: refused.append(f"{r.status} {r.url}") if r.status in (401, 403) and "/gradio_api/" in r.url else None)
    page.goto(url)
    page.locator("input[type=text], input[name=username]").first.fill(user)
    page.locator("input[type=password]").first.fill(password)
    page.locator("button").filter(has_text="Login").or_(page.locator("button").filter(has_text="Logg inn")).first.click()
    page.wait_for_selector("#pv-question textarea")
    page.fill("#pv-question textarea", question)
    page.click("#pv-ask")
    page.wait_for_function("([t]) => (document.querySelector('#pv-chat-status')?.innerText || '').includes(t)",
                           arg=[f"kilder på «{question[:80]}»"], timeout=120_000)
    answer = page.inner_text("#pv-chat")
    context.close()
    return answer, refused


def test_logged_in_pages_work_through_the_session_binding(login_server) -> None:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for user, password in (("alice", "passord1"), ("bob", "passord2")):
                answer, refused = _log_in_and_ask(browser, login_server, user, password, "Hva gjorde Sørum med Fagstigen?")
                assert "Sørum" in answer and not refused, (user, refused)
        finally:
            browser.close()
