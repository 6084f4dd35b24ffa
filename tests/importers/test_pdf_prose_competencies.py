"""Outcomes told in paragraphs of prose under their heading ("Demonstrated Competencies" / "A participant who completes
… is able to …. The participant breaks …"), one outcome for each thing the learner is said to do; a course completed
"satisfactorily" with its name on the next line; a "Course" field's value running on to the next line with the
course's details. Before, the paragraphs were read as two outcomes (or none), and the field's whole first line was
taken for the course's name. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

PROSE = (
    "<p>Assessed Competencies</p>"
    "<p>A learner who finishes WEB-N 205 is able to lay out accessible pages in HTML and CSS that read well on a phone "
    "and on a desktop screen, style them with a shared stylesheet, and publish them to a static hosting service with a "
    "custom domain. The learner writes JavaScript that reacts to clicks and form input, checks the input before it is "
    "sent, and loads data from a public API with fetch, showing a message when the request fails or the network is "
    "slow.</p>"
    "<p>Before a page goes live, the learner tests it with a screen reader and the browser's accessibility checker and "
    "corrects the contrast, the labels and the order of headings that these tools report as faulty or missing. All "
    "finished pages are kept in a repository on GitHub for the tutor to review: the learner commits each change with a "
    "short message and opens a pull request for every finished assignment, answering the tutor's comments.</p>"
    "<p>Certificate No. RCC-CE-2025-0711</p>"
)


def test_outcomes_told_in_paragraphs_under_their_heading(tmp_path: Path) -> None:
    html = ("<p>Riverbend Community College</p><p>Continuing Education · Dayton, Ohio</p>"
            "<p>Certificate of Completion</p><p>This is to certify that</p><p>Petro Hnatiuk</p>"
            "<p>has satisfactorily completed the noncredit course</p><p>WEB-N 205 Front-End Web Basics</p>"
            "<p>March 3 – May 22, 2025 · 60 contact hours</p>" + PROSE)
    rec = inspect_html(tmp_path, html)
    outcomes = rec.value("learning_outcomes") or []
    assert len(outcomes) >= 5
    assert outcomes[0].startswith("lay out accessible pages in HTML and CSS")
    assert any(o.startswith("writes JavaScript that reacts to clicks") for o in outcomes)
    assert any(o.startswith("tests it with a screen reader") for o in outcomes)  # after "Before a page goes live,"
    assert any(o.startswith("commits each change with a short message") for o in outcomes)  # after "…: the learner"
    assert rec.value("title") == "WEB-N 205 Front-End Web Basics"


def test_a_course_field_running_on_to_the_next_line_gives_the_name(tmp_path: Path) -> None:
    html = ("<p>Riverbend Community College</p><p>Continuing Education · Dayton, Ohio</p>"
            "<p>Course Record</p><p>Participant</p><p>Petro Hnatiuk</p>"
            "<p>Course</p><p>WEB-N 205 Front-End Web Basics, section 11E, evenings on campus, Mondays and<br>"
            "Wednesdays 6:00–8:30 p.m., 22 sessions</p><p>Hours</p><p>60 contact hours</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "WEB-N 205 Front-End Web Basics"
