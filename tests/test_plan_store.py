"""The plan model and its SQLite store: versions, conflicts, sharing, atomic writes, migration."""

from __future__ import annotations

import json
import sqlite3

import pytest

from assistant.plan.answers import validate_answers
from assistant.plan.model import Pick, Plan, new_plan
from assistant.plan.store import PlanNotFound, PlanStore, StoreError, VersionConflict


def _plan() -> Plan:
    p = new_plan(owner="kari")
    p = p.with_answer("kommune", "Fjordvik", step="start").with_answer("ansatte", 850, step="start")
    p = p.with_answer("arbeidsgruppe", ["HR-sjef", "hovedtillitsvalgt"], step="1")
    p = p.with_answer("kompetansemal", [{"mal": "Flere med fagbrev", "indikator": "andel med fagbrev", "frist": "2028"}], step="5")
    p = p.with_answer("oppfolging.rullering", "årlig", step="8").with_answer("oppfolging.rapportering", "tertialrapport", step="10.4")
    return p


def test_plan_is_frozen_and_derives_new_versions() -> None:
    p = _plan()
    with pytest.raises(AttributeError):
        p.version = 3  # type: ignore[misc]
    q = p.with_answer("kommune", "Nordvik", step="start")
    assert p.kommune == "Fjordvik" and q.kommune == "Nordvik" and len(q.answers) == len(p.answers)
    assert q.answer("kommune").given_at  # type: ignore[union-attr]
    assert len(p.id) == 32 and int(p.id, 16) >= 0


def test_answers_dict_is_the_answers_file_shape() -> None:
    d = _plan().answers_dict()
    assert d["oppfolging"] == {"rullering": "årlig", "rapportering": "tertialrapport"}
    assert d["kompetansemal"][0]["mal"] == "Flere med fagbrev"
    assert validate_answers(d) == d  # PLAN-B's validator accepts it unchanged


def test_picks_added_and_removed() -> None:
    p = _plan().with_pick(Pick(id="", kind="measure", text="Fagstigen", doc_id="sorum", quote="Fagstigen er …", page=3))
    assert p.picks[0].id and p.picks[0].added_at
    assert p.without_pick(p.picks[0].id).picks == ()
    with pytest.raises(ValueError, match="kind"):
        p.with_pick(Pick(id="", kind="idea", text="x"))
    with pytest.raises(KeyError):
        p.without_pick("nope")


def test_save_load_versions_and_json_round_trip(tmp_path) -> None:
    store = PlanStore(tmp_path / "plans.sqlite")
    p = _plan().with_status("1", "done").with_pick(Pick(id="", kind="note", text="Husk tillitsvalgte"))
    s1 = store.save(p)
    assert s1.version == 1 and s1.updated
    loaded = store.load(s1.id)
    assert loaded == s1 and loaded.answers_dict() == p.answers_dict()
    s2 = store.save(loaded.with_answer("mandat", "Rådmannen", step="1"), expected_version=loaded.version)
    assert s2.version == 2 and store.load(s1.id[:8]).answer("mandat").value == "Rådmannen"  # type: ignore[union-attr]
    con = sqlite3.connect(tmp_path / "plans.sqlite")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_version_conflict_carries_the_newer_plan(tmp_path) -> None:
    store = PlanStore(tmp_path / "plans.sqlite")
    first = store.save(_plan())
    mine = store.load(first.id)
    theirs = store.save(store.load(first.id).with_answer("mandat", "Fra rådmannen", step="1"), expected_version=1)
    with pytest.raises(VersionConflict) as err:
        store.save(mine.with_answer("mandat", "Mitt svar", step="1"), expected_version=mine.version)
    assert err.value.newer == theirs and err.value.newer.version == 2
    assert store.load(first.id).answer("mandat").value == "Fra rådmannen"  # type: ignore[union-attr]


def test_list_owner_and_shared_and_delete(tmp_path) -> None:
    store = PlanStore(tmp_path / "plans.sqlite")
    a = store.save(new_plan(owner="kari"))
    b = store.save(new_plan(owner="ola").shared("kari"))
    c = store.save(new_plan(owner="ola"))
    assert {p.id for p in store.list("kari")} == {a.id, b.id}
    assert {p.id for p in store.list("ola")} == {b.id, c.id}
    assert len(store.list()) == 3
    store.delete(b.id)
    assert {p.id for p in store.list("kari")} == {a.id}
    with pytest.raises(PlanNotFound, match="no such plan"):
        store.load(b.id)


def test_failed_write_keeps_the_previous_version(tmp_path) -> None:
    path = tmp_path / "plans.sqlite"
    store = PlanStore(path)
    saved = store.save(_plan().shared("ola"))
    # A real failure inside SQLite halfway through the save: the plans row is already updated when
    # inserting the shares aborts. The transaction must take the row back with it.
    con = sqlite3.connect(path)
    con.execute("CREATE TRIGGER fail BEFORE INSERT ON shares BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="previous version is kept"):
        store.save(saved.with_answer("kommune", "Ødelagt", step="start"), expected_version=saved.version)
    back = store.load(saved.id)
    assert back.kommune == "Fjordvik" and back.version == 1 and store.list("ola")[0].id == saved.id


def test_v1_database_is_migrated(tmp_path) -> None:
    path = tmp_path / "plans.sqlite"
    old = _plan().shared("ola")
    con = sqlite3.connect(path)  # the v1 layout, written by hand as an old program would have
    con.execute("CREATE TABLE schema (version INTEGER NOT NULL)")
    con.execute("INSERT INTO schema VALUES (1)")
    con.execute("CREATE TABLE plans (id TEXT PRIMARY KEY, owner TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)")
    data = {**old.to_json(), "version": 4, "updated": "2026-01-02T03:04:05+00:00"}
    con.execute("INSERT INTO plans VALUES (?, ?, ?, ?)", (old.id, "kari", 4, json.dumps(data)))
    con.commit()
    con.close()
    store = PlanStore(path)
    assert store.schema_version() == 2
    assert [p.id for p in store.list("ola")] == [old.id]  # shares came over from the JSON
    loaded = store.load(old.id)
    assert loaded.version == 4 and loaded.answers_dict() == old.answers_dict()
    assert store.save(loaded, expected_version=4).version == 5


def test_newer_schema_is_refused(tmp_path) -> None:
    path = tmp_path / "plans.sqlite"
    PlanStore(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE schema SET version = 99")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer than this program"):
        PlanStore(path)
