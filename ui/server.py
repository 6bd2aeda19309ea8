"""Serve the UI: Gradio mounted in FastAPI, the page language set to Norwegian, optional login.

Gradio's page template says ``<html lang="en">``; a small ASGI middleware rewrites it to ``nb``
in the HTML pages it serves (WCAG 3.1.1), so screen readers speak Norwegian from the first byte.

    $ planvis serve --port 7860
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from assistant.settings import Settings

LANG = "nb"


class HtmlLangMiddleware:
    """Rewrites ``<html lang="en"`` to ``<html lang="nb"`` in text/html responses; passes the rest through."""

    def __init__(self, app: Any, lang: str = LANG) -> None:
        self.app = app
        self.lang = lang

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        body: list[bytes] = []

        async def wrapped(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = dict((k.lower(), v) for k, v in message.get("headers", []))
                if headers.get(b"content-type", b"").startswith(b"text/html") and b"content-encoding" not in headers:
                    start.update(message)
                    return
                await send(message)
            elif message["type"] == "http.response.body" and start:
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                data = b"".join(body).replace(b'lang="en"', f'lang="{self.lang}"'.encode(), 1)
                kept = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
                kept.append((b"content-length", str(len(data)).encode()))
                await send({**start, "headers": kept})
                await send({"type": "http.response.body", "body": data})
            else:
                await send(message)

        await self.app(scope, receive, wrapped)


class PrivateFilesMiddleware:
    """Refuses Gradio's file route (``/gradio_api/file=PATH``) for any PATH in the data dir but Gradio's cache.

    ``allowed_paths`` must hold data_dir/tmp so Gradio may copy a user's download into its cache, but
    Gradio also serves every allowed path to every logged-in user: knowing the layout, Bob could fetch
    Alice's export. Clients are only ever handed the cache copy's URL (a seeded content hash), so
    nothing legitimate is lost.
    """

    def __init__(self, app: Any, data_dir: Path, cache_dir: Path) -> None:
        self.app = app
        self.data_dir = os.path.realpath(data_dir)
        self.cache_dir = os.path.realpath(cache_dir)

    def _private(self, target: str) -> bool:
        real = os.path.realpath(os.path.abspath(target))
        inside = lambda root: real == root or real.startswith(root + os.sep)  # noqa: E731
        return inside(self.data_dir) and not inside(self.cache_dir)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "") if scope.get("type") == "http" else ""
        if "/file=" in path and self._private(path.split("/file=", 1)[1]):
            body = b'{"detail": "File not allowed."}'
            await send({"type": "http.response.start", "status": 403,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def prepare_temp_dir(settings: Settings) -> Path:
    """GRADIO_TEMP_DIR under the data dir, emptied at start (uploads are copied out of it at once)."""
    tmp = settings.data_dir / "tmp" / "gradio"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(tmp)
    return tmp


def theme() -> Any:
    """Gradio's default theme with colours that keep 4.5:1 contrast (axe flagged orange and red buttons)."""
    import gradio as gr

    return gr.themes.Default(primary_hue=gr.themes.colors.blue).set(
        button_primary_background_fill="#1d4f91",
        button_primary_background_fill_hover="#163d70",
        button_primary_text_color="#ffffff",
        button_cancel_background_fill="#a11616",
        button_cancel_background_fill_hover="#7f1111",
        button_cancel_text_color="#ffffff",
        body_text_color_subdued="#4a4a4a",
        block_info_text_color="#4a4a4a",
        block_label_text_color="#3b3b3b",
        input_placeholder_color="#5f5f5f",
    )


CHAT_API = "ask"  # the chat's named event (ui/tabs/chat.py); Enter in the question box runs the same function


def set_chat_concurrency(blocks: Any, limit: int) -> list[Any]:
    """Let ``limit`` chat questions run at once, in one pool shared by the Ask button and Enter.

    Gradio runs each event listener one at a time by default, so 20 users asking wait in one line
    behind ~0.4 s per question. The extractive Assistant is safe on several threads (the embedder
    is reentrant C, Chroma and BM25 are read-only while answering, the Index caches are read into
    locals); other events keep Gradio's default of one at a time. Returns the changed functions.
    """
    fns = list(blocks.fns.values())
    ask = next((f for f in fns if f.api_name == CHAT_API), None)
    if ask is None:
        return []
    chat = [f for f in fns if f.fn is ask.fn]
    for f in chat:
        f.concurrency_limit = limit
        f.concurrency_id = "planvis-chat"
    return chat


def make_asgi_app(settings: Settings, services: Any = None) -> Any:
    """The whole web app (FastAPI with Gradio at /), not started."""
    cache_dir = prepare_temp_dir(settings)
    import fastapi
    import gradio as gr

    from ui.app import CSS, HEAD, build_app
    from ui.auth import check_password, parse_auth
    from ui.services import build_services

    if services is None:
        services = build_services(settings, parse_auth(settings.auth))
    blocks = build_app(services)
    set_chat_concurrency(blocks, settings.ui_concurrency)
    app = fastapi.FastAPI()
    auth = (lambda name, password: check_password(services.users, name, password)) if services.login else None
    gr.mount_gradio_app(
        app,
        blocks,
        path="",
        auth=auth,
        auth_message="Logg inn med brukernavn og passord fra kommunens Planvis-ansvarlige." if auth else None,
        # Mounted (not launched) Gradio 6 copies whatever a handler returns; should it start checking,
        # these are what handlers return (downloads, kartlegging figures). PrivateFilesMiddleware
        # keeps /file= to the cache copies whatever is listed here.
        allowed_paths=[str(settings.data_dir / "tmp"), str(settings.data_dir / "kartlegging")],
        footer_links=[],
        css=CSS,
        head=HEAD,
        theme=theme(),
    )
    app.add_middleware(HtmlLangMiddleware)
    app.add_middleware(PrivateFilesMiddleware, data_dir=settings.data_dir, cache_dir=cache_dir)
    if services.login:  # one local user without login: nothing to keep apart
        from starlette.routing import Mount

        from ui.sessions import SessionBindingMiddleware

        gradio_app = next(r.app for r in app.routes if isinstance(r, Mount) and hasattr(r.app, "tokens"))
        app.add_middleware(SessionBindingMiddleware, gradio_app=lambda: gradio_app)
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, ready: Any = None) -> None:
    """Run the UI until interrupted; prints the address once it answers."""
    import uvicorn

    app = make_asgi_app(settings)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning")
    server = uvicorn.Server(config)
    original = server.startup

    async def startup(sockets: Any = None) -> None:
        await original(sockets=sockets)
        print(f"Planvis kjører på http://{host}:{port}  (Ctrl+C stopper)", flush=True)
        if ready is not None:
            ready()

    server.startup = startup  # type: ignore[method-assign]
    server.run()
