"""Helpers for the scenario tests: the procedure tests' demo case, and a way to set the rules of its profile."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.db import Database
from app.models import Case, EvidenceItem, PolicyProfile
from app.services import decisions, workflow
from tests.cases.conftest import add_evidence, case_id_of, component_id, full_demo_db, sql_case  # noqa: F401


def set_rules(db: Database, case_id: int, **changes: Any) -> None:
    """Change the stored rules of the case's profile version (as an older or another institution's version)."""
    with db.write() as session:
        case = session.get(Case, case_id)
        assert case is not None
        profile = session.get(PolicyProfile, case.policy_profile_id)
        assert profile is not None
        profile.rules = {**dict(profile.rules or {}), **changes}


def set_evidence(db: Database, case_id: int, title: str, **values: Any) -> int:
    """Change what the importer recorded for one credential of the case (as another file would have given)."""
    with db.write() as session:
        item = session.execute(select(EvidenceItem).where(EvidenceItem.case_id == case_id,
                                                          EvidenceItem.title == title)).scalar_one()
        for key, value in values.items():
            setattr(item, key, value)
        return item.id


def version(db: Database, case_id: int) -> int:
    return workflow.workflow_state(db, case_id).row_version


def move(db: Database, case_id: int, to: str) -> None:
    workflow.transition(db, "officer", case_id, to, version(db, case_id))


def to_assessment(db: Database, case_id: int, codes: tuple[str, ...] = ("ОК5",)) -> list[decisions.LineRow]:
    """Documents checked, the components requested, assessment, matching: the case's lines."""
    move(db, case_id, "documents_checked")
    decisions.request_components(db, "officer", case_id, [component_id(db, c) for c in codes])
    move(db, case_id, "under_assessment")
    decisions.run_matching(db, "officer", case_id)
    return decisions.case_lines(db, case_id)


def codes(line: decisions.LineRow) -> dict[str, str]:
    """The line's proposal reasons: {code: severity}."""
    return {str(r.get("code")): str(r.get("severity")) for r in line.proposal_reasons}
