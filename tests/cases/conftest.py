"""Helpers for the procedure tests: a demo case with evidence that covers some of the programme's components."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Case, Component, EvidenceItem

SQL_COURSE_OUTCOMES = [
    "Design relational databases and normalise database schemas.",
    "Write SQL queries to select, aggregate and modify data.",
    "Use transactions and integrity constraints to keep data consistent.",
]
PANDAS_OUTCOMES = [
    "Load, clean and transform data with the pandas library.",
    "Visualise data and build charts.",
]


def add_evidence(db: Database, case_id: int, title: str, body: str, outcomes: list[str], hours: float | None = 30,
                 ects: float | None = None, grade: str = "", status: str = "verified") -> int:
    """An imported credential, written directly (the importers are tested on their own)."""
    with db.write() as session:
        digest = hashlib.sha256(f"{case_id}/{title}".encode()).hexdigest()
        item = EvidenceItem(case_id=case_id, original_name=f"{title}.json", sha256=digest,
                            format="openbadges-3.0", title=title, awarding_body=body, issuer_country="UA",
                            issued_on=date(2025, 5, 1), workload_hours=hours, workload_ects=ects, grade=grade,
                            learning_outcomes=outcomes, verification_status=status)
        session.add(item)
        session.flush()
        return item.id


def case_id_of(db: Database, reg_no: str) -> int:
    with db.read() as session:
        case_id = session.execute(select(Case.id).where(Case.reg_no == reg_no)).scalar()
        assert case_id is not None
        return int(case_id)


def imported_pdf(db: Database, tmp_path: Path, html: str, name: str, reg_no: str = "RD-DEMO-003") -> int:
    """The evidence item of a one-page PDF certificate made of ``html``, imported into case ``reg_no``."""
    from app.services.evidence import import_files
    from tests.importers.pdfgen import html_pdf

    path = tmp_path / name
    path.write_bytes(html_pdf(html))
    import_files(db, "officer", case_id_of(db, reg_no), [path])
    with db.read() as session:
        return session.scalars(select(EvidenceItem.id).where(EvidenceItem.original_name == name)).one()


def component_id(db: Database, code: str) -> int:
    with db.read() as session:
        found = session.execute(select(Component.id).where(Component.code == code)).scalar()
        assert found is not None
        return int(found)


def new_demo_case(db: Database, full_name: str, student_id: str, reg_no: str) -> int:
    """A fresh case of the demo's programme, profile and commission, without evidence of its own."""
    from app.services.cases import ApplicantData, NewCase, register_case

    with db.read() as session:
        first = session.execute(select(Case).order_by(Case.id).limit(1)).scalar_one()
        programme_id, policy_id, commission_id = first.programme_id, first.policy_profile_id, first.commission_id
        year = first.academic_year
    return register_case(db, "officer", NewCase(
        applicant=ApplicantData(full_name=full_name, student_id=student_id), programme_id=programme_id,
        policy_profile_id=policy_id, commission_id=commission_id, academic_year=year, semester=3, reg_no=reg_no))


@pytest.fixture
def sql_case(demo_db: Database) -> int:
    """A fresh demo case (no evidence of its own) with one SQL credential and one pandas credential."""
    case_id = new_demo_case(demo_db, "Іваненко Петро Олексійович", "KN-TEST-001", "RD-TEST-001")
    add_evidence(demo_db, case_id, "Relational Databases and SQL", "Open Data University", SQL_COURSE_OUTCOMES,
                 hours=150, ects=5, grade="85%")
    add_evidence(demo_db, case_id, "Data Analysis with pandas", "Prometheus", PANDAS_OUTCOMES, hours=60, grade="92%")
    return case_id


@pytest.fixture
def full_demo_db(db: Database) -> Database:
    """The demo as the application loads it, with its worked examples of the procedure."""
    from app.services.demo import load_demo

    load_demo(db, "tester")
    return db
