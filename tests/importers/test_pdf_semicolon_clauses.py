"""Outcomes given in one sentence after their heading, set apart by semicolons: each part whole, as its writer grouped
it ("plan a project and keep its risks under control; …"), not cut again where "and" joins two verbs of one outcome."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_english_clauses_between_semicolons_stay_whole(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTHGATE TRAINING HUB</p><p>Certificate of attendance</p>
<p>Awarded to Taras Melnyk for the evening course "Running Small Software Teams".</p>
<p><b>Learning objectives:</b> estimate a backlog and plan a release; track work on a board and review it each
week; coach and support new team members.</p>
<p>Issued 3 March 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "estimate a backlog and plan a release", "track work on a board and review it each week",
        "coach and support new team members."]


def test_ukrainian_infinitive_clauses_between_semicolons_stay_whole(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ЦЕНТР НЕПЕРЕРВНОЇ ОСВІТИ</p><p>Сертифікат</p>
<p>Виданий Олені Гнатюк про проходження курсу «Статистика для аналітиків».</p>
<p><b>Результати навчання:</b> будувати вибірки та обчислювати їхні характеристики; формулювати й перевіряти
гіпотези; пояснювати отримані висновки замовникові.</p>
<p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("learning_outcomes") == [
        "будувати вибірки та обчислювати їхні характеристики", "формулювати й перевіряти гіпотези",
        "пояснювати отримані висновки замовникові."]


def test_two_parts_are_read_as_before(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTHGATE TRAINING HUB</p><p>Certificate of attendance</p>
<p>Awarded to Taras Melnyk for the evening course "Data Basics".</p>
<p><b>You learned to:</b> clean a table of survey answers and chart the results; present them to a client.</p>
<p>Issued 3 March 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "clean a table of survey answers", "chart the results", "present them to a client"]
