"""A course's name unquoted on the line below the kind of course ("… про завершення програми" / "Сад на схилі:" /
"від саджанця до врожаю"; "навчальної програми" / two lines in capitals), not a name in quotes further down (an
outcome's project, an organisation's name); the paper's own heading ("Сертифікат про закінчення курсу") is no such
line. Other wording than the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_name_below_the_kind_of_course_goes_on_after_a_colon(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГО «Зелений двір»</p><p>СЕРТИФІКАТ</p>
<p>виданий Коваль Олені Петрівні про завершення програми</p><p>Сад на схилі:</p><p>від саджанця до врожаю</p>
<p>Підсумковий проєкт «Яблуневий ряд» захищено.</p><p>Дата видачі: 12.03.2026</p>""")
    assert rec.value("title") == "Сад на схилі: від саджанця до врожаю"


def test_a_name_in_capitals_on_two_lines(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГО «ЛАБОРАТОРІЯ САДУ «ЯБЛУКО»</p><p>СЕРТИФІКАТ УЧАСНИКА</p>
<p>навчальної програми</p><p>ДОГЛЯД ЗА МОЛОДИМ САДОМ</p><p>НА СХИЛОВИХ ДІЛЯНКАХ</p><p>Учасник: Петро Коваль</p>
<p>Дата видачі: 12.03.2026</p>""")
    assert rec.value("title") == "ДОГЛЯД ЗА МОЛОДИМ САДОМ НА СХИЛОВИХ ДІЛЯНКАХ"
