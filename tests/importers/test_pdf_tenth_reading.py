"""Wordings found on a tenth reading: "By completing this course you have:", "Key takeaways:", "Що ви можете після
курсу:", topics "covering the following topics", a summer school named in quotes (the course, not an institution),
"успішно склала іспит" (what the learner did, not who issued), and the learner above "graduated from". Each was read
wrong before; the wordings here are other than those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html

LIST = "<ul><li>configure firewalls on a home router</li><li>recognise social engineering attempts</li></ul>"


@pytest.mark.parametrize(
    "heading",
    ["By completing this programme you have:", "Key takeaways:", "Що ви можете після курсу:", "Що ви знаєте:"],
)
def test_more_openings_of_outcomes(tmp_path: Path, heading: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>Certificate</p><h2>Olha Koval</h2><p>has completed</p><h1>Home Network
Security</h1><p>{heading}</p>{LIST}<p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == ["configure firewalls on a home router",
                                              "recognise social engineering attempts"]


def test_topics_a_course_covers(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate</p><h2>Olha Koval</h2><p>has successfully completed Learn Git,</p>
<p>a course covering the following topics:</p><ul><li>Branching and merging</li><li>Resolving conflicts</li></ul>""")
    assert rec.value("learning_outcomes") == ["Branching and merging", "Resolving conflicts"]
    assert "topics" in rec.elements["learning_outcomes"].source


def test_a_summer_school_in_quotes_is_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Київський національний університет імені Тараса Шевченка</p><h1>СЕРТИФІКАТ</h1>
<p>учасниці зимової школи «Квантові обчислення»</p><p>виданий Коваль Ірині Петрівні</p><p>Київ, 2 лютого 2025 р.</p>""")
    assert rec.value("title") == "Квантові обчислення"


def test_a_passed_test_is_not_the_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Коваль Ірина Петрівна</p>
<p>успішно склала національний іспит з української мови «Мова-2025»</p><p>Дата: 14.02.2025</p>""")
    assert rec.value("awarding_body") != "успішно склала національний іспит з української мови"
    assert rec.value("title") == "Мова-2025"


def test_the_learner_above_graduated_from(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>CERTIFICATE</h1><p>Example Labs</p><p>Olha Koval</p>
<p>graduated from the internship program</p><h2>Embedded Systems</h2><p>Date: 30.06.2025</p>""")
    assert rec.value("learner_name") == "Olha Koval"
