"""The awarding body is neither the site a certificate was printed from ("learn.example-academy.example · Moodle") nor
the learning system the course used ("… з перевіркою на платформі Moodle")."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_sites_address_above_is_no_body(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>courses.northbay-institute.example · Moodle</p><p>NORTHBAY INSTITUTE</p>
<p>Certificate of Completion</p><p>This is to certify that</p><p>Maria Kovalenko</p><p>has completed the course</p>
<p>Spreadsheets for Office Work</p><p>Completion date</p><p>3 March 2025</p>""")
    assert rec.value("awarding_body") == "NORTHBAY INSTITUTE"


def test_the_learning_system_a_course_used_is_no_body(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДНІСТРОВСЬКИЙ ТЕХНІЧНИЙ УНІВЕРСИТЕТ</p><p>СЕРТИФІКАТ</p>
<p>Видано Коваль Олені Петрівні в тому, що вона навчалася за програмою «Excel для бухгалтерів» в обсязі 30 годин,
з них 12 годин самостійної роботи з перевіркою на платформі Moodle.</p><p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("awarding_body") == "ДНІСТРОВСЬКИЙ ТЕХНІЧНИЙ УНІВЕРСИТЕТ"
