"""Wordings and layouts found on a sixteenth reading: outcomes told in prose addressed to the learner ("… you are now
able to …"), under "Having completed this course, <name> should be able to:", under "<heading>. <who> здатна:", in a
table's column headed "Випускник уміє" without a colon, beside a column of weights; a lettered list that reaches "ґ)";
the course after "for taking part in the free course", after "the evening course <code> <name> between <dates>", on a
diploma's line "програми <name> (…)" and as "the status of <name>"; not "with distinction", not a clause after a comma,
not a project's name in quotes; the pass mark read as the grade; a sentence after the assessment; "a course by …" and
"<Org> hereby recognises that"; "CI/CD" read as a country; no issuer on a top line of parts between middle dots. Each
was read wrong before; the wordings here are other than those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_outcomes_told_in_prose_with_now_able_to(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GREENLEAF OPEN COURSES</p><p>Certificate of Achievement awarded to</p>
<p>Olha Koval</p><h2>Garden Irrigation: From Soil to Schedule</h2><p>a course by the Faculty of Agronomy, Example
University</p>
<p>Olha, over six weeks you studied soils and plants. First you mapped a garden: you are now able to measure the soil's
moisture with a probe. Later you compared emitters, and you are now able to size a drip line for a bed of vegetables.
Your final grade was 88% (passing grade 60%), which is a good result.</p><p>Issued 12 May 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "measure the soil's moisture with a probe", "size a drip line for a bed of vegetables"]
    assert rec.value("title") == "Garden Irrigation: From Soil to Schedule"
    assert rec.value("awarding_body") == "Faculty of Agronomy, Example University"
    assert rec.value("grade") == "88%"


def test_able_to_without_now_inside_a_sentence_is_no_outcome(tmp_path: Path) -> None:
    # "now" tells that the course made the difference; a sentence about checking the certificate does not
    rec = inspect_html(tmp_path, """<p>GREENLEAF OPEN COURSES</p><p>Olha Koval completed the course</p>
<p>Garden Irrigation</p><p>Employers who scan the code, and you are able to share it with them too.</p>""")
    assert rec.value("learning_outcomes") is None


def test_having_completed_the_course_a_name_should_be_able_to(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Example Open University · free courses</p><p>Statement of Participation</p>
<p>This statement is presented to</p><p>Petro Lysenko</p><p>for taking part in the free short course</p>
<p>Watering a Small Garden</p><p>Having completed this course, Petro should be able to:</p>
<ul><li>estimate how much water each bed needs</li><li>lay a drip line along the rows</li></ul>""")
    assert rec.value("title") == "Watering a Small Garden"
    assert rec.value("learning_outcomes") == [
        "estimate how much water each bed needs", "lay a drip line along the rows"]


def test_heading_sentence_then_who_can_before_the_colon(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Назва програми</p><p>«Крапельне зрошення»</p>
<p>Набуті компетентності. Після навчання слухач здатний:</p>
<ul><li>розраховувати потребу рослин у воді;</li><li>монтувати крапельну лінію.</li></ul>""")
    assert rec.value("learning_outcomes") == ["розраховувати потребу рослин у воді", "монтувати крапельну лінію."]


def test_lettered_items_reach_the_letter_ghe(tmp_path: Path) -> None:
    words = ["копати грядки", "сіяти насіння", "поливати рослини", "підживлювати ґрунт", "збирати врожай"]
    lettered = "<br>".join(f"{letter}) {text};" for letter, text in zip("абвгґ", words, strict=True))
    heading = "<h1>СЕРТИФІКАТ</h1><p>Курс: «Город»</p><p>Набуті компетентності:</p>"
    rec = inspect_html(tmp_path, f"{heading}<p>{lettered}</p>")
    assert rec.value("learning_outcomes") == words
    items = "".join(f"<p>{letter}) {text};</p>" for letter, text in zip("абвгґд", [*words, "зберігати насіння"],
                                                                         strict=True))
    rec = inspect_html(tmp_path, f"{heading}{items}")
    assert rec.value("learning_outcomes") == [*words, "зберігати насіння"]


def test_a_table_column_headed_who_can_without_a_colon(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>САДОВА ШКОЛА · Полтава</p><h1>ДИПЛОМ</h1>
<p>програми Садовий дизайн (група СД-3, березень — травень 2025)</p><p>Олена Гребенюк</p>
<p>успішно завершила навчання, виконала всі завдання та захистила проєкт «Сад біля школи»</p>
<table><tr><td>Модуль</td><td>Годин</td><td>Випускниця вміє</td></tr>
<tr><td>Ґрунти</td><td>20</td><td rowspan="2"><ul><li>добирати рослини до ґрунту й освітлення;</li>
<li>креслити план саду в масштабі.</li></ul></td></tr><tr><td>Рослини</td><td>30</td></tr></table>""")
    assert rec.value("learning_outcomes") == [
        "добирати рослини до ґрунту й освітлення", "креслити план саду в масштабі."]
    assert rec.value("title") == "Садовий дизайн"


