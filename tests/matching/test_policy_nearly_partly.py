"""Rule: where no outcome of a component is covered, one is partly evidenced and every other scores only just under the
"partly" line (no more than the profile's margin), each by another outcome of the credential, the component is
proposed in part at half of the partly evidenced outcomes' share of the credits, with a warning. A paraphrase of a
component in other words or another language often scores so on all its outcomes; an unrelated course rarely does on
every one of them. Not where a pair is held down by a rule of the matching or by the commission's judgement, where
one credential outcome stands behind two, or where the margin is 0 (and rules stored before it existed)."""

from __future__ import annotations

from datetime import date

import pytest

from app.matching.bloom import BloomLevel
from app.matching.coverage import MatchResult, OutcomePair
from app.matching.policy import ComponentFacts, EvidenceFacts, PolicyRules, propose, reason_message, render
from app.services.recognition_rules import match_result
from app.translation import load_translator

TODAY = date(2026, 9, 1)
COMPONENT = ComponentFacts(code="ОК5", title="Бази даних", ects=3.0)  # 90 h at 30 h per credit
GOOD = EvidenceFacts(id="cert-1", hours=90, issued_on=date(2025, 5, 1), verification_status="verified", grade="92%")


def _result(scores: list[float], *, distinct: bool = True, held: str = "") -> MatchResult:
    def status(score: float) -> str:
        return "covered" if score >= 0.5 else "partly" if score >= 0.375 else "not"

    return MatchResult(tuple(
        OutcomePair(i, f"outcome {i}", i if distinct else 0, f"credential outcome {i if distinct else 0}", score,
                    "embedding", status(score), component_bloom=BloomLevel(None),  # type: ignore[arg-type]
                    held=held if status(score) == "not" else "")
        for i, score in enumerate(scores)), 0.5, 0.375)


def _codes(p: object) -> list[str]:
    return [r.code for r in p.reasons]  # type: ignore[attr-defined]


def test_one_outcome_partly_and_the_others_just_under_the_line_give_a_partial_recognition() -> None:
    p = propose(COMPONENT, _result([0.42, 0.368, 0.366]), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "partial" and p.credits == 0.5  # 3 credits × ½ × ⅓
    (reason,) = [r for r in p.reasons if r.code == "nearly_partly_evidence"]
    assert reason.severity == "warning"
    assert reason.params == {"total": 3, "partly": 1, "nearly": 2, "share": 0.1667}
    assert str(reason_message(reason)) == (
        "1 of 3 outcomes partly evidenced and the other 2 nearly so, each by another outcome of the credential, and "
        "none covered: partial recognition at 16.7% of the credits — the commission confirms each pair")
    uk = render(reason, load_translator("uk"))
    assert "16,7%" in uk and "комісія підтверджує кожну пару" in uk


@pytest.mark.parametrize(("scores", "why"), [
    ([0.42, 0.368, 0.36], "one outcome further under the line than the margin"),
    ([0.37, 0.368, 0.366], "none partly evidenced"),
    ([0.42], "a component of one outcome"),
])
def test_not_proposed(scores: list[float], why: str) -> None:
    p = propose(COMPONENT, _result(scores), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "reject", why
    assert "nearly_partly_evidence" not in _codes(p)


def test_one_credential_outcome_behind_two_is_no_such_evidence() -> None:
    p = propose(COMPONENT, _result([0.42, 0.368, 0.366], distinct=False), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "reject"


def test_a_pair_held_down_by_a_rule_or_a_judgement_does_not_count() -> None:
    p = propose(COMPONENT, _result([0.42, 0.368, 0.366], held="language"), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "reject"
    # the stored pairs of a case: the commission judged one pair "not", which its score alone would not say either
    stored = [("a", "x", 0.42, "embedding", None, ""), ("b", "y", 0.368, "embedding", "not", ""),
              ("c", "z", 0.366, "embedding", None, "")]
    p = propose(COMPONENT, match_result(PolicyRules(), stored), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "reject"
    unjudged = [(*pair[:4], None, "") for pair in stored]
    p = propose(COMPONENT, match_result(PolicyRules(), unjudged), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "partial" and "nearly_partly_evidence" in _codes(p)


def test_the_margin_is_the_profiles_and_rules_stored_before_it_keep_it_off() -> None:
    scores = [0.42, 0.368, 0.36]  # 0.015 under the line
    wider = propose(COMPONENT, _result(scores), [GOOD], PolicyRules(nearly_partly_margin=0.02), 0, 60, today=TODAY)
    assert wider.decision == "partial"
    off = propose(COMPONENT, _result([0.42, 0.374, 0.374]), [GOOD], PolicyRules(nearly_partly_margin=0.0), 0, 60,
                  today=TODAY)
    assert off.decision == "reject"
    stored = PolicyRules().to_dict()
    del stored["nearly_partly_margin"]
    assert PolicyRules.from_dict(stored).nearly_partly_margin == 0.0
    # the rule rides on the rule for outcomes partly evidenced: with that off, neither proposes
    no_partly = PolicyRules(partly_evidence_partial=False)
    assert propose(COMPONENT, _result([0.42, 0.368, 0.366]), [GOOD], no_partly, 0, 60, today=TODAY).decision == "reject"


@pytest.mark.parametrize("margin", [-0.01, 0.06, True])
def test_the_margin_is_a_small_part_of_the_scale(margin: float) -> None:
    with pytest.raises(ValueError, match="nearly partly evidenced"):
        PolicyRules(nearly_partly_margin=margin)
