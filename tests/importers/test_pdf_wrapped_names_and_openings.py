"""Wordings of certificates found on a later reading of MOOC, government, training-company and school layouts: an
outcomes list opened by who can do what ("Після тренінгу учасник уміє:", "What participants can do:"), a skills line
followed by another paragraph, a course's name set large over two lines, a website where a course's name might
stand, an issuer named only by its logo's text and its link, and the learner above "Congratulations on completing".
Each was read wrong before (no outcomes, half a name, the website as the course, no issuer, no learner)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    "opening",
    [
        "Після проходження тренінгу учасник уміє:",
        "У результаті навчання ви зможете:",
        "Після курсу вмію:",
        "Під час навчання слухач навчився:",
        "За результатами програми випускниця може:",
        "What participants can do:",
        "The holder can now:",
    ],
)
def test_an_opening_that_says_who_can_do_what_heads_the_outcomes(tmp_path: Path, opening: str) -> None:
    rec = inspect_html(tmp_path, f"""<h1>СЕРТИФІКАТ</h1><p>Петренко Ганна Іванівна</p>
<p>пройшла курс «Хмарні сервіси для бізнесу»</p><p>{opening}</p>
<ul><li>розгортати віртуальні машини у хмарі;</li><li>налаштовувати резервне копіювання даних.</li></ul>
<p>Тривалість: 24 години</p><p>Дата видачі: 11.11.2025</p>""")
    assert rec.value("learning_outcomes") == ["розгортати віртуальні машини у хмарі",
                                              "налаштовувати резервне копіювання даних."]


@pytest.mark.parametrize("sentence", ["Ви можете перевірити сертифікат:", "Перевірити справжність можна:"])
def test_a_sentence_about_checking_the_certificate_heads_no_outcomes(tmp_path: Path, sentence: str) -> None:
    rec = inspect_html(tmp_path, f"""<h1>СЕРТИФІКАТ</h1><p>Петренко Ганна Іванівна</p>
<p>пройшла курс «Хмарні сервіси для бізнесу»</p><p>{sentence}</p>
<ul><li>на сайті school.example.ua/verify</li><li>за кодом у правому куті</li></ul>""")
    assert not rec.value("learning_outcomes")


def test_a_skills_line_ends_where_the_next_paragraph_begins(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Completion</p><h2>Taras Boiko</h2>
<p>Congratulations on completing</p><h1>Negotiation Basics</h1>
<p>Skills covered: Negotiation, Conflict Resolution, Active Listening</p>
<p>Skillshare Learning Team</p><p>Completed on May 3, 2025</p>""")
    assert rec.value("learning_outcomes") == ["Negotiation", "Conflict Resolution", "Active Listening"]
    assert rec.value("learner_name") == "Taras Boiko"


def test_a_course_name_set_over_two_lines_after_the_completion_line_is_read_whole(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate</p><h2>Iryna Savchuk</h2><p>has successfully completed</p>
<h1>Building Data Pipelines with Apache Airflow, dbt and Cloud Storage Services</h1>
<p>an online course offered by Example Data School</p><p>Issued 4 March 2025</p>""")
    assert rec.value("title") == "Building Data Pipelines with Apache Airflow, dbt and Cloud Storage Services"


def test_a_large_name_without_a_completion_line_is_read_whole(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE OF COMPLETION</p>
<h1>Kubernetes for Absolute Beginners: Hands-on Labs from Pods to Production Clusters</h1>
<p>Instructors Example Instructor</p><p>Date Jan. 9, 2025</p><p>Length 6 total hours</p>""")
    assert rec.value("title") == "Kubernetes for Absolute Beginners: Hands-on Labs from Pods to Production Clusters"


def test_a_website_is_not_the_course_and_the_link_names_the_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Codecademy</p><p>This certifies that</p><h2>Maksym Lysenko</h2>
<p>has successfully completed the codecademy.com</p><h1>Learn JavaScript</h1>
<p>course on 12 February 2025</p><p>https://www.codecademy.com/profiles/mlysenko/certificates/5f2e</p>""")
    assert rec.value("title") == "Learn JavaScript"
    assert rec.value("awarding_body") == "Codecademy"


def test_a_line_that_only_looks_like_a_link_name_is_left(tmp_path: Path) -> None:
    # The link's name is nowhere a line of its own: no issuer is guessed.
    rec = inspect_html(tmp_path, """<h2>Maksym Lysenko</h2><p>has completed</p><h1>Learn SQL</h1>
<p>Verify: https://verify.example.org/abc123</p>""")
    assert rec.value("awarding_body") is None


def test_the_name_in_a_link_under_a_country_domain(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Robot Dreams</p><h2>Olha Tkachenko</h2><p>has completed</p>
<h1>Основи Python</h1><p>https://robotdreams.com.ua/certificates/5b1e0c7a</p>""")
    assert rec.value("awarding_body") == "Robot Dreams"
