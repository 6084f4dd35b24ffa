"""Certificates shaped like those of the sixty-seventh set (larger programmes and their awards), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_an_awards_name_wrapped_after_a_word_that_cannot_end_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Northbay University</p><p>This is to certify that</p><p>Olha Marchenko</p>
<p>having followed an approved programme of study, was awarded the</p><p>Graduate Certificate in</p>
<p>Applied Geographic Information Systems</p><p>with Distinction</p>""")
    assert rec.value("title") == "Graduate Certificate in Applied Geographic Information Systems"


def test_a_modules_name_wrapped_after_a_word_that_cannot_end_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>EASTFIELD FOOTBALL ASSOCIATION</p><p>Certificate of Completion</p>
<p>Awarded to</p><p>Dmytro Koval</p><p>for completing the e-learning module</p><p>Goalkeeping Basics for</p>
<p>Youth Coaches</p><p>Date completed</p><p>2 May 2025</p>""")
    assert rec.value("title") == "Goalkeeping Basics for Youth Coaches"


def test_a_learning_paths_name_after_all_its_items(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Corporate Learning Portal</p><p>Certificate of Completion</p><p>Awarded to</p>
<p>Olena Marchuk</p><p>for successfully completing all required items of the learning path</p>
<p>QA-110 Test Automation Basics</p><p>Completed: 12.03.2025</p>""")
    assert rec.value("title") == "QA-110 Test Automation Basics"


def test_fields_in_boxes_with_their_labels_above(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ПІКСЕЛЬ · онлайн-школа дизайну</p><p>СЕРТИФІКАТ</p>
<p>ПРІЗВИЩЕ, ІМ'Я СТУДЕНТА</p><p>Остапчук Ліна</p><p>КУРС</p><p>Figma для початківців</p>
<p>Кількість годин</p><p>48</p><p>Кредити ЄКТС</p><p>—</p><p>Дата видачі</p><p>03.03.2025</p>""")
    assert rec.value("learner_name") == "Остапчук Ліна"
    assert rec.value("workload_hours") == 48
    assert rec.value("workload_ects") is None  # the hours above the credits' label, whose value is empty
    rec = inspect_html(tmp_path, """<p>Certificate</p><p>Awarded to Ivan Petrenko for the course Forklift Safety.</p>
<p style="width: 230px;">Workload: 40 contact hours (equivalent to 1.5<br>ECTS)</p>""")
    assert rec.value("workload_ects") == 1.5  # the abbreviation wrapped after its number is no other field's label


def test_the_learner_below_the_kind_of_course_is_no_courses_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Освітній центр «Ліхтар»</p><p>СЕРТИФІКАТ</p><p>про успішне завершення курсу</p>
<p>Тарасенко Віра Павлівна</p><p>успішно завершила курс «Основи фотографії», що тривав 6 тижнів.</p>""")
    assert rec.value("learner_name") == "Тарасенко Віра Павлівна"
    assert rec.value("title") == "Основи фотографії"


def test_outcomes_under_skills_that_were_mastered(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>ПРІЗВИЩЕ, ІМ'Я СТУДЕНТА</p><p>Остапчук Ліна</p>
<p>КУРС</p><p>Figma для початківців</p><p>НАВИЧКИ, ЯКІ ОПАНОВАНО</p>
<ul><li>створює макети сторінок з автолейаутом;</li><li>готує компоненти й варіанти для дизайн-системи.</li></ul>
<p>МЕНТОР</p><p>Денис Коваль</p>""")
    assert rec.value("learning_outcomes") == ["створює макети сторінок з автолейаутом",
                                              "готує компоненти й варіанти для дизайн-системи."]


def test_a_frameworks_skills_each_beside_what_showed_it(tmp_path: Path) -> None:
    rows = [("use spreadsheet software", "monthly budgets with formulas, lookups and pivot tables"),
            ("perform data cleansing", "removing duplicates and fixing dates and number formats in exported data"),
            ("present data visually", "charts and a one-page dashboard for the finance team")]
    body = "".join(f'<tr><td style="width: 110px;">{skill}</td><td>{shown}</td></tr>' for skill, shown in rows)
    rec = inspect_html(tmp_path, f"""<p>BALTIC OFFICE SCHOOL</p><p>Certificate</p><p>Awarded to Iryna Koval</p>
<p>for the course Spreadsheets for Finance Teams (24 hours).</p><p>Skills acquired (ESCO classification)</p>
<table><tr><td>ESCO skill / knowledge</td><td>Demonstrated in the course by</td></tr>{body}</table>""")
    assert rec.value("learning_outcomes") == [f"{skill}: {shown}" for skill, shown in rows]
