"""A table drawn without rules, which the text layer gives cell by cell: its total row's numbers belong, in order, to
the header's columns of hours, credits and grade ("Разом" / "240" / "88" under "Модуль | Годин | Оцінка"; "Total 9"
under "Code | Unit | ECTS | Grade"), each where nothing else gave it. Read as nothing before; other wording than the
certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_UKRAINIAN = """<p><b>СВІДОЦТВО</b></p><p>Марина Ткачук</p><p>завершила програму «Садовий дизайн»</p>
<table style="width:420px"><tr><td><b>Модуль</b></td><td><b>Годин</b></td><td><b>Оцінка</b></td></tr>
<tr><td>Ґрунти і рослини</td><td>90</td><td>85</td></tr><tr><td>Проєктування ділянки</td><td>150</td><td>90</td></tr>
<tr><td>Разом</td><td>240</td><td>88</td></tr></table>
<p>Оцінки — за 100-бальною шкалою.</p><p>Дата видачі: 12.03.2026</p>"""


def test_the_total_row_gives_hours_and_grade(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _UKRAINIAN)
    assert rec.value("workload_hours") == 240
    assert rec.value("grade") == "88"


def test_the_total_row_under_credits(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p><b>TRANSCRIPT OF RECORDS</b></p><p>Name: Ivan Hnatiuk</p>
<table style="width:420px"><tr><td>Code</td><td>Course unit</td><td>ECTS Grade</td><td>Date</td></tr>
<tr><td>HRT101</td><td>Soil Science</td><td>5 4</td><td>2026-01-12</td></tr>
<tr><td>HRT102</td><td>Garden Design</td><td>4 5</td><td>2026-02-20</td></tr></table><p>Total 9</p>
<p>One ECTS credit corresponds to about 27 hours of student work.</p>""")
    assert rec.value("workload_ects") == 9


def test_what_the_text_states_comes_first(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _UKRAINIAN.replace("<p>Оцінки", "<p>Обсяг програми — 250 годин. Оцінки"))
    assert rec.value("workload_hours") == 250


def test_a_total_without_a_header_of_numbers_gives_nothing(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p><b>CERTIFICATE</b></p><p>Ivan Hnatiuk</p><p>completed Garden Design</p>
<p>Modules</p><p>Soil science</p><p>Planting plans</p><p>Total</p><p>2</p><p>Date of issue: 12 March 2026</p>""")
    assert rec.value("workload_hours") is None and rec.value("workload_ects") is None and rec.value("grade") is None


def test_a_total_row_that_names_itself_and_a_letter_grade(tmp_path: Path) -> None:
    """"Total / overall result (credit-weighted average 84.2)" / "5" / "B (84)": the label may say what it is, and
    the grade cell may be a letter with its points."""
    rec = inspect_html(tmp_path, """<p><b>TRANSCRIPT OF RECORDS</b></p><p>Name: Ivan Hnatiuk</p>
<table><tr><td style="width:300pt">Code</td><td style="width:60pt">Unit</td><td style="width:40pt">ECTS</td>
<td style="width:60pt">Grade</td></tr>
<tr><td>GD-1</td><td>Soils</td><td>2</td><td>A (92)</td></tr>
<tr><td>GD-2</td><td>Design</td><td>3</td><td>C (79)</td></tr>
<tr><td>Total / overall result (weighted average 84.2)</td><td></td><td>5</td><td>B (84)</td></tr></table>
<p>Date of issue: 12 March 2026</p>""")
    assert rec.value("workload_ects") == 5
    assert rec.value("grade") == "B (84)"


def test_a_column_of_the_most_each_row_could_get_is_no_grade(tmp_path: Path) -> None:
    """"Етап | Макс. | Бали" / "Разом (прохідний бал — 60)" / "100" / "81": the grade is the points, not the most."""
    rec = inspect_html(tmp_path, """<p><b>СВІДОЦТВО</b></p><p>Марина Ткачук</p>
<p>завершила програму «Садовий дизайн»</p>
<table style="width:420px"><tr><td><b>Етап</b></td><td><b>Макс.</b></td><td><b>Бали</b></td></tr>
<tr><td>Ґрунти і рослини</td><td>40</td><td>31</td></tr><tr><td>Проєктування ділянки</td><td>60</td><td>50</td></tr>
<tr><td>Разом (прохідний бал — 60)</td><td>100</td><td>81</td></tr></table>
<p>Дата видачі: 12.03.2026</p>""")
    assert rec.value("grade") == "81"
