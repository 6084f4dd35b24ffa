import json
from datetime import date
from typing import Literal

import pytest

from app.matching.bloom import BloomLevel
from app.matching.coverage import MatchResult, OutcomePair
from app.matching.policy import (
    DEFAULT_GRADE_TABLE,
    ComponentFacts,
    EvidenceFacts,
    GradeBand,
    PolicyRules,
    convert_original,
    convert_points,
    ects_to_national,
    parse_grade,
    partial_points,
    points_to_ects,
    propose,
    reason_message,
    render,
    verification_level,
)
from app.translation import load_translator

TODAY = date(2026, 9, 1)


def result(covered: int, total: int) -> MatchResult:
    pairs = tuple(
        OutcomePair(
            i,
            f"outcome {i}",
            0,
            "x",
            0.9 if i < covered else 0.1,
            "lexical",
            "covered" if i < covered else "not",
            component_bloom=BloomLevel(None),
        )
        for i in range(total)
    )
    return MatchResult(pairs, 0.5, 0.375)


COMPONENT = ComponentFacts(code="ОК5", title="Бази даних", ects=3.0)  # 90 h at 30 h per credit
GOOD = EvidenceFacts(id="cert-1", hours=90, issued_on=date(2025, 5, 1), verification_status="verified", grade="92%")


def codes(proposal):
    return [r.code for r in proposal.reasons]


def test_full_recognition():
    p = propose(COMPONENT, result(6, 6), [GOOD], PolicyRules(), 6.0, 60.0, today=TODAY)
    assert p.decision == "recognise"
    assert p.credits == 3.0 and p.remainder == 0.0
    assert p.workload_ok is True
    assert p.grade is not None and p.grade.ects == "A" and p.grade.national == "5 (відмінно)"
    assert p.text_en.startswith("covers 6 of 6 outcomes")
    assert "cap: 9 of 12 credits used" in p.text_en


def test_partial_with_workload_warning_matches_the_example():
    ev = EvidenceFacts(id="mooc", hours=45, verification_status="verified")
    p = propose(COMPONENT, result(5, 6), [ev], PolicyRules(), 12.5, 120.0, today=TODAY)
    assert p.decision == "partial"
    assert p.workload_ok is False
    assert "covers 5 of 6 outcomes; workload 45 h vs 90 h — warning; cap: 15 of 24 credits used" in p.text_en
    assert p.credits == 2.5 and p.remainder == 0.5
    assert "охоплено 5 з 6 результатів навчання" in p.text(load_translator("uk"))


