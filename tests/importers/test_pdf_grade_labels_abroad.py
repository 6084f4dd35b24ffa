"""Grades under labels the ninety-second and ninety-third sets brought, in other words: "Wynik końcowy: 84%" with
the next field on its line; "Результат підсумкового тестування: 94 бали"; a verdict with its score below "Result";
a grade below its label with the scale in brackets or a long explanation after it; a bare number below "Підсумкова
оцінка (середня зважена)" only where no label gives a grade on its line; the scale explained in brackets no part of
the grade."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

HEAD = """<p style="font-size:18pt">CERTIFICATE</p><p>This certifies that Ostap Kravets has completed the course Orchard
Irrigation.</p>"""


def _grade(tmp_path: Path, body: str) -> object:
    return inspect_html(tmp_path, HEAD + body).value("grade")


def test_grades_under_their_labels(tmp_path: Path) -> None:
    assert _grade(tmp_path, "<p>Nakład pracy: 40 godzin · Wynik końcowy: 78% · Poziom: średni</p>") == "78%"
    assert _grade(tmp_path, "<p>Результат підсумкового тестування: 47 балів</p>") == "47 балів"
    assert _grade(tmp_path, "<p>Result</p><p>Pass, 77 %</p><p>Learning outcomes</p>") == "Pass, 77 %"
    assert _grade(tmp_path, """<p>Final grade</p><p>2.3 (good) on the German scale 1.0–5.0; ECTS grade C</p>
<p>The annex forms part of this certificate.</p>""") == "2.3 (good) on the German scale 1.0–5.0"
    assert _grade(tmp_path, """<p>Celkové hodnocení závěrečné zkoušky (písemná část 40/50, ústní část 44/50)</p>
<p>84 % — B</p>""") == "84 % — B"


def test_a_bare_number_below_a_label_gives_way_to_a_grade_on_a_labels_line(tmp_path: Path) -> None:
    # (a guard: read so before too; the labels read below their values now must not take its place)
    assert _grade(tmp_path, """<p>Підсумкова оцінка: 88 зі 100 («добре»)</p><p>Модуль 1 … 90</p>
<p>Підсумкова оцінка (середня зважена)</p><p>88</p>""") == "88 зі 100 («добре»)"


def test_the_scale_explained_in_brackets_is_no_part_of_the_grade(tmp_path: Path) -> None:
    assert _grade(tmp_path, """<p>Загальна оцінка</p><p>«добре» (за шкалою центру: незадовільно / задовільно / добре /
відмінно)</p>""") == "«добре»"
