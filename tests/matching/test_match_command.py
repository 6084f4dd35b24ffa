import json
from datetime import date
from pathlib import Path

import pytest

from app.domain.programme import ComponentData, ProgrammeData
from app.errors import UserError
from app.matching import policy
from app.services.matching import CredentialInput, match_components

EDC = Path(__file__).resolve().parents[1] / "fixtures" / "credentials" / "edc" / "elm3-Sample-MC-Annex1-signed.jsonld"


def programme() -> ProgrammeData:
    data = ProgrammeData(code="122", title="Комп'ютерні науки", total_ects=240, academic_year="2025/2026")
    data.components = [
        ComponentData(
            code="ОК5",
            title="Бази даних",
            ects=4,
            outcomes=["Проєктувати реляційні бази даних", "Писати SQL-запити для вибірки даних"],
        ),
        ComponentData(
            code="ОК7",
            title="Аналіз даних",
            ects=3,
            outcomes=["Аналізувати дані за допомогою статистичних методів", "Візуалізувати результати аналізу даних"],
        ),
        ComponentData(code="П1", title="Практика", ects=6, type="practice", outcomes=["Проєктувати бази даних"]),
    ]
    return data


def credential(key: str, outcomes: list[str], hours: float) -> CredentialInput:
    facts = policy.EvidenceFacts(id=key, hours=hours, verification_status="verified", grade="90%")
    return CredentialInput(key, key + ".json", key, tuple(outcomes), False, facts)


CREDS = [
    credential("db-course", ["Design relational databases", "Write SQL queries to select data"], 120),
    credential("stats-badge", ["Analyse data using statistical methods"], 45),
]


def test_components_are_matched_and_proposed():
    rules = policy.PolicyRules(outcome_threshold=0.5)
    out = match_components(programme(), CREDS, rules, ["ок5", "ОК7", "П1"], embedding=False, today=date(2026, 1, 1))
    by_code = {c.code: c for c in out}
    db = by_code["ОК5"]
    assert db.proposal == "recognise" and db.coverage == 1.0 and db.credentials == ["db-course"]
    assert db.workload_ok is True
    assert {p["layer"] for p in db.pairs} <= {"lexical", "glossary", "embedding"}
    stats = by_code["ОК7"]
    assert stats.proposal == "partial" and stats.coverage == 0.5
    assert stats.workload_ok is False
    practice = by_code["П1"]
    assert practice.proposal == "reject"
    assert any(r["code"] == "type_not_eligible" for r in practice.reasons)
    js = db.to_json()
    assert set(js) >= {"code", "title", "ects", "coverage", "pairs", "workload_ok", "proposal", "reasons"}
    assert set(js["pairs"][0]) >= {"component_outcome", "credential_outcome", "score", "layer"}
    # The cap counts the components in order: 4 + 1.5 credits of 12 (20% of a 60-credit year).
    assert "cap: 5.5 of 12 credits used" in " ".join(stats.to_json()["reasons"])


def test_unknown_component_is_a_user_error():
    with pytest.raises(UserError, match="no component ОК99"):
        match_components(programme(), CREDS, policy.PolicyRules(), ["ОК99"], embedding=False)


def test_cli_match_json(demo_db, db_url, capsys):
    if not EDC.exists():
        pytest.skip("credential fixture missing")
    from app.cli import main

    code = main(
        [
            "match",
            "--db",
            db_url,
            "--programme",
            "122-BS-CS",
            "--credential",
            str(EDC),
            "--components",
            "ОК5",
            "--json",
            "--no-embedding",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert [c["code"] for c in data] == ["ОК5"]
    assert data[0]["proposal"] in ("recognise", "partial", "reject")
    assert isinstance(data[0]["reasons"], list) and data[0]["reasons"]
    rules = [r["rule"] for r in data[0]["reason_codes"]]
    assert "coverage" in rules and "cap" in rules and len(rules) == len(data[0]["reasons"])
    assert data[0]["reasons"][rules.index("coverage")].startswith("covers ")


def test_cli_match_text_in_english_by_default_and_in_ukrainian_on_request(demo_db, db_url, capsys):
    if not EDC.exists():
        pytest.skip("credential fixture missing")
    from app.cli import main

    args = ["match", "--db", db_url, "--programme", "122-BS-CS", "--credential", str(EDC), "--components", "ОК5",
            "--no-embedding"]
    assert main(args) == 0
    english = capsys.readouterr().out
    assert "ECTS:" in english and "(coverage " in english and "  - covers " in english
    assert main([*args, "--lang", "uk"]) == 0
    ukrainian = capsys.readouterr().out
    assert "кредитів ЄКТС — " in ukrainian and "(покриття " in ukrainian and "  - охоплено " in ukrainian
    assert "covers" not in ukrainian and "rules:" not in ukrainian


def test_cli_match_bad_inputs(demo_db, db_url, capsys, tmp_path):
    from app.cli import main

    assert main(["match", "--db", db_url, "--programme", "122-BS-CS", "--credential", str(tmp_path / "nope.json")]) == 2
    assert "nope.json" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["match", "--db", db_url, "--programme", "122-BS-CS", "--credential", str(bad)]) == 2
    assert "bad.json" in capsys.readouterr().err
    if EDC.exists():
        assert main(["match", "--db", db_url, "--programme", "NOPE", "--credential", str(EDC)]) == 2
        assert "NOPE" in capsys.readouterr().err
