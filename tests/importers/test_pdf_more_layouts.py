"""More wordings of certificates met on a later reading (professional certificates, vendor certifications, Ukrainian
schools and universities): headings "Competencies demonstrated" and "Skills measured", topics under "Опановані
теми", a list on the line of a heading with a qualifier, "After the course, Iryna can:", a certification named after
its requirements, a programme of several courses, a wrapped item whose next line opens with a label's word, a course
named after a provider's brand, the learner inside a certifying sentence or after "Видано:", and a final grade.
Each was read wrong before; the wordings here are other than those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize("heading", ["Competencies demonstrated", "Skills assessed:", "Skills validated"])
def test_headings_of_demonstrated_and_measured_skills(tmp_path: Path, heading: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>Certificate</p><h2>Olha Koval</h2><p>has completed</p><h1>Cloud Security</h1>
<p>{heading}</p><ul><li>Configure identity and access policies</li><li>Encrypt data at rest and in transit</li></ul>
<p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == ["Configure identity and access policies",
                                              "Encrypt data at rest and in transit"]


def test_topics_under_a_heading_of_mastered_topics(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Коваль Ірина Петрівна</p>
<p>прослухала курс «Основи аналітики продукту»</p><p>Пройдені теми:</p>
<ul><li>Метрики продукту</li><li>A/B-тестування</li></ul><p>Дата: 01.10.2025</p>""")
    assert rec.value("learning_outcomes") == ["Метрики продукту", "A/B-тестування"]
    assert "topics" in rec.elements["learning_outcomes"].source


def test_a_list_on_the_line_of_a_heading_with_a_qualifier(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Сертифікат</h1><p>Коваль Ірина</p><p>успішно пройшла курс</p>
<h2>Веброзробка для початківців</h2>
<p>Знання, набуті на курсі: семантична верстка, каскадні таблиці стилів, адаптивний дизайн</p>
<p>20 годин</p>""")
    assert rec.value("learning_outcomes") == ["семантична верстка", "каскадні таблиці стилів", "адаптивний дизайн"]


def test_an_opening_with_the_learners_own_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ACADEMY OF CODE</p><p>We confirm that</p><h2>Olha Koval</h2>
<p>completed the Data Engineering course (12 weeks, 144 hours).</p><p>After the programme, Olha can:</p>
<ul><li>design batch and streaming pipelines</li><li>model data for analytics warehouses</li></ul>""")
    assert rec.value("learning_outcomes") == ["design batch and streaming pipelines",
                                              "model data for analytics warehouses"]


def test_a_certification_named_after_its_requirements(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Example Cloud Institute</p><p>This is to certify that</p><h2>Olha Koval</h2>
<p>has met all requirements of the examination and is certified as a Professional Cloud Architect.</p>
<p>Issued: 10 April 2025</p>""")
    assert rec.value("title") == "Professional Cloud Architect"


def test_a_programme_of_several_courses_takes_its_name_from_the_large_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Example Learning</p><h1>Applied Statistics Specialization</h1>
<p>is awarded to</p><h2>Olha Koval</h2>
<p>for completing all five courses of the specialization with a final score of 92/100.</p><p>May 2025</p>""")
    assert rec.value("title") == "Applied Statistics Specialization"
    assert rec.value("grade") is not None and "92/100" in rec.value("grade")


def test_a_course_named_after_a_providers_brand_is_a_title(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE</p><p>Example Training Center</p>
<h1>Microsoft Excel Data Analysis Essentials</h1><p>Olha Koval</p><p>Date: 3 March 2025</p>""")
    assert rec.value("title") == "Microsoft Excel Data Analysis Essentials"


def test_an_item_wrapped_before_a_word_that_opens_labels(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate</p><h2>Olha Koval</h2><p>has completed</p><h1>Search Engines</h1>
<p>Skills measured: build an inverted index and write ranking functions that assign a relevance
score to each document for a query; evaluate search results</p><p>Issued 2 May 2025</p>""")
    items = rec.value("learning_outcomes")
    assert items and items[-2].endswith("relevance score to each document for a query")  # its line's wrap joined
    assert items[-1] == "evaluate search results"


@pytest.mark.parametrize(
    "opening",
    [
        "<p>Підтверджується, що Коваль Ірина Петрівна протягом вересня та жовтня 2025 року успішно завершила курс "
        "«Основи фінансової грамотності» обсягом 30 годин.</p>",
        "<p>Видано: Коваль Ірина Петрівна</p><p>Курс: «Основи фінансової грамотності»</p>",
    ],
)
def test_the_learner_inside_a_certifying_sentence_or_after_issued_to(tmp_path: Path, opening: str) -> None:
    rec = inspect_html(tmp_path, f"<h1>СВІДОЦТВО</h1><p>Школа фінансів «Приклад»</p>{opening}<p>Дата: 01.11.2025</p>")
    assert rec.value("learner_name") == "Коваль Ірина Петрівна"
