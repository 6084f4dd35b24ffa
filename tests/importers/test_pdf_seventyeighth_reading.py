"""Certificates shaped like those of the seventy-eighth and seventy-ninth sets (exam score reports and statements of
results; outcomes stated as competences and nouns), in other wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html

SCORE_REPORT = """<p>NORTHWIND CLOUD INSTITUTE</p><p>{heading}</p><p>Report no. NW-55-1209</p>
<p><b>{test}</b></p><p>Candidate name<br>Oleh Stepanovych Hrytsenko</p><p>Exam date<br>3 March 2025</p>
<p>Location<br>Kyiv, Ukraine (online)</p><p style="font-size:22pt">PASS</p><p>Your score<br>731</p>
<p>Passing score<br>650</p><p>Northwind Cloud Institute Ltd, 2 Quay Street, Galway, Ireland</p>"""


def test_a_score_report_names_its_exam_gives_its_score_and_its_issuers_country(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, SCORE_REPORT.format(heading="Examination Score Report",
                                                      test="NW-120: Cloud Networking Associate"))
    assert rec.value("title") == "NW-120: Cloud Networking Associate"  # not "PASS", set largest
    assert rec.value("grade") == "731"  # "Your score" / "731", not the passing score
    assert rec.value("issuer_country") == "Ireland (IRL)"  # not where the candidate sat it


@pytest.mark.parametrize(("lines", "test"), [
    # the test after the report's heading on its line
    ("<p>OFFICIAL SCORE REPORT — Certified Payroll Technician Exam (CPTE)</p>",
     "Certified Payroll Technician Exam (CPTE)"),
    # … or on the line below it
    ("<p>Statement of Results</p><p>EFT — English for Finance Test (B2–C1)</p>",
     "EFT — English for Finance Test (B2–C1)"),
])
def test_a_report_of_a_test_takes_the_test_as_its_title_and_assessment(tmp_path: Path, lines: str, test: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>HARBOUR EXAMINATIONS BOARD</p>{lines}<p>Candidate: Iryna Bilyk</p>
<p>Exam date: 4 April 2025 · Delivery: online proctored (Lviv, Ukraine)</p><p>Test centre</p>
<p>UA031 Lviv Testing Point, Lviv, Ukraine</p><p>Overall score: 168</p>""")
    assert rec.value("title") == test
    assert rec.value("assessment_type") == test
    assert rec.value("learner_name") == "Iryna Bilyk"
    assert rec.value("awarding_body") == "HARBOUR EXAMINATIONS BOARD"  # not the test centre, nor its label
    assert rec.value("issuer_country") is None  # Ukraine is only where it was sat


def test_what_an_exam_measured_is_read_as_its_outcomes_not_the_score_bars(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Statement of Results</p><p>Test of Spoken English for Engineers</p>
<table><tr><td>Skill</td><td>Score</td><td>Profile</td></tr><tr><td>Speaking</td><td>172</td>
<td>■■■■■■■■□□</td></tr><tr><td>Listening</td><td>181</td><td>■■■■■■■■■□</td></tr></table>
<p>What the exam assesses</p><ul><li>explaining a design decision to a client in a short meeting</li>
<li>following a technical briefing and noting the actions agreed</li></ul>""")
    assert rec.value("learning_outcomes") == ["explaining a design decision to a client in a short meeting",
                                              "following a technical briefing and noting the actions agreed"]


def test_what_a_ukrainian_exam_checked_is_read_without_the_score_after_a_module(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ПРОТОКОЛ № 12-К/2025</p><p>результатів кваліфікаційного іспиту</p>
<p>Кандидатка: Сорока Ніна Ігорівна, посвідчення № 77-210</p><p>Що перевіряв іспит</p><ol>
<li>Облік основних засобів і нарахування амортизації 18 / 20 [#########-]</li>
<li>Складання фінансової звітності малого підприємства 27 / 30 [#########-]</li></ol>""")
    assert rec.value("learning_outcomes") == ["Облік основних засобів і нарахування амортизації",
                                              "Складання фінансової звітності малого підприємства"]
    assert rec.value("learner_name") == "Сорока Ніна Ігорівна"  # "Кандидатка:", up to the number after it


def test_the_exams_form_below_its_label_is_the_assessment_not_a_testing_centres_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТОВ «ЦЕНТР НЕЗАЛЕЖНОГО ТЕСТУВАННЯ "КВАЛІФІКАЦІЯ"»</p>
<p>ПРОТОКОЛ результатів сертифікаційного іспиту</p><p>Кандидат (ПІБ):<br>Дячук Олег Петрович</p>
<p>Форма екзамену:<br>письмовий тест (40 питань) і усна співбесіда з комісією</p>""")
    assert rec.value("assessment_type") == "письмовий тест (40 питань) і усна співбесіда з комісією"


def test_a_weighted_total_row_gives_the_result_not_the_sum_of_the_weights(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТРАНСКРИПТ результатів сертифікаційного іспиту</p>
<table><tr><td>Розділ</td><td>Вага</td><td>Результат</td></tr><tr><td>Планування</td><td>60 %</td><td>70 %</td></tr>
<tr><td>Звітність</td><td>40 %</td><td>90 %</td></tr></table>
<p>Зважений загальний результат 100 %<br>78 %<br>склала</p>""")
    assert rec.value("grade") == "78 % склала"


