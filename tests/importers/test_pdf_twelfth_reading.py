"""Wordings and layouts found on a twelfth reading: "Підтверджені навчальні досягнення:", "Випускник курсу вміє:",
"This badge earner can:", "… за такими результатами навчання:" over a table, and tables drawn without ruled lines
(№ | outcome | hours with a total row; modules | hours), whose cells the text layer runs together. Each was read
wrong before; the wordings here are other than those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html

LIST = "<ul><li>plan a small garden irrigation system</li><li>estimate water needs of plants</li></ul>"
TOPICS = " (course topics)"


@pytest.mark.parametrize(
    "heading",
    ["Засвідчені навчальні досягнення:", "Випускниця програми вміє:", "This credential holder can:",
     "Confirmed learning outcomes:"],
)
def test_more_openings_of_outcomes(tmp_path: Path, heading: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>Certificate</p><h2>Olha Koval</h2><p>has completed</p><h1>Garden Water</h1>
<p>{heading}</p>{LIST}<p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == ["plan a small garden irrigation system", "estimate water needs of plants"]


def test_an_outcomes_table_without_ruled_lines_under_a_sentence_that_announces_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СВІДОЦТВО</h1><p>Слухачка: Коваль Ірина Петрівна</p>
<p>Курс: «Садове зрошення»</p><p>Слухачка завершила курс із наступними результатами навчання:</p>
<table><tr><th>№</th><th>Результат</th><th>Год.</th></tr>
<tr><td>1</td><td>Проєктує систему крапельного зрошення для ділянки до десяти соток</td><td>12</td></tr>
<tr><td>2</td><td>Розраховує потребу рослин у воді</td><td>8</td></tr>
<tr><td>3</td><td>Налаштовує таймери поливу</td><td>4</td></tr>
<tr><td></td><td>Усього</td><td>24</td></tr></table><p>Дата видачі: 01.10.2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Проєктує систему крапельного зрошення для ділянки до десяти соток",
        "Розраховує потребу рослин у воді",
        "Налаштовує таймери поливу",
    ]
    assert rec.elements["learning_outcomes"].source == "pdf p.1 (table)"
    assert rec.value("workload_hours") == 24


def test_a_table_of_modules_without_a_header_gives_the_topics_and_its_total_the_hours(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Garden Academy</h1><p>Certificate of Graduation</p>
<p>We hereby confirm that Olha Koval has graduated from the programme Landscape Gardener.</p>
<table><tr><td>Soil Science and Plant Nutrition</td><td>20 h</td></tr>
<tr><td>Irrigation Design for Small Gardens</td><td>16 h</td></tr>
<tr><td>Planting Plans and Seasonal Care</td><td>24 h</td></tr>
<tr><td>Total</td><td>60 h</td></tr></table><p>Issued 1 October 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Soil Science and Plant Nutrition", "Irrigation Design for Small Gardens", "Planting Plans and Seasonal Care"
    ]
    assert rec.elements["learning_outcomes"].source == "pdf p.1" + TOPICS
    assert rec.value("workload_hours") == 60


def test_a_table_of_modules_with_a_header_and_grades(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Сертифікат</h1><p>Видано: Коваль Ірина Петрівна</p>
<p>Програма: «Ландшафтний дизайн»</p><table><tr><th>Тема</th><th>Годин</th><th>Оцінка</th></tr>
<tr><td>Ґрунтознавство і живлення рослин для присадибних ділянок</td><td>20</td><td>відмінно</td></tr>
<tr><td>Проєктування зрошення</td><td>16</td><td>добре</td></tr></table><p>Дата видачі: 01.10.2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Ґрунтознавство і живлення рослин для присадибних ділянок", "Проєктування зрошення"
    ]
    assert rec.elements["learning_outcomes"].source.endswith(TOPICS)


def test_a_bulleted_list_is_not_replaced_by_a_table_of_hours_below_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<h1>Garden Water</h1><p>Awarded to Olha Koval</p><p>Learning outcomes:</p>{LIST}
<table><tr><td>Lectures and demonstrations</td><td>10 h</td></tr><tr><td>Practice in the garden</td><td>14 h</td></tr>
</table><p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == ["plan a small garden irrigation system", "estimate water needs of plants"]


def test_label_and_value_rows_and_paragraphs_are_not_tables(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Training</h1><table>
<tr><td>Trainee:</td><td>Olha Koval</td></tr><tr><td>Course:</td><td>Industrial Safety Basics</td></tr>
<tr><td>Hours:</td><td>16</td></tr></table>
<p>The holder of this certificate took part in sixteen hours of practical and theoretical training on the safe use of
ladders, scaffolds and hand tools, and passed the final test of the course with a score above the required level of
seventy per cent, as recorded in the register of the training centre on the first of October 2025.</p>""")
    assert rec.value("learning_outcomes") is None
    assert rec.value("workload_hours") == 16


