"""A participation certificate as German bodies write them (and the like elsewhere): the heading over two lines
("TEILNAHME" / "BESCHEINIGUNG"), the learner's name and address below it, a sentence that confirms the participation
in a named event without naming anyone, and the topics under "Folgende Schwerpunkte wurden vermittelt:". The course's
length as a word of its kind ("8-godzinnym szkoleniu", "16-stündigen Seminar")."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.pdf import _without_caption
from app.importers.credentials.textparse import find_hours
from tests.importers.pdfgen import inspect_html

_HEADING = '<p style="font-size:26px">TEILNAHME</p><p style="font-size:26px">BESCHEINIGUNG</p>'


def test_a_german_participation_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<p>Leipzig, 12.02.2026</p>{_HEADING}
<p style="font-size:18px">Oksana Hrytsenko</p><p>Wasserwerke Nordsachsen GmbH</p><p>Torgau</p>
<p>Hiermit wird die Teilnahme an der BG-Schulung</p><p>Arbeitssicherheit beim Umgang mit Chlorgas und</p>
<p>Erste Hilfe bei Gasunfällen</p><p>vom 10.02.2026 bis zum 11.02.2026 in Leipzig bestätigt.</p>
<p>Folgende Schwerpunkte wurden vermittelt:</p><p>- Eigenschaften und Gefahren von Chlorgas</p>
<p>- Persönliche Schutzausrüstung und Atemschutz</p><p>- Verhalten bei Leckagen</p>""")
    assert rec.value("learner_name") == "Oksana Hrytsenko"
    # the name on three lines, the second ending with "und"; not the heading's first line
    assert rec.value("title") == "Arbeitssicherheit beim Umgang mit Chlorgas und Erste Hilfe bei Gasunfällen"
    # the learner's employer in the address is not who issued the certificate
    assert rec.value("awarding_body") != "Wasserwerke Nordsachsen GmbH"
    assert rec.value("learning_outcomes") == ["Eigenschaften und Gefahren von Chlorgas",
                                              "Persönliche Schutzausrüstung und Atemschutz", "Verhalten bei Leckagen"]


def test_a_name_below_a_heading_without_the_sentence_is_not_taken_for_the_learner(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""{_HEADING}<p style="font-size:18px">Data Science Grundlagen</p>
<p>Volkshochschule Musterstadt</p><p>Kursdauer: 16 Stunden</p>""")
    assert rec.value("learner_name") is None


def test_the_length_as_a_word_of_the_courses_kind() -> None:
    assert find_hours("Certyfikat potwierdza udział w 12-godzinnym szkoleniu z zakresu BHP") == (12.0, "12-godzinnym")
    assert find_hours("засвідчує участь у 24-годинному тренінгу") == (24.0, "24-годинному")
    assert find_hours("an dem 16-stündigen Seminar teilgenommen") == (16.0, "16-stündigen")
    assert find_hours("completed a 6\u2011hour workshop") == (6.0, "6\u2011hour")
    assert find_hours("Kurs-Nr. 26H-4412") is None


def test_a_german_noun_after_an_article_is_no_caption_before_a_verb() -> None:
    assert _without_caption("Wartung des Systems und der Messanlagen") == "Wartung des Systems und der Messanlagen"
    assert _without_caption("Data cleaning Handles missing values and outliers") == \
        "Data cleaning: handles missing values and outliers"


def test_a_virtual_experience_with_its_modules_a_line_each(tmp_path: Path) -> None:
    # The learner after a clause of when, the modules named one a line below "… completed the following modules:",
    # the programme's name set large above the document's kind.
    rec = inspect_html(tmp_path, """<p style="font-size:20px">Sofia Lenko</p>
<p style="font-size:24px">Cloud Operations Job Simulation</p><p>Certificate of Completion</p><p>March 3rd, 2025</p>
<p>Between January and March 2025, Sofia Lenko completed the following modules:</p>
<p>Monitoring Containerised Services<br/>Incident Response Runbooks<br/>Cost Reporting with Dashboards</p>
<p>Verification Code 7QeX2 | Issued by Northwind Careers</p>""")
    assert rec.value("learner_name") == "Sofia Lenko"
    assert rec.value("title") == "Cloud Operations Job Simulation"
    assert rec.value("learning_outcomes") == ["Monitoring Containerised Services", "Incident Response Runbooks",
                                              "Cost Reporting with Dashboards"]


def test_a_sheet_of_a_courses_content_names_the_course_not_an_issuer(tmp_path: Path) -> None:
    # (all in one size: the name stands out by its place alone)
    rec = inspect_html(tmp_path, """<p><b>Introduction to Survey Sampling</b></p><p><b>Course Content</b></p>
<p><b>Designing a sample</b></p><p>Simple random sampling<br/>Stratified sampling<br/>Cluster sampling</p>""")
    assert rec.value("title") == "Introduction to Survey Sampling"
    assert rec.value("awarding_body") is None


def test_an_english_certificate_of_attendance_set_as_an_address(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:26px">CERTIFICATE OF ATTENDANCE</p>
<p style="font-size:18px">Mariana Koval</p><p>Harbour Logistics Ltd</p><p>Gdynia</p>
<p>This is to confirm the participation in the workshop</p><p>Safe Handling of Dangerous Goods in Ports</p>
<p>held on 4–5 March 2026 in Gdańsk.</p>""")
    assert rec.value("learner_name") == "Mariana Koval"
    assert rec.value("title") == "Safe Handling of Dangerous Goods in Ports"
    assert rec.value("awarding_body") != "Harbour Logistics Ltd"


def test_a_french_attestation_with_two_verbs_and_a_company_footer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Attestation de fin de formation</p><p>Lyon, le 03/02/2026</p>
<p>Je, soussignée, Claire Martin, responsable pédagogique, atteste que :</p><p>Oleksandr Tkachuk</p>
<p>a suivi et réussi la formation suivante :</p><p>Analyste de données</p>
<p>Claire Martin</p><p>DataForma SARL au capital de 10 000 € - RCS Lyon 812 345 678 - TVA FR 12 812345678</p>""")
    assert rec.value("learner_name") == "Oleksandr Tkachuk"
    assert rec.value("title") == "Analyste de données"
    assert rec.value("awarding_body") == "DataForma SARL"


def test_a_french_training_organised_by_a_centre_signed_in_the_first_person(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ATTESTATION DE FORMATION</p>
<p>Je soussignée Nadia Roux, directrice du centre, atteste que :</p><p>Madame Iryna Lysenko</p>
<p>a participé à une formation intitulée</p><p>TECHNICIENNE RÉSEAUX</p><p>organisée par le CFRT.</p>
<p>Fait à Grenoble, le 12 mars 2025</p>""")
    assert rec.value("awarding_body") == "CFRT"