def test_a_score_with_the_pass_mark_beside_it_is_the_score_alone(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Exam Score Report — AZ-77: Data Pipelines</p><p>Candidate: Roman Lysak</p>
<p>Score: 802&nbsp;&nbsp; Passing score: 700&nbsp;&nbsp; Result: passed</p>""")
    assert rec.value("grade") == "802"


def test_a_public_union_named_below_its_legal_form(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГРОМАДСЬКА СПІЛКА<br>«ВСЕУКРАЇНСЬКА АСОЦІАЦІЯ БУХГАЛТЕРІВ-ПРАКТИКІВ»</p>
<p>Сертифікаційна рада · м. Полтава</p><p>ТРАНСКРИПТ</p><p>Кандидат: Олійник Марта Юріївна</p>""")
    assert rec.value("awarding_body") == "ГРОМАДСЬКА СПІЛКА «ВСЕУКРАЇНСЬКА АСОЦІАЦІЯ БУХГАЛТЕРІВ-ПРАКТИКІВ»"


def test_a_table_of_the_frameworks_descriptors_gives_each_rows_statements(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Курс «Веброзробка на JavaScript»</p>
<p>Результати навчання</p><table style="border-collapse:collapse">
<tr><td style="width:100px; border:1px solid #000">Знання</td><td style="border:1px solid #000">Знання семантичної
розмітки HTML5. Знання моделі DOM і подій браузера.</td></tr>
<tr><td style="border:1px solid #000">Уміння</td><td style="border:1px solid #000">Уміння верстати адаптивні сторінки
(flexbox, grid). Уміння писати запити до REST API.</td></tr>
<tr><td style="border:1px solid #000">Комунікація</td><td style="border:1px solid #000">Здатність пояснювати
технічні рішення замовнику.</td></tr></table>""")
    assert rec.value("learning_outcomes") == [
        "Знання семантичної розмітки HTML5.", "Знання моделі DOM і подій браузера.",
        "Уміння верстати адаптивні сторінки (flexbox, grid).", "Уміння писати запити до REST API.",
        "Здатність пояснювати технічні рішення замовнику."]


@pytest.mark.parametrize(("sentence", "body"), [
    ("підвищувала кваліфікацію в Інституті неперервної освіти Волинського аграрного університету за програмою",
     "Інститут неперервної освіти Волинського аграрного університету"),
    ("пройшов навчання у Національній академії статистики, обліку та аудиту за програмою",
     "Національна академія статистики, обліку та аудиту"),
])
def test_the_institution_where_the_learner_studied_in_the_nominative(tmp_path: Path, sentence: str, body: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>УКРАЇНА</p><p>СВІДОЦТВО ПРО ПІДВИЩЕННЯ КВАЛІФІКАЦІЇ</p>
<p>Видане МАРЧУК Олені Петрівні про те, що вона з 1 по 30 квітня 2025 р. {sentence} «Аудит
інформаційних систем» в обсязі 60 годин.</p><p>Виконала випускну (атестаційну) роботу на тему: «Аудит доступу
до облікової системи ТОВ „Рівне-Агро“».</p>""")
    assert rec.value("awarding_body") == body  # not the company in the final work's title
    assert rec.value("issuer_country") == "Ukraine (UKR)"  # "УКРАЇНА" by its code
    assert rec.value("assessment_type") == ("випускну (атестаційну) роботу на тему: «Аудит доступу до облікової "
                                            "системи ТОВ „Рівне-Агро“»")


def test_a_unit_named_only_by_its_kind_leaves_the_letterhead_as_the_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ПРИДНІПРОВСЬКИЙ ТЕХНІЧНИЙ УНІВЕРСИТЕТ</p><p>ДОВІДКА № 44</p>
<p>Видана Гуменюку Петру Івановичу в тому, що він пройшов навчання в Центрі безперервної освіти за програмою
«Основи SQL» обсягом 30 годин.</p>""")
    assert rec.value("awarding_body") == "ПРИДНІПРОВСЬКИЙ ТЕХНІЧНИЙ УНІВЕРСИТЕТ"


def test_a_micro_credential_is_named_without_its_kind(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Micro-credential Certificate</p><p>This certifies that<br>Olha Tkach</p>
<p>has successfully completed the micro-credential Digital Accessibility Basics (code WA-11).</p>""")
    assert rec.value("title") == "Digital Accessibility Basics"


def test_a_nurses_registration_letters_are_no_part_of_her_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Completion</p><p>Awarded to</p><p>Halyna Moroz, RPN</p>
<p>for successful completion of the programme</p><p>Medication Safety in Mental Health Care</p>""")
    assert rec.value("learner_name") == "Halyna Moroz"


def test_a_german_exam_form_is_the_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>HOCHSCHULZERTIFIKAT</p><p>Frau<br>Olena Savchuk</p>
<p>hat am Zertifikatskurs „Datenbanken“ teilgenommen.</p><p>Prüfungsleistung:<br>Klausur (90 Minuten)</p>""")
    assert rec.value("assessment_type") == "Klausur (90 Minuten)"


@pytest.mark.parametrize(("line", "assessment"), [
    # a bracket wrapped onto the next line: the clause with its whole bracket
    ("Assessed by a group assignment (a data model and report for a<br>regional bus operator): Pass",
     "Assessed by a group assignment (a data model and report for a regional bus operator)"),
    # a bracket that the next line does not close stays as it was read
    ("Assessed by a final database project (schema<br>Hours (noncredit) and more",
     "Assessed by a final database project (schema"),
])
def test_an_assessment_wrapped_inside_a_bracket(tmp_path: Path, line: str, assessment: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>Certificate</p><p>Course: Data Modelling</p><p>{line}</p>""")
    assert rec.value("assessment_type") == assessment


@pytest.mark.parametrize("label", ["Exam date", "Test duration", "Performance by exam section", "% of exam"])
def test_a_label_about_the_exam_is_not_the_kind_of_assessment(tmp_path: Path, label: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>Certificate of Achievement</p><p>Course: Network Basics</p>
<p>{label}</p><p>12 May 2025</p>""")
    assert rec.value("assessment_type") is None
