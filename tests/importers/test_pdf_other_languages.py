"""Certificates in German, Spanish, Italian, French, Czech and Slovak: the date of issue with the language's month
names, a completion sentence's workload kept out of the course's name, a heading that names who the outcomes are of,
and the openings that head a list of outcomes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    ("place_and_date", "issued"),
    [
        ("Berlin, den 3. März 2025", "2025-03-03"),
        ("Barcelona, 7 de octubre de 2024", "2024-10-07"),
        ("Roma, 20 giugno 2025", "2025-06-20"),
        ("Lyon, le 11 décembre 2024", "2024-12-11"),
    ],
)
def test_the_date_of_issue_in_another_language(tmp_path: Path, place_and_date: str, issued: str) -> None:
    rec = inspect_html(tmp_path, f"""<h1>Certificate</h1><p>This is to certify that</p><p>Marta Ivanenko</p>
<p>has completed the course Data Visualisation.</p><p>{place_and_date}</p>""")
    assert rec.value("issued_on") == issued


@pytest.mark.parametrize(
    "sentence",
    [
        "has completed the course Cloud Basics in the amount of 20 hours.",
        "ukończyła kurs Cloud Basics w wymiarze 20 godzin.",
        "ha completado el curso Cloud Basics con una duración de 20 horas.",
    ],
)
def test_the_workload_after_the_course_is_not_its_name(tmp_path: Path, sentence: str) -> None:
    html = f"<h1>Certificate</h1><p>This is to certify that</p><p>Olena Moroz</p><p>{sentence}</p>"
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "Cloud Basics"
    assert rec.value("workload_hours") == 20


def test_a_heading_that_names_who_is_no_outcome(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate</h1><p>Learning outcomes – the participant:</p>
<ul><li>configures a virtual network;</li><li>monitors the cost of cloud services.</li></ul>""")
    assert rec.value("learning_outcomes") == ["configures a virtual network", "monitors the cost of cloud services."]


@pytest.mark.parametrize(
    ("place_line", "country", "code"),
    [
        ("Tbilisi, Georgia, 14 May 2025", "Georgia", "GE"),
        ("Астана, Казахстан", "Казахстан", "KZ"),
        ("Vilnius, Lietuva", "Lietuva", "LT"),
        ("Ташкент, Узбекистан, 2024", "Узбекистан", "UZ"),
    ],
)
def test_a_country_after_the_place_is_the_issuers(tmp_path: Path, place_line: str, country: str, code: str) -> None:
    """Any country, by any of its ISO names in the languages read, written after a city on a short line — not only
    those a list names; the profile's exclusions read it through the same country names."""
    from app.domain.countries import country_code

    rec = inspect_html(tmp_path, f"""<h1>Certificate</h1><p>This is to certify that</p><p>Marta Ivanenko</p>
<p>has completed the course Data Visualisation.</p><p>Open Learning Centre</p><p>{place_line}</p>""")
    assert rec.value("issuer_country") == country
    assert country_code(str(rec.value("issuer_country"))) == code


def test_a_list_of_words_is_not_a_place(tmp_path: Path) -> None:
    """Only what follows a first part, on a short line, and only a name that is a country's: a list of tools or a
    person's name written family name first gives no country."""
    rec = inspect_html(tmp_path, """<h1>Certificate</h1><p>This is to certify that</p><p>Ivanenko, Marta</p>
<p>has completed the course Data Visualisation.</p><p>Tools: Python, Tableau, Power BI</p>""")
    assert rec.value("issuer_country") is None


CZECH_CERTIFICATE = """<h1>OSVĚDČENÍ</h1><p>o absolvování kurzu</p><h2>Analýza dat v jazyce Python</h2>
<p>Jméno účastníka: Oksana Kovalenko</p><p>Absolvent kurzu umí:</p>
<ul><li>připravit a vyčistit data pro analýzu pomocí knihovny pandas;</li>
<li>používat statistické metody k analýze dat;</li><li>vizualizovat výsledky analýzy v grafech.</li></ul>
<p>Rozsah kurzu: 40 hodin</p><p>V Brně dne 12. května 2025</p><p>Masarykova univerzita, Brno, Česká republika</p>"""


