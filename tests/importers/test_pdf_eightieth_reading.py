"""Certificates shaped like those of the eightieth and eighty-first sets (defence-related and civil-protection
training; today's data and AI tool courses), in other wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


def test_the_stated_total_after_the_parts_hours(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Курс «Основи мережевої безпеки» (16 годин лекцій, 24 години
практики на полігоні) загальним обсягом 40 годин (1,5 кредиту ЄКТС).</p>""")
    assert rec.value("workload_hours") == 40


def test_an_outcomes_table_with_how_each_was_assessed(tmp_path: Path) -> None:
    cell = "border-bottom:1px solid #999; padding:3px"
    pairs = (
        ("Build a data model of a warehouse with facts and dimensions", "Assignment 1"),
        ("Load and validate daily extracts with SQL and Python scripts", "Assignments 2 and 3"),
        ("Present the findings of an analysis to a non-technical audience in a short report",
         "Final report and oral presentation"),
    )
    rows = "".join(f'<tr><td style="{cell}; width:330px">{outcome}</td><td style="{cell}">{how}</td></tr>'
                   for outcome, how in pairs)
    rec = inspect_html(tmp_path, f"""<p>Certificate of Achievement</p><p>This is to certify that</p>
<p>Iryna Holub</p><p>has successfully completed the online course</p><p>Data Warehousing Basics</p>
<p>Learning outcomes and how they were assessed</p><table style="border-collapse:collapse">
<tr><td style="{cell}">The participant is able to</td><td style="{cell}">Assessed by</td></tr>{rows}</table>""")
    assert rec.value("learning_outcomes") == [
        "Build a data model of a warehouse with facts and dimensions",
        "Load and validate daily extracts with SQL and Python scripts",
        "Present the findings of an analysis to a non-technical audience in a short report"]
    assert rec.value("assessment_type") == ("Assignment 1; Assignments 2 and 3; Final report and oral presentation")


def test_where_the_paper_was_issued_not_a_partners_place(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORDIC HUMANITARIAN DATA SCHOOL</p><p>in cooperation with Podilskyi University of
Technology (Vinnytsia, Ukraine) under the partnership programme for humanitarian data</p><p>Certificate</p>
<p>Certificate No. NHDS-2025-0091 · Issued in Tallinn, Estonia, on 4 June 2025</p>""")
    assert rec.value("issuer_country") == "Estonia (EST)"


def test_prose_outcomes_with_a_list_in_brackets_and_she_learned(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО</p><p>Цим засвідчуємо, що Литвин Оксана Петрівна, студентка 3 курсу,
пройшла навчання за програмою «Мобільна розробка».</p><p>Під час навчання учасниця опанувала верстку екранів засобами
Flutter (віджети, стани, навігація) і роботу з локальним сховищем. Вона навчилася публікувати застосунок у магазині
застосунків.</p>""")
    assert rec.value("learner_name") == "Литвин Оксана Петрівна"
    assert rec.value("learning_outcomes") == [
        "верстку екранів засобами Flutter (віджети, стани, навігація) і роботу з локальним сховищем",
        "публікувати застосунок у магазині застосунків"]


