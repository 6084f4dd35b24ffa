"""A certificate that gives the elements of Annex I of the Council Recommendation on micro-credentials under their own
labels: as a two-column table whose label cells wrap over several lines (the value below its label in the text), or
as "label: value" lines, in English and Ukrainian. Every element is read from under its label, and nothing from a
neighbouring one (a date of birth is not the date of issue; the outcomes end where the workload's label begins)."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.annex import read_labelled_elements
from tests.importers.pdfgen import inspect_html

ROWS = [
    ("Identification of the learner", "Mariia Kovalchuk, born 03.02.2000, ID 1234567"),
    ("Title of the micro-credential", "Introduction to Cloud Security"),
    ("Country(ies)/Region(s) of the issuer", "Finland"),
    ("Awarding body(ies)", "Example University of Applied Sciences"),
    ("Date of issuing", "9 May 2025"),
    ("Learning outcomes", "The learner is able to: assess risks of cloud deployments; configure identity and access "
                          "management; encrypt data at rest and in transit."),
    ("Notional workload needed to achieve the learning outcomes (in ECTS credits, wherever possible)",
     "3 ECTS (81 hours)"),
    ("Level (and cycle, if applicable) of the learning experience leading to the micro-credential (EQF, QF-EHEA), "
     "if applicable", "EQF 6"),
    ("Type of assessment", "Written online examination"),
    ("Form of participation in the learning activity", "Online"),
    ("Type of quality assurance used to underpin the micro-credential", "Accredited by FINEEC"),
    ("Prerequisites needed to enrol in the learning activity", "None"),
    ("Type of supervision and identity verification", "Supervised online with identity verification"),
    ("Grade achieved", "4/5"),
    ("Integration/stackability options", "Counts towards the Cloud Engineering specialisation"),
    ("Further information", "https://example.fi/mc/cloud-security"),
]


def test_a_two_column_table_of_annex_i_elements(tmp_path: Path) -> None:
    table = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in ROWS)
    rec = inspect_html(tmp_path, f"<h2>Micro-credential certificate</h2><table>{table}</table>")
    assert rec.value("learner_name") == "Mariia Kovalchuk"
    assert rec.value("title") == "Introduction to Cloud Security"
    assert rec.value("issuer_country") == "Finland (FIN)"
    assert rec.value("awarding_body") == "Example University of Applied Sciences"
    assert rec.value("issued_on") == "2025-05-09"  # not the date of birth
    assert rec.value("learning_outcomes") == ["assess risks of cloud deployments",
                                              "configure identity and access management",
                                              "encrypt data at rest and in transit."]
    assert (rec.value("workload_ects"), rec.value("workload_hours")) == (3, 81)
    assert rec.value("eqf_level") == 6
    assert rec.value("assessment_type") == "Written online examination"
    assert rec.value("participation_form") == "online"
    assert rec.value("quality_assurance") == "Accredited by FINEEC"
    assert rec.value("grade") == "4/5"
    assert rec.value("stackability") == "Counts towards the Cloud Engineering specialisation"
    assert rec.value("further_information") == "https://example.fi/mc/cloud-security"
    assert rec.missing_mandatory == []


def test_annex_i_labels_in_ukrainian_with_colons(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>МІКРОКВАЛІФІКАЦІЯ</h1><p>Прізвище та ім'я здобувача: Гуменюк Ірина Петрівна</p>"
        "<p>Назва мікрокваліфікації: Машинне навчання в медицині</p><p>Країна видавця: Україна</p>"
        "<p>Орган, що присуджує: Університет «Приклад»</p><p>Дата видачі: 19.09.2025</p>"
        "<p>Результати навчання:</p><ul><li>готувати медичні дані до аналізу;</li>"
        "<li>навчати моделі класифікації знімків.</li></ul>"
        "<p>Умовне навчальне навантаження: 4 кредити ЄКТС (120 годин)</p><p>Тип оцінювання: захист проєкту</p>"
        "<p>Форма участі: очна</p><p>Отримана оцінка: 90 балів зі 100</p>",
    )
    assert rec.value("learner_name") == "Гуменюк Ірина Петрівна"
    assert rec.value("title") == "Машинне навчання в медицині"
    assert rec.value("awarding_body") == "Університет «Приклад»"
    assert rec.value("issued_on") == "2025-09-19"
    assert rec.value("learning_outcomes") == ["готувати медичні дані до аналізу",
                                              "навчати моделі класифікації знімків."]
    assert (rec.value("workload_ects"), rec.value("workload_hours")) == (4, 120)
    assert rec.value("assessment_type") == "захист проєкту"
    assert rec.value("grade") == "90 балів зі 100"


def test_a_few_labels_do_not_make_a_certificate_an_annex_i_one() -> None:
    assert read_labelled_elements("Learning outcomes:\nwrite SQL\nDate of issue: 2025-01-01\nGrade achieved: 90%") == {}


def test_a_labels_words_inside_a_sentence_are_not_a_label() -> None:
    text = ("Title of the micro-credential: Data Ethics\nAwarding body: Example College\nDate of issuing: 2025-02-01\n"
            "The further information below explains the grade achieved in detail.\nType of assessment: essay")
    got = read_labelled_elements(text)
    assert got["assessment_type"][0] == "essay"
    assert "further_information" not in got and "grade" not in got