def test_a_czech_certificate_is_read(tmp_path: Path) -> None:
    """Its heading is the document's, not the course's name; the opening "Absolvent kurzu umí:" heads the outcomes;
    the date with a Czech month; a university by its Czech name."""
    rec = inspect_html(tmp_path, CZECH_CERTIFICATE)
    assert rec.value("title") == "Analýza dat v jazyce Python"
    assert rec.value("learning_outcomes") == [
        "připravit a vyčistit data pro analýzu pomocí knihovny pandas",
        "používat statistické metody k analýze dat", "vizualizovat výsledky analýzy v grafech."]
    assert rec.value("issued_on") == "2025-05-12" and rec.value("workload_hours") == 40
    assert (rec.value("awarding_body") or "").startswith("Masarykova univerzita")


@pytest.mark.parametrize(
    ("opening", "date_line", "issued"),
    [
        ("Po absolvování školení účastník dokáže:", "Datum vydání: 3. 6. 2025", "2025-06-03"),
        ("Absolventka kurzu vie:", "Bratislava, 3. júna 2025", "2025-06-03"),  # Slovak
        ("Získané dovednosti:", "Praha, 14. října 2024", "2024-10-14"),
    ],
)
def test_czech_and_slovak_openings_and_dates(tmp_path: Path, opening: str, date_line: str, issued: str) -> None:
    rec = inspect_html(tmp_path, f"""<h1>Certifikát</h1><h2>Základy kybernetické bezpečnosti</h2>
<p>{opening}</p><ul><li>rozpoznat phishingový útok;</li><li>nastavit bezpečná hesla.</li></ul><p>{date_line}</p>""")
    assert rec.value("learning_outcomes") == ["rozpoznat phishingový útok", "nastavit bezpečná hesla."]
    assert rec.value("issued_on") == issued
    assert rec.value("title") == "Základy kybernetické bezpečnosti"


def test_who_confirms_is_not_the_awarding_bodys_name_and_a_label_names_the_learner(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certifikát</h1><p>Společnost DataSkills s.r.o. potvrzuje, že</p>
<h3>Iryna Melnyk</h3><p>úspěšně absolvovala kurz</p><h2>Relační databáze a jazyk SQL</h2>
<p>Jméno a příjmení: Iryna Melnyk</p><p>Datum vydání: 14. 4. 2025</p>""")
    assert rec.value("awarding_body") == "Společnost DataSkills s.r.o."
    assert rec.value("learner_name") == "Iryna Melnyk"
    assert rec.value("title") == "Relační databáze a jazyk SQL"


def test_a_slovak_completion_sentence_keeps_its_workload_out_of_the_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Osvedčenie</h1><p>Týmto potvrdzujeme, že</p><h3>Taras Lysenko</h3>
<p>absolvoval kurz prvej pomoci v rozsahu 16 hodín.</p><p>Košice, 3. mája 2025</p>""")
    assert rec.value("title") == "prvej pomoci"
    assert rec.value("workload_hours") == 16 and rec.value("learner_name") == "Taras Lysenko"
    assert rec.value("issued_on") == "2025-05-03" and rec.value("issuer_country") == "Slovakia (SVK)"


def test_a_czech_heading_with_its_qualifier_is_the_documents(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Vysoké učení technické v Brně</p><h1>Osvědčení o absolvování kurzu</h1>
<h2>Strojové učení v praxi</h2><p>Účastník: Andrii Kravchenko</p><p>Brno, 5. září 2025</p>""")
    assert rec.value("title") == "Strojové učení v praxi"
    assert rec.value("learner_name") == "Andrii Kravchenko"
    assert rec.value("awarding_body") == "Vysoké učení technické v Brně"
    assert rec.value("issuer_country") == "Czechia (CZE)"
