"""Certificates shaped like those of the fifty-eighth to sixty-first bench sets (languages mixed in one paper,
continuing education in English-speaking countries, academic documents, hard negatives), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_statement_of_attainment_names_its_learner_and_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Riverland Institute of TAFE</p><p>NATIONALLY</p><p>RECOGNISED</p><p>TRAINING</p>
<p>Statement of Attainment</p><p>This is a statement that</p><p>Iryna Pavlenko</p>
<p>has satisfied the requirements of the units of competency listed below.</p>
<p>Course: Orchard Pruning Skill Set (Short Course 4411)</p>
<table><tr><td>Unit Code</td><td>Unit Title</td><td>Nominal Hours</td></tr>
<tr><td>AHCHOR301</td><td>Prune fruit trees</td><td>40</td></tr></table>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("title") == "Orchard Pruning Skill Set (Short Course 4411)"


def test_a_student_below_a_two_word_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Northshore College</p><p>Statement of Completion</p><p>Student name</p>
<p>Iryna Pavlenko</p><p>Student number</p><p>N0148</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"


def test_a_name_awarded_in_two_scripts_by_its_first(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard School</p><p>Certificate of Completion</p>
<p>Awarded to Ірина Павленко / Iryna Pavlenko</p><p>Course</p><p>Обрізування плодових дерев</p>""")
    assert rec.value("learner_name") == "Ірина Павленко"


def test_a_name_without_the_letters_after_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>National Association of Orchard Engineers</p><p>PDH CERTIFICATE</p>
<p>Participant</p><p>Iryna Pavlenko, P.E.</p><p>Course</p><p>Irrigation of Orchards</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
