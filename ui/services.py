"""What the UI needs from the rest of Planvis, built once per serving process.

``Services`` holds the settings, the Assistant (over one Index), the PlanStore when the plan
package is there, and who is logged in. Handlers call its methods; it calls ``assistant`` and
formats nothing.

    >>> services = build_services(load_settings())          # doctest: +SKIP
    >>> services.user_for(None)                             # doctest: +SKIP
    'local'
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.answer import Assistant
from assistant.index import Index
from assistant.retrieve import Filters
from assistant.settings import Settings

LOCAL_USER = "local"
ENGINES = ("extractive", "local", "openai")
UPLOAD_TYPES = (".pdf", ".docx", ".txt", ".md")


class UploadError(ValueError):
    """A file the user gave us cannot be used; the message is one Norwegian line."""


@dataclass
class Services:
    """Settings, the Assistant, the PlanStore (or None) and the known users (empty: no login)."""

    settings: Settings
    assistant: Assistant
    store: Any = None
    users: dict[str, str] = field(default_factory=dict)  # name -> password or argon2 hash
    user: str = LOCAL_USER  # the user when there is no login
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _engines: tuple[tuple[str, str], ...] | None = field(default=None, repr=False)

    # ---- who ----------------------------------------------------------------------------
    @property
    def login(self) -> bool:
        return bool(self.users)

    @property
    def index(self) -> Index:
        return self.assistant.index

    def user_for(self, request: Any) -> str:
        """The logged-in user of a Gradio request, or the one local user without login."""
        name = getattr(request, "username", None) if request is not None else None
        return str(name) if (self.login and name) else self.user

    def user_dir(self, kind: str, user: str) -> Path:
        """data_dir/<kind>/<user>/ (uploads, feedback, tmp), created on demand."""
        path = self.settings.data_dir / kind / safe_name(user)
        path.mkdir(parents=True, exist_ok=True)
        return path

    # ---- engines ------------------------------------------------------------------------
    def engines(self, refresh: bool = False) -> tuple[tuple[str, str], ...]:
        """(engine, why not) per engine; why-not is "" for an available one. Probed once, cheaply."""
        if self._engines is None or refresh:
            from assistant.evaluate import engine_available

            self._engines = tuple((name, "" if ok else why) for name in ENGINES for ok, why in [engine_available(self.settings, name)])
        return self._engines

    def available_engines(self) -> list[str]:
        return [name for name, why in self.engines() if not why]

    # ---- asking -------------------------------------------------------------------------
    def filters_for(self, user: str) -> Filters | None:
        """With login on, another user's uploads are left out of every search."""
        if not self.login:
            return None
        hidden = tuple(sorted(r["doc_id"] for r in self.index.sources() if (upload_owner(self.settings, r) or user) != user))
        return Filters(exclude_docs=hidden) if hidden else None

    def stream(self, question: str, history: list[dict[str, str]], engine: str, user: str) -> Any:
        return self.assistant.stream(question, history, engine=engine, filters=self.filters_for(user))

    # ---- feedback -----------------------------------------------------------------------
    def save_feedback(self, user: str, record: dict[str, Any]) -> Path:
        """Append one JSON line to data_dir/feedback/<user>/feedback.jsonl."""
        path = self.user_dir("feedback", user) / "feedback.jsonl"
        row = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "user": user, **record}
        with self._lock, path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return path

    # ---- documents ----------------------------------------------------------------------
    def sources(self, user: str) -> list[dict[str, Any]]:
        """The indexed documents this user may see, each with ``upload`` = True for her own."""
        rows = []
        for r in self.index.sources():
            owner = upload_owner(self.settings, r)
            if self.login and owner is not None and owner != user:
                continue
            rows.append({**r, "upload": owner is not None, "owner": owner})
        return rows

    def upload(self, user: str, src: Path) -> tuple[str, list[str]]:
        """Keep ``src`` under data_dir/uploads/<user>/ and index it as hers; (doc id, notices).

        Raises :class:`UploadError` (one line) for an unsupported or unreadable file; the copy is
        then removed and nothing already indexed changes.
        """
        if src.suffix.lower() not in UPLOAD_TYPES:
            raise UploadError(f"{src.name}: filtypen støttes ikke (bruk PDF, DOCX, TXT eller MD)")
        with self._lock:
            dest, renamed = _free_name(self.user_dir("uploads", user) / safe_name(src.name), src)
            existed = dest.exists()
            backup = dest.with_name(dest.name + ".old") if existed else None
            if backup is not None:
                shutil.copy2(dest, backup)
            shutil.copyfile(src, dest)
            report: Any = None
            try:
                report = self.index.add_paths([dest], progress=False)
            except Exception as exc:  # an index error must not leave a half-kept upload behind
                failure = f"{src.name}: kunne ikke indekseres ({type(exc).__name__})"
            else:
                failure = f"{src.name}: kunne ikke leses ({_reason(report.failed[0])})" if report.failed else ""
            if failure:
                if backup is not None:
                    backup.replace(dest)
                else:
                    dest.unlink(missing_ok=True)
                raise UploadError(failure)
            if backup is not None:
                backup.unlink(missing_ok=True)
            self._refresh()
        doc_id = (report.added or report.updated or report.unchanged or [dest.stem])[0]
        notices = [f"{src.name}: en annen fil med samme navn finnes fra før; begge er beholdt, denne som {dest.name}"] if renamed else []
        return doc_id, notices + list(report.notices)

    def delete_upload(self, user: str, doc_id: str) -> str:
        """Remove one of the user's uploads from the index and from data_dir/uploads; its title."""
        row = next((r for r in self.sources(user) if r["doc_id"] == doc_id and r["owner"] == user), None)
        if row is None:
            raise UploadError(f"{doc_id}: ingen slik opplasting")
        with self._lock:
            self.index.remove([doc_id])
            Path(row["path"]).unlink(missing_ok=True)
            self._refresh()
        return str(row.get("title") or doc_id)

    def _refresh(self) -> None:
        # The Assistant caches term statistics and the corpus text; a new one sees the new document.
        self.assistant = Assistant(self.settings, self.index, retriever=self.assistant.retriever)

    def temp_dir(self, user: str) -> Path:
        """The user's scratch dir for downloads, under GRADIO_TEMP_DIR so Gradio may serve from it."""
        return self.user_dir("tmp", user)