def test_outcomes_beside_a_column_of_weights(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Example Garden Guild hereby recognises that</p><p>Petro Lysenko</p>
<p>has passed the required examination and achieved the status of</p><p>Certified Garden Irrigation Planner</p>
<p>Delivery</p><p>proctored test centre, Lviv · 90 minutes</p><p>Score</p><p>81 / 100 (passing score 70)</p>
<p>Exam domains validated by this certification:</p>
<table><tr><td width="400">The holder can</td><td>Weight</td></tr>
<tr><td>estimate the water needs of a garden from its plants, soil and climate over a whole season of growth</td>
<td>40%</td></tr><tr><td>lay out drip lines and emitters</td><td>60%</td></tr></table>""")
    assert rec.value("learning_outcomes") == [
        "estimate the water needs of a garden from its plants, soil and climate over a whole season of growth",
        "lay out drip lines and emitters"]
    assert rec.value("title") == "Certified Garden Irrigation Planner"
    assert rec.value("awarding_body") == "Example Garden Guild"
    assert rec.value("grade") == "81 / 100"


def test_the_course_named_after_its_kind_and_before_its_dates(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Example College</p><h1>Certificate of Completion</h1>
<p>This is to certify that Olha Koval completed the weekend evening course GR-101 Garden Irrigation Basics between
3 March and 28 April 2025 and passed its assessment.</p>""")
    assert rec.value("title") == "GR-101 Garden Irrigation Basics"


def test_with_distinction_and_a_clause_after_a_comma_are_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GREENLEAF OPEN COURSES</p><p>Certificate awarded to</p><p>Olha Koval</p>
<p>Garden Irrigation Basics</p><p>Your grade places you among the learners who completed the course with
distinction.</p>""")
    assert rec.value("title") != "with distinction"
    rec = inspect_html(tmp_path, """<h1>ДИПЛОМ</h1><p>програми Садовий дизайн (група СД-3)</p><p>Олена Гребенюк</p>
<p>успішно завершила навчання, виконала всі завдання та захистила дипломний проєкт «Сад біля школи»</p>""")
    assert rec.value("title") == "Садовий дизайн"


def test_a_sentence_after_the_assessment_is_not_part_of_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GREENLEAF OPEN COURSES</p><p>Olha Koval completed the course</p>
<p>Garden Irrigation Basics</p><p>You watched lectures and wrote a short essay on drip lines. You then planted a
garden.</p>""")
    assessment = rec.value("assessment_type")
    assert assessment is not None and "essay" in assessment and "planted" not in assessment


def test_a_code_inside_a_phrase_is_no_country(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Курс: «Автоматизація поливу»</p><p>Слухач уміє:</p>
<ul><li>налаштовувати контролер, датчики, CI/CD</li><li>монтувати крапельну лінію</li></ul>""")
    assert rec.value("issuer_country") is None


def test_se_certifica_names_no_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Se certifica que</p><p>Olha Koval</p><p>ha completado el curso</p>
<p>Riego del huerto</p><p>Universidad de Ejemplo – Centro de Formación Continua</p>""")
    assert rec.value("awarding_body") != "Se"


def test_the_name_on_a_top_line_of_parts_between_middle_dots(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GREENWAVE · курси садового дизайну · Полтава — онлайн</p><h1>ДИПЛОМ</h1>
<p>Олена Гребенюк</p><p>успішно завершила курс «Садовий дизайн»</p><p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("awarding_body") == "GREENWAVE"
