"""Two-page certificates, the certificate and then its annex (the eighty-seventh set's shapes), in other words: a
numbered list goes on over the page below the next page's running header; a module's heading by a Roman numeral,
wrapped inside its bracket, is no item; a ruled table's outcomes lose their codes ("LO1.") and the row that grades
the whole; "Day | Topics" below a "Programme" label is a table's header, no course; "Уроки курсу" ends the outcomes;
a machine learning's "test sets" is no assessment, "… in the final examination" names one; a row's result is read
with its part only where it points back at it from its first words."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.pdf_tables import _row_text
from tests.importers.pdfgen import inspect_html, inspect_pages

FOOTER = "<p>Директор ____________ О. Петренко</p><p>Сторінка 1 з 2</p>"


def test_a_numbered_list_going_on_over_the_page(tmp_path: Path) -> None:
    first = """<p style="font-size:18pt">СВІДОЦТВО</p><p>Видане Коваль Ірині Петрівні про те, що вона пройшла
навчання за програмою «Діловодство в закладах освіти» обсягом 30 годин.</p><p>Після завершення програми слухачка
вміє:</p><ol><li>Реєструвати вхідні та вихідні листи в електронному журналі.</li><li>Складати номенклатуру справ
закладу.</li><li>Готувати проєкти наказів з основної діяльності.</li></ol>""" + FOOTER
    second = """<p>Свідоцтво № ДО-118/25 · Коваль І. П. (продовження)</p><ol start="4"><li>Формувати справи й
передавати їх до архіву.</li><li>Оформлювати довідки на запит працівників.</li></ol><p>Сторінка 2 з 2</p>"""
    rec = inspect_pages(tmp_path, [first, second])
    outcomes = [o.rstrip(".") for o in rec.value("learning_outcomes") or ()]
    assert outcomes == [
        "Реєструвати вхідні та вихідні листи в електронному журналі", "Складати номенклатуру справ закладу",
        "Готувати проєкти наказів з основної діяльності", "Формувати справи й передавати їх до архіву",
        "Оформлювати довідки на запит працівників"]


def test_another_list_on_the_next_page_is_not_its_continuation(tmp_path: Path) -> None:
    first = """<p style="font-size:18pt">СВІДОЦТВО</p><p>Видане Коваль Ірині Петрівні про те, що вона пройшла
навчання за програмою «Діловодство в закладах освіти» обсягом 30 годин.</p><p>Після завершення програми слухачка
вміє:</p><ol><li>Реєструвати вхідні та вихідні листи в електронному журналі.</li><li>Складати номенклатуру справ
закладу.</li></ol>""" + FOOTER
    second = """<p>Навчальний план</p><ol start="3"><li>Вступ до діловодства — 4 год</li>
<li>Номенклатура справ — 6 год</li></ol>"""
    rec = inspect_pages(tmp_path, [first, second])
    assert len(rec.value("learning_outcomes") or ()) == 2


def test_a_modules_heading_by_a_roman_numeral_wrapped_in_its_bracket(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Засвідчує, що Лисенко Марія
Олегівна опанувала курс «Статистика для соціологів» обсягом 90 годин.</p><p>Результати навчання</p>
<p>Частина I. Описова статистика (30 год; контрольна робота — 88 балів)</p>
<ul><li>обчислює середні, медіану й квартилі;</li><li>будує гістограми розподілів.</li></ul>
<p>Частина II. Статистичне висновування на вибірках із генеральних сукупностей (60 год; контрольна робота —
91 бал)</p><ul><li>перевіряє гіпотези про середні;</li><li>будує довірчі інтервали.</li></ul>""")
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "обчислює середні, медіану й квартилі", "будує гістограми розподілів", "перевіряє гіпотези про середні",
        "будує довірчі інтервали"]


RULED = "border: 1px solid #999; padding: 4px;"


def test_a_ruled_tables_coded_outcomes_without_the_whole_grade(tmp_path: Path) -> None:
    rows = "".join(f'<tr><td style="{RULED}">{a}</td><td style="{RULED}">{b}</td><td style="{RULED}">{c}</td></tr>'
                   for a, b, c in (
                       ("LO1. Write unit tests for functions and classes with pytest.", "Lab 1", "90%"),
                       ("LO2. Measure test coverage and close the gaps it shows.", "Lab 2", "84%"),
                       ("LO3. Automate the tests in a continuous integration pipeline.", "Project", "88%"),
                       ("Final grade (weighted)", "", "87%")))
    rec = inspect_html(tmp_path, f"""<p style="font-size:18pt">Certificate of Completion</p><p>This certifies that
Petro Hnatiuk has successfully completed the course</p><p>Software Testing in Python</p>
<table style="border-collapse: collapse;"><tr><th style="{RULED}">Learning outcome</th>
<th style="{RULED}">Assessment</th><th style="{RULED}">Result</th></tr>{rows}</table>""")
    assert rec.value("learning_outcomes") == [
        "Write unit tests for functions and classes with pytest.", "Measure test coverage and close the gaps it shows.",
        "Automate the tests in a continuous integration pipeline."]


def test_a_day_by_day_tables_header_is_no_course(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p style="font-size:18pt">CERTIFICATE OF TRAINING</p><p>awarded to</p>
<p>Olha Savchenko</p><p>for completing the in-house training programme</p>
<p style="font-size:15pt">Warehouse Slotting and Pick-Path Planning</p><p>Duration: 16 hours</p>""",
                                   """<p>Annex</p><p>Programme</p><p>Day Topics</p><p>Hours</p>
<p>1 Slotting by velocity 8</p><p>2 Pick paths 8</p>"""])
    assert rec.value("title") == "Warehouse Slotting and Pick-Path Planning"


def test_the_course_lessons_end_the_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Засвідчує, що Олег Савчук пройшов
онлайн-курс «Фотографія для маркетплейсів».</p><p>Чого ви навчилися</p><ul><li>Виставляти світло для предметної
зйомки.</li><li>Обробляти знімки у Lightroom.</li></ul><p>Уроки курсу</p><ol><li>Світло 2 год</li>
<li>Обробка 3 год</li></ol>""")
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "Виставляти світло для предметної зйомки", "Обробляти знімки у Lightroom"]


def test_a_test_set_is_no_assessment_and_the_final_examination_is(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">Certificate</p><p>Marta Ivaniuk has completed the
course</p><p>Practical Forecasting</p><p>Learners split the history into training and test sets and compare the
forecasts.</p>""")
    assert rec.value("assessment_type") is None
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">Certificate</p><p>Marta Ivaniuk has completed the
course</p><p>German for Nurses (B1)</p><p>and has demonstrated proficiency at level B1 of the Common European
Framework of Reference for Languages in the written examination, overall score 78/100.</p>""")
    assert rec.value("assessment_type") == "written examination"


def test_a_result_points_back_at_its_part_only_from_its_first_words() -> None:
    assert _row_text("Черги", "реалізує ці структури на масиві", False) == "Черги — реалізує ці структури на масиві"
    late = "Identify project risks, keep a risk register and monitor them during delivery."
    assert _row_text("Risk management", late, False) == late
