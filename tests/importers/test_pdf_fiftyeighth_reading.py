"""Certificates shaped like those of the fifty-eighth to sixty-first bench sets (languages mixed in one paper,
continuing education in English-speaking countries, academic documents, hard negatives), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_statement_of_attainment_names_its_learner_and_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Riverland Institute of TAFE</p><p>NATIONALLY</p><p>RECOGNISED</p><p>TRAINING</p>
<p>Statement of Attainment</p><p>This is a statement that</p><p>Iryna Pavlenko</p>
<p>has satisfied the requirements of the units of competency listed below.</p>
<p>Course: Orchard Pruning Skill Set (Short Course 4411)</p>
<table><tr><td>Unit Code</td><td>Unit Title</td><td>Nominal Hours</td></tr>
<tr><td>AHCHOR301</td><td>Prune fruit trees</td><td>40</td></tr></table>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("title") == "Orchard Pruning Skill Set (Short Course 4411)"


def test_a_student_below_a_two_word_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Northshore College</p><p>Statement of Completion</p><p>Student name</p>
<p>Iryna Pavlenko</p><p>Student number</p><p>N0148</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"


def test_a_name_awarded_in_two_scripts_by_its_first(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard School</p><p>Certificate of Completion</p>
<p>Awarded to Ірина Павленко / Iryna Pavlenko</p><p>Course</p><p>Обрізування плодових дерев</p>""")
    assert rec.value("learner_name") == "Ірина Павленко"


def test_a_name_without_the_letters_after_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>National Association of Orchard Engineers</p><p>PDH CERTIFICATE</p>
<p>Participant</p><p>Iryna Pavlenko, P.E.</p><p>Course</p><p>Irrigation of Orchards</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"


def test_an_extract_of_a_grade_sheet_names_its_discipline_not_the_year_of_study(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>УМАНСЬКИЙ САДОВИЙ УНІВЕРСИТЕТ</p>
<p>ВИТЯГ ІЗ ЗАЛІКОВО-ЕКЗАМЕНАЦІЙНОЇ ВІДОМОСТІ</p>
<p>Курс: 2&nbsp;&nbsp;&nbsp;Група: СД-23-1&nbsp;&nbsp;&nbsp;Семестр: 4-й</p>
<p>Навчальна дисципліна: Плодівництво</p>
<p>Повне ім'я здобувача: Павленко Ірина Олегівна. Усього у відомості 20 здобувачів.</p>""")
    assert rec.value("title") == "Плодівництво"
    assert rec.value("learner_name") == "Павленко Ірина Олегівна"


def test_a_grade_in_quotes_or_a_course_named_above_is_no_course_after_the_verb(tmp_path: Path) -> None:
    graded = inspect_html(tmp_path, """<p>ПОСВІДЧЕННЯ № 12</p><p>Програма навчання</p>
<p>«Обрізування плодових дерев»</p><p>Рішенням комісії визнано таким, що пройшов навчання; оцінка — «добре».</p>""")
    assert graded.value("title") == "Обрізування плодових дерев"
    above = inspect_html(tmp_path, """<p>Certificate of Achievement</p>
<p style="font-size: 16pt;">International Summer School 2024 – Pruning and Grafting of Fruit Trees</p>
<p>This is to certify that Ms Iryna Pavlenko took part in the above</p>
<p>summer school from 15 July to 9 August 2024 and passed the final examination.</p>""")
    assert above.value("title") == "International Summer School 2024 – Pruning and Grafting of Fruit Trees"


def test_a_bodys_legal_form_above_its_name_in_quotes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГРОМАДСЬКА ОРГАНІЗАЦІЯ</p><p>«САДОВА ШКОЛА «ЯБЛУНЯ»</p>
<p>м. Умань, вул. Садова, 5</p><p>ДОВІДКА</p><p>Видана Павленко Ірині Олегівні про те, що вона пройшла навчання.</p>""")
    assert rec.value("awarding_body") == "ГРОМАДСЬКА ОРГАНІЗАЦІЯ «САДОВА ШКОЛА «ЯБЛУНЯ»"


def test_a_name_inside_anothers_quotes_is_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Комунальне підприємство «Ботанічний сад «Софіївка»</p><p>СЕРТИФІКАТ</p>
<p>засвідчує, що</p><p>Павленко Ірина Олегівна</p>
<p>пройшла практичний курс для працівників садів, парків і приватних розсадників</p>
<p>«Обрізування плодових дерев у приватному саду»</p><p>14 – 23 жовтня 2024 р.</p>""")
    assert rec.value("title") == "Обрізування плодових дерев у приватному саду"


def test_a_columns_header_with_its_note_below_a_label_is_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ORCHARD UNIVERSITY</p><p>GRADE REPORT</p><p>Course</p><p>Hours (L/</p>
<p>C/F)</p><p>ECTS</p>""")
    assert rec.value("title") != "Hours (L/ C/F)"
