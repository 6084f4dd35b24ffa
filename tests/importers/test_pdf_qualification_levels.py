"""Qualifications named by their level ("Level 3 Award in …", "Level 2 Certificate in …"): such a name is the course,
not a level's label, and a sentence that names the course in brief ("attended the Level 2 course at …") gives way to
the full name above it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_qualification_named_by_its_level_below_the_verb(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:9pt">Riverside Training Centre · 12 Mill Lane, York</p>
<p style="font-size:17pt">Certificate of Achievement</p>
<p>This certifies that Olha Marchenko has successfully completed</p>
<p style="font-size:13pt">Level 2 Certificate in Food Hygiene and Allergen Awareness</p>
<p>Total qualification time: 12 hours · Result: Pass</p>""")
    assert rec.value("title") == "Level 2 Certificate in Food Hygiene and Allergen Awareness"


def test_a_level_label_is_still_a_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:17pt">Certificate of Completion</p>
<p>This certifies that Olha Marchenko has successfully completed</p><p>Level 3</p>
<p>Course: Spreadsheet Modelling for Analysts</p>""")
    assert rec.value("title") != "Level 3"


def test_the_full_name_above_a_sentence_naming_it_in_brief(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTHERN HOCKEY ASSOCIATION · COACH EDUCATION</p>
<p style="font-size:15pt">Level 1 Award in Coaching Field Hockey</p><p>Certificate of Competence</p>
<p>Awarded to</p><p>Iryna Bondar</p>
<p>who attended the Level 1 course at Kirkstall Sports Hub on three weekends in March 2025 (24 contact hours)
and was assessed as competent.</p>""")
    assert rec.value("title") == "Level 1 Award in Coaching Field Hockey"
