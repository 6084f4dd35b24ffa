"""Roles are enforced in the services: for each role one allowed and one refused action, and the audit log names
the signed-in person whatever actor name a caller passes. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import UserError
from app.models import AuditEntry, Case
from app.services import decisions, protocols, workflow
from app.services.accounts import Identity, accounts_exist, add_account, change_role, list_accounts, set_active, sign_in
from app.services.cases import ApplicantData, NewCase, list_cases, register_case
from app.services.decisions import DecisionInput
from app.services.protocols import CommissionData, ProtocolInput
from tests.cases.conftest import SQL_COURSE_OUTCOMES, add_evidence, component_id


def _as(db: Database, *roles: str, name: str = "") -> None:
    db.identity = Identity(name or "-".join(roles) or "nobody", "", frozenset(roles))


def _new_case(db: Database) -> int:
    return register_case(db, "whoever", NewCase(applicant=ApplicantData(full_name="Петренко Ольга"),
                                                filed_on=date(2026, 9, 1)))


def _last_actor(db: Database) -> str:
    with db.read() as session:
        return str(session.execute(select(AuditEntry.actor).order_by(AuditEntry.id.desc()).limit(1)).scalar())


def _decided_case(db: Database) -> int:
    with db.read() as session:
        first = session.execute(select(Case).order_by(Case.id).limit(1)).scalar_one()
        data = NewCase(applicant=ApplicantData(full_name="Іваненко Петро"), programme_id=first.programme_id,
                       policy_profile_id=first.policy_profile_id, commission_id=first.commission_id,
                       academic_year=first.academic_year)
    case_id = register_case(db, "officer", data)
    add_evidence(db, case_id, "Relational Databases and SQL", "Open Data University", SQL_COURSE_OUTCOMES)
    workflow.transition(db, "officer", case_id, "documents_checked", workflow.workflow_state(db, case_id).row_version)
    decisions.request_components(db, "officer", case_id, [component_id(db, "ОК5")])
    workflow.transition(db, "officer", case_id, "under_assessment", workflow.workflow_state(db, case_id).row_version)
    line = decisions.case_lines(db, case_id)[0]
    decisions.save_decision(db, "officer", line.id, line.row_version, DecisionInput("none", reasons="not covered"))
    workflow.transition(db, "officer", case_id, "decided", workflow.workflow_state(db, case_id).row_version)
    return case_id


def test_secretary_registers_but_cannot_change_commissions(db: Database) -> None:
    _as(db, "secretary", name="olena")
    _new_case(db)
    assert _last_actor(db) == "olena"
    with pytest.raises(UserError, match="Changing a commission needs the administrator role; olena has: secretary"):
        protocols.create_commission(db, "olena", CommissionData(name="Commission", founding_order_no="1-к"))


def test_member_decides_but_cannot_register(demo_db: Database) -> None:
    case_id = _decided_case(demo_db)
    _as(demo_db, "member", name="petro")
    line = decisions.case_lines(demo_db, case_id)[0]
    with pytest.raises(UserError, match="Registering a case needs the secretary role; petro has: commission member"):
        _new_case(demo_db)
    with pytest.raises(UserError, match="Signing a protocol needs the chair role"):
        protocols.sign_protocol(demo_db, "petro", protocols.generate_protocol(demo_db, "petro", case_id,
                                                                              ProtocolInput()))
    assert line.decision == "none"


def test_member_records_a_decision(demo_db: Database) -> None:
    case_id = _decided_case(demo_db)
    workflow.transition(demo_db, "officer", case_id, "under_assessment",
                        workflow.workflow_state(demo_db, case_id).row_version, "reconsider")
    _as(demo_db, "member", name="petro")
    line = decisions.case_lines(demo_db, case_id)[0]
    decisions.save_decision(demo_db, "petro", line.id, line.row_version, DecisionInput("none", reasons="still no"))
    assert _last_actor(demo_db) == "petro"


def test_chair_signs_but_cannot_import_evidence(demo_db: Database, tmp_path: object) -> None:
    from app.services.evidence import import_files
    from tests.conftest import REPO_ROOT

    case_id = _decided_case(demo_db)
    draft = protocols.generate_protocol(demo_db, "secretary", case_id, ProtocolInput())
    _as(demo_db, "chair", name="head")
    signed = protocols.sign_protocol(demo_db, "someone else", draft)
    assert signed.status == "signed" and _last_actor(demo_db) == "head"
    badge = REPO_ROOT / "tests" / "fixtures" / "credentials" / "ob2" / "basic-assertion.json"
    other = _new_case_unchecked(demo_db)
    with pytest.raises(UserError, match="Importing evidence needs the secretary role"):
        import_files(demo_db, "head", other, [badge])


def _new_case_unchecked(db: Database) -> int:
    saved = db.identity
    db.identity = None
    try:
        return _new_case(db)
    finally:
        db.identity = saved


def test_administrator_manages_commissions_and_accounts_but_does_not_register(db: Database) -> None:
    _as(db, "administrator", name="it")
    protocols.create_commission(db, "it", CommissionData(name="Faculty commission", founding_order_no="2-к"))
    add_account(db, "it", "olena", "Олена Коваль", "a long enough password", ["secretary"])
    assert [a.username for a in list_accounts(db)] == ["olena"]
    with pytest.raises(UserError, match="Registering a case needs the secretary role; it has: administrator"):
        _new_case(db)


def test_viewer_reads_but_cannot_change_anything(db: Database) -> None:
    _new_case(db)  # single-user mode: the officer holds every role
    _as(db, "viewer", name="auditor")
    assert len(list_cases(db)) == 1
    with pytest.raises(UserError, match="needs the secretary role; auditor has: viewer"):
        _new_case(db)
    with pytest.raises(UserError, match="Managing accounts needs the administrator role"):
        add_account(db, "auditor", "eve", "", "a long enough password", ["administrator"])


def test_sign_in_roles_and_the_last_administrator(db: Database) -> None:
    assert not accounts_exist(db)
    add_account(db, "setup", "admin", "Адміністратор", "correct horse battery", ["administrator"])
    add_account(db, "setup", "olena", "", "another long password", ["secretary"])
    assert accounts_exist(db)
    with pytest.raises(UserError, match="unknown user name or wrong password"):
        sign_in(db, "admin", "wrong password!")
    with pytest.raises(UserError, match="unknown user name or wrong password"):
        sign_in(db, "nobody", "correct horse battery")
    db.identity = sign_in(db, "admin", "correct horse battery")
    assert db.identity.roles == {"administrator"}
    with pytest.raises(UserError, match="Unknown role 'dean'"):
        change_role(db, "admin", "olena", "dean", True)
    with pytest.raises(UserError, match="last active administrator"):
        change_role(db, "admin", "admin", "administrator", False)
    with pytest.raises(UserError, match="too short"):
        add_account(db, "admin", "short", "", "123", ["viewer"])
    set_active(db, "admin", "olena", False)
    with pytest.raises(UserError, match="disabled"):
        sign_in(db, "olena", "another long password")
    with db.read() as session:
        stored = session.execute(select(AuditEntry.payload).where(AuditEntry.action == "account.add")).scalars()
        assert all("password" not in str(p) for p in stored)


def test_cli_needs_sign_in_once_accounts_exist(db: Database, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import io

    from app.cli import main

    add_account(db, "setup", "admin", "", "correct horse battery", ["administrator"])
    assert main(["user", "list", "--db", db.url]) == 2
    assert "sign in with --user" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert main(["user", "list", "--db", db.url, "--user", "admin"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\nsecretary password\n"))
    assert main(["user", "add", "olena", "--role", "secretary", "--db", db.url, "--user", "admin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert main(["role", "grant", "judge", "olena", "--db", db.url, "--user", "admin"]) == 2
    assert "Unknown role 'judge'" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert main(["user", "list", "--db", db.url, "--user", "admin"]) == 0
    assert "olena\t\tsecretary" in capsys.readouterr().out
    assert _last_actor(db) == "admin"
