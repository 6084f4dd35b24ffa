"""Everyday certificates (the eighty-fourth set's shapes), in other words: a register's number set beside the
paper's heading is no course's name, and outcomes numbered in two digits ("01", "02" …) are read without them."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_registers_number_below_the_kind_of_course_is_no_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СВІДОЦТВО</p>
<p>про проходження короткострокової програми</p><p>Рег. № 88-КП/24</p><p>від 14.06.2024</p>
<p>Засвідчує, що Петренко Олег Іванович пройшов навчання за програмою «Основи роботи з базами даних
PostgreSQL» обсягом 30 годин.</p>""")
    assert rec.value("title") == "Основи роботи з базами даних PostgreSQL"


def test_outcomes_numbered_in_two_digits(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Сертифікат № 77 · Курс «Frontend з нуля» · Ірина Коваль</p>
<p>Результати навчання</p>
<table><tr><td>01</td><td>Верстаєте адаптивні сторінки на HTML і CSS.</td></tr>
<tr><td>02</td><td>Пишете інтерактивні компоненти на JavaScript.</td></tr>
<tr><td>03</td><td>Публікуєте сайт на хостингу.</td></tr></table>""")
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "Верстаєте адаптивні сторінки на HTML і CSS", "Пишете інтерактивні компоненти на JavaScript",
        "Публікуєте сайт на хостингу"]
