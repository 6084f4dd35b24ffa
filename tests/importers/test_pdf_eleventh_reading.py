"""Wordings found on an eleventh reading: "This free course taught how to:", "Після тренінгу учасник:", "Під час
навчання опановано:", fields in a two-column table read cell by cell ("Student:" / the name on the next line), a
"Completed:" label before a date, "Course name:", "Certificate of Training", "Видано … в тому, що", a course after
"пройшла інтенсив", a programme of all its courses, and issuers that are a public union or an education platform.
Each was read wrong before; the wordings here are other than those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html

LIST = "<ul><li>plan a small garden irrigation system</li><li>estimate water needs of plants</li></ul>"


@pytest.mark.parametrize(
    "heading", ["The training taught you how to:", "Після семінару учасниця:", "За час навчання засвоєно:"]
)
def test_more_openings_of_outcomes(tmp_path: Path, heading: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>Certificate</p><h2>Olha Koval</h2><p>has completed</p><h1>Garden Water</h1>
<p>{heading}</p>{LIST}<p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == ["plan a small garden irrigation system", "estimate water needs of plants"]


def test_fields_in_a_two_column_table(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Training</h1><table>
<tr><td>Trainee:</td><td>Olha Koval</td></tr><tr><td>Course:</td><td>Industrial Safety Basics</td></tr>
<tr><td>Training provider:</td><td>Example Safety Centre</td></tr><tr><td>Completed:</td><td>01.10.2025</td></tr>
</table>""")
    assert rec.value("learner_name") == "Olha Koval"
    assert rec.value("title") == "Industrial Safety Basics"
    assert rec.value("awarding_body") == "Example Safety Centre"
    assert rec.value("issued_on") == "2025-10-01"


def test_a_course_name_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Training</h1><p>Course name: Forklift Operation</p>
<p>Trainee: Olha Koval</p><p>Date: 01.10.2025</p>""")
    assert rec.value("title") == "Forklift Operation"


def test_issued_to_in_that_and_an_intensive_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СВІДОЦТВО</h1><p>Громадська спілка «Ремесла Приклад»</p>
<p>Видано Коваль Ірині Петрівні в тому, що вона пройшла воркшоп «Гончарство для початківців» (8 годин).</p>
<p>Дата: 01.10.2025</p>""")
    assert rec.value("learner_name") == "Коваль Ірині Петрівні"
    assert rec.value("title") == "Гончарство для початківців"
    assert rec.value("awarding_body") == "Громадська спілка «Ремесла Приклад»"


def test_a_programme_of_all_its_courses_takes_its_name_from_the_large_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Professional Certificate</h1><h2>Cloud Operations</h2>
<p>This is to certify that</p><h2>Olha Koval</h2>
<p>successfully completed and received a passing grade in all courses of the program:</p>
<ul><li>Linux Basics</li><li>Networking Basics</li></ul><p>Issued September 9, 2025</p>""")
    assert rec.value("title") == "Cloud Operations"
