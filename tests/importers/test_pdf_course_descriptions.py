"""A record's descriptions of its courses, each opening with the course's code and name, stand in for the outcomes as
its topics: each course's name and description without its code, and not the signatures below them (where the courses'
names alone had been read)."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_each_courses_name_and_description_without_its_code(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTH SEA SUMMER SCHOOL IN DATA SCIENCE 2024</p><p>ACADEMIC RECORD</p>
<p>Participant: Olena Savchuk</p>
<p>DS-201 Data Wrangling · 2 ECTS · A</p><p>DS-202 Statistical Learning · 3 ECTS · B</p>
<p>Module descriptions</p>
<p>DS-201 Data Wrangling. Tidy data, joins and reshaping with pandas. Participants cleaned a public transport dataset
and documented every step.</p>
<p>DS-202 Statistical Learning. Linear and logistic regression, cross-validation and regularisation, evaluated on a
housing prices dataset.</p>
<p>Dr. Jan de Vries<br>Director of the Summer School</p>""")
    element = rec.elements["learning_outcomes"]
    assert element.value == [
        "Data Wrangling. Tidy data, joins and reshaping with pandas. Participants cleaned a public transport dataset "
        "and documented every step.",
        "Statistical Learning. Linear and logistic regression, cross-validation and regularisation, evaluated on a "
        "housing prices dataset.",
    ]
    assert element.source.endswith("(course topics)")  # what was covered, not what the learner can do


def test_a_body_of_knowledge_covered_is_read_as_topics(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTHFIELD QUALITY INSTITUTE</p><p>THIS IS TO CERTIFY THAT</p><p>IVAN SOKOL</p>
<p>is awarded the</p><p>Lean Office Practitioner</p><p>Body of knowledge covered</p>
<p>Flow<br>value stream maps of office processes; queues and batch sizes</p>
<p>Waste<br>the eight wastes in administrative work; 5S for shared drives</p>
<p>Issued 2 May 2025</p>""")
    element = rec.elements["learning_outcomes"]
    assert element.source.endswith("(course topics)")
    assert "value stream maps of office processes" in " ".join(element.value)


def test_each_captioned_topic_on_its_own(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTHFIELD QUALITY INSTITUTE</p><p>THIS IS TO CERTIFY THAT</p><p>IVAN SOKOL</p>
<p>is awarded the</p><p>Lean Office Practitioner</p><p>Body of knowledge covered</p>
<p>Flow<br>value stream maps of office processes; queues and batch sizes</p>
<p>Waste<br>the eight wastes in administrative work; 5S for shared drives</p>
<p>Standard work<br>Checklists and templates for recurring tasks</p>
<p>Final task: “Faster expense claims” — the holder mapped the claims process.</p>
<p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Flow: value stream maps of office processes; queues and batch sizes",
        "Waste: the eight wastes in administrative work; 5S for shared drives",
        "Standard work: Checklists and templates for recurring tasks",
    ]
