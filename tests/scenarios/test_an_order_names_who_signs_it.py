"""Rule: an order is signed by a named person. Issuing one asks for the signatory's position and full name (the
guard), the paper's signature gives both (position, signature, given name and SURNAME), the decision record
carries them, and the next order offers them again. An order issued before the name was recorded keeps its seal
across the upgrade, and prints without a name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.db import Database
from app.errors import UserError
from app.models.decisions import Order
from app.models.row_hashes import SEALED_MODELS, SEALED_TABLES, row_hash
from app.services import protocols, reports
from app.services.demo import DEMO_DEAN, load_demo
from app.services.protocols import OrderInput
from tests.papers.language import pdf_text


def test_an_order_without_its_signatory_is_refused_and_the_last_one_is_offered(db: Database) -> None:
    assert protocols.last_order_signatory(db) == ("", "")
    load_demo(db, "tester")
    assert protocols.last_order_signatory(db) == DEMO_DEAN
    for position, name in (("", DEMO_DEAN[1]), (DEMO_DEAN[0], " "), ("", "")):
        with pytest.raises(UserError, match="the position and the full name of the person who signs it"):
            protocols.issue_order(db, "dean", 1, OrderInput("1-с", issued_by=position, signatory=name), None)


def test_a_row_sealed_before_the_name_existed_keeps_its_hash() -> None:
    table = SEALED_TABLES[SEALED_MODELS.index(Order)]
    before = {"id": 3, "case_id": 1, "number": "12-с", "order_date": None, "issued_by": "Декан", "text": "…",
              "created_at": None}
    assert row_hash(table, before) == row_hash(table, {**before, "signatory": ""})
    assert row_hash(table, before) != row_hash(table, {**before, "signatory": "Олійник Василь Миколайович"})


def test_an_order_issued_before_the_upgrade_verifies_and_prints_without_a_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from alembic import command

    from app.migrations import alembic_config, upgrade_to_head

    path = tmp_path / "old.sqlite3"
    database = Database("sqlite:///" + path.as_posix())
    with database.engine.begin() as conn:  # a database of a version before row hashes and the signatory's name
        command.upgrade(alembic_config(conn), "0004_scale_indexes")
    old = sqlite3.connect(path)
    old.executescript("""
        INSERT INTO applicant (full_name, full_name_latin, student_id, edebo_id, faculty, specialty, level,
            group_name, study_form, email, created_at)
            VALUES ('Шевченко Тарас Григорович', '', 'KN-1', '', '', '', 'bachelor', '', 'full_time', '',
                    '2025-01-01 00:00:00');
        INSERT INTO "case" (reg_no, applicant_id, academic_year, procedure_type, status, filed_on, note, updated_at,
            row_version, created_at)
            VALUES ('RD-OLD-1', 1, '2024/2025', 'non_formal', 'order_issued', '2025-01-10', '',
                    '2025-01-20 00:00:00', 1, '2025-01-10 00:00:00');
        INSERT INTO "order" (case_id, number, order_date, issued_by, text, created_at)
            VALUES (1, '12-с', '2025-01-20', 'Декан факультету', 'НАКАЗУЮ: …', '2025-01-20 00:00:00');
    """)
    old.commit()
    old.close()
    upgrade_to_head(database)  # seals the old rows (0008), then adds the signatory's name (0010)
    assert main(["audit", "verify", "--db", database.url]) == 0, capsys.readouterr()
    capsys.readouterr()

    data = reports.protocol_data(database, "RD-OLD-1")
    assert (data.order_issued_by, data.order_signatory) == ("Декан факультету", "")
    with database.engine.begin() as conn:  # a name typed in later with a database tool is named
        conn.exec_driver_sql('UPDATE "order" SET signatory = \'Олійник Василь Миколайович\'')
    assert main(["audit", "verify", "--db", database.url]) == 1
    assert "order 1 of case RD-OLD-1 changed outside the application" in capsys.readouterr().out
    database.dispose()


def test_the_demo_order_is_signed_by_name(db: Database, tmp_path: Path) -> None:
    load_demo(db, "tester")
    text = " ".join(pdf_text(reports.export_order(db, "RD-DEMO-001", tmp_path / "order.pdf")).split())
    assert "Декан факультету інформаційних технологій ____________________ (підпис) Василь ОЛІЙНИК" in text
    [order] = protocols.case_protocols(db, reports.protocol_data(db, "RD-DEMO-001").case_id).orders
    assert (order.issued_by, order.signatory) == DEMO_DEAN
