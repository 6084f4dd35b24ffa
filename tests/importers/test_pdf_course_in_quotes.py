"""A course named in quotes right after its kind inside a sentence ("… що тренінг «…» успішно пройдено …") is the
course's name, not the name in quotes of the centre in the letterhead above it. Other wording than the certificate
that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_course_named_after_its_kind_not_the_centre_above(tmp_path: Path) -> None:
    html = ("<p>Громадська спілка «Цифрова Волинь» · м. Луцьк</p><p>СЕРТИФІКАТ № ЦВ-26/044</p>"
            "<p>Засвідчуємо, що тренінг «Безпечна робота з хмарними сервісами для бухгалтерів» обсягом 24 години "
            "успішно пройдено Ковальчуком Степаном Івановичем у березні 2026 року.</p>"
            "<p>Голова спілки Ірина Бойчук</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "Безпечна робота з хмарними сервісами для бухгалтерів"
    assert rec.value("learner_name") == "Ковальчуком Степаном Івановичем"


def test_a_programme_named_after_za_programoiu_still_comes_first(tmp_path: Path) -> None:
    html = ("<p>СЕРТИФІКАТ</p><p>Коваль Марія Петрівна пройшла навчання за програмою «Цифрові інструменти вчителя» "
            "(курс «Модуль 2: онлайн-дошки») обсягом 30 годин</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "Цифрові інструменти вчителя"


def test_a_credential_awarded_at_the_sentence_end_named_below(tmp_path: Path) -> None:
    """"… has met the requirements of the programme and is awarded the" / the credential's name alone below, not a
    project named in quotes further down."""
    html = ("<p>NORTHFIELD QUALITY INSTITUTE</p><p>THIS IS TO CERTIFY THAT</p><p>MARTA HNATIUK</p>"
            "<p>has met the requirements of the course and is awarded the</p><p>Certificate in Process Mapping</p>"
            "<p>Mini-project: “Shorter queues at the front desk” — the holder mapped the process.</p>")
    assert inspect_html(tmp_path, html).value("title") == "Certificate in Process Mapping"


def test_no_course_from_a_condition_or_a_clause_after_and(tmp_path: Path) -> None:
    """"… each milestone is passed only when every item is met", "… when each was passed and what the graduate showed":
    no course's name after "passed"."""
    html = ("<p>HARBOUR CODE SCHOOL</p><p>GRADUATION CERTIFICATE</p><p>Graduate: Daryna Ostapchuk</p>"
            "<p>Each milestone is passed only when every item on the checklist is met.</p>"
            "<p>The timeline records when each milestone was passed and what the graduate showed at it.</p>")
    title = inspect_html(tmp_path, html).value("title") or ""
    assert not title.startswith(("only when", "and what"))


def test_a_name_cut_where_its_sentence_goes_on_ends_without_its_conjunction(tmp_path: Path) -> None:
    html = ("<p>CERTIFICATE OF PARTICIPATION</p><p>This is to certify that Olha Marchuk</p>"
            "<p>took part in Open Data Weekend 2026 and,</p><p>with her team, presented a working prototype.</p>")
    assert inspect_html(tmp_path, html).value("title") == "Open Data Weekend 2026"
