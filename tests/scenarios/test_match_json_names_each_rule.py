"""Rule keys: ``main.py match --json`` lists the new reasons under each proposal with a stable ``rule`` key."""

from __future__ import annotations

from app.domain.programme import ComponentData, ProgrammeData
from app.matching import policy
from app.services.matching import CredentialInput, match_components


def test_match_json_lists_country_identity_authenticity_cap_and_workload_rules() -> None:
    data = ProgrammeData(code="122", title="Комп'ютерні науки", total_ects=240, academic_year="2025/2026")
    outcomes = ["Проєктувати реляційні бази даних", "Писати SQL-запити для вибірки даних"]
    data.components = [ComponentData(code="ОК5", title="Бази даних", ects=5, outcomes=outcomes)]
    facts = policy.EvidenceFacts(id="cert", hours=60, verification_status="unverifiable-offline",
                                 issuer_country="Російська Федерація", issuer="Coursera",
                                 learner_match="not-checked", grade="90%")
    credential = CredentialInput("cert", "cert.pdf", "cert", tuple(outcomes), False, facts)
    rules = policy.PolicyRules(workload_rule="proportional", cap_percent=2.5)  # 1.5 of 60 credits
    result = match_components(data, [credential], rules, embedding=False)[0].to_json()
    rules_named = {r["rule"] for r in result["reason_codes"]}
    assert {"issuer_country_excluded", "learner_identity_unconfirmed", "authenticity_unverifiable"} <= rules_named
    assert result["proposal"] == "reject"
    ok = policy.EvidenceFacts(id="cert", hours=60, verification_status="verified", issuer_binding="confirmed",
                              issuer_country="IE", learner_match="match", grade="90%")
    fine = CredentialInput("cert", "cert.pdf", "cert", tuple(outcomes), False, ok)
    shown = match_components(data, [fine], rules, embedding=False)[0].to_json()
    named = {r["rule"] for r in shown["reason_codes"]}
    assert "workload_proportional" in named and "cap_remainder" in named
    assert shown["proposal"] == "partial" and shown["credits"] == 1.5
