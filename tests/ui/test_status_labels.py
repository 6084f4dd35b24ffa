"""Every case state and every move has a name in the interface, in English and in Ukrainian."""

from __future__ import annotations

import pytest

from app.domain.status import TRANSITIONS, CaseStatus, TransitionRule
from app.translation import load_translator
from app.ui.labels import STATUS_LABELS, status_label


def test_every_state_has_a_label() -> None:
    assert set(STATUS_LABELS) == set(CaseStatus)
    assert all(label.strip() for label in STATUS_LABELS.values())
    assert len(set(STATUS_LABELS.values())) == len(CaseStatus), "two states share a name"


@pytest.mark.parametrize("status", list(CaseStatus), ids=str)
def test_every_state_label_is_translated_into_ukrainian(status: CaseStatus) -> None:
    uk = load_translator("uk")
    assert uk.has("Labels", STATUS_LABELS[status]), f"{status}: no Ukrainian name"
    assert uk("Labels", STATUS_LABELS[status]) != STATUS_LABELS[status]


def test_status_label_without_translators_is_the_english_name() -> None:
    assert status_label(CaseStatus.UNDER_APPEAL) == "Under appeal"
    assert status_label("no_such_state") == "no_such_state"


@pytest.mark.parametrize("rule", TRANSITIONS, ids=lambda r: f"{r.from_status}->{r.to_status}")
def test_every_move_label_is_translated_into_ukrainian(rule: TransitionRule) -> None:
    uk = load_translator("uk")
    label = rule.label
    assert uk.message(label) != str(label), f"{label!r}: no Ukrainian name"
