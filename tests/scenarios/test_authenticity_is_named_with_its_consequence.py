"""Rule: a credential that cannot be verified offline (or fails its check) is named in the proposal with what
the profile makes of it."""

from __future__ import annotations

from app.db import Database
from app.services import evidence_checks
from tests.scenarios.conftest import codes, set_evidence, set_rules, to_assessment

SQL = "Relational Databases and SQL"


def test_unverifiable_offline_is_accepted_with_a_warning_when_the_profile_requires_nothing(
        demo_db: Database, sql_case: int) -> None:
    set_evidence(demo_db, sql_case, SQL, verification_status="unverifiable-offline")
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    reason = next(r for r in line.proposal_reasons if r["code"] == "authenticity_unverifiable")
    assert reason["severity"] == "warning" and reason["params"]["consequence"] == "accepted"
    assert reason["rule"] == "authenticity_unverifiable" and "cannot be verified offline" in reason["text"]
    assert line.proposal == "recognise"


def test_unverifiable_offline_blocks_until_a_person_confirms_it(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, required_verification="self-asserted")
    item = set_evidence(demo_db, sql_case, SQL, verification_status="unverifiable-offline")
    set_evidence(demo_db, sql_case, "Data Analysis with pandas", verification_status="verified")
    evidence_checks.confirm_check(demo_db, "Коваль О.", item, ["original_seen"])
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    assert codes(line)["authenticity_unverifiable"] == "info"
    assert line.proposal == "recognise"


def test_unverifiable_offline_blocks_when_the_profile_requires_a_signature(demo_db: Database,
                                                                           sql_case: int) -> None:
    set_evidence(demo_db, sql_case, SQL, verification_status="unverifiable-offline")
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    set_rules(demo_db, sql_case, required_verification="signature")
    from app.services import decisions

    decisions.run_matching(demo_db, "officer", sql_case)
    line = decisions.get_line(demo_db, line.id)
    assert codes(line)["authenticity_unverifiable"] == "blocking" and line.proposal == "reject"


def test_an_invalid_credential_is_named_and_blocks(demo_db: Database, sql_case: int) -> None:
    set_evidence(demo_db, sql_case, SQL, verification_status="invalid")
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    assert codes(line)["evidence_invalid"] == "blocking" and line.proposal == "reject"
