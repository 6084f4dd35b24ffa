"""Fields a certificate writes inside its sentences and headers: the issue date beside a training period, a title
in quotes after an institution's quoted name, the awarding body below a ministry's header or named after "offered
by", a workload after a label, a grade in quotes. Each of these used to be read wrong, which the protocol then
printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers.credentials.pdf import _find_date
from app.importers.credentials.textparse import find_hours
from tests.importers.pdfgen import inspect_html

PD_CERTIFICATE = """<p>МІНІСТЕРСТВО ОСВІТИ І НАУКИ УКРАЇНИ</p>
<p>Харківський національний університет радіоелектроніки</p>
<p>Інститут післядипломної освіти «Фахівець»</p>
<h1>СВІДОЦТВО ПРО ПІДВИЩЕННЯ КВАЛІФІКАЦІЇ</h1>
<p>Видано Коваленко Марії Петрівні про те, що вона з 3 лютого 2025 року по 14 березня 2025 року пройшла
підвищення кваліфікації за програмою</p>
<p>«Хмарні обчислення для викладачів»</p>
<p>в обсязі 60 годин (2 кредити ЄКТС)</p>
<p>Результати навчання:</p>
<ol><li>Розгортати навчальні сервіси у хмарі.</li><li>Налаштовувати доступ користувачів.</li></ol>
<p>Підсумкова атестація: захист проєкту, оцінка «добре»</p>
<p>Харків, 17 березня 2025 року</p>"""


def test_a_training_period_is_not_the_issue_date(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, PD_CERTIFICATE)
    assert rec.value("issued_on") == "2025-03-17"


def test_the_title_in_quotes_after_the_completion_line_not_the_institutions_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, PD_CERTIFICATE)
    assert rec.value("title") == "Хмарні обчислення для викладачів"


def test_a_ministrys_header_is_not_the_awarding_body(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, PD_CERTIFICATE)
    assert rec.value("awarding_body") == "Харківський національний університет радіоелектроніки"


def test_a_grade_in_quotes_after_its_word(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, PD_CERTIFICATE)
    assert rec.value("grade") == "добре"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the label names a person first: the date beside it in the same sentence is not the issue date
        ("Видано Петренку Івану про те, що він з 1 травня 2024 року навчався\nОдеса, 30 травня 2024 року",
         "2024-05-30"),
        ("Issued: 7 October 2024, Kyiv", "2024-10-07"),
        ("Date of issue: 2025-03-18", "2025-03-18"),
        ("Видано 12.03.2024", "2024-03-12"),
    ],
)
def test_a_label_dates_what_follows_it(text: str, iso: str) -> None:
    assert _find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "hours"),
    [("Total hours: 480", 480), ("Hours: 36", 36), ("Кількість годин: 72", 72), ("Годин: 30", 30),
     ("Hours of study – 24", 24), ("Office hours: Monday", None)],
)
def test_a_workload_after_its_label(text: str, hours: float | None) -> None:
    found = find_hours(text)
    assert (found[0] if found else None) == hours


def test_the_body_that_offered_the_course(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>Certificate of Achievement</h1><p>This is to certify that</p><p>Anna Shevchuk</p>"
        "<p>successfully completed and received a passing grade in</p><h2>CS50x: Introduction to Computer Science</h2>"
        "<p>a course of study offered by HarvardX, an online learning initiative of Harvard University, through "
        "edX.</p><p>Issued May 14, 2025</p>",
    )
    assert rec.value("awarding_body") == "HarvardX"
    assert rec.value("title") == "CS50x: Introduction to Computer Science"


def test_a_company_named_in_the_title_is_not_the_awarding_body(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h2>Certificate of Completion</h2><p>Cloud Learning Hub</p><p>Olena Marchenko</p>"
        "<p>has successfully completed the course</p><p><b>Security Basics with Microsoft Defender</b></p>"
        "<p>Workload: 12 hours</p><p>Completed on 2 April 2025</p>",
    )
    assert rec.value("title") == "Security Basics with Microsoft Defender"
    assert rec.value("awarding_body") != rec.value("title")


def test_a_length_before_the_courses_name_is_not_part_of_it(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>CERTIFICATE</h1><p>Awarded to: Petro Ivanenko</p>"
        "<p>for completing the 12-week Data Engineering Bootcamp</p><p>Total hours: 360</p><p>Kyiv, 2024</p>",
    )
    assert rec.value("title") == "Data Engineering Bootcamp"
    assert rec.value("workload_hours") == 360