def test_a_technologys_name_with_a_version_is_no_outcomes_code(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate</p><p>Course: Front-end Basics</p><p>Learning outcomes</p>
<p>Participants build pages with semantic HTML5 and<br>CSS3 (Flexbox, Grid) and add behaviour with JavaScript.</p>""")
    assert "CSS3" in " ".join(rec.value("learning_outcomes") or [])


def test_an_extract_of_subjects_and_marks_with_a_subjects_stated_outcomes(tmp_path: Path) -> None:
    cell = "border:1px solid #000; padding:2px"
    rec = inspect_html(tmp_path, f"""<p>КАФЕДРА ІНОЗЕМНИХ МОВ</p><p>« 14 » травня 2025 р. № 12/к</p>
<p>ВИТЯГ з навчальної картки студента</p><p>Прізвище, ім'я, по батькові: Кравець Ігор Миколайович</p>
<p>Результати навчання з дисциплін програми:</p><table style="border-collapse:collapse">
<tr><td style="{cell}">№</td><td style="{cell}; width:250px">Навчальна дисципліна</td><td style="{cell}">Год.</td>
<td style="{cell}">Оцінка</td></tr>
<tr><td style="{cell}">1</td><td style="{cell}">Ділова англійська мова</td><td style="{cell}">90</td><td style="{cell}">
A</td></tr><tr><td style="{cell}">2</td><td style="{cell}">Технічний переклад</td><td style="{cell}">60</td>
<td style="{cell}">B</td></tr></table><p>Анотація дисципліни 1. За результатами вивчення дисципліни студент здатен:
вести ділове листування англійською мовою; читати, розуміти та перекладати технічну документацію.</p>""")
    assert rec.value("learning_outcomes") == ["вести ділове листування англійською мовою",
                                              "читати, розуміти та перекладати технічну документацію"]
    assert rec.value("issued_on") == "2025-05-14"  # "« 14 » травня 2025 р."


@pytest.mark.parametrize(("sentence", "assessment"), [
    ("Теоретичний залік (тест, 40 питань)<br>36 з 40 — склав", "Теоретичний залік (тест, 40 питань)"),
    # the work a workload's bracket counts is not the assessment; the graded parts it lists are
    ("who completed the programme (300 hours of instruction and project work)<br>and successfully defended the final "
     "project before a panel.", "successfully defended the final project before a panel."),
    ("Study time<br>about 60 hours (videos, weekly quizzes,<br>2 labs)", "weekly quizzes"),
])
def test_the_assessment_named_in_a_line(tmp_path: Path, sentence: str, assessment: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>Certificate</p><p>Course: Cloud Basics</p><p>{sentence}</p>""")
    assert rec.value("assessment_type") == assessment


def test_a_kind_of_course_and_when_is_no_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ACME CODING SCHOOL</p><p>Diploma</p><p style="font-size:18pt">Backend Development
with Go</p><p>awarded to</p><p>Petro Ivanenko</p><p>who completed the 16-week evening programme from 3 March 2025 to
20 June 2025</p><p>Modules below 70 % are not passed. Grades combine code reviews and projects.</p>""")
    assert rec.value("title") == "Backend Development with Go"


def test_a_quoted_programme_keeps_its_colon_at_a_lines_end(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Засвідчує, що Гребенюк Аліна Ігорівна пройшла навчання за
освітньою програмою «Аналітика продажів:<br>Excel, SQL, Power BI» і склала атестацію.</p><p>Тема проєкту</p>
<p>«Продажі мережі аптек за 2025 рік»</p>""")
    assert rec.value("title") == "Аналітика продажів: Excel, SQL, Power BI"  # not the project's topic


def test_a_diplomas_closing_statement_of_what_graduates_can_do(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Diploma</p><p>Course: Mobile Development</p><p>Graduates can design app screens
in Figma, write and test Kotlin code for Android, and sign and publish an app to the store.</p>""")
    assert rec.value("learning_outcomes") == ["design app screens in Figma", "write and test Kotlin code for Android",
                                              "sign and publish an app to the store"]


def test_sessions_of_hours_with_where_they_were_held(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Практикум «Звітність у Excel»</p>
<p>3 – 21 березня 2026 р. · 6 занять у Teams по 2 години · 12 академічних годин</p>""")
    assert rec.value("workload_hours") == 12


def test_outcomes_under_what_the_learner_by_name_learned(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Achievement</p><p>Course: Newsletter Writing</p>
<p>WHAT OSTAP LEARNED TO DO</p><ul><li>plan a monthly newsletter calendar</li><li>write subject lines that get
opened</li></ul>""")
    assert rec.value("learning_outcomes") == ["plan a monthly newsletter calendar",
                                              "write subject lines that get opened"]


def test_a_training_track_is_named_without_its_kind(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Completion</p><p>This certifies that</p><p>Oleh Marchenko</p>
<p>has completed the training track Kubernetes for Developers (K8-101), 24 contact hours.</p>""")
    assert rec.value("title") == "Kubernetes for Developers (K8-101)"
