"""Property: whatever moves are attempted, a case only ever follows the procedure's graph, every accepted move is
in its history and audit log, and a refused move changes nothing."""

from __future__ import annotations

from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.constants import CASE_STATUSES
from app.db import Database
from app.errors import UserError
from app.models import AuditEntry
from app.services import decisions, workflow
from app.services.cases import ApplicantData, NewCase, get_case_detail, register_case
from tests.cases.conftest import SQL_COURSE_OUTCOMES, add_evidence, component_id

_numbers = count(1)


def _audit_count(db: Database) -> int:
    """Entries of actions (the row hashes that go with them are counted by their own tests)."""
    from app.models.row_hashes import ROW_ACTIONS

    with db.read() as session:
        return int(session.execute(select(func.count(AuditEntry.id))
                                   .where(AuditEntry.action.not_in(ROW_ACTIONS))).scalar() or 0)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attempts=st.lists(st.tuples(st.sampled_from(CASE_STATUSES), st.booleans()), min_size=1, max_size=12))
def test_random_moves_follow_the_graph(demo_db: Database, attempts: list[tuple[str, bool]]) -> None:
    db = demo_db
    detail = get_case_detail(db, 1)
    case_id = register_case(db, "officer", NewCase(
        applicant=ApplicantData(full_name="Random Walk"), programme_id=detail.programme_id,
        reg_no=f"RD-PROP-{next(_numbers):05d}"))
    add_evidence(db, case_id, "Relational Databases and SQL", "Open Data University", SQL_COURSE_OUTCOMES)
    moves = 0
    for to_status, with_comment in attempts:
        before = workflow.workflow_state(db, case_id)
        if before.status == "documents_checked" and not decisions.case_lines(db, case_id):
            decisions.request_components(db, "officer", case_id, [component_id(db, "ОК5")])
        audit_before = _audit_count(db)
        try:
            workflow.transition(db, "officer", case_id, to_status, before.row_version,
                                "because" if with_comment else "")
        except UserError:
            after = workflow.workflow_state(db, case_id)
            assert (after.status, after.row_version) == (before.status, before.row_version)
            assert _audit_count(db) == audit_before
            continue
        rule = workflow.find_rule(before.status, to_status)
        assert rule is not None and rule.act == workflow.ACT_TRANSITION
        assert with_comment or not rule.needs_comment
        assert workflow.workflow_state(db, case_id).status == to_status
        assert _audit_count(db) == audit_before + 1
        moves += 1
    history = get_case_detail(db, case_id).history
    assert len(history) == moves + 1
    for previous, change in zip(history, history[1:], strict=False):
        assert change.from_status == previous.to_status
