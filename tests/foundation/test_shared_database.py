"""The shared database under concurrent use: case numbers, the audit chain, migrations, timeouts, clear messages.

The tests taking ``db`` run on SQLite and on PostgreSQL; ``pg_url`` tests are about PostgreSQL alone."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db import BUSY_MESSAGE, Database, open_database
from app.errors import UserError
from app.migrations import HEAD_REVISION, current_revision, upgrade_to_head
from app.models import AuditEntry, Case
from app.services.audit import verify_chain
from app.services.cases import ApplicantData, NewCase, next_reg_no, register_case


def _register(db: Database, name: str, reg_no: str | None = None, year: int = 2026) -> int:
    return register_case(db, "officer", NewCase(applicant=ApplicantData(full_name=name),
                                                filed_on=date(year, 9, 1), reg_no=reg_no))


def _in_threads(count: int, work: Callable[[int], object]) -> list[BaseException]:
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def run(i: int) -> None:
        try:
            barrier.wait()
            work(i)
        except BaseException as exc:  # collected and asserted on by the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return errors


def test_concurrent_registrations_get_distinct_numbers_and_one_chain(db: Database) -> None:
    clients = [Database(db.url) for _ in range(6)]  # six application instances

    def work(i: int) -> None:
        for n in range(4):
            _register(clients[i], f"Client{i} Applicant{n}")

    assert _in_threads(6, work) == []
    with db.read() as session:
        numbers = sorted(session.execute(select(Case.reg_no)).scalars())
        report = verify_chain(session)
        prevs = session.execute(select(AuditEntry.prev_hash)).scalars().all()
    assert numbers == [f"RD-2026-{n:05d}" for n in range(1, 25)]
    # Each registration writes its action and the new case row's hash; no fork: every entry has its own parent.
    assert report.ok and report.checked == 48 and len(set(prevs)) == 48
    for client in clients:
        client.dispose()


def test_numbers_skip_typed_ones_and_a_failed_registration_gives_its_number_back(db: Database) -> None:
    _register(db, "A", reg_no="RD-2026-00002")
    assert next_reg_no(db, 2026) == "RD-2026-00001"
    first = _register(db, "B")
    second = _register(db, "C")
    with pytest.raises(UserError, match="Policy profile version #999"):
        register_case(db, "officer", NewCase(applicant=ApplicantData(full_name="D"), filed_on=date(2026, 9, 1),
                                             policy_profile_id=999))
    third = _register(db, "E")
    with db.read() as session:
        got = [session.get(Case, i).reg_no for i in (first, second, third)]  # type: ignore[union-attr]
    assert got == ["RD-2026-00001", "RD-2026-00003", "RD-2026-00004"]
    assert _register(db, "F", year=2027) and next_reg_no(db, 2027) == "RD-2027-00002"


def test_a_typed_duplicate_and_a_constraint_race_are_one_line_messages(db: Database) -> None:
    _register(db, "A", reg_no="RD-X-1")
    with pytest.raises(UserError, match="already exists"):
        _register(db, "B", reg_no="RD-X-1")
    # As if another PC saved the same number between our check and our insert: the constraint answers.
    with db.read() as session:
        applicant_id = session.execute(text("SELECT applicant_id FROM \"case\"")).scalar()
    with pytest.raises(UserError) as caught, db.write() as session:
        session.add(Case(reg_no="RD-X-1", applicant_id=applicant_id, filed_on=date(2026, 9, 1)))
    assert "registration number" in str(caught.value) and "\n" not in str(caught.value)


def test_audit_entries_cannot_be_changed_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    _register(db, "A")
    for sql in ("UPDATE audit_entry SET actor = 'mallory'", "DELETE FROM audit_entry", "TRUNCATE audit_entry"):
        with pytest.raises(UserError, match="append-only"), db.write() as session:
            session.execute(text(sql))
    with db.engine.connect() as conn:
        public = conn.exec_driver_sql(
            "SELECT has_table_privilege('public', 'audit_entry', 'UPDATE')").scalar()
    assert public is False
    with db.read() as session:
        assert verify_chain(session).ok
    db.dispose()


def test_app_role_may_insert_but_not_change_the_audit_log(pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    from app.cli.admin import grant_app_role

    db = open_database(pg_url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP ROLE IF EXISTS rd_app_test")
        conn.exec_driver_sql("CREATE ROLE rd_app_test LOGIN")
    try:
        grant_app_role(db, "rd_app_test")
        app_db = open_database(make_url(pg_url).set(username="rd_app_test").render_as_string(hide_password=False))
        _register(app_db, "Written by the application role")
        with app_db.engine.connect() as conn, pytest.raises(Exception, match="permission denied|cannot be changed"):
            conn.exec_driver_sql("UPDATE audit_entry SET actor = 'x'")
        with app_db.engine.connect() as conn, pytest.raises(Exception, match="must be owner"):
            conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER USER")
        app_db.dispose()
    finally:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("REASSIGN OWNED BY rd_app_test TO CURRENT_USER")
            conn.exec_driver_sql("DROP OWNED BY rd_app_test")
            conn.exec_driver_sql("DROP ROLE rd_app_test")
        db.dispose()


def test_two_first_starts_on_an_empty_database_both_succeed(pg_empty_url: str) -> None:
    databases = [Database(pg_empty_url) for _ in range(3)]
    assert _in_threads(3, lambda i: upgrade_to_head(databases[i])) == []
    assert all(current_revision(d) == HEAD_REVISION for d in databases)
    for d in databases:
        d.dispose()


def test_a_blocked_save_ends_with_someone_else_is_saving(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.db.LOCK_TIMEOUT_MS", 500)
    db = open_database(pg_url)
    case_id = _register(db, "A")
    holder = db.engine.connect()
    transaction = holder.begin()
    holder.exec_driver_sql(f'SELECT id FROM "case" WHERE id = {case_id} FOR UPDATE')
    try:
        from app.services.cases import update_case

        with pytest.raises(UserError) as caught:
            update_case(db, "officer", case_id, None, note="mine")
        assert str(caught.value) == BUSY_MESSAGE
    finally:
        transaction.rollback()
        holder.close()
        db.dispose()


def test_server_down_and_bad_url_are_one_line_errors(pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    down = make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    with pytest.raises(UserError, match="not reachable"):
        open_database(down)
    missing = make_url(pg_url).set(database="no_such_database_here").render_as_string(hide_password=False)
    with pytest.raises(UserError, match="does not exist"):
        open_database(missing)
    secret = make_url(pg_url).set(port=1, password="s3cret-pw").render_as_string(hide_password=False)
    with pytest.raises(UserError) as caught:
        open_database(secret)
    assert "s3cret-pw" not in str(caught.value)


@pytest.mark.sqlite_only
def test_upgrade_from_the_first_schema_starts_the_counter_after_existing_numbers(tmp_path: Path) -> None:
    from alembic import command

    from app.migrations import alembic_config

    url = "sqlite:///" + (tmp_path / "old.sqlite3").as_posix()
    db = Database(url)
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001_initial")
        conn.exec_driver_sql("INSERT INTO applicant (full_name, full_name_latin, student_id, edebo_id, faculty, "
                             "specialty, level, group_name, study_form, email, created_at) VALUES "
                             "('X','','','','','','','','','', '2026-01-01')")
        conn.exec_driver_sql("INSERT INTO \"case\" (reg_no, applicant_id, academic_year, procedure_type, status, "
                             "filed_on, note, updated_at, row_version, created_at) VALUES ('RD-2026-00007', 1, '', "
                             "'non-formal', 'registered', '2026-09-01', '', '2026-09-01', 1, '2026-09-01')")
    assert upgrade_to_head(db) is not None
    assert next_reg_no(db, 2026) == "RD-2026-00008"
    db.dispose()


def test_selftest_checks_the_database_server_given_with_db(pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    from app.cli.selftest import check_server

    assert "PostgreSQL" in check_server(pg_url) and "schema at head" in check_server(pg_url)
    with pytest.raises(UserError, match="Cannot connect"):
        check_server(make_url(pg_url).set(port=1).render_as_string(hide_password=False))


def test_db_commands(pg_empty_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from app.cli import main

    assert main(["db", "check", "--db", pg_empty_url]) == 1
    assert "schema missing" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert main(["db", "init", "--db", pg_empty_url, "--admin", "it"]) == 0
    assert "administrator it added" in capsys.readouterr().out
    assert main(["db", "upgrade", "--db", pg_empty_url]) == 0
    assert main(["db", "check", "--db", pg_empty_url]) == 0
    assert "1 active accounts, audit log intact (1 entries)" in capsys.readouterr().out
    assert main(["db", "check", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/x"]) == 2
    assert main(["db", "check", "--db", "no such url"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "not reachable" in err[0] and "not valid" in err[1]


def test_a_students_decisions_are_saved_one_at_a_time(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A decision reads the student's other decisions (the cap, the hours already credited) before it is written:
    # while another save of the same student's holds the student's lock, this one waits, and ends as busy.
    from app.services import decisions
    from app.services.concurrency import STUDENT_LOCK_SPACE
    from app.services.demo import load_demo
    from tests.cases.conftest import SQL_COURSE_OUTCOMES, add_evidence, new_demo_case
    from tests.scenarios.conftest import to_assessment

    monkeypatch.setattr("app.db.LOCK_TIMEOUT_MS", 500)
    db = open_database(pg_url)
    load_demo(db, "tester", procedure=False)
    case_id = new_demo_case(db, "Іваненко Петро Олексійович", "KN-LOCK-001", "RD-LOCK-001")
    add_evidence(db, case_id, "Relational Databases and SQL", "Open Data University", SQL_COURSE_OUTCOMES, hours=150)
    line = to_assessment(db, case_id, ("ОК5",))[0]
    import zlib

    number = zlib.crc32(b"student KN-LOCK-001")
    holder = db.engine.connect()
    transaction = holder.begin()
    holder.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"),
                   {"space": STUDENT_LOCK_SPACE, "key": number - (1 << 32) * (number >> 31)})
    decision = decisions.DecisionInput("none", reasons="не підтверджено")
    try:
        with pytest.raises(UserError) as caught:
            decisions.save_decision(db, "officer", line.id, line.row_version, decision)
        assert str(caught.value) == BUSY_MESSAGE
    finally:
        transaction.rollback()
        holder.close()
    decisions.save_decision(db, "officer", line.id, line.row_version, decision)  # once the other save has ended
    assert decisions.get_line(db, line.id).decision == "none"
    db.dispose()
