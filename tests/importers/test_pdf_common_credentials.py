"""Shapes of the credentials applicants bring most often: a MOOC statement followed by its course page ("What you
will be able to do"), a language test's score report ("What this candidate can typically do at work", each skill a
captioned paragraph, ending at who authorised it), a bootcamp diploma naming its track on the line after "… за
напрямом", a specialisation certificate naming the collection on the line after "… all five courses of the online
specialization". Each was read wrong before (the course page's tab "Overview", the skills' names, the final project's
name in quotes, a sentence of the small print as the course). Other wording than the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_course_pages_what_you_will_be_able_to_do(tmp_path: Path) -> None:
    html = (
        "<p>RIVERDALE UNIVERSITY</p><p>STATEMENT OF ACCOMPLISHMENT</p><p>This is to confirm that</p>"
        "<p>Olena Koval</p><p>has successfully completed the online course</p><p>Databases I: Relational Design</p>"
        "<p>Syllabus</p><p>Overview</p><p>Instructors</p><p>FAQ</p>"
        "<p>About this course</p><p>An introduction to relational databases for online learners.</p>"
        "<p>What you will be able to do</p>"
        "<ul><li>Design a relational schema from requirements and normalise it to third normal form.</li>"
        "<li>Write SQL queries with joins, grouping and subqueries.</li></ul>"
    )
    outcomes = inspect_html(tmp_path, html).value("learning_outcomes")
    assert outcomes == [
        "Design a relational schema from requirements and normalise it to third normal form.",
        "Write SQL queries with joins, grouping and subqueries.",
    ]


def test_a_score_reports_can_do_paragraphs(tmp_path: Path) -> None:
    html = (
        "<p>LINGUATEST · SCORE REPORT</p><p>Listening</p><p>62</p><p>Reading</p><p>71</p>"
        "<p>WHAT THIS CANDIDATE CAN TYPICALLY DO AT WORK</p>"
        "<p>Reading · C1</p><p>Reads long technical specifications and API references without translation tools and "
        "summarises the changes a release brings for the team in a short written note.</p>"
        "<p>Listening · B2</p><p>Follows stand-ups and client calls at natural speed and notes the decisions taken, "
        "the open questions and who will act on each of them before the next meeting.</p>"
        "<p>Authorised by Dr. Ann Moore, Head of Assessment</p>"
    )
    outcomes = inspect_html(tmp_path, html).value("learning_outcomes") or []
    assert len(outcomes) == 2, outcomes
    assert outcomes[0].startswith("Reading · C1 Reads long technical specifications"), outcomes
    assert not any("Authorised" in o for o in outcomes), outcomes


def test_a_bootcamp_track_below_za_napriamom(tmp_path: Path) -> None:
    """The track on the line after "… за напрямом", whether "напрямом" ends the line or wraps to the next."""
    for done in ("пройшла повну програму та захистила проєкт за напрямом",
                 "пройшла повну програму інтенсивного навчання та захистила фінальний проєкт за напрямом"):
        html = (
            "<p>ТОВ «Код Хаб»</p><p>ДИПЛОМ</p><p>Цей диплом засвідчує, що</p><p>Олена Коваль</p>"
            f"<p>{done}</p><p>Front-End Developer (React + TypeScript)</p><p>Фінальний проєкт «КнигоОбмін»</p>"
        )
        assert inspect_html(tmp_path, html).value("title") == "Front-End Developer (React + TypeScript)", done


def test_a_specialisation_named_below_all_its_courses(tmp_path: Path) -> None:
    html = (
        "<p>NORTHGATE UNIVERSITY</p><p>SPECIALIZATION CERTIFICATE</p><p>Olena Koval</p>"
        "<p>has successfully completed all four courses of the online specialization</p>"
        "<p>Data Engineering Foundations</p>"
        "<p>an online non-credit programme authorized by Northgate University.</p>"
        "<p>Each course was passed with 80% or more of the available points. This certificate does not confer "
        "academic credit.</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "Data Engineering Foundations"
