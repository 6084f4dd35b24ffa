"""Outcomes a certificate states in one sentence ("In this course the learner learned to X, to Y, and to Z",
"Учасник навчився X, Y і Z", "Результати: слухач уміє X, Y, Z"), a trademark sign in a course's name, a course
unit under "Дисципліна:", a completion "on Coursera …" that names no course, the learner after "Awarded to" or
above "has demonstrated", an issuer that is a society or is named as its site, and a word hyphenated at a line's end.
Each was read wrong before; the wordings here are other than those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_an_english_sentence_of_outcomes_is_split_into_its_clauses(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate</p><h2>Olha Koval</h2><p>has completed</p><h1>Linear Models</h1>
<p>In this course the student learned to fit linear models to data, to test hypotheses about their coefficients, and
to diagnose problems with residual plots.</p><p>Issued 4 June 2025</p>""")
    assert rec.value("learning_outcomes") == ["fit linear models to data", "test hypotheses about their coefficients",
                                              "diagnose problems with residual plots"]


def test_a_ukrainian_sentence_of_outcomes_is_split_before_each_infinitive(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Коваль Ірина Петрівна</p>
<p>пройшла тренінг «Публічні виступи для науковців» (12 годин).</p>
<p>Результати: учасниця вміє будувати структуру доповіді, відповідати на запитання аудиторії та працювати з
хвилюванням.</p><p>Дата видачі: 02.06.2025</p>""")
    assert rec.value("learning_outcomes") == ["будувати структуру доповіді", "відповідати на запитання аудиторії",
                                              "працювати з хвилюванням"]


def test_a_sentence_with_one_verb_stays_whole(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Коваль Ірина Петрівна</p>
<p>пройшла курс «Основи HTML» (6 годин).</p><p>Учасниця навчилася верстати сторінки, таблиці та форми.</p>""")
    assert rec.value("learning_outcomes") == ["верстати сторінки, таблиці та форми."]


def test_a_trademark_sign_is_not_spelt_into_the_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Example Agile Body</p><h1>Certified Kanban Practitioner®</h1><p>Olha Koval</p>
<p>has demonstrated knowledge of Kanban by passing the assessment.</p><p>Date: 3 March 2025</p>""")
    assert rec.value("title") == "Certified Kanban Practitioner"
    assert rec.value("learner_name") == "Olha Koval"


def test_a_course_unit_under_its_label_and_a_society_as_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Наукове товариство студентів «Приклад»</p><h1>ДОВІДКА</h1>
<p>Слухачка: Коваль Ірина Петрівна</p><p>Навчальна дисципліна: Чисельні методи</p><p>Дата: 15.01.2025</p>""")
    assert rec.value("title") == "Чисельні методи"
    assert rec.value("awarding_body") == "Наукове товариство студентів «Приклад»"


def test_a_completion_on_a_platform_names_no_course_and_awarded_to_names_the_learner(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Example Analytics</p><h1>Time Series Forecasting</h1><p>Awarded to Olha Koval</p>
<p>for completing the course on FutureLearn on 9 May 2025.</p>""")
    assert rec.value("title") == "Time Series Forecasting"
    assert rec.value("learner_name") == "Olha Koval"


def test_an_issuer_named_as_its_site(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Kanban.org</p><h1>Kanban Essentials</h1><p>Olha Koval</p>
<p>has completed the course.</p><p>Verify: https://www.kanban.org/verify/77</p>""")
    assert rec.value("awarding_body") == "Kanban.org"


def test_a_word_hyphenated_at_a_lines_end_is_joined(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Сертифікат</h1><p>Коваль Ірина Петрівна</p><p>пройшла курс «Логістика»</p>
<p>Результати навчання:</p><ul><li>розв'язувати транспортні задачі методом потенціалів і будувати опорні плани
північно-<br/>західним кутом</li></ul>""")
    assert rec.value("learning_outcomes") == [
        "розв'язувати транспортні задачі методом потенціалів і будувати опорні плани північно-західним кутом"]
