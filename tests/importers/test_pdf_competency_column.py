"""A competency sign-off table whose column is headed "Competency demonstrated" (in the singular), each row numbered,
with its evidence (a graded task and its link), date and initials in the next columns: every row's competency is an
outcome (before, two of five were read, as the course's topics). Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_ROWS = [
    "Writes SQL queries with joins, grouping and subqueries against a relational schema, checking each result "
    "against a hand count.",
    "Designs a normalised schema with primary and foreign keys and constraints from a short brief, and explains "
    "each choice.",
    "Builds indexes and reads query plans to speed up slow queries: filters, joins, sorting and pagination.",
    "Uses transactions and isolation levels to keep concurrent updates consistent, and shows a lost update and its "
    "fix.",
    "Backs up and restores a PostgreSQL database, automates the backup and documents the procedure for a colleague.",
]

_STYLE = (
    "<style>table.so td { border: 0.5pt solid #8a9c95; padding: 2pt 3pt; font-size: 8pt; vertical-align: top; }"
    "table.so tr.th td { background-color: #234e3f; color: #fff; font-size: 7.2pt; font-weight: bold; }"
    ".lk { font-family: 'Courier New', monospace; font-size: 6.9pt; } td.m { text-align: center; font-size: 7.8pt; }"
    "</style>"
)


def test_every_row_of_a_competency_column(tmp_path: Path) -> None:
    rows = "".join(
        f'<tr><td class="m">{n}</td><td>{text}</td><td>Lab {n} “Library loans, part {n}” (9/10)<br>'
        f'<span class="lk">portfolio.lakeside.example/ikoval/lab{n}-library-loans</span></td>'
        f'<td class="m">1{n}/10/2025</td><td class="m">KW</td></tr>'
        for n, text in enumerate(_ROWS, 1)
    )
    html = (
        _STYLE
        + "<p>LAKESIDE COLLEGE EXTENSION</p><p>Certificate of Completion</p><p>This certifies that</p>"
        "<p>Iryna Koval</p><p>has satisfactorily completed the course</p>"
        "<p>DBMS X210 · Relational Databases with PostgreSQL</p><p>Form 12 · Instructor Competency Sign-Off</p>"
        '<table class="so"><tr class="th"><td width="4%">#</td><td>Competency demonstrated</td>'
        '<td width="33%" style="width:160pt">Evidence (graded work and link)</td>'
        '<td width="10%" style="width:46pt">Met on</td><td width="7%" style="width:32pt">Init.</td></tr>'
        f"{rows}</table>"
        "<p>How the grade was made up: labs 60 %, final project 40 %.</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("learning_outcomes") == _ROWS
