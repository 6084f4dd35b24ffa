"""A credential whose stated hours and stated ECTS credits contradict each other (a badge claiming 4 ECTS for
30 hours) is flagged: on the element in the Evidence tab and as a warning in the proposal. One ECTS credit is
25–30 hours (ECTS Users' Guide); the profile widens that by its tolerance (20 % by default: 20–36 h)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.policy_rules import PolicyRules, workload_mismatch
from app.matching.policy import EvidenceFacts, evidence_reasons, reason_message
from app.translation import load_translator


def test_four_credits_for_thirty_hours_disagree() -> None:
    rules = PolicyRules()
    mismatch = workload_mismatch(30, 4, rules)
    assert mismatch is not None
    assert (mismatch.per_credit, mismatch.low, mismatch.high) == (7.5, 20.0, 36.0)
    for hours, ects in ((120, 4), (60, 2), (30, 1), (25, 1), (150, 5)):
        assert workload_mismatch(hours, ects, rules) is None, (hours, ects)
    assert workload_mismatch(None, 4, rules) is None and workload_mismatch(30, None, rules) is None
    assert workload_mismatch(30, 0, rules) is None
    # The tolerance is the profile's: without it only 25–30 h per credit pass.
    strict = replace(rules, workload_consistency_tolerance=0.0)
    assert workload_mismatch(36, 1, strict) is not None and workload_mismatch(36, 1, rules) is None
    # A profile counting 40 h per credit takes its own figure in.
    assert workload_mismatch(40, 1, replace(rules, hours_per_ects=40.0, workload_consistency_tolerance=0.0)) is None


def test_the_tolerance_is_a_setting_with_a_lawful_default() -> None:
    assert PolicyRules.from_dict({}).workload_consistency_tolerance == 0.2  # versions stored before it
    assert PolicyRules.from_dict({"workload_consistency_tolerance": 0.5}).workload_consistency_tolerance == 0.5
    with pytest.raises(ValueError, match="workload consistency tolerance"):
        PolicyRules.from_dict({"workload_consistency_tolerance": 3})


def test_the_proposal_warns_about_the_credential() -> None:
    rules = PolicyRules()
    badge = EvidenceFacts(id="Cybersecurity badge", hours=30, ects=4, verification_status="verified")
    reasons = [r for r in evidence_reasons(badge, rules) if r.code == "workload_inconsistent"]
    assert len(reasons) == 1 and reasons[0].severity == "warning"
    text = str(reason_message(reasons[0]))
    assert text.startswith("Cybersecurity badge: 30 h for 4 ECTS credits is 7.5 h per credit, outside 20–36 h")
    uk = load_translator("uk").message(reason_message(reasons[0]))
    assert "7,5 год на кредит" in uk and "20–36" in uk
    fine = EvidenceFacts(id="Course", hours=120, ects=4, verification_status="verified")
    assert not [r for r in evidence_reasons(fine, rules) if r.code == "workload_inconsistent"]


def test_the_protocol_notes_the_contradiction() -> None:
    """A recognition that rests on such a credential says on the paper that the commission saw it."""
    from app.services.recognition_rules import protocol_notes

    badge = EvidenceFacts(id="Cybersecurity badge", hours=30, ects=4, verification_status="verified")
    stored = [r.to_dict() for r in evidence_reasons(badge, PolicyRules())]
    notes = [load_translator("uk").message(n) for n in protocol_notes(stored, [])]
    assert any("7,5 год на кредит" in n for n in notes), notes


def test_the_evidence_tab_flags_the_workload_elements(demo_db: Any, qtbot: Any) -> None:
    from app.models import EvidenceItem
    from app.services.evidence import get_evidence
    from app.ui.evidence_view import WARNING_COLOUR, EvidenceDetailsTab

    with demo_db.read() as session:
        ids = {(item.workload_hours, item.workload_ects): item.id for item in session.scalars(select(EvidenceItem))}
    badge = get_evidence(demo_db, ids[(30, 4)])
    assert set(badge.element_notes) == {"workload_hours", "workload_ects"}
    assert "7.5 h per credit" in badge.element_notes["workload_hours"]
    assert get_evidence(demo_db, ids[(120, 4)]).element_notes == {}

    window: Any = type("Window", (), {"ctx": None})()
    tab = EvidenceDetailsTab(window)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_detail(badge)
    def cell(row: int, column: int) -> Any:
        item = tab.elements.item(row, column)
        assert item is not None
        return item

    rows = {cell(r, 0).text().rstrip(" *"): r for r in range(tab.elements.rowCount())}
    for label in ("Workload (hours)", "Workload (ECTS)"):
        value = cell(rows[label], 1)
        assert value.text().endswith("⚠") and value.foreground().color().name() == WARNING_COLOUR
        assert "7.5 h per credit" in value.toolTip()
    assert tab.element_notes.isVisible() and "7.5 h per credit" in tab.element_notes.text()
    tab.show_detail(get_evidence(demo_db, ids[(120, 4)]))
    assert not tab.element_notes.isVisible()
