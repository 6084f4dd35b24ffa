"""Award templates whose largest type is the learner's name (the eighty-third set's shape), in other words: the course
named before the verb and the learner after it ("Програму курсу «…» успішно опанував ІВАН …"), what she can do after
a long lead-in ending "вона вміє:", a description of the course below its name with no heading, a course's name
wrapped into a block of its own or ending its line with "and", "Lehrgangsinhalte:", and lessons counted in one place
and their length said in another ("40 UE" … "1 UE = 45 Minuten")."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.textparse import find_hours
from tests.importers.pdfgen import inspect_html


def test_the_course_before_the_verb_and_the_learner_after_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Програму курсу</p>
<p style="font-size:13pt">Основи кібербезпеки для малого бізнесу</p><p>успішно опанував</p>
<p style="font-size:28pt">ТАРАС МЕЛЬНИК</p>
<p>Після навчання на практичних кейсах і підсумковому тестуванні він тепер вміє:</p>
<ul><li>розпізнавати фішингові листи та шкідливі вкладення;</li><li>налаштовувати двофакторну автентифікацію
для облікових записів компанії;</li><li>складати план резервного копіювання даних.</li></ul>""")
    assert rec.value("learner_name") == "ТАРАС МЕЛЬНИК"
    assert rec.value("title") == "Основи кібербезпеки для малого бізнесу"
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "розпізнавати фішингові листи та шкідливі вкладення",
        "налаштовувати двофакторну автентифікацію для облікових записів компанії",
        "складати план резервного копіювання даних"]


def test_what_she_can_do_after_a_long_lead_in(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Сертифікат видано Олені Кравчук за курс «Вебдизайн для початківців».</p>
<p>За результатами трьох навчальних проєктів і підсумкового захисту портфоліо (лендінг для кав'ярні) вона вміє:</p>
<ul><li>верстати адаптивні сторінки на HTML і CSS;</li><li>готувати макети у Figma.</li></ul>""")
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "верстати адаптивні сторінки на HTML і CSS", "готувати макети у Figma"]


def test_a_description_below_the_course_without_a_heading(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:24pt">CERTIFICATE</p><p>is presented to</p>
<p style="font-size:30pt">Marta Savchuk</p><p>for completing the course</p>
<p style="font-size:15pt">Relational Databases in Practice</p>
<p>During ten weeks the participants designed normalised schemas for a library and a clinic, wrote SQL queries with
joins, grouping and subqueries, and protected the data with constraints and transactions. The last weeks built a
small reporting service with Python and SQLAlchemy and then deployed it with its database to a hosted server. Every
week ended with a graded lab. Assessment: a final exam (passed, 84%).</p><p>Issued 3 March 2025</p>""")
    assert rec.value("title") == "Relational Databases in Practice"
    outcomes = rec.value("learning_outcomes") or []
    assert any("normalised schemas" in o for o in outcomes)
    assert any("constraints and transactions" in o for o in outcomes)
    assert not any("final exam" in o for o in outcomes)  # how it was passed is no topic
    # what they did next in the same sentence is a clause of its own
    assert any(o.endswith("small reporting service with Python and SQLAlchemy") for o in outcomes), outcomes
    assert any(o.startswith("Deployed it with its database") for o in outcomes), outcomes


def test_a_course_name_wrapped_into_a_block_of_its_own(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:20pt">DIPLOMA</p><p style="font-size:32pt">IVAN PETRENKO</p>
<p style="font-size:14pt">Cloud Infrastructure: Networks, Storage and</p>
<p style="font-size:14pt">Identity Management on Public Clouds – 48 h</p><p>12 May 2025</p>""")
    assert rec.value("title") == "Cloud Infrastructure: Networks, Storage and Identity Management on Public Clouds"
    assert rec.value("workload_hours") == 48


def test_a_course_name_ending_its_line_with_and(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:26pt">ANNA BONDAR</p>
<p>for successfully completing the 16-hour workshop  Statistical Quality Control and</p>
<p style="margin-top:8px">Process Capability  held on 4–5 June 2025 in Kharkiv</p>""")
    assert rec.value("title") == "Statistical Quality Control and Process Capability"


def test_a_german_course_contents_heading_and_lessons_of_a_length_said_apart(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:24pt">ZERTIFIKAT</p><p>Den Lehrgang</p>
<p style="font-size:14pt">Brandschutzhelfer – Aufbaukurs – 24 UE</p><p>hat mit Erfolg abgeschlossen</p>
<p style="font-size:28pt">OLHA MARCHENKO</p><p>geb. am 02.03.1994 in Poltawa (Ukraine)</p>
<p>Lehrgangsinhalte:</p><ul><li>Brandklassen und Löschmittel</li><li>Evakuierung von Gebäuden</li></ul>
<p>1 UE = 45 Minuten.</p><p>Mainz, 12.05.2025</p>""")
    assert rec.value("title") == "Brandschutzhelfer – Aufbaukurs"
    assert rec.value("workload_hours") == 18
    assert rec.value("learning_outcomes") == ["Brandklassen und Löschmittel", "Evakuierung von Gebäuden"]
    assert rec.value("issuer_country") is None  # the learner's place of birth is not where it was issued


def test_lessons_counted_and_their_length_said_apart() -> None:
    said = "Umfang: 32 UE\nDie Prüfung wurde bestanden. 1 UE = 45 Minuten."
    assert find_hours(said) == (24.0, "32 UE × 1 UE = 45 Minuten")
    assert find_hours("20 lessons in all (1 lesson = 90 minutes)") == (30.0, "20 lessons × 1 lesson = 90 minutes")
