"""The 16 elements, their sources and the outcomes are read from each format."""

from __future__ import annotations

import json

from app.importers.credentials import ELEMENT_NAMES, inspect_bytes, inspect_file
from app.importers.credentials.textparse import find_ects, find_eqf, find_hours, split_items

from .conftest import fixture
from .pdfgen import DE_CERT, EN_CERT, UK_CERT, html_pdf, table_pdf


def test_edc_annex1_sample_carries_the_annex_elements() -> None:
    rec = inspect_file(fixture("edc/elm3-Sample-MC-Annex1-signed.jsonld"))
    v = rec.value
    assert v("workload_ects") == 2
    assert v("eqf_level") == 6
    assert v("workload_hours") == 60
    assert v("participation_form").startswith("Blended")
    assert "Communication, collaboration and creativity" in rec.learning_outcomes
    assert v("grade") == "Pass"
    assert v("supervision") == "unsupervised, no identity check"  # "Unsupervised without ID Verification"
    assert v("learner_name") == "Ana Andromeda"
    assert v("awarding_body") == "University of Zed"
    assert v("issued_on") == "2023-09-27"
    assert v("prerequisites")
    assert rec.elements["eqf_level"].source == "/credentialSubject/hasClaim/specifiedBy/eqfLevel"
    assert rec.missing_mandatory == ["quality_assurance"]


def test_edc_xml_diploma_supplement() -> None:
    rec = inspect_file(fixture("edc/elmv2-xml-DiplomaSupplement-signed.xml"))
    assert rec.value("workload_ects") == 120
    assert rec.value("eqf_level") == 5
    assert rec.value("learner_name") == "Ana Andromeda"
    assert rec.elements["workload_ects"].source.endswith("/hasECTSCreditPoints")
    assert rec.elements["workload_ects"].source.startswith("/verifiablePresentation/europassCredential/")


def test_edc_xml_generic_and_pilot() -> None:
    rec = inspect_file(fixture("edc/edci-v1-xml-generic-signed.xml"))
    assert rec.value("eqf_level") == 6
    assert rec.value("workload_hours") == 300
    pilot = inspect_file(fixture("edc/edci-pilot2019-xml-signed.xml"))
    assert pilot.value("quality_assurance").startswith("Compliant to Regional standards")
    assert pilot.value("learner_name") == "Enric Sayos"


def test_ob3_achievement_fields() -> None:
    rec = inspect_file(fixture("ob3/simple.json"))
    assert rec.value("title") == "Teamwork"
    assert rec.value("awarding_body") == "Example Corp"
    assert rec.value("issued_on") == "2010-01-01"
    assert rec.elements["title"].source == "/credentialSubject/achievement/name"
    assert rec.learning_outcomes


def test_clr_collects_nested_achievements() -> None:
    rec = inspect_file(fixture("clr2/complex.json"))
    assert "Human Anatomy and Physiology" in rec.learning_outcomes
    assert any(c.name.startswith("nested credential") for c in rec.verification.checks)


def test_ob2_with_trusted_badge_class(trusted_dir: object) -> None:
    rec = inspect_file(fixture("ob2/simple.jwt"), trusted_keys=trusted_dir)  # type: ignore[arg-type]
    assert rec.value("title") == "Awesome Robotics Badge"
    assert rec.value("awarding_body") == "An Example Badge Issuer"
    assert rec.elements["title"].source.startswith("trusted:https://example.org/robotics-badge.json")
    assert rec.value("learner_id").startswith("sha256$")


def test_to_json_has_exactly_the_issue_keys_first() -> None:
    rec = inspect_file(fixture("ob3/simple.json"))
    obj = rec.to_json()
    assert list(obj)[:5] == ["file", "format", "verification", "elements", "missing_mandatory"]
    assert set(obj["verification"]) == {"status", "checks", "message", "issuer_binding", "issuer_binding_by",
                                        "revocation"}
    assert list(obj["elements"]) == list(ELEMENT_NAMES)
    assert obj["elements"]["eqf_level"] is None
    json.dumps(obj)  # serialisable
    for c in obj["verification"]["checks"]:
        assert set(c) == {"name", "passed", "detail"}


