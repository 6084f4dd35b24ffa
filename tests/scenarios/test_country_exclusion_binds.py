"""Rule: the profile's excluded countries bind whatever language or form a credential writes the country in, and a
country the application cannot recognise is named in the proposal, never passed over as eligible."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.policy_rules import PolicyRules
from app.matching.coverage import MatchResult, OutcomePair
from app.matching.policy import ComponentFacts, EvidenceFacts, Proposal, propose

COMPONENT = ComponentFacts("ОК5", "Бази даних", 5.0, control="exam")


def _covered(n: int = 3) -> MatchResult:
    return MatchResult(tuple(OutcomePair(i, f"outcome {i}", 0, "evidence outcome", 0.9, "lexical", "covered")
                             for i in range(n)), 0.6, 0.45)


def _propose(country: str, excluded: tuple[str, ...] = ("RU",)) -> Proposal:
    rules = PolicyRules(excluded_issuer_countries=excluded)
    evidence = EvidenceFacts(id="Certificate", hours=150, verification_status="verified", issuer_binding="confirmed",
                             issuer_country=country, issued_on=date(2025, 6, 1), grade="90/100")
    return propose(COMPONENT, _covered(), [evidence], rules, 0, 60, today=date(2026, 12, 1))


@pytest.mark.parametrize("written", ["RU", "Russian Federation", "Country: Russian Federation", "Країна: Росія",
                                     "РФ", "Російська Федерація", "Russia", "Moscow, Russia"])
def test_an_excluded_country_is_refused_in_any_form(written: str) -> None:
    proposal = _propose(written)
    assert proposal.decision == "reject"
    codes = [(r.code, r.params.get("country")) for r in proposal.reasons]
    assert ("issuer_country_excluded", "RU") in codes


def test_the_profile_may_name_the_country_in_words() -> None:
    proposal = _propose("Беларусь", excluded=("RU", "Білорусь"))
    assert proposal.decision == "reject"


@pytest.mark.parametrize("written", ["Atlantis", "Narnia (NRN)"])
def test_an_unrecognised_country_is_named_in_the_proposal(written: str) -> None:
    proposal = _propose(written)
    reasons = [r for r in proposal.reasons if r.code == "issuer_country_unrecognised"]
    assert reasons and reasons[0].params["country"] == written


@pytest.mark.parametrize("written", ["Ireland", "IE", "Україна", "Ukraine (UKR)"])
def test_other_countries_pass(written: str) -> None:
    proposal = _propose(written)
    codes = {r.code for r in proposal.reasons}
    assert not codes & {"issuer_country_excluded", "issuer_country_unrecognised"}
