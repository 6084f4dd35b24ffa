"""A programme-wide match spends the credit cap on the best-evidenced components first: a weakly evidenced component
listed first must not use up the credits that a fully evidenced one needs."""

from __future__ import annotations

from app.domain.programme import ComponentData, ProgrammeData
from app.matching import policy
from app.services.matching import CredentialInput, evidence_order, match_components

SQL = "Write SQL queries that join, filter and aggregate data in a relational database."
MODEL = "Design a normalised relational database schema for a business domain."
PLOT = "Visualise data with charts and plots."
CLOUD = "Deploy containerised services to a public cloud with infrastructure as code."
BLOCKCHAIN = "Explain the consensus protocols of permissionless blockchains."


def _programme() -> ProgrammeData:
    weak = ComponentData(code="ВК1", title="Data engineering", type="elective", ects=5.0, hours=150,
                         outcomes=[PLOT, CLOUD, BLOCKCHAIN])
    strong = ComponentData(code="ОК5", title="Databases", type="elective", ects=5.0, hours=150,
                           outcomes=[SQL, MODEL])
    return ProgrammeData(code="P", title="P", total_ects=10.0, components=[weak, strong])


def _credential() -> CredentialInput:
    facts = policy.EvidenceFacts(id="Databases course", hours=300.0, ects=10.0, verification_status="verified")
    return CredentialInput("Databases course (db.json)", "db.json", "Databases course", (SQL, MODEL, PLOT), False,
                           facts)


def test_evidence_order_puts_coverage_first_then_score() -> None:
    assert evidence_order([(0.3, 0.9), (1.0, 0.8), (1.0, 0.95), (0.3, 0.9)]) == [2, 1, 0, 3]


def test_the_cap_goes_to_the_best_evidenced_component_first() -> None:
    rules = policy.PolicyRules(cap_percent=50.0, cap_base="programme", eligible_component_types=("elective",))
    matches = match_components(_programme(), [_credential()], rules, embedding=False)
    assert [m.code for m in matches] == ["ВК1", "ОК5"]  # the programme's order is kept in the answer
    weak, strong = matches
    assert strong.coverage > weak.coverage
    # Databases is fully covered and gets its 5 credits, although the weak component comes first in the programme.
    assert strong.proposal == "recognise" and strong.credits == 5.0
    assert weak.credits + strong.credits <= 5.0
