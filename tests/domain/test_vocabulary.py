"""The domain is the one home of the shared vocabulary: every case state has its moves and its name, and no layer
outside the domain spells a case state as a string."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.domain import status as domain_status
from app.domain.status import STATUS_LABELS, TRANSITIONS, CaseStatus, status_label
from app.domain.verdicts import DECISION_OF_PROPOSAL, Decision, Proposal
from app.translation import load_translator
from tests.conftest import REPO_ROOT

# The UI is checked by its own test (tests/ui); migrations freeze the values of their time on purpose.
EXCLUDED = ("app/domain/", "app/migrations/", "app/ui/")
STATE_VALUES = frozenset(s.value for s in CaseStatus)


def case_state_literals(source: str) -> list[tuple[int, str]]:
    """(line, value) of every string constant in ``source`` that is exactly a case state's value."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in STATE_VALUES:
            found.append((node.lineno, node.value))
    return found


def _app_files() -> list[Path]:
    return [p for p in sorted((REPO_ROOT / "app").rglob("*.py"))
            if not p.relative_to(REPO_ROOT).as_posix().startswith(EXCLUDED)]


def test_no_case_state_literal_outside_the_domain() -> None:
    offending = [f"{path.relative_to(REPO_ROOT)}:{line}: {value!r}"
                 for path in _app_files() for line, value in case_state_literals(path.read_text(encoding="utf-8"))]
    assert not offending, "case states are named from app.domain.status.CaseStatus:\n" + "\n".join(offending)


def test_the_literal_check_finds_a_state_string() -> None:
    sample = 'if case.status == "under_appeal":\n    x = CaseStatus.DECIDED\nlabel = "decided later"\n'
    assert case_state_literals(sample) == [(1, "under_appeal")]


@pytest.mark.parametrize("state", list(CaseStatus), ids=str)
def test_every_state_has_a_transition_entry(state: CaseStatus) -> None:
    """A state nobody can reach, or that cannot be left (other than the final one), is a forgotten move."""
    into = [r for r in TRANSITIONS if r.to_status == state]
    out = [r for r in TRANSITIONS if r.from_status == state]
    assert into or state == CaseStatus.REGISTERED, f"no move leads into {state}"
    assert out or state == CaseStatus.CLOSED, f"no move leads out of {state}"


def test_every_transition_names_known_states() -> None:
    for rule in TRANSITIONS:
        assert isinstance(rule.from_status, CaseStatus) and isinstance(rule.to_status, CaseStatus)


@pytest.mark.parametrize("state", list(CaseStatus), ids=str)
def test_every_state_has_a_label_translated_in_the_catalogue(state: CaseStatus) -> None:
    assert state in STATUS_LABELS, f"{state} has no label in app/domain/status.py"
    label = status_label(state)
    assert label == STATUS_LABELS[state] and label.strip()
    assert load_translator("uk").has("Messages", STATUS_LABELS[state].template), \
        f"{state}: “{label}” has no Ukrainian translation in resources/i18n/recognition_desk_uk.ts"


def test_an_unknown_state_is_shown_as_it_is() -> None:
    assert status_label("archived") == "archived"


def test_state_sets_hold_only_states() -> None:
    for name in dir(domain_status):
        if re.fullmatch(r"[A-Z_]+_STATES", name):
            assert set(getattr(domain_status, name)) <= STATE_VALUES, name


def test_every_proposal_maps_to_a_decision() -> None:
    assert set(DECISION_OF_PROPOSAL) == set(Proposal)
    assert set(DECISION_OF_PROPOSAL.values()) == set(Decision)


def test_the_typed_literals_agree_with_the_domain_vocabularies() -> None:
    """The engines' static types (Literal) spell the same values as the domain's enums."""
    from typing import get_args

    from app.domain import policy_rules
    from app.domain.verdicts import Coverage, VerificationStatus
    from app.importers.credentials import record
    from app.matching import coverage

    assert set(get_args(policy_rules.Decision)) == set(Proposal)
    assert set(get_args(coverage.Status)) == set(Coverage)
    # The importer's verdicts; FAILED is the evidence record's own (the file could not be read at all).
    assert set(get_args(record.Status)) == set(VerificationStatus) - {VerificationStatus.FAILED}
