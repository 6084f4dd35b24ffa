"""Readings corrected after the hundred-and-third set of certificates (an ordinary month's mail, the next month), each
in other wording than the set's: the learner below "Цей сертифікат отримує"; "the Trust" that provided something is
no issuer's name; what the paper says it is not is no assessment; a school named by its place above its kind; no dash
left at the end of the assessment."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_learner_below_who_receives_the_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Dnipro Dev Academy</p><h1>СЕРТИФІКАТ</h1><p>№ DDA-26-017</p>
<p>Цей диплом отримала</p><p>Олеся Бойчук</p><p>за успішне завершення програми</p><p>«Тестування вебзастосунків»</p>
<p>Дата: 12.04.2026</p>""")
    assert rec.value("learner_name") == "Олеся Бойчук"


def test_the_body_a_sentence_refers_back_to_is_no_issuers_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Attendance</h1><p>This is to certify that</p><p>Iryna Hlushko</p>
<p>attended the weekend course Hedge Laying for Beginners, held on 2 and 3 May 2026. Billhooks and gloves were
provided by the Society.</p><p>Issued 5 May 2026</p>""")
    assert rec.value("awarding_body") != "Society"


def test_what_the_paper_says_it_is_not_is_no_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbour Language School</p><h1>Certificate of Attendance</h1>
<p>This is to certify that</p><p>Petro Onyshchenko</p><p>attended the course</p><p>English for Engineers</p>
<p>Valletta, 3 May 2026. The levels shown are the school's own estimate and are not an official examination
result.</p>""")
    assert rec.value("assessment_type") is None


def test_a_school_named_by_its_place_above_its_kind(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Marsaskala Point</p><p>ACADEMY OF LANGUAGES</p>
<p>Triq il-Qaliet 9, Marsaskala MSK 1234, Malta</p><h1>Certificate of Attendance</h1>
<p>This is to certify that</p><p>Olha Marchuk</p><p>attended the course</p><p>General English B2</p>""")
    assert rec.value("awarding_body") == "Marsaskala Point Academy of Languages"


def test_no_dash_at_the_end_of_the_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГО «Відкрите місто»</p><h1>СЕРТИФІКАТ</h1><p>Іван Гнатюк</p>
<p>успішно завершив онлайн-курс</p><p>Аналіз міських даних</p>
<p>Підсумковий проєкт: «Зелені зони району» —</p><p>карта й звіт, перевірені ментором.</p>""")
    assert rec.value("assessment_type") is not None
    assert not rec.value("assessment_type").endswith("—")
