"""A certificate whose largest type is the learner's name and not the course's: a template whose text layer holds only
the name, the date and the number (the rest is its picture), and a certificate with the name set above or below the
course's name in larger type. The name is not the course's; where no sentence names the learner, it is the learner."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_template_whose_text_is_the_name_the_date_and_the_number(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:30px">Oleh Dzhuryn</p><p style="font-size:14px">02.08.2025</p>
<p style="font-size:14px">351692</p>""")
    assert rec.value("title") is None  # the course is in the picture: the officer enters it
    assert rec.value("learner_name") == "Oleh Dzhuryn"


def test_the_name_in_capitals_set_larger_than_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:40px">CERTYFIKAT</p>
<p style="font-size:24px">Doskonalenie pracy głosem i komunikacji</p>
<p style="font-size:40px">MARTA   KOWALCZUK</p>
<p>Certyfikat potwierdza udział w 8-godzinnym szkoleniu, obejmującym teorię i praktykę z zakresu prawidłowego
oddychania, ćwiczeń aparatu mowy oraz prozodii.</p><p>LEKTOR</p><p>Jan Nowicki</p>""")
    assert rec.value("title") == "Doskonalenie pracy głosem i komunikacji"
    assert rec.value("learner_name") == "MARTA KOWALCZUK"
    assert rec.value("workload_hours") == 8


def test_the_name_above_a_module_with_its_level_and_hours(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:21px">Iryna Vakulenko</p>
<p style="font-size:19px">Meetings and Negotiations - Level B1 - 36h</p>
<p style="font-size:15px">Difficult meetings can become a little easier if you prepare well: read the reports to
understand the situation and learn phrases for managing specific kinds of meetings.</p>
<p style="font-size:15px">21/07/2023</p>""")
    assert rec.value("title") == "Meetings and Negotiations - Level B1"
    assert rec.value("learner_name") == "Iryna Vakulenko"
    assert rec.value("workload_hours") == 36


def test_a_course_named_in_title_case_stays_the_course(tmp_path: Path) -> None:
    # Capitalised words are no name where they are a course's words ("Data Science Master Class").
    rec = inspect_html(tmp_path, """<p style="font-size:30px">Data Science Master Class</p>
<p style="font-size:16px">Powered by Learnhub Platform</p><p>27.09.2021</p>""")
    assert rec.value("title") == "Data Science Master Class"
    assert rec.value("learner_name") is None
    rec = inspect_html(tmp_path, """<p style="font-size:30px">Kubernetes Essentials</p><p>27.09.2021</p>""")
    assert rec.value("title") == "Kubernetes Essentials"


def test_a_documents_kind_in_capitals_is_no_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:30px">ACADEMIC RECORD</p>
<p style="font-size:20px">Baltic Summer School in Information Security 2023</p><p>Riga, 14.08.2023</p>""")
    assert rec.value("learner_name") is None