def test_reject_when_nothing_covered():
    p = propose(COMPONENT, result(0, 4), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "reject" and p.credits == 0


def test_partial_coverage_threshold():
    rules = PolicyRules(partial_coverage=0.5)
    assert propose(COMPONENT, result(2, 4), [GOOD], rules, 0, 60, today=TODAY).decision == "reject"
    assert propose(COMPONENT, result(3, 4), [GOOD], rules, 0, 60, today=TODAY).decision == "partial"
    relaxed = PolicyRules(full_coverage=0.75)
    assert propose(COMPONENT, result(3, 4), [GOOD], relaxed, 0, 60, today=TODAY).decision == "recognise"


def test_hard_workload_rule_stops_full_recognition():
    ev = EvidenceFacts(id="mooc", hours=45, verification_status="verified")
    p = propose(COMPONENT, result(6, 6), [ev], PolicyRules(workload_rule="hard"), 0, 60, today=TODAY)
    assert p.decision == "partial"
    assert "workload 45 h vs 90 h — too little" in p.text_en


def test_workload_from_ects_and_several_credentials():
    evs = [
        EvidenceFacts(id="a", ects=2, verification_status="verified"),
        EvidenceFacts(id="b", hours=30, verification_status="verified"),
    ]
    p = propose(COMPONENT, result(3, 3), evs, PolicyRules(), 0, 60, today=TODAY)
    assert p.workload_ok is True
    unknown = propose(COMPONENT, result(3, 3), [EvidenceFacts(id="x")], PolicyRules(), 0, 60, today=TODAY)
    assert unknown.workload_ok is None and "workload_unknown" in codes(unknown)


def test_cap_is_cumulative_and_offers_what_is_left():
    p = propose(COMPONENT, result(6, 6), [GOOD], PolicyRules(cap_percent=10), 5.0, 60.0, today=TODAY)
    assert p.decision == "partial" and p.credits == 1.0
    assert "cap: 1 of 3 credits can be recognised (5 of 6 used)" in p.text_en
    assert p.cap_used_after == 6.0
    full = propose(COMPONENT, result(6, 6), [GOOD], PolicyRules(cap_percent=10), 6.0, 60.0, today=TODAY)
    assert full.decision == "reject" and full.credits == 0
    assert "cap exceeded: 6 + 3 credits > 6 (0 left)" in full.text_en


def test_component_type_not_eligible():
    practice = ComponentFacts(code="П1", title="Практика", ects=6, type="practice")
    p = propose(practice, result(3, 3), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "reject" and "type_not_eligible" in codes(p)
    ok = propose(
        practice, result(3, 3), [GOOD], PolicyRules(eligible_component_types=("practice",)), 0, 60, today=TODAY
    )
    assert ok.decision != "reject" or "type_not_eligible" not in codes(ok)


def test_evidence_age():
    old = EvidenceFacts(id="old", hours=90, issued_on=date(2010, 1, 1), verification_status="verified")
    p = propose(COMPONENT, result(3, 3), [old], PolicyRules(max_evidence_age_years=10), 0, 60, today=TODAY)
    assert p.decision == "reject" and "evidence_too_old" in codes(p)
    undated = EvidenceFacts(id="u", hours=90, verification_status="verified")
    p2 = propose(COMPONENT, result(3, 3), [undated], PolicyRules(max_evidence_age_years=10), 0, 60, today=TODAY)
    assert p2.decision == "recognise" and "evidence_date_unknown" in codes(p2)


def test_verification_levels():
    assert verification_level("verified", issuer_binding="confirmed") == "signature"
    # a valid signature whose key nothing outside the file ties to the issuer is a lower level of its own
    assert verification_level("verified") == "self-asserted"
    assert verification_level("verified", issuer_binding="self-asserted") == "self-asserted"
    assert verification_level("unverifiable-offline", manually_checked=True) == "checked"
    assert verification_level("unsigned") == "none"
    assert verification_level("invalid", manually_checked=True) == "invalid"
    unsigned = EvidenceFacts(id="pdf", hours=90, verification_status="unsigned")
    rules = PolicyRules(required_verification="checked")
    assert propose(COMPONENT, result(3, 3), [unsigned], rules, 0, 60, today=TODAY).decision == "reject"
    checked = EvidenceFacts(id="pdf", hours=90, verification_status="unsigned", manually_checked=True)
    assert propose(COMPONENT, result(3, 3), [checked], rules, 0, 60, today=TODAY).decision == "recognise"
    bad = EvidenceFacts(id="badge", hours=90, verification_status="invalid")
    assert propose(COMPONENT, result(3, 3), [bad], PolicyRules(), 0, 60, today=TODAY).decision == "reject"


def test_excluded_country_and_translation():
    ru = EvidenceFacts(id="c", hours=90, issuer_country="ru", verification_status="verified")
    assert "issuer_country_excluded" in codes(propose(COMPONENT, result(3, 3), [ru], PolicyRules(), 0, 60, today=TODAY))
    de = EvidenceFacts(id="d", hours=90, language="de", verification_status="verified")
    rules = PolicyRules(require_translation=True)
    assert propose(COMPONENT, result(3, 3), [de], rules, 0, 60, today=TODAY).decision == "reject"
    de_tr = EvidenceFacts(id="d", hours=90, language="de", translation_attached=True, verification_status="verified")
    assert propose(COMPONENT, result(3, 3), [de_tr], rules, 0, 60, today=TODAY).decision == "recognise"


@pytest.mark.parametrize(
    ("outcomes", "language"),
    [
        (["Projektować relacyjne bazy danych", "Pisać zapytania SQL z łączeniem tabel"], "pl"),
        # No accent at all: read as English before, so the rule never bound for it.
        (["Analizar datos y presentar resultados", "Escribir consultas SQL para bases de datos relacionales"], "es"),
        (["Datenbanken entwerfen und SQL-Abfragen für Berichte schreiben"], "de"),
    ],
)
def test_translation_rule_binds_for_a_certificate_in_another_language(outcomes, language):
    from app.matching.text import document_language

    ev = EvidenceFacts(id="p", hours=90, language=document_language(" ".join(outcomes)), verification_status="verified")
    p = propose(COMPONENT, result(3, 3), [ev], PolicyRules(require_translation=True), 0, 60, today=TODAY)
    assert ev.language == language and "translation_missing" in codes(p) and p.decision == "reject"
    english = EvidenceFacts(id="e", hours=90, language=document_language("Design relational databases and write SQL"),
                            verification_status="verified")
    assert propose(COMPONENT, result(3, 3), [english], PolicyRules(require_translation=True), 0, 60,
                   today=TODAY).decision == "recognise"


def test_no_evidence_and_no_outcomes():
    assert propose(COMPONENT, result(3, 3), [], PolicyRules(), 0, 60, today=TODAY).decision == "reject"
    p = propose(COMPONENT, result(0, 0), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "reject" and "no_component_outcomes" in codes(p)


def test_partial_grade_rule_proportional():
    module = ComponentFacts(code="ОК7", title="Модуль", ects=4, module_points=15)
    ev = EvidenceFacts(id="c", hours=120, grade="70%", verification_status="verified")
    p = propose(module, result(1, 2), [ev], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "partial" and p.partial_points == 10.5
    assert "partial grade: 10.5 of 15 module points" in p.text_en
    none = propose(module, result(1, 2), [ev], PolicyRules(partial_grade_rule="commission"), 0, 60, today=TODAY)
    assert none.partial_points is None


def test_pass_only_certificate():
    pass_component = ComponentFacts(code="ВК1", title="Вибіркова", ects=3, control="pass")
    ev = EvidenceFacts(id="c", hours=90, grade="Pass", verification_status="verified")
    p = propose(pass_component, result(2, 2), [ev], PolicyRules(), 0, 60, today=TODAY)
    assert p.grade is not None and p.grade.national == "зараховано"
    exam = propose(COMPONENT, result(2, 2), [ev], PolicyRules(), 0, 60, today=TODAY)
    assert exam.grade is None and "grade_by_commission" in codes(exam)


def test_rules_round_trip_through_json():
    rules = PolicyRules(
        cap_percent=10,
        cap_base="programme",
        workload_rule="hard",
        max_evidence_age_years=10,
        eligible_component_types=("elective",),
    )
    data = json.loads(json.dumps(rules.to_dict()))
    assert PolicyRules.from_dict(data) == rules
    # Rules stored before the level rule existed did not check the level (a new profile warns), and counted the
    # appeal window from the signed protocol (a new profile counts it from the applicant's notification), and
    # proposed nothing where every outcome was only partly evidenced (and, once they did, only where every one was,
    # and none where the others were only nearly so).
    assert PolicyRules.from_dict({}) == PolicyRules(level_rule="off", appeal_window_from="protocol",
                                                    partly_evidence_partial=False, partly_evidence_percent=100,
                                                    nearly_partly_margin=0.0)


def test_rules_validation():
    with pytest.raises(ValueError, match="unknown policy setting"):
        PolicyRules.from_dict({"capp": 3})
    with pytest.raises(ValueError, match="workload rule"):
        PolicyRules(workload_rule="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="overlap"):
        PolicyRules(
            grade_table=(
                GradeBand("A", 80, 100, 5, "відмінно", "excellent"),
                GradeBand("B", 70, 85, 4, "добре", "good"),
            )
        )


def test_grade_table_defaults():
    assert [points_to_ects(x) for x in (100, 90, 89, 82, 81, 74, 73, 64, 63, 60, 59, 35, 34, 0)] == [
        "A",
        "A",
        "B",
        "B",
        "C",
        "C",
        "D",
        "D",
        "E",
        "E",
        "FX",
        "FX",
        "F",
        "F",
    ]
    assert points_to_ects(89.5) == "B"
    assert ects_to_national("C") == (4, "добре", "good")
    assert convert_points(60, pass_only=True).national == "зараховано"
    assert convert_points(59, pass_only=True).national == "не зараховано"
    assert convert_points(95).national == "5 (відмінно)"
    with pytest.raises(ValueError):
        convert_points(101)


def test_editable_grade_table():
    other = (
        GradeBand("A", 90, 100, 5, "відмінно", "excellent"),
        GradeBand("B", 80, 89.99, 4, "добре", "good"),
        GradeBand("C", 70, 79.99, 4, "добре", "good"),
        GradeBand("D", 65, 69.99, 3, "задовільно", "satisfactory"),
        GradeBand("E", 60, 64.99, 3, "задовільно", "satisfactory"),
        GradeBand("FX", 35, 59.99, 2, "незадовільно", "fail", passed=False),
        GradeBand("F", 0, 34.99, 2, "незадовільно", "fail", passed=False),
    )
    assert points_to_ects(80, other) == "B" and points_to_ects(80, DEFAULT_GRADE_TABLE) == "C"
    rules = PolicyRules.from_dict({"grade_table": [b.__dict__ for b in other]})
    assert convert_points(64, rules).ects == "E"


def test_parse_and_convert_original_grades():
    assert parse_grade("70%") == (70.0, "percent")
    assert parse_grade("92/100") == (92.0, "points out of 100")
    assert parse_grade("19 / 20") == (95.0, "points out of 20")
    assert parse_grade("4,5 з 5") == (90.0, "points out of 5")
    assert parse_grade("Pass") == (None, "pass")
    assert parse_grade("зараховано") == (None, "pass")
    assert parse_grade("B") == (None, "ects:B")
    assert parse_grade("excellent work") == (None, "")
    # a 100-point score with its ECTS letter and national word, as Ukrainian transcripts write it
    assert parse_grade("91 бал (A, «відмінно»)") == (91.0, "100-point")
    assert parse_grade("88 балів (B, добре)") == (88.0, "100-point")
    assert parse_grade("4 (B, добре)") == (None, "ects:B")  # a five-point grade: only its letter is read
    assert parse_grade("120 (A)") == (None, "")
    g = convert_original("19/20")
    assert g is not None and g.ects == "A" and g.original == "19/20" and g.original_scale == "points out of 20"
    b = convert_original("B")
    assert b is not None and b.national == "4 (добре)"
    assert convert_original("???") is None


def test_partial_points_helper():
    assert partial_points(70, 15) == 10.5
    with pytest.raises(ValueError):
        partial_points(120, 15)


def test_every_reason_renders_in_both_languages():
    uk = load_translator("uk")
    p = propose(COMPONENT, result(1, 3), [EvidenceFacts(id="x", grade="B")], PolicyRules(), 0, 60, today=TODAY)
    for reason in p.reasons:
        message = reason_message(reason)
        assert message.template != "{code}", reason.code
        assert uk.has("Messages", message.template), message.template
        assert render(reason, uk) != render(reason)
    data = p.to_dict()
    assert json.dumps(data, ensure_ascii=False)
    assert [r["rule"] for r in data["reasons"]] == [r.code for r in p.reasons]


def test_reason_numbers_follow_the_language():
    p = propose(COMPONENT, result(5, 6), [EvidenceFacts(id="x", hours=13.4, verification_status="verified")],
                PolicyRules(), 0, 60, today=TODAY)
    assert "workload 13.4 h" in p.text_en
    assert "обсяг 13,4 год" in p.text(load_translator("uk"))


def test_lower_bloom_level_is_a_warning():
    pairs = (
        OutcomePair(
            0,
            "Design databases",
            0,
            "Know databases",
            0.8,
            "lexical",
            "covered",
            component_bloom=BloomLevel(6, "design"),
            credential_bloom=BloomLevel(1, "know"),
        ),
        OutcomePair(
            1,
            "Explain SQL",
            0,
            "Explain SQL",
            1.0,
            "lexical",
            "covered",
            component_bloom=BloomLevel(2, "explain"),
            credential_bloom=BloomLevel(2, "explain"),
        ),
    )
    p = propose(COMPONENT, MatchResult(pairs, 0.5, 0.375), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "recognise"
    assert "1 of 2 covered outcomes evidenced at a lower Bloom level" in p.text_en
    assert "нижчому рівні за Блумом" in p.text(load_translator("uk"))


def partly(total: int, distinct: bool = True, covered: int = 0, unevidenced: int = 0) -> MatchResult:
    """Every component outcome partly evidenced (the first ``covered`` covered, the last ``unevidenced`` not at
    all), by distinct credential outcomes or by one."""
    def status(i: int) -> Literal["covered", "partly", "not"]:
        return "covered" if i < covered else "not" if i >= total - unevidenced else "partly"

    pairs = tuple(
        OutcomePair(i, f"outcome {i}", i if distinct else 0, f"credential outcome {i if distinct else 0}",
                    {"covered": 0.9, "partly": 0.42, "not": 0.3}[status(i)], "embedding", status(i),
                    component_bloom=BloomLevel(None))
        for i in range(total)
    )
    return MatchResult(pairs, 0.5, 0.375)


def test_every_outcome_partly_evidenced_is_a_partial_recognition_at_half_the_credits():
    p = propose(COMPONENT, partly(3), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "partial" and p.credits == 1.5
    (reason,) = [r for r in p.reasons if r.code == "partly_evidence"]
    assert reason.severity == "warning" and reason.params == {"total": 3, "partly": 3, "share": 0.5}
    assert "the commission confirms each pair" in str(reason_message(reason))
    uk = render(reason, load_translator("uk"))
    assert "кожен із 3 результатів навчання підтверджено лише частково" in uk and "50%" in uk


@pytest.mark.parametrize("case", ["one credential outcome", "one component outcome", "rule off", "stored before"])
def test_partly_evidence_does_not_propose(case):
    rules = PolicyRules(partly_evidence_partial=case != "rule off")
    if case == "stored before":  # a profile version saved before the setting existed keeps what it decided then
        stored = PolicyRules().to_dict()
        del stored["partly_evidence_partial"]
        rules = PolicyRules.from_dict(stored)
        assert rules.partly_evidence_partial is False
    match = partly(1) if case == "one component outcome" else partly(3, distinct=case != "one credential outcome")
    p = propose(COMPONENT, match, [GOOD], rules, 0, 60, today=TODAY)
    assert p.decision == "reject" and p.credits == 0
    assert "partly_evidence" not in codes(p)


def test_two_of_three_outcomes_partly_evidenced_give_a_third_of_the_credits():
    # (an outcome in other words or another language rarely reaches "covered" against a short one; one of three
    # the credential does not speak of leaves the other two)
    p = propose(COMPONENT, partly(3, unevidenced=1), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "partial" and p.credits == 1.0  # 3 credits × ½ × ⅔
    (reason,) = [r for r in p.reasons if r.code == "partly_evidence"]
    assert reason.params == {"total": 3, "partly": 2, "share": 0.3333}
    assert str(reason_message(reason)).startswith("2 of 3 outcomes are only partly evidenced")
    assert "33.3% of the credits" in str(reason_message(reason))
    uk = render(reason, load_translator("uk"))
    assert "2 з 3 результатів навчання підтверджено лише частково" in uk and "33,3%" in uk


@pytest.mark.parametrize(("total", "unevidenced", "percent", "proposed"), [
    (4, 1, 66, True),  # three of four
    (4, 2, 66, False),  # two of four: half is not most
    (2, 1, 66, False),  # one of two
    (3, 1, 100, False),  # the share a profile sets: every outcome
    (3, 1, 67, False),  # 2 of 3 is 66.7 %, under 67
    (4, 2, 50, True),
    (3, 2, 50, False),  # never one outcome alone
])
def test_the_share_of_outcomes_partly_evidenced_is_the_profiles(total, unevidenced, percent, proposed):
    rules = PolicyRules(partly_evidence_percent=percent)
    p = propose(COMPONENT, partly(total, unevidenced=unevidenced), [GOOD], rules, 0, 60, today=TODAY)
    assert (p.decision == "partial") is proposed and ("partly_evidence" in codes(p)) is proposed


@pytest.mark.parametrize("percent", [49, 101, 66.5, True, "66"])
def test_the_share_of_outcomes_partly_evidenced_is_a_whole_percentage_from_half(percent):
    with pytest.raises(ValueError, match="share of outcomes partly evidenced"):
        PolicyRules(partly_evidence_percent=percent)


def test_a_profile_stored_before_the_share_existed_keeps_every_outcome():
    stored = PolicyRules().to_dict()
    del stored["partly_evidence_percent"]
    rules = PolicyRules.from_dict(stored)
    assert rules.partly_evidence_percent == 100
    p = propose(COMPONENT, partly(3, unevidenced=1), [GOOD], rules, 0, 60, today=TODAY)
    assert p.decision == "reject"


def test_a_covered_outcome_keeps_the_usual_share():
    p = propose(COMPONENT, partly(3, covered=1), [GOOD], PolicyRules(), 0, 60, today=TODAY)
    assert p.decision == "partial" and p.credits == 1.0 and "partly_evidence" not in codes(p)
