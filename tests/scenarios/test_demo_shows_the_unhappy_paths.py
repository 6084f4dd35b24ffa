"""Rule: the demo shows a way out of each unhappy path: an unreadable scan replaced by the elements entered from
the paper original, a certificate from an excluded country refused by the proposal, and another person's
certificate flagged as an identity mismatch, an appeal filed after the order (counted from the applicant's
notification). The whole demo loads in one transaction and its audit chain holds."""

from __future__ import annotations

from sqlalchemy import select

from app.db import Database
from app.models import EvidenceItem
from app.services import decisions, protocols, workflow
from app.services.audit import verify_chain
from app.services.demo import load_demo
from tests.cases.conftest import case_id_of


def _items(db: Database, reg_no: str) -> list[tuple[str, str, dict[str, str], dict[str, object]]]:
    with db.read() as session:
        return [(e.format, e.verification_status, dict(e.learner_match or {}), dict(e.elements or {}))
                for e in session.execute(select(EvidenceItem).where(
                    EvidenceItem.case_id == case_id_of(db, reg_no))).scalars()]


def test_the_demo_carries_a_case_for_each_unhappy_path(db: Database) -> None:
    load_demo(db, "tester")
    scan_case = _items(db, "RD-DEMO-003")
    assert not any(status == "failed" for _f, status, _m, _e in scan_case)
    [typed] = [e for fmt, _s, _m, e in scan_case if fmt == "manual"]
    assert str(typed["title"]["source"]).startswith("entered by hand by tester from the original")  # type: ignore[index]
    move = workflow.workflow_state(db, case_id_of(db, "RD-DEMO-003")).move_to("documents_checked")
    assert move is not None and move.allowed

    excluded = case_id_of(db, "RD-DEMO-006")
    assert workflow.workflow_state(db, excluded).status == "under_assessment"
    [line] = decisions.case_lines(db, excluded)
    assert line.proposal == "reject"
    assert any(r.get("code") == "issuer_country_excluded" and r.get("params", {}).get("country") == "RU"
               for r in line.proposal_reasons), line.proposal_reasons

    [(_fmt, _status, match, _elements)] = _items(db, "RD-DEMO-007")
    assert match["status"] == "mismatch"

    appealed = case_id_of(db, "RD-DEMO-008")
    assert workflow.workflow_state(db, appealed).status == "under_appeal"
    view = protocols.case_protocols(db, appealed)
    assert view.orders and view.notifications and view.appeals[0].within_deadline
    assert view.appeals[0].filed_on >= view.orders[0].order_date  # type: ignore[operator]
    with db.read() as session:
        assert verify_chain(session).ok
