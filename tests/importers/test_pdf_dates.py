"""Issue dates and workloads as certificates write them: ordinals, "of", the American month first where nothing else
fits; total hours, minutes, "40-hour", Ukrainian forms after numbers; grades with or without a label, and read as
percentages where the scale is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers.credentials.pdf import _find_date
from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    ("text", "iso"),
    [("3rd March 2025", "2025-03-03"), ("3rd of March, 2025", "2025-03-03"), ("December 1st, 2024", "2024-12-01"),
     ("Apr 2, 2025", "2025-04-02"), ("3/15/2025", "2025-03-15"), ("15/03/2025", "2025-03-15"),
     ("12/05/2024", "2024-05-12"), ("«15» травня 2025 р.", "2025-05-15"), ("1st place 2024", None)],
)
def test_an_issue_date(text: str, iso: str | None) -> None:
    assert _find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "hours", "ects"),
    [("Length 12.5 total hours", 12.5, None), ("Duration: 1h 30m", 1.5, None), ("2 hours 15 minutes", 2.25, None),
     ("a 40-hour course", 40, None), ("1 год 30 хв", 1.5, None),
     ("Тривалість навчання: 72 академічні години", 72, None),
     ("Обсяг курсу – 36 годин (1,2 кредиту ЄКТС)", 36, 1.2), ("40 hours, 3 modules", 40, None)],
)
def test_workload_as_certificates_write_it(text: str, hours: float | None, ects: float | None) -> None:
    from app.importers.credentials.textparse import find_ects, find_hours

    found, credits = find_hours(text), find_ects(text)
    assert (found[0] if found else None) == hours
    assert (credits[0] if credits else None) == ects


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Видано Коваль Марії Петрівні\nпро те, що вона з 03.02.2025 по 28.02.2025 пройшла навчання", "2025-02-28"),
     ("Date of issue: 2024-05-01; valid until 2027-05-01", "2024-05-01"),
     ("Дата видачі: 01.06.2024, дійсний до 01.06.2027", "2024-06-01"), ("Дата видачі:\n12.03.2024", "2024-03-12")],
)
def test_a_label_dates_only_what_it_labels(text: str, iso: str) -> None:
    assert _find_date(text) == iso


@pytest.mark.parametrize(
    ("line", "grade", "percent"),
    [("Grade achieved: 85%", "85%", 85.0), ("Final grade 88/100", "88/100", 88.0), ("Result: Pass", "Pass", None),
     ("з оцінкою «відмінно»", "відмінно", None), ("Набрано 87 балів зі 100", "87 балів зі 100", 87.0),
     ("Оцінка: 95 балів", "95 балів", 95.0), ("with a grade of 4.5/5", "with a grade of 4.5/5", 90.0)],
)
def test_a_grade_as_certificates_write_it(tmp_path: Path, line: str, grade: str, percent: float | None) -> None:
    from app.matching.policy import parse_grade

    rec = inspect_html(tmp_path, f"<h2>Certificate</h2><p>Olena Kovalenko</p><p>has completed the course</p>"
                              f"<p>Relational Databases</p><p>{line}</p><p>Date: 3 March 2025</p>")
    read = rec.value("grade")
    assert read == grade
    assert parse_grade(read)[0] == percent


def test_the_assessment_after_a_final_assessment_label(tmp_path: Path) -> None:

    rec = inspect_html(tmp_path, "<h1>СЕРТИФІКАТ</h1><p>Леся Українка</p><p>успішно завершила курс «Бази даних»</p>"
                              "<p>Підсумковий контроль: тестування з прокторингом</p>")
    assert rec.value("assessment_type") == "тестування з прокторингом"


def test_credits_that_can_be_counted_are_stackability(tmp_path: Path) -> None:

    rec = inspect_html(tmp_path, "<h1>СЕРТИФІКАТ</h1><p>Леся Українка</p><p>успішно завершила курс «Бази даних»</p>"
                              "<p>Кредити можуть бути зараховані в межах освітньої програми</p>")
    assert rec.value("stackability") == "Кредити можуть бути зараховані в межах освітньої програми"


@pytest.mark.parametrize(
    ("line", "learner_id"),
    [("Student ID: 20231234", "20231234"), ("Номер студентського квитка: КВ 12345678", "КВ 12345678"),
     ("ID учасника: 4567", "4567"), ("Certificate ID: ABC-123", None)],
)
def test_the_learners_identifier(tmp_path: Path, line: str, learner_id: str | None) -> None:

    rec = inspect_html(tmp_path, f"<h2>Certificate</h2><p>Olena Kovalenko</p><p>has completed the course</p>"
                              f"<p>Relational Databases</p><p>{line}</p>")
    assert rec.value("learner_id") == learner_id


@pytest.mark.parametrize("line", ["Assessment: a final exam (unproctored)", "Assessment: non-proctored online quiz",
                                  "Підсумковий контроль: тестування з прокторингом"])
def test_supervision_is_read_whatever_its_prefix(tmp_path: Path, line: str) -> None:

    rec = inspect_html(tmp_path, f"<h2>Certificate</h2><p>Olena Kovalenko</p><p>has completed the course</p>"
                              f"<p>Relational Databases</p><p>{line}</p>")
    assert rec.value("supervision") == line
