"""Rule: a credential stating an EQF/NQF level below the programme's cycle gets ``level_below_cycle`` per the
profile's level rule (off | warn | block); a missing level gives no reason; old profiles keep their behaviour."""

from __future__ import annotations

from typing import Any

import pytest

from app.db import Database
from app.domain.programme import ComponentData, ProgrammeData
from app.matching import policy
from app.services import policy as policy_service
from app.services.matching import CredentialInput, match_components
from tests.scenarios.conftest import codes, set_evidence, set_rules, to_assessment

SQL = "Relational Databases and SQL"
OUTCOMES = ["Проєктувати реляційні бази даних", "Писати SQL-запити для вибірки даних"]


@pytest.mark.parametrize(("text", "level"), [
    ("EQF 5", 5), ("NQF level 6", 6), ("Рівень НРК 6", 6), ("7", 7), (4, 4), ("EQF level 9", None), ("", None),
    (None, None), ("level unknown", None),
])
def test_the_stated_level_is_read_from_element_8(text: object, level: int | None) -> None:
    assert policy.stated_level(text) == level


def _match(level: int | None, cycle: str, rule: str) -> dict[str, Any]:
    data = ProgrammeData(code="122", title="Комп'ютерні науки", level=cycle, total_ects=240,
                         academic_year="2025/2026")
    data.components = [ComponentData(code="ОК5", title="Бази даних", ects=5, outcomes=OUTCOMES)]
    facts = policy.EvidenceFacts(id="cert", hours=150, verification_status="verified", issuer_binding="confirmed",
                                 issuer_country="IE", learner_match="match", grade="90%", level=level)
    credential = CredentialInput("cert", "cert.pdf", "cert", tuple(OUTCOMES), False, facts)
    rules = policy.PolicyRules(level_rule=rule)  # type: ignore[arg-type]
    return match_components(data, [credential], rules, embedding=False)[0].to_json()


def _level_reason(result: dict[str, Any]) -> dict[str, Any] | None:
    reasons = result["reason_codes"]
    assert isinstance(reasons, list)
    return next((r for r in reasons if r["rule"] == "level_below_cycle"), None)


def test_match_json_names_a_level_below_the_cycle_as_a_warning() -> None:
    result = _match(5, "bachelor", "warn")
    reason = _level_reason(result)
    assert reason is not None and reason["severity"] == "warning"
    assert reason["params"] == {"evidence": "cert", "level": 5, "required": 6, "cycle": "bachelor", "rule": "warn"}
    assert any("level 5 is below level 6" in str(text) for text in result["reasons"])
    assert result["proposal"] == "recognise"


def test_block_rejects_on_a_credential_below_the_cycle() -> None:
    result = _match(6, "master", "block")
    reason = _level_reason(result)
    assert reason is not None and reason["severity"] == "blocking" and reason["params"]["required"] == 7
    assert result["proposal"] == "reject"


@pytest.mark.parametrize(("level", "cycle", "rule"), [
    (None, "bachelor", "block"),  # no stated level: no reason
    (6, "bachelor", "block"),  # at the cycle's level
    (8, "master", "block"),  # above it
    (4, "bachelor", "off"),  # the rule is off
    (4, "", "block"),  # programme without a cycle
])
def test_no_level_reason(level: int | None, cycle: str, rule: str) -> None:
    result = _match(level, cycle, rule)
    assert _level_reason(result) is None and result["proposal"] == "recognise"


def test_short_cycle_is_level_5_and_phd_level_8() -> None:
    assert policy.cycle_level("junior_bachelor") == 5 and policy.cycle_level("phd") == 8
    assert _level_reason(_match(4, "junior_bachelor", "warn")) is not None
    assert _level_reason(_match(7, "phd", "warn")) is not None


def test_old_stored_profiles_keep_today_s_behaviour_and_new_ones_warn() -> None:
    stored = policy.PolicyRules().to_dict()
    assert stored["level_rule"] == "warn"
    del stored["level_rule"]
    assert policy.PolicyRules.from_dict(stored).level_rule == "off"
    assert policy_service.diff_rules(stored, {**stored, "level_rule": "off"}) == {}
    with pytest.raises(ValueError, match="level rule"):
        policy.PolicyRules(level_rule="strict")  # type: ignore[arg-type]


def test_the_case_proposal_follows_the_profile(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, level_rule="block")
    set_evidence(demo_db, sql_case, SQL, eqf_level=4)
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    assert codes(line)["level_below_cycle"] == "blocking" and line.proposal == "reject"


def test_a_case_under_an_old_profile_gets_no_level_reason(demo_db: Database, sql_case: int) -> None:
    set_evidence(demo_db, sql_case, SQL, eqf_level=4)
    with demo_db.write() as session:
        from app.models import Case, PolicyProfile

        case = session.get(Case, sql_case)
        assert case is not None
        profile = session.get(PolicyProfile, case.policy_profile_id)
        assert profile is not None
        profile.rules = {k: v for k, v in dict(profile.rules or {}).items() if k != "level_rule"}
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    assert "level_below_cycle" not in codes(line)


def test_policy_show_exposes_the_level_rule(demo_db: Database, sql_case: int) -> None:
    """``policy show --json`` prints ``rules_dict``: an old version reads "off", a new profile "warn"."""
    from app.models import Case, PolicyProfile

    with demo_db.write() as session:
        case = session.get(Case, sql_case)
        assert case is not None
        profile = session.get(PolicyProfile, case.policy_profile_id)
        assert profile is not None
        profile.rules = {k: v for k, v in dict(profile.rules or {}).items() if k != "level_rule"}
        name, number = profile.name, profile.version
    assert policy_service.find_version(demo_db, name, number).rules_dict()["level_rule"] == "off"
    policy_service.create_profile(demo_db, "admin", "Нові правила")
    assert policy_service.find_version(demo_db, "Нові правила").rules_dict()["level_rule"] == "warn"