def _free_name(dest: Path, src: Path) -> tuple[Path, bool]:
    """Where to keep ``src``: ``dest``, unless another file by that name is there already.

    The same bytes again keep the same place (re-indexed, unchanged); different bytes under the same
    name (two folders' «plan.pdf») get ``plan-2.pdf``, ``plan-3.pdf`` …, so the first is not
    overwritten. True when the name was changed.
    """
    candidate, n = dest, 1
    while candidate.exists() and not _same_bytes(candidate, src):
        n += 1
        candidate = dest.with_name(f"{dest.stem}-{n}{dest.suffix}")
    return candidate, candidate != dest


def _same_bytes(a: Path, b: Path) -> bool:
    import filecmp

    try:
        return filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def _reason(line: str) -> str:
    """The reason part of a loader's one-line error ('<path>: <reason>')."""
    return line.rsplit(": ", 1)[-1].strip() if ": " in line else line


def safe_name(name: str) -> str:
    """A file or user name safe as one path component.

    >>> safe_name("../Anne B./plan.pdf"), safe_name("Ås kommune.docx")
    ('plan.pdf', 'Ås_kommune.docx')
    """
    base = Path(name.replace("\\", "/")).name
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in base).strip("._") or "fil"
    return cleaned[:120]


def upload_owner(settings: Settings, record: dict[str, Any]) -> str | None:
    """Whose upload a source record is (its file sits in data_dir/uploads/<user>/), or None."""
    path = record.get("path")
    if not path or record.get("origin") != "user":
        return None
    uploads = (settings.data_dir / "uploads").resolve()
    parent = Path(str(path)).resolve().parent
    return parent.name if parent.parent == uploads else None


def build_services(settings: Settings, users: dict[str, str] | None = None) -> Services:
    """Open the index and the plan store (if the plan package is there) for the UI."""
    index = Index.open(settings)
    if not index.exists() or index.incomplete_path.exists():  # also finish an ingest or remove killed midway
        index.sync_corpus(progress=False)
    index.check()
    store = None
    try:
        from assistant.plan.store import PlanStore

        store = PlanStore(settings.data_dir / "plans.sqlite")
    except ImportError:
        pass
    assistant = Assistant(settings, index)
    assistant.warm()  # term statistics, list index and stored sentence vectors now, not in the first question
    return Services(settings=settings, assistant=assistant, store=store, users=dict(users or {}))
