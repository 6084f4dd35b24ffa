"""A "Statement of Attainment" is the paper's kind, not the course's name; a course's name set on one line with
other fields after a bar is the name alone; a signature's caption ("Course" / "tutor,") is no course's name (the
caption was read as the name before). Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_course_below_a_statement_of_attainment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GREENFIELD HORTICULTURE SCHOOL</p>
<p style="font-size:20pt">Statement of Attainment</p>
<p style="font-size:14pt">Orchard Care for Beginners (Level 2) | group OC-07, 10 March – 2 June 2026</p>
<p>Learner</p><p>Olha KOVAL</p><p>Issued 8 June 2026</p>
<table><tr><td>Daniel<br>Rourke</td><td>Course<br>tutor,<br>RHS</td></tr></table>""")
    assert rec.value("title") == "Orchard Care for Beginners (Level 2)"
