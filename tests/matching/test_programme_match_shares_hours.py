"""A programme-wide match counts a credential's hours once: the components proposed first, the best-evidenced, take
the hours they stand for, and a later component gets only what is left, as the decisions' guard counts them."""

from __future__ import annotations

from typing import Literal

from app.domain.programme import ComponentData, ProgrammeData
from app.matching import policy
from app.services.matching import CredentialInput, match_components

SQL = "Write SQL queries that join, filter and aggregate data in a relational database."
MODEL = "Design a normalised relational database schema for a business domain."
INDEX = "Choose indexes that speed up the queries of a relational database."


def _programme() -> ProgrammeData:
    first = ComponentData(code="ОК5", title="Databases", type="elective", ects=5.0, hours=150, outcomes=[SQL, MODEL])
    second = ComponentData(code="ВК4", title="Database tuning", type="elective", ects=4.0, hours=120,
                           outcomes=[SQL, INDEX])
    return ProgrammeData(code="P", title="P", total_ects=60.0, components=[first, second])


def _credential(hours: float) -> CredentialInput:
    facts = policy.EvidenceFacts(id="Databases course", hours=hours, verification_status="verified")
    return CredentialInput("Databases course (db.json)", "db.json", "Databases course", (SQL, MODEL, INDEX), False,
                           facts)


def _rules(workload_rule: Literal["warning", "proportional", "hard"]) -> policy.PolicyRules:
    return policy.PolicyRules(cap_percent=100.0, cap_base="programme", eligible_component_types=("elective",),
                              workload_rule=workload_rule)


def test_the_hours_of_one_course_back_one_component_under_the_hard_rule() -> None:
    first, second = match_components(_programme(), [_credential(150.0)], _rules("hard"), embedding=False)
    assert first.proposal == "recognise" and first.credits == 5.0
    assert second.proposal != "recognise"
    shared = next(r for r in second.reasons if r["code"] == "workload_elsewhere")
    assert shared["params"] == {"hours": 150, "left": 0, "components": ["ОК5 «Databases»"]}
    assert shared["severity"] == "warning"
    assert next(r for r in second.reasons if r["code"] == "workload_short")["params"]["hours"] == 0
    assert not any(r["code"] == "workload_elsewhere" for r in first.reasons)


def test_the_proportional_rule_gives_the_second_component_the_hours_left() -> None:
    first, second = match_components(_programme(), [_credential(210.0)], _rules("proportional"), embedding=False)
    assert first.credits == 5.0  # 150 h of 210
    assert second.credits == 2.0  # 60 h left of the 120 h the component needs: 2 of its 4 credits


def test_a_course_with_hours_enough_for_both() -> None:
    first, second = match_components(_programme(), [_credential(270.0)], _rules("hard"), embedding=False)
    assert first.proposal == second.proposal == "recognise"
    shared = next(r for r in second.reasons if r["code"] == "workload_elsewhere")
    assert shared["params"]["left"] == 120 and shared["severity"] == "info"  # for the record: enough is left
