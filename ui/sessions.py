"""Bind each Gradio session to the user who opened it, so a session hash is not a key to her work.

Gradio keeps a session's state (the open plan, the kartlegging analysis, the review) under the
``session_hash`` the *client* chooses and sends with every call; the login only decides whether a
call is let in at all. Knowing Alice's hash, Bob could act in her session. ``SessionBindingMiddleware``
(pure ASGI, in front of Gradio) finds the session hash in every request that carries one, binds it
to the first logged-in user seen with it and refuses anyone else with a 403 and one line.

Where Gradio 6 reads a session hash (gradio/routes.py) and where this looks for it:

- query ``?session_hash=``: ``/gradio_api/queue/data`` (the SSE stream of results), ``/gradio_api/deep_link``
- path: ``/gradio_api/heartbeat/{hash}``, ``/gradio_api/stream/{hash}/{run}/{component}/...``
- JSON body ``session_hash``: ``/gradio_api/queue/join``, ``/run/{api}``, ``/api/{api}``, ``/call/{api}``,
  ``/cancel``, ``/stream/{event_id}``, ``/component_server`` (a multipart ``component_server`` call is
  refused: Planvis has no component with server functions)
- an event id standing for its session: ``/gradio_api/call/{api}/{event_id}``, ``/stream/{event_id}``,
  ``/stream/{event_id}/close`` (the event's session, from Gradio's queue)

Routes Gradio itself leaves open without login (heartbeat, cancel, stream) are refused with a 401
when they name a session and no one is logged in. Without login (one local user) nothing is bound.

Memory stays bounded: at most ``capacity`` bindings (Gradio's own ``state_session_capacity``,
10,000 by default), least recently used first out; a binding whose Gradio session is gone and that
has not been used for ``ttl_s`` is dropped on the next sweep. When a binding is evicted while
Gradio still holds that session, the session's state is dropped too, so no one can inherit it.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

API = "/gradio_api"
MAX_JSON_BYTES = 16 * 1024 * 1024  # Gradio's JSON calls are small; files go through /upload (multipart)
OTHER_USER = "Denne økten tilhører en annen bruker. Last inn siden på nytt for å starte din egen økt."
NOT_LOGGED_IN = "Ikke innlogget: logg inn for å bruke denne økten."
TOO_LARGE = "Forespørselen er for stor."


class SessionBindings:
    """session hash -> user, least recently used first; thread-safe; bounded by ``capacity``."""

    def __init__(self, capacity: int = 10_000, ttl_s: float = 2 * 3600.0,
                 alive: Callable[[str], bool] | None = None, forget: Callable[[str], None] | None = None,
                 sweep_every: int = 256) -> None:
        self.capacity = max(1, capacity)
        self.sweep_every = sweep_every
        self.ttl_s = ttl_s
        self._alive = alive or (lambda _hash: False)  # does Gradio still hold state for this session?
        self._forget = forget or (lambda _hash: None)  # drop Gradio's state for an evicted session
        self._owners: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self._lock = threading.Lock()
        self._since_sweep = 0

    def __len__(self) -> int:
        return len(self._owners)

    def owner(self, session_hash: str) -> str | None:
        with self._lock:
            entry = self._owners.get(session_hash)
            return entry[0] if entry else None

    def claim(self, session_hash: str, user: str, now: float | None = None) -> bool:
        """Bind an unbound hash to ``user``; True when ``user`` owns it (now or already), False for another's."""
        now = time.monotonic() if now is None else now
        evicted: list[str] = []
        with self._lock:
            entry = self._owners.get(session_hash)
            if entry is not None:
                if entry[0] != user:
                    return False
                self._owners.move_to_end(session_hash)
                self._owners[session_hash] = (user, now)
                return True
            self._owners[session_hash] = (user, now)
            self._since_sweep += 1
            if self._since_sweep >= self.sweep_every:  # O(n) now and then, not per call
                self._since_sweep = 0
                for old, (_user, seen) in list(self._owners.items()):
                    if now - seen > self.ttl_s and old != session_hash and not self._alive(old):
                        del self._owners[old]
            while len(self._owners) > self.capacity:
                old, _ = self._owners.popitem(last=False)
                evicted.append(old)
        for old in evicted:  # outside the lock: Gradio's state holder has its own
            self._forget(old)
        return True


def _cookies(scope: dict[str, Any]) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header is no login, not a crash
                continue
    return {k: m.value for k, m in jar.items()}


