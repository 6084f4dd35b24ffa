"""Bilingual certificates set side by side (the ninety-first set's shapes), in other words: a kind of course with no
name followed by what else was done ("… completed the workshop series and presented a" / "final portfolio.", "…
завершила навчання та виконала підсумковий кейс" / "(…)", "uczestniczyła w" / "zajęciach i zdała egzamin …") names no
course, which is read under its label or in quotes; a name in curly quotes under its label is read where it wraps;
and a name on the line below a second clause still is ("… завершила курс і захистила фінальний проєкт" / «…»)."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_what_else_was_done_is_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">CERTIFICATE</p><p>awarded to</p><p>Olha Marchenko</p>
<p style="width:260pt">who has completed the workshop series and presented a</p><p>final portfolio of ceramics.</p>
<p style="width:230pt">Course: “Studio Ceramics: Throwing, Glazing and Kiln Firing”</p>""")
    assert rec.value("title") == "Studio Ceramics: Throwing, Glazing and Kiln Firing"
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Слухачка: Ірина Гнатюк</p>
<p>успішно завершила навчання та виконала підсумковий кейс</p><p>(план закупівель для аптечної мережі).</p>
<p>Програма: «Управління закупівлями в роздрібній торгівлі»</p>""")
    assert rec.value("title") == "Управління закупівлями в роздрібній торгівлі"


def test_a_name_below_a_second_clause_is_still_read(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Засвідчує, що Олена Бойко</p>
<p>успішно завершила курс і захистила фінальний проєкт</p><p>«Аналітика продажів у Power BI»</p>""")
    assert rec.value("title") == "Аналітика продажів у Power BI"


def test_an_assessments_bracket_closed_two_lines_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Засвідчує, що Олена Бойко пройшла курс
«Управління закупівлями».</p><p>Наприкінці курсу слухачка захистила командний проєкт (план<br>закупівель
для мережі<br>аптек).</p>""")
    assert (rec.value("assessment_type") or "").endswith("для мережі аптек)")
