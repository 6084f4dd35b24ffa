"""Rule: the workload rule (warning | proportional | hard); a missing level is not a missing mandatory element."""

from __future__ import annotations

from app.db import Database
from app.importers.credentials.record import CredentialRecord
from tests.scenarios.conftest import codes, set_evidence, set_rules, to_assessment

SQL = "Relational Databases and SQL"


def test_proportional_credits_for_a_short_certificate(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="proportional")
    set_evidence(demo_db, sql_case, SQL, workload_hours=60, workload_ects=2)
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    needed = line.component_hours or line.component_ects * 30
    reason = next(r for r in line.proposal_reasons if r["code"] == "workload_proportional")
    assert reason["params"]["credits"] == round(line.component_ects * min(1.0, 60 / needed), 1)
    assert line.proposal == "partial"


def test_warning_keeps_full_recognition(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="warning")
    set_evidence(demo_db, sql_case, SQL, workload_hours=60, workload_ects=2)
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    assert codes(line)["workload_short"] == "warning" and "workload_proportional" not in codes(line)


def test_a_credential_without_a_level_is_not_missing_a_mandatory_element() -> None:
    record = CredentialRecord(file="x.pdf")
    record.compute_missing()
    assert "eqf_level" not in record.missing_mandatory and "title" in record.missing_mandatory