class SessionBindingMiddleware:
    """Refuses (403, one line) a Gradio call naming a session hash bound to another logged-in user.

    ``gradio_app`` returns Gradio's mounted App (its login tokens, cookie id, queue and state holder);
    it is looked up lazily because the middleware is built before the app is mounted.
    """

    def __init__(self, app: Any, gradio_app: Callable[[], Any], bindings: SessionBindings | None = None) -> None:
        self.app = app
        self._gradio = gradio_app
        self.bindings = bindings

    # ---- who and which session ------------------------------------------------------------
    def _binds(self) -> SessionBindings:
        if self.bindings is None:
            gapp = self._gradio()
            holder = gapp.state_holder
            self.bindings = SessionBindings(
                capacity=int(getattr(holder, "capacity", 10_000) or 10_000),
                alive=lambda h: h in holder.session_data,
                forget=lambda h: _forget_session(holder, h),
            )
        return self.bindings

    def user(self, scope: dict[str, Any]) -> str | None:
        """The logged-in user of a request, from Gradio's access-token cookie and its token table."""
        gapp = self._gradio()
        jar = _cookies(scope)
        for name in (f"access-token-{gapp.cookie_id}", f"access-token-unsecure-{gapp.cookie_id}"):
            token = jar.get(name)
            if token and (user := gapp.tokens.get(token)):
                return str(user)
        return None

    def _event_session(self, event_id: str) -> str | None:
        queue = getattr(self._gradio().get_blocks(), "_queue", None)
        if queue is None:
            return None
        event = queue.event_ids_to_events.get(event_id)
        if event is not None:
            return str(event.session_hash)
        for session_hash, ids in list(queue.pending_event_ids_session.items()):
            if event_id in ids:
                return str(session_hash)
        return None

    def _hashes_from_path(self, scope: dict[str, Any]) -> tuple[list[str], bool]:
        """Session hashes named by the path and query; and whether the body must be read for more."""
        path: str = scope.get("path", "")
        method: str = scope.get("method", "GET")
        found = [v for v in parse_qs(scope.get("query_string", b"").decode("latin-1")).get("session_hash", []) if v]
        if not path.startswith(API + "/"):
            return found, False
        parts = path[len(API) + 1 :].strip("/").split("/")
        head = parts[0]
        if head == "heartbeat" and len(parts) >= 2:
            found.append(parts[1])
        elif head == "stream" and len(parts) >= 2:
            if method == "GET" and len(parts) >= 4:  # /stream/{hash}/{run}/{component}/...
                found.append(parts[1])
            elif method == "POST":  # /stream/{event_id}[/close]
                found += [s for s in [self._event_session(parts[1])] if s]
        elif head == "call" and method == "GET" and len(parts) >= 3:  # /call/[v2/]{api}/{event_id}
            found += [s for s in [self._event_session(parts[-1])] if s]
        return found, method == "POST"

    # ---- ASGI --------------------------------------------------------------------------------
    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        hashes, read_body = self._hashes_from_path(scope)
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if read_body and content_type == b"application/json":
            body, receive = await _buffer(receive, MAX_JSON_BYTES)
            if body is None:
                await _refuse(send, 413, TOO_LARGE)
                return
            try:
                payload = json.loads(body) if body else None
            except (ValueError, UnicodeDecodeError):
                payload = None  # Gradio answers malformed JSON itself
            if isinstance(payload, dict) and isinstance(payload.get("session_hash"), str) and payload["session_hash"]:
                hashes.append(payload["session_hash"])
        elif read_body and scope.get("path", "").rstrip("/").endswith(API + "/component_server"):
            await _refuse(send, 415, "component_server: bare JSON-kall tillates i Planvis.")
            return
        if hashes:
            user = self.user(scope)
            if user is None:
                await _refuse(send, 401, NOT_LOGGED_IN)
                return
            binds = self._binds()
            if not all(binds.claim(h, user) for h in dict.fromkeys(hashes)):
                await _refuse(send, 403, OTHER_USER)
                return
        await self.app(scope, receive, send)


def _forget_session(holder: Any, session_hash: str) -> None:
    with holder.lock:
        holder.session_data.pop(session_hash, None)
        holder.time_last_used.pop(session_hash, None)


async def _buffer(receive: Any, limit: int) -> tuple[bytes | None, Any]:
    """Read the whole request body (None past ``limit``) and a receive that replays it to the app."""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":  # the client went away: let the app see that
            async def disconnected(gone: dict[str, Any] = message) -> dict[str, Any]:
                return gone

            return b"".join(chunks), disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None, receive
        chunks.append(chunk)
        more = bool(message.get("more_body"))
    body = b"".join(chunks)
    replayed = False

    async def replay() -> dict[str, Any]:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


async def _refuse(send: Any, status: int, line: str) -> None:
    body = json.dumps({"detail": line}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
