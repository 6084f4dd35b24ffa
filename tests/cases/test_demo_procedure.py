"""The demo shows the procedure: one case decided, signed and ordered; one under assessment with matching done;
the others registered, one of them held back at the document check by an unreadable file."""

from __future__ import annotations

from typing import Any

from app.db import Database
from app.services import decisions, protocols, workflow
from app.services.audit import verify_chain
from tests.cases.conftest import case_id_of


def test_full_demo_has_worked_examples(full_demo_db: Database) -> None:
    db = full_demo_db
    first, second = case_id_of(db, "RD-DEMO-001"), case_id_of(db, "RD-DEMO-002")
    assert workflow.workflow_state(db, first).status == "order_issued"
    lines = {line.component_code: line for line in decisions.case_lines(db, first)}
    assert lines["ОК5"].decision == "full" and lines["ОК5"].grade_ects and lines["ОК5"].frozen
    assert lines["ВК2"].decision == "partial" and lines["ВК2"].partial_scope
    assert any(m.judgement == "not" and m.comment for m in lines["ВК2"].mappings)
    view = protocols.case_protocols(db, first)
    assert view.signed is not None and view.orders and decisions.list_assessments(db, first)
    assert workflow.workflow_state(db, second).status == "under_assessment"
    [ml] = decisions.case_lines(db, second)
    assert ml.component_code == "ОК7" and ml.proposal and not ml.decision
    assert len(ml.evidence_ids) == 2  # two credentials together back the component
    for reg_no in ("RD-DEMO-003", "RD-DEMO-004", "RD-DEMO-005"):  # left for the officer to try
        assert workflow.workflow_state(db, case_id_of(db, reg_no)).status == "registered"
    # RD-DEMO-003's unreadable scan was replaced by the elements entered from its paper original.
    check = next(o for o in workflow.workflow_state(db, case_id_of(db, "RD-DEMO-003")).options
                 if o.to_status == "documents_checked")
    assert check.allowed, check.reason
    with db.read() as session:
        assert verify_chain(session).ok


def test_loading_the_demo_twice_does_nothing(full_demo_db: Database) -> None:
    from app.messages import Message
    from app.services.demo import load_demo
    from app.translation import load_translator

    answer = load_demo(full_demo_db, "tester")
    assert answer == "Demo data is already loaded."
    # A message of the one translation system: the Ukrainian interface says it in Ukrainian.
    assert isinstance(answer, Message) and load_translator("uk").message(answer) != answer


def test_the_demo_without_examples_leaves_cases_registered(demo_db: Any) -> None:
    from app.services.cases import list_cases

    assert {row.status for row in list_cases(demo_db)} == {"registered"}
