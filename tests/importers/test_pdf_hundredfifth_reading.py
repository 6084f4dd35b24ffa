"""Readings corrected after the hundred-and-fifth set of certificates (printed from a wallet or a platform), each in
other wording than the set's: tags set apart by bars, who completed a course is not its name, a labelled learning
path without its status, a browser's page title above the page, a field's label alone is not its value."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_tags_set_apart_by_bars(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Badgeshelf</p><h1>Data Modelling Practitioner</h1>
<p>Issued by Corrib Data Ltd</p>
<p>Skills</p><p>Entity modelling | Normal forms | Foreign keys | Indexes</p><p>Alignments</p>""")
    assert rec.value("learning_outcomes") == ["Entity modelling", "Normal forms", "Foreign keys", "Indexes"]


def test_who_completed_the_course_is_not_its_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Accomplishment | Learnwell</p><p>COURSE CERTIFICATE</p>
<p>Introduction to Cartography</p><p>Completed by Marko Lysenko</p><p>May 3, 2026</p>""")
    assert rec.value("title") != "by Marko Lysenko"


def test_a_labelled_learning_path_without_its_status(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Ferncliff Academy</p><p>Iryna Savka</p><p>Learner transcript</p>
<p>Learning path: Pottery at Home  COMPLETED 12 May 2026</p><p>Lesson</p><p>Minutes</p>""")
    assert rec.value("title") == "Pottery at Home"


def test_a_browsers_page_title_above_the_page_names_the_body_in_its_second_part(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>12/05/2026, 10:15</p><p>My courses | Ferncliff Academy</p>
<p>Iryna Savka</p><p>Learning path: Pottery at Home</p>""")
    assert rec.value("awarding_body") == "Ferncliff Academy"


def test_a_fields_label_alone_is_not_its_value(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Micro-credential in Data Ethics</h1><p>Awarded to Oleh Vasko</p>
<p>Quality assurance</p><p>Internal quality assurance of the university (ESG-aligned)</p>""")
    assert rec.value("quality_assurance") != "Quality assurance"
