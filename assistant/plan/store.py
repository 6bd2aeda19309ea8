"""Plans in SQLite (``settings.data_dir / "plans.sqlite"``): versioned, atomic, shareable.

Every save is one ``BEGIN IMMEDIATE`` transaction: the version check, the row and its shares are
written together or not at all, so a failed write leaves the previous version intact. The database
runs in WAL mode (a reader never blocks the writer) and carries its schema version in a ``schema``
table; :data:`MIGRATIONS` brings an older database up to date when it is opened.

    >>> import tempfile, pathlib
    >>> from assistant.plan.model import new_plan
    >>> store = PlanStore(pathlib.Path(tempfile.mkdtemp()) / "plans.sqlite")
    >>> saved = store.save(new_plan().with_answer("kommune", "Fjordvik", step="start"))
    >>> saved.version, store.load(saved.id).kommune
    (1, 'Fjordvik')
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from assistant.plan.model import Plan, now_iso
from assistant.settings import Settings

SCHEMA = 2
FILE_NAME = "plans.sqlite"


class StoreError(RuntimeError):
    """The plan database cannot be read or written; one line naming the file and the reason."""


class PlanNotFound(StoreError, LookupError):
    """No plan with that id (or id prefix)."""


class VersionConflict(StoreError):
    """The plan was saved by someone else since it was loaded; ``.newer`` is the stored plan."""

    def __init__(self, newer: Plan, expected: int) -> None:
        super().__init__(f"plan {newer.id}: stored version {newer.version} is newer than {expected} (saved elsewhere meanwhile)")
        self.newer = newer
        self.expected = expected


def _create_v1(con: sqlite3.Connection) -> None:
    # The first layout: the plan as JSON with its owner and version. Kept so that a v1 database
    # can be created in tests and migrated like a real old one.
    con.execute("CREATE TABLE schema (version INTEGER NOT NULL)")
    con.execute("INSERT INTO schema (version) VALUES (1)")
    con.execute("CREATE TABLE plans (id TEXT PRIMARY KEY, owner TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)")


def _v1_to_v2(con: sqlite3.Connection) -> None:
    # v2 lists plans without parsing every JSON blob: created/updated columns, and a shares table
    # so "plans shared with X" is one indexed query.
    con.execute("ALTER TABLE plans ADD COLUMN created TEXT NOT NULL DEFAULT ''")
    con.execute("ALTER TABLE plans ADD COLUMN updated TEXT NOT NULL DEFAULT ''")
    con.execute("CREATE TABLE shares (plan_id TEXT NOT NULL, user TEXT NOT NULL, PRIMARY KEY (plan_id, user))")
    con.execute("CREATE INDEX shares_user ON shares (user)")
    con.execute("CREATE INDEX plans_owner ON plans (owner)")
    for pid, data in con.execute("SELECT id, data FROM plans").fetchall():
        d = json.loads(data)
        con.execute("UPDATE plans SET created = ?, updated = ? WHERE id = ?", (d.get("created", ""), d.get("updated", ""), pid))
        for user in d.get("shared_with", ()):
            con.execute("INSERT OR IGNORE INTO shares (plan_id, user) VALUES (?, ?)", (pid, user))


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}  # from version -> to version+1


class PlanStore:
    """Save, load, list and delete plans in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._tx() as con:
                self._migrate(con)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the plan database ({exc})") from None

    @classmethod
    def for_settings(cls, settings: Settings) -> PlanStore:
        """The store at ``settings.data_dir / "plans.sqlite"``."""
        return cls(Path(settings.data_dir) / FILE_NAME)

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        con = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA busy_timeout=10000")
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        finally:
            con.close()

    def _migrate(self, con: sqlite3.Connection) -> None:
        has_schema = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema'").fetchone()
        if not has_schema:
            _create_v1(con)
        version = int(con.execute("SELECT version FROM schema").fetchone()[0])
        if version > SCHEMA:
            raise StoreError(f"{self.path}: plan database schema {version} is newer than this program ({SCHEMA}); update planvis")
        while version < SCHEMA:
            MIGRATIONS[version](con)
            version += 1
            con.execute("UPDATE schema SET version = ?", (version,))

    def schema_version(self) -> int:
        with self._tx() as con:
            return int(con.execute("SELECT version FROM schema").fetchone()[0])

    # ---- the public operations --------------------------------------------------------------
    def save(self, plan: Plan, expected_version: int | None = None) -> Plan:
        """Store ``plan`` and return it as stored, with ``version`` one above the stored one.

        With ``expected_version`` (the version the caller loaded), raises :class:`VersionConflict`
        carrying the stored plan when that is newer. Without it the last writer wins.
        """
        try:
            with self._tx() as con:
                row = con.execute("SELECT version, data FROM plans WHERE id = ?", (plan.id,)).fetchone()
                stored = int(row[0]) if row else 0
                if row and expected_version is not None and stored > expected_version:
                    raise VersionConflict(Plan.from_json(json.loads(row[1])), expected_version)
                new = replace(plan, version=stored + 1, updated=now_iso(), created=plan.created or now_iso())
                data = json.dumps(new.to_json(), ensure_ascii=False)
                con.execute(
                    "INSERT INTO plans (id, owner, version, data, created, updated) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET owner=excluded.owner, version=excluded.version, data=excluded.data, "
                    "updated=excluded.updated",
                    (new.id, new.owner, new.version, data, new.created, new.updated),
                )
                con.execute("DELETE FROM shares WHERE plan_id = ?", (new.id,))
                con.executemany("INSERT INTO shares (plan_id, user) VALUES (?, ?)", [(new.id, u) for u in new.shared_with])
                return new
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: could not save plan {plan.id} ({exc}); the previous version is kept") from None

    def resolve(self, id_or_prefix: str) -> str:
        """The full id for an id or a unique prefix of at least 4 characters."""
        key = id_or_prefix.strip().lower()
        with self._tx() as con:
            if con.execute("SELECT 1 FROM plans WHERE id = ?", (key,)).fetchone():
                return key
            rows = con.execute("SELECT id FROM plans WHERE id LIKE ?", (key.replace("%", "") + "%",)).fetchall() if len(key) >= 4 else []
        if len(rows) == 1:
            return str(rows[0][0])
        why = "matches several plans" if rows else "no such plan"
        raise PlanNotFound(f"plan {id_or_prefix!r}: {why} (see `planvis plan --list`)")

    def load(self, plan_id: str) -> Plan:
        pid = self.resolve(plan_id)
        try:
            with self._tx() as con:
                row = con.execute("SELECT data FROM plans WHERE id = ?", (pid,)).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: could not read plan {pid} ({exc})") from None
        if row is None:
            raise PlanNotFound(f"plan {plan_id!r}: no such plan")
        try:
            return Plan.from_json(json.loads(row[0]))
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{self.path}: plan {pid} is damaged ({exc.__class__.__name__})") from None

    def list(self, owner: str | None = None) -> list[Plan]:
        """All plans (``owner=None``), or the owner's plans plus those shared with them; newest first."""
        with self._tx() as con:
            if owner is None:
                rows = con.execute("SELECT data FROM plans ORDER BY updated DESC").fetchall()
            else:
                rows = con.execute(
                    "SELECT data FROM plans WHERE owner = ? OR id IN (SELECT plan_id FROM shares WHERE user = ?) ORDER BY updated DESC",
                    (owner, owner),
                ).fetchall()
        return [Plan.from_json(json.loads(r[0])) for r in rows]

    def delete(self, plan_id: str) -> None:
        pid = self.resolve(plan_id)
        with self._tx() as con:
            con.execute("DELETE FROM shares WHERE plan_id = ?", (pid,))
            con.execute("DELETE FROM plans WHERE id = ?", (pid,))
