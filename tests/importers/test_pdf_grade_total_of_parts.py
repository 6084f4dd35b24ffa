"""A grade told in parts and their total ("поточний контроль — 44 бали з 60, екзамен — 35 балів з 40, разом 79 балів",
on a line too long for the grade's first sixty characters): the grade is the total, not the first part cut short. A
grade told whole keeps its reading. The wordings are other than those of the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


def _certificate(line: str) -> str:
    return f"""<p>Цим засвідчується, що</p><p>Олені Петрівні Гнатюк</p><p>успішно завершила курс</p>
<p>«Основи бджільництва»</p><p style="width:460px">{line}</p><p>Дата видачі: 9 березня 2026 р.</p>"""


@pytest.mark.parametrize(
    ("line", "grade"),
    [
        ("Результат: практичні завдання — 27 балів з 40, залік — 48 балів з 60, разом 75 балів, що відповідає "
         "оцінці «добре» (C) за шкалою ЄКТС.", "75 балів"),
        ("Оцінка: тест 41 бал із 50, проєкт 30 із 50, усього 71 бал", "71 бал"),
        ("Result: coursework 36/50 and final examination 44/50, total 80/100 (grade B, very good).",
         "80/100 (grade B, very good)"),
    ],
)
def test_the_total_of_a_grade_told_in_parts(tmp_path: Path, line: str, grade: str) -> None:
    assert inspect_html(tmp_path, _certificate(line)).value("grade") == grade


@pytest.mark.parametrize(
    ("line", "grade"),
    [
        ("Підсумкова оцінка: 88 балів зі 100, «відмінно» (B)", "88 балів зі 100, «відмінно» (B)"),
        ("Grade: 91 / 100 — Distinction", "91 / 100 — Distinction"),
    ],
)
def test_a_grade_told_whole_keeps_its_reading(tmp_path: Path, line: str, grade: str) -> None:
    assert inspect_html(tmp_path, _certificate(line)).value("grade") == grade
