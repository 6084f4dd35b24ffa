"""Readings corrected after the hundred-and-second set of certificates (providers abroad, in English), each in other
wording than the set's: a course announced as "the following course", in a line or a table's first row; a table's
header row or a grading scale's legend never the name or the grade; a letter grade at a line's end; a polytechnic or
a skills network as the issuer; a score after "with a final score of"; a name without what the course consisted of;
tags in square brackets; the activities the hours were spent on."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_course_announced_on_the_line_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Kreisvolkshochschule Ahrtal</p><h1>Certificate of Attendance</h1>
<p>This is to certify that</p><p>Ms Oksana Lytvyn</p>
<p>attended the following course at the Kreisvolkshochschule Ahrtal:</p>
<p>Spreadsheets for Office Work — Intermediate</p><p>Dates: 10.02.2026 – 24.03.2026</p>""")
    assert rec.value("title") == "Spreadsheets for Office Work — Intermediate"


def test_the_course_in_the_first_row_of_the_table_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORRDAL UNIVERSITY</p><h1>Course Certificate</h1><p>Name</p><p>Bondar, Iryna</p>
<p>The above-named student has completed the following course with the grade stated:</p>
<table border="1"><tr><td>Code</td><td>Course / module</td><td>Credits</td><td>Grade</td></tr>
<tr><td>DA2031</td><td>Linear Algebra for Engineers</td><td>7.5</td><td>VG</td></tr></table>
<p>Grading scale: U = Fail, G = Pass, VG = Pass with Distinction.</p>""")
    assert rec.value("title") == "Linear Algebra for Engineers"
    assert rec.value("grade") != "with Distinction"  # (the scale's legend, not the learner's grade)


def test_a_header_row_with_levels_and_guided_hours_is_not_the_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ASHBROOK COLLEGE</p><h1>Certificate of Achievement</h1><p>AWARDED TO</p>
<p>OLENA MORYAK</p><p>for the successful completion of</p><p>Barista Skills</p>
<p>Overall result: Pass</p><!-- page --><p>Record of Unit Achievement</p>
<table border="1"><tr><td>Unit</td><td>Title</td><td>Level Credits GLH Result</td></tr>
<tr><td>BS101</td><td>Espresso preparation</td><td>2 3 20 Pass</td></tr></table>""")
    assert rec.value("title") == "Barista Skills"


def test_a_letter_grade_at_a_lines_end_is_not_joined_to_the_next_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Pine Ridge Technical College</p><h1>Certificate of Completion</h1>
<p>This is to certify that</p><p>Yurii Hnatyshyn</p><p>has satisfactorily completed the course</p>
<p>Networking Essentials</p><p>Final grade: A-</p><p>Course description</p>
<p>An evening course on small office networks.</p>""")
    assert rec.value("grade") == "A-"


def test_a_polytechnic_and_a_skills_network_are_issuers(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTHSHORE POLYTECHNIC</p>
<p>Faculty of Continuing Education · Vancouver, British Columbia, Canada</p><h1>MICRO-CREDENTIAL</h1>
<p>Data Literacy for Managers</p><p>Awarded to</p><p>Petro Ivashko</p>""")
    assert rec.value("awarding_body") == "NORTHSHORE POLYTECHNIC"
    rec = inspect_html(tmp_path, """<p>Shannon Estuary Skills Network</p>
<p>Unit 9, Quayside Business Centre, Limerick, Ireland</p><h1>Certificate of Completion</h1><p>Awarded to</p>
<p>Halyna Rud</p><p>for completing the programme</p><p>Lean Basics for Small Firms</p>""")
    assert rec.value("awarding_body") == "Shannon Estuary Skills Network"


def test_a_score_after_with_a_final_score_of(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>brightpath learning</p><h1>CERTIFICATE OF COMPLETION</h1>
<p>This is to certify that</p><p>ANNA SHEVCHUK</p><p>has successfully completed the online programme</p>
<p>Statistics with R</p><p>with a total score of 91/100 · 40 learning hours</p>""")
    assert rec.value("grade") == "91/100"


def test_a_name_without_what_the_course_consisted_of(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>RIVERBEND RELIEF</p><h1>Certificate of Completion</h1>
<p>This certifies that</p><p>Ivan Sirko</p>
<p>volunteer of the Lviv team, has completed the course</p><p>Basic Life Support for Volunteers, consisting of three
online modules and one practice session held online on 2 March 2026, and passed the final check.</p>""")
    assert rec.value("title") == "Basic Life Support for Volunteers"


def test_skills_each_in_square_brackets_and_no_alignment_among_them(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Corvane Academy</p><h1>Corvane Certified Installer — Level 1</h1>
<p>Earned by Olha Zhuk</p><p>Skills</p>
<p>[ Cable termination ]  [ Signal testing ]  [ Rack assembly ]  [ Labelling ]</p>
<p>Alignment</p><p>Aligned to Corvane Installer Pathway, level 1 of 3</p>""")
    assert rec.value("learning_outcomes") == ["Cable termination", "Signal testing", "Rack assembly", "Labelling"]


def test_what_the_hours_were_spent_on_is_not_the_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbourline Code School</p><h1>Certificate of Completion</h1>
<p>This certifies that</p><p>Maria Koval</p><p>has completed the Data Engineering Bootcamp</p>
<p>12 weeks · 360 hours (live classes, workshops and project work)</p><p>Issued 2 April 2026</p>""")
    assert rec.value("assessment_type") is None
