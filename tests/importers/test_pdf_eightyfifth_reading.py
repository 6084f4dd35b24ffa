"""English certificates of international providers (the eighty-fifth set's shapes), in other words: "Course
competencies demonstrated" heads the outcomes; a year on the line above a "Contact hours" label is no workload (a
sentence wrapped before "contact hours" still is); "the self-paced track with mentor reviews" is a kind of course,
its name on the next line; a kind of course whose bracket goes on to the next line leaves the name to be read
elsewhere (above "is presented to")."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.textparse import find_hours
from tests.importers.pdfgen import inspect_html


def test_course_competencies_demonstrated_and_a_year_above_the_hours_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:14pt">Continuing Education Transcript</p>
<table><tr><td>Participant</td><td>Oksana Lytvyn</td></tr>
<tr><td>Course</td><td>DATA 140 — Spreadsheet Modelling for Analysts</td></tr>
<tr><td>Term</td><td>Spring 2024: April 2 – May 28, 2024</td></tr>
<tr><td>Contact hours</td><td>48 hours = 4.8 CEUs</td></tr></table>
<p>Course competencies demonstrated</p>
<ul><li>Build lookup and scenario models with named ranges.</li><li>Summarise data with pivot tables.</li></ul>""")
    assert rec.value("workload_hours") == 48
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "Build lookup and scenario models with named ranges", "Summarise data with pivot tables"]


def test_hours_said_across_a_line_break() -> None:
    assert (find_hours("Term\nAutumn 2023\nContact hours\n30 hours") or (0.0,))[0] == 30.0
    assert (find_hours("English for Teams (B2), 64\ncontact hours plus self-study") or (0.0,))[0] == 64.0


def test_a_kind_of_course_with_how_it_was_taken_and_the_name_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">Certificate of Completion</p>
<p>Awarded to Marko Savytskyi for completing the mentor-led track with weekly code reviews</p>
<p style="font-size:15pt">Backend Engineering with Go — Career Track</p><p>Completed: 14 Mar 2025</p>""")
    assert rec.value("title") == "Backend Engineering with Go — Career Track"


def test_a_kind_of_course_whose_bracket_goes_on_is_no_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:16pt">Certified Scrum Product Owner Foundations</p>
<p>is presented to</p><p style="font-size:20pt">Iryna Moroz</p>
<p style="width:330pt">who attended the 3-day live virtual classroom (21 guided learning hours plus 6 hours of
pre-course reading) and passed the assessment.</p>""")
    assert rec.value("title") == "Certified Scrum Product Owner Foundations"


def test_what_you_have_proven_you_can_do_with_a_mark_alone_on_its_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Completion · Awarded to Petro Lysenko · Web Accessibility
Essentials</p><p>What you have proven you can do</p>
<p>✓</p><p>Audit a page against WCAG 2.2 success criteria.</p>
<p>✓</p><p>Fix keyboard traps and missing labels in forms.</p>""")
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "Audit a page against WCAG 2.2 success criteria", "Fix keyboard traps and missing labels in forms"]
