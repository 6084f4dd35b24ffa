from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database, open_database
from app.errors import ConflictError, UserError
from app.migrations import HEAD_REVISION, current_revision, upgrade_to_head
from app.models import Case
from app.services.cases import ApplicantData, NewCase, list_cases, register_case


def test_head_revision_constant_matches_scripts() -> None:
    from alembic.script import ScriptDirectory

    from app.migrations import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


@pytest.mark.sqlite_only
def test_fresh_database_is_migrated_with_pragmas(db: Database) -> None:
    assert current_revision(db) == HEAD_REVISION
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 10_000
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_network_drive_does_not_use_wal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.db.is_network_path", lambda _p: True)
    database = open_database("sqlite:///" + (tmp_path / "share.sqlite3").as_posix())
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() != "wal"
    database.dispose()


def test_upgrade_backs_up_an_existing_database_first(tmp_path: Path) -> None:
    from alembic import command

    from app.migrations import alembic_config

    path = tmp_path / "old.sqlite3"
    database = Database("sqlite:///" + path.as_posix())
    with database.engine.begin() as conn:  # a database of an earlier version, with a record in it
        command.upgrade(alembic_config(conn), "0004_scale_indexes")
        conn.exec_driver_sql("CREATE TABLE keepme (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO keepme VALUES (42)")
    backup = upgrade_to_head(database)
    assert backup is not None and backup.exists()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT x FROM keepme").fetchall() == [(42,)]
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0004_scale_indexes",)]
    copy.close()
    assert upgrade_to_head(database) is None  # already at head: no second backup
    database.dispose()


def test_a_foreign_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    legacy = sqlite3.connect(path)
    legacy.execute("CREATE TABLE keepme (x INTEGER)")
    legacy.commit()
    legacy.close()
    database = Database("sqlite:///" + path.as_posix())
    with pytest.raises(UserError, match="another application"):
        upgrade_to_head(database)
    database.dispose()


def test_bad_database_url_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="not valid"):
        Database("not a url ::")
    with pytest.raises(UserError, match="does not exist"):
        Database("sqlite:////no/such/folder/x.sqlite3")


def _new_case(db: Database, name: str = "Шевченко Тарас") -> int:
    return register_case(db, "officer", NewCase(applicant=ApplicantData(full_name=name, student_id="S1"),
                                                filed_on=date(2026, 9, 1)))


def test_register_case_writes_history_audit_and_latin_name(db: Database) -> None:
    case_id = _new_case(db)
    rows = list_cases(db)
    assert [(r.id, r.applicant_latin, r.status) for r in rows] == [(case_id, "Shevchenko Taras", "registered")]
    assert rows[0].reg_no == "RD-2026-00001"
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and [h.to_status for h in case.history] == ["registered"]
        assert session.execute(text("SELECT count(*) FROM audit_entry WHERE action NOT LIKE 'row.%'")).scalar() == 1
        assert session.execute(text("SELECT count(*) FROM audit_entry WHERE action = 'row.write'")).scalar() == 1


def test_failed_write_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.execute(text("INSERT INTO applicant (full_name, full_name_latin, student_id, edebo_id, faculty, "
                             "specialty, level, group_name, study_form, email, created_at) VALUES "
                             "('X','','','','','','','','','', '2026-01-01')"))
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM applicant")).scalar() == 0


def test_two_instances_editing_one_case_get_a_conflict(db: Database) -> None:
    from app.services.cases import get_case_detail, update_case

    case_id = _new_case(db)
    other = Database(db.url)  # a second application instance on the same file
    seen_by_me = get_case_detail(db, case_id).row_version
    seen_by_them = get_case_detail(other, case_id).row_version
    update_case(other, "colleague", case_id, seen_by_them, note="theirs")
    with pytest.raises(ConflictError, match="changed by someone else"):
        update_case(db, "officer", case_id, seen_by_me, note="mine")
    with db.read() as session:
        saved = session.get(Case, case_id)
        assert saved is not None and saved.note == "theirs" and saved.row_version == seen_by_me + 1
    other.dispose()


@pytest.mark.sqlite_only
def test_audit_log_refuses_edits_and_the_chain_finds_a_tampered_row(db: Database) -> None:
    from app.services.audit import verify_chain

    for name in ("A", "B", "C"):
        _new_case(db, name + " Applicant") if name != "A" else _new_case(db)
    with pytest.raises(Exception, match="cannot be changed"), db.write() as session:
        session.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2"))
    with db.read() as session:
        assert verify_chain(session).ok
    # Someone with direct file access drops the trigger and edits a row: the chain names that entry.
    assert db.path is not None
    raw = sqlite3.connect(db.path)
    raw.execute("DROP TRIGGER audit_entry_no_update")
    raw.execute("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2")
    raw.commit()
    raw.close()
    with db.read() as session:
        report = verify_chain(session)
    assert not report.ok and report.first_broken_id == 2
