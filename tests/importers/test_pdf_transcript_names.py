"""A transcript's or a module record's name: not a column label of its table of courses ("Code" / "Course title" /
"ECTS Hours …"), and the programme labelled in a row of fields set apart by middle dots."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_CELL = '<td style="border:1px solid #444444; padding:3px">'


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"{_CELL}{c}</td>" for c in cells) + "</tr>"


def test_a_column_label_beside_the_codes_is_no_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, "<p>SAVA UNIVERSITY · Faculty of Economics</p><p>Transcript of Records</p>"
                       "<p>Name: Oksana PETRENKO</p>"
                       '<table style="border-collapse:collapse">'
                       + _row("Code", "Course title", "Credits Hours Local mark")
                       + _row("EC-101", "Microeconomics", "6 A") + _row("EC-102", "Accounting", "5 B")
                       + "</table><p>Date of issue: 2 July 2025</p>")
    assert rec.value("title") != "Credits Hours Local mark"


def test_the_programme_labelled_in_a_row_of_fields(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, "<p>NORDHAFEN CODING SCHOOL</p><p>Module Record</p>"
                       "<p>Participant: Ivan KRAVETS · Participant ID: NH-25-88 · Programme: Data Engineering "
                       "Bootcamp (full-time, 480 hours) · Period: 3 March – 27 June 2025</p>"
                       '<table style="border-collapse:collapse">' + _row("No.", "Module", "Hours", "Result")
                       + _row("1", "Data Pipelines", "240", "passed")
                       + _row("2", "Job Application Coaching", "40", "passed CV and interview training")
                       + "</table><p>Date of issue: 30 June 2025</p>")
    assert rec.value("title") == "Data Engineering Bootcamp"
    assert rec.value("learner_name") == "Ivan KRAVETS"
