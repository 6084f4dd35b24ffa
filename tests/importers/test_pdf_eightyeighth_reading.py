"""Landscape certificates as designers lay them out (the eighty-eighth set's shapes), in other words: the course
named on the line below what was done in it ("… and the capstone project of the course", "… the practical
assessment of the welding course"); "On successfully completing this course you are able to:" heads the outcomes,
and a line about the course under "What you learned" before it is none; "з оцінкою ймовірності" is an estimate, no
grade, "with grade B" is one; what the learner did during the course, told in the past clause after clause, is read
as the outcomes (not the tasks done); a logo's signs before the issuer's name, and a unit named by its kind alone
below its organisation; a prose line ending in a semicolon is no issuer."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, inspect_pages

LANDSCAPE_TOP = """<p>RIVERBEND TRAINING COLLEGE</p><p style="font-size:20pt">CERTIFICATE OF COMPLETION</p>
<p>This is to certify that</p><p style="font-size:18pt">Oksana Tkachuk</p>"""


def test_the_course_named_below_what_was_done_in_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, LANDSCAPE_TOP + """<p>has completed all quizzes and the final project of the course</p>
<p style="font-size:15pt">Cloud Cost Management for Small Teams</p><p>40 hours · May 2025</p>""")
    assert rec.value("title") == "Cloud Cost Management for Small Teams"
    rec = inspect_html(tmp_path, LANDSCAPE_TOP + """<p>has attended and passed the practical assessment of the
welding course</p><p style="font-size:15pt">MIG Welding of Thin Steel Sheet (Level 2)</p>""")
    assert rec.value("title") == "MIG Welding of Thin Steel Sheet (Level 2)"


def test_can_do_heading_after_a_line_about_the_course(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, [LANDSCAPE_TOP + """<p>has successfully completed the course</p>
<p>Spreadsheet Forecasting</p>""", """<p>What you learned</p><p>Spreadsheet Forecasting — 30 hours, 6 modules and a
final case.</p><p>On successfully completing this course you are able to:</p><ul><li>build a moving-average forecast
of monthly sales;</li><li>compare forecasts by their mean absolute error.</li></ul>"""])
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "build a moving-average forecast of monthly sales", "compare forecasts by their mean absolute error"]
    assert rec.value("title") == "Spreadsheet Forecasting"


def test_an_estimate_is_no_grade_and_with_grade_b_is(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Видано Коваль Ірині Петрівні про
завершення курсу «Ризики в будівництві».</p><p>Слухачка вела реєстр ризиків з оцінкою ймовірності та наслідків
кожного ризику.</p>""")
    assert rec.value("grade") is None
    rec = inspect_html(tmp_path, LANDSCAPE_TOP + """<p>has successfully completed the course</p>
<p>Mobile Photography</p><p>60 hours · final portfolio accepted with grade B</p>""")
    assert rec.value("grade") == "B"


def test_what_the_learner_did_during_the_course_clause_after_clause(tmp_path: Path) -> None:
    opening = """<p style="font-size:18pt">ДИПЛОМ</p><p>про закінчення курсу «Бізнес-аналіз в ІТ»</p>
<p>видано Бондар Олені Сергіївні</p>"""
    rec = inspect_html(tmp_path, opening + """<p>Під час навчання слухачка описала процеси замовника нотацією
BPMN, склала перелік вимог до системи й пріоритизувала їх методом MoSCoW; провела три інтерв'ю із зацікавленими
сторонами.</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes and outcomes[0].startswith("описала процеси замовника нотацією BPMN")
    assert any(o.startswith("провела три інтерв'ю") for o in outcomes)
    rec = inspect_html(tmp_path, opening + """<p>Протягом навчання слухачка виконала 6 практичних завдань, склала
підсумковий тест і захистила проєкт.</p>""")
    found = rec.elements.get("learning_outcomes")
    assert found is None or not any(o.startswith("виконала") for o in found.value)


def test_the_issuer_behind_a_logos_signs_and_a_unit_by_its_kind(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>{/} NORTHWIND CODE SCHOOL</p><p>Lviv, Ukraine · northwind.example.ua</p>
<p style="font-size:20pt">CERTIFICATE</p><p>awarded to</p><p>Ivan Melnyk</p><p>for completing the course</p>
<p>Testing Web APIs with Postman</p>""")
    assert rec.value("awarding_body") == "NORTHWIND CODE SCHOOL"
    rec = inspect_html(tmp_path, """<p>HARBOUR MARITIME HERITAGE SOCIETY</p>
<p>Learning Centre · Hull, United Kingdom · harbour-heritage.example.org</p><p style="font-size:20pt">Certificate of
Completion</p><p>presented to</p><p>Ivan Melnyk</p><p>for completing the online course</p>
<p>Knots and Rigging of Tall Ships</p>""")
    assert rec.value("awarding_body") == "HARBOUR MARITIME HERITAGE SOCIETY"


def test_a_prose_clause_ending_in_a_semicolon_is_no_issuer(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p>ОСВІТНІЙ ПРОЄКТ «ЦИФРА ДЛЯ ВСІХ»</p><p style="font-size:20pt">СЕРТИФІКАТ</p>
<p>Цей сертифікат підтверджує, що</p><p>Мельник Іван Петрович</p><p>успішно опанував онлайн-курс</p>
<p>«Таблиці для бухгалтерів»</p>""", """<p>Додаток</p><p>Кожне заняття закінчувалося практичним завданням у Google
Sheets та тестом;</p><p>підсумкова робота — звіт про рух коштів.</p>"""])
    assert rec.value("awarding_body") != "Кожне заняття закінчувалося практичним завданням у Google Sheets та тестом;"
    assert "Google" not in (rec.value("awarding_body") or "")