def test_a_learner_after_we_confirm_that_and_a_course_after_graduated_from(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Garden Academy</h1><p>Diploma</p>
<p>This is to confirm that <b>Olha Koval</b> has graduated from the evening bootcamp</p><h2>Landscape Gardener</h2>
<p>held from 3 February to 30 May 2025.</p><p>Issued 1 June 2025</p>""")
    assert rec.value("learner_name") == "Olha Koval"
    assert rec.value("title") == "Landscape Gardener"


def test_an_earner_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>DIGITAL BADGE</p><h1>Garden Water</h1><p>Badge earner: Olha Koval</p>
<p>Issue date: 2025-10-06</p>""")
    assert rec.value("learner_name") == "Olha Koval"


def test_a_kind_of_programme_on_its_own_line_before_the_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Summer schools of Example University</p><h1>CERTIFICATE</h1>
<p>This is to certify that</p><h2>Olha Koval</h2>
<p>student of Example National University, successfully completed the</p>
<p>Hybrid Intensive Course</p><h2>Sustainable Garden Design</h2><p>Workload: 2 ECTS credits (54 hours).</p>
<p>Issued on the 3rd of June 2025</p>""")
    assert rec.value("title") == "Sustainable Garden Design"


def test_hours_completed_and_an_exam_passed_name_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>DIGITAL BADGE</p><h1>Garden Water Management</h1><p>Earner: Olha Koval</p>
<p>Earning criteria: completed 20 hours of self-paced study and passed an online multiple-choice test.</p>
<p>Issue date: 2025-10-06</p>""")
    assert rec.value("title") == "Garden Water Management"


@pytest.mark.parametrize(
    ("line", "grade"),
    [("Оцінка за підсумковий проєкт: 11 з 12", "11 з 12"), ("Середній бал за тести: 92 %", "92 %"),
     ("Score for the final project: 88/100", "88/100")],
)
def test_a_grade_for_what_it_was_given(tmp_path: Path, line: str, grade: str) -> None:
    rec = inspect_html(tmp_path, f"""<h1>Сертифікат</h1><p>Видано: Коваль Ірина Петрівна</p>
<p>Курс: «Садове зрошення»</p><p>{line}</p><p>Дата видачі: 01.10.2025</p>""")
    assert rec.value("grade") == grade


def test_a_passing_grade_in_courses_is_no_grade(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Professional Certificate</h1><p>This is to certify that</p><h2>Olha Koval</h2>
<p>successfully completed and received a passing grade in all courses of the program:</p>
<ul><li>Soil Basics</li><li>Garden Water</li></ul><p>Issued September 9, 2025</p>""")
    assert rec.value("grade") is None


@pytest.mark.parametrize(
    ("line", "issuer"),
    [("Example Garden Society certifies that", "Example Garden Society"),
     ("Zahradnický spolek Příklad, pobočka Brno, potvrzuje, že", "Zahradnický spolek Příklad, pobočka Brno")],
)
def test_an_organisation_that_certifies_is_the_issuer(tmp_path: Path, line: str, issuer: str) -> None:
    rec = inspect_html(tmp_path, f"""<h1>Certificate</h1><p>{line}</p><h2>Olha Koval</h2>
<p>has completed the course</p><h2>Garden Water</h2><p>Issued 2 May 2025</p>""")
    assert rec.value("awarding_body") == issuer


def test_the_name_on_the_logo_line_is_the_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GreenLeaf Online</p><h1>Certificate of Completion</h1>
<p>Awarded to <b>Olha Koval</b> on May 2, 2025</p><h2>Garden Water Management</h2>""")
    assert rec.value("awarding_body") == "GreenLeaf Online"


@pytest.mark.parametrize(
    "first",
    ["<h1>Garden Water Management</h1><p>Certificate of Completion</p>",
     "<p>This certificate is presented to Olha Koval</p><h1>Garden Water Management</h1>"],
)
def test_a_course_or_a_sentence_at_the_top_is_no_issuer(tmp_path: Path, first: str) -> None:
    rec = inspect_html(tmp_path, f"""{first}<p>Awarded to <b>Olha Koval</b> on May 2, 2025</p>""")
    assert rec.value("awarding_body") is None


def test_a_number_line_at_the_top_is_no_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate No. 2025-1187</p><p>Reg. No 4471</p><h1>Garden Water Management</h1>
<p>Awarded to <b>Olha Koval</b> on May 2, 2025</p>""")
    assert rec.value("awarding_body") is None


def test_a_learner_at_the_end_of_this_certificate_is_presented_to(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Completion</h1>
<p>This certificate is proudly presented to Olha Koval</p><p>for completing</p><h2>Garden Water Management</h2>
<p>Date: January 9, 2025</p>""")
    assert rec.value("learner_name") == "Olha Koval"


def test_an_assessment_after_a_comma_and_and_starts_with_its_verb(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Garden Water</h1><p>Awarded to Olha Koval</p>
<p>The course ran for six weeks, and ended with a practical exam in the garden.</p><p>Issued 2 May 2025</p>""")
    assert rec.value("assessment_type") == "ended with a practical exam in the garden."
