"""A grade with how it was earned in brackets ("94% (graded quizzes … and a final project)", wrapped to the next
line) is the grade, the bracket the kind of assessment; a bracket of the grade's scale or letter stays with it; of
fields set on one line with "·" between them, the kind of assessment is the field that names it. Each was read wrong
before; the wordings are other than those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def _certificate(line: str, width: int = 300) -> str:
    return f"""<p>This is to certify that</p><p>Olha Koval</p><p>has successfully completed</p>
<p>Orchard Care for Beginners</p><p style="width:{width}px">{line}</p><p>Date of issue: 8 April 2026</p>"""


def test_how_a_grade_was_earned_is_the_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _certificate(
        "6 weeks · about 40 hours · Final mark: 81% (two practical tasks in the orchard, a written test and a "
        "pruning project)"))
    assert rec.value("grade") == "81%"
    assert rec.value("assessment_type") == "two practical tasks in the orchard, a written test and a pruning project"


def test_a_grades_scale_in_brackets_stays(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _certificate("Оцінка: 92 бали (A, відмінно)"))
    assert rec.value("grade") == "92 бали (A, відмінно)"


def test_the_field_naming_the_assessment_among_fields_on_one_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _certificate("12 тижнів · 60 годин · підсумковий проєкт захищено на «відмінно»",
                                              width=500))
    assert rec.value("assessment_type") == "підсумковий проєкт захищено на «відмінно»"