def test_ukrainian_pdf_certificate() -> None:
    rec = inspect_bytes(html_pdf(UK_CERT), name="cert.pdf")
    assert rec.error is None
    assert rec.format == "pdf"
    assert rec.value("learner_name") == "Шевченко Тарас Григорович"
    assert rec.value("title") == "Основи цифрової грамотності"
    assert rec.value("workload_hours") == 30
    assert rec.value("workload_ects") == 1
    assert rec.value("issued_on") == "2024-03-12"
    assert rec.value("participation_form") == "online"
    assert rec.value("issuer_country") == "Ukraine (UKR)"
    assert rec.learning_outcomes == ["аналізувати дані та робити обґрунтовані висновки", "створювати цифровий контент."]
    assert rec.elements["learning_outcomes"].source == "pdf p.1"
    assert rec.verification.status == "unsigned"


def test_english_pdf_certificate() -> None:
    rec = inspect_bytes(html_pdf(EN_CERT), name="cert.pdf")
    assert rec.value("title") == "Data Analysis with Python"
    assert rec.value("learner_name") == "Taras Shevchenko"
    assert rec.value("workload_ects") == 4
    assert rec.value("eqf_level") == 6
    assert rec.value("awarding_body") == "Example Academy"
    assert rec.value("further_information") == "https://example.org/verify/ABC123"
    assert "final exam" in rec.value("assessment_type")
    assert len(rec.learning_outcomes) == 2


def test_german_pdf_certificate() -> None:
    rec = inspect_bytes(html_pdf(DE_CERT), name="cert.pdf")
    assert rec.learning_outcomes == ["Projekte planen und steuern", "Risiken bewerten"]
    assert rec.value("workload_hours") == 40
    assert rec.value("issuer_country") == "Germany (DEU)"


def test_outcomes_in_a_table() -> None:
    rec = inspect_bytes(table_pdf(), name="table.pdf")
    assert rec.learning_outcomes == ["Apply WCAG 2.2 criteria", "Audit a website"]
    assert rec.elements["learning_outcomes"].source == "pdf p.1 (table)"


def test_second_page_source() -> None:
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Certificate of completion")
    doc.new_page().insert_htmlbox(
        pymupdf.Rect(50, 50, 550, 800), "<h3>Learning outcomes</h3><ul><li>one thing</li><li>another thing</li></ul>"
    )
    rec = inspect_bytes(doc.tobytes(), name="two.pdf")
    assert rec.elements["learning_outcomes"].source == "pdf p.2"


def test_workload_patterns() -> None:
    assert find_hours("Обсяг курсу — 30 годин")[0] == 30  # type: ignore[index]
    assert find_hours("60 hours of study")[0] == 60  # type: ignore[index]
    assert find_ects("2 кредити ЄКТС")[0] == 2  # type: ignore[index]
    assert find_ects("4 ECTS")[0] == 4  # type: ignore[index]
    assert find_ects("1,5 кредиту ЄКТС") is None or find_ects("1,5 кредиту ЄКТС")[0] == 1.5  # type: ignore[index]
    assert find_ects("3 credits") is None  # no ECTS anywhere: the unit is unknown
    assert find_eqf("EQF level 6")[0] == 6  # type: ignore[index]
    assert find_eqf("6 рівень НРК") is None or find_eqf("6 рівень НРК")[0] == 6  # type: ignore[index]
    assert find_eqf("рівень НРК 7")[0] == 7  # type: ignore[index]


def test_split_items() -> None:
    assert split_items("- a\n- b\n  c") == ["a", "b c"]
    assert split_items("1) first\n2) second") == ["first", "second"]
    assert split_items("just one sentence") == ["just one sentence"]
    # A badge's narrative that runs its outcomes together with semicolons: one outcome each
    assert split_items("Design relational databases; write SQL queries; normalise schemas.") == [
        "Design relational databases", "write SQL queries", "normalise schemas."]
    assert split_items("Databases; SQL") == ["Databases; SQL"]  # parts of one word: not outcomes of their own
    assert split_items("Design relational databases • write SQL queries") == [
        "Design relational databases", "write SQL queries"]


def test_missing_mandatory_groups() -> None:
    from app.importers.credentials.record import CredentialRecord

    rec = CredentialRecord(file="x")
    rec.set("learner_id", "abc", "/x")
    rec.set("workload_hours", 10.0, "/y")
    rec.compute_missing()
    assert "learner_name" not in rec.missing_mandatory
    assert "workload_ects" not in rec.missing_mandatory
    assert rec.missing_mandatory[0] == "title"
    assert rec.value("workload_hours") == 10 and isinstance(rec.value("workload_hours"), int)
