"""Certificates written in Polish, as many Ukrainian students bring from courses in Poland: their elements are read
(the Polish Qualifications Framework's descriptors as one outcome list, dates with Polish month names, the city as
the country), and the matching and the profile know the language."""

from __future__ import annotations

from pathlib import Path

from app.matching.text import document_language
from tests.importers.pdfgen import inspect_html

UNIVERSITY = """<p style='text-align:center'>Politechnika Wrocławska</p>
<p style='text-align:center'>Studium Kształcenia Ustawicznego</p>
<h1 style='text-align:center'>ZAŚWIADCZENIE</h1>
<p>Zaświadcza się, że</p><h3>Taras Melnyk</h3>
<p>ukończył kurs doskonalący <b>„Sieci komputerowe w praktyce”</b> w wymiarze 45 godzin.</p>
<p>Efekty uczenia się:</p>
<p>Wiedza: zna model warstwowy TCP/IP i zasady adresacji.</p>
<p>Umiejętności: potrafi skonfigurować przełącznik i router; potrafi diagnozować awarie sieci.</p>
<p>Kompetencje społeczne: jest gotów do współpracy z administratorami.</p>
<p>Kurs odpowiada 3 punktom ECTS.</p>
<p>Wrocław, 5 maja 2025 r.</p>
<p>Kierownik Studium</p>"""

COMPANY = """<h1>CERTYFIKAT</h1>
<p>Niniejszym potwierdzamy, że</p><h2>Iryna Bondar</h2>
<p>ukończyła szkolenie</p><h2>Zarządzanie projektami w metodyce Scrum</h2>
<p>Po ukończeniu szkolenia uczestniczka potrafi:</p>
<ul><li>planować sprint i prowadzić daily scrum,</li><li>priorytetyzować backlog produktu,</li>
<li>mierzyć postęp zespołu.</li></ul>
<p>Liczba godzin: 16</p>
<p>Data wydania: 12 lutego 2025 r.</p>
<p>Centrum Szkoleń Zwinnych sp. z o.o., Poznań</p>"""


def test_a_polish_university_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, UNIVERSITY)
    assert rec.value("learner_name") == "Taras Melnyk"
    assert rec.value("title") == "Sieci komputerowe w praktyce"
    assert rec.value("awarding_body") == "Politechnika Wrocławska"
    # The three descriptors' lists are one list of outcomes; the workload sentence after them is none.
    assert rec.value("learning_outcomes") == [
        "zna model warstwowy TCP/IP i zasady adresacji.",
        "potrafi skonfigurować przełącznik i router",
        "potrafi diagnozować awarie sieci.",
        "jest gotów do współpracy z administratorami.",
    ]
    assert rec.value("workload_hours") == 45
    assert rec.value("workload_ects") == 3
    assert rec.value("issued_on") == "2025-05-05"
    assert rec.value("issuer_country") == "Poland (POL)"
    assert rec.elements["issuer_country"].source == "pdf p.1 ('Wrocław, 5 maja 2025 r.')"


def test_a_polish_training_company_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, COMPANY)
    assert rec.value("learner_name") == "Iryna Bondar"
    assert rec.value("title") == "Zarządzanie projektami w metodyce Scrum"
    assert rec.value("learning_outcomes") == [
        "planować sprint i prowadzić daily scrum",
        "priorytetyzować backlog produktu",
        "mierzyć postęp zespołu.",
    ]
    assert rec.value("workload_hours") == 16
    assert rec.value("issued_on") == "2025-02-12"
    assert rec.value("awarding_body") == "Centrum Szkoleń Zwinnych sp. z o.o."  # without its town
    assert rec.value("issuer_country") == "Poland (POL)"


def test_the_outcomes_are_known_to_be_polish(tmp_path: Path) -> None:
    # What the profile's translation rule reads: the language of all the outcomes together.
    for html in (UNIVERSITY, COMPANY):
        outcomes = inspect_html(tmp_path, html).value("learning_outcomes")
        assert document_language(" ".join(outcomes)) == "pl"


def test_a_workload_sentence_ends_an_unbulleted_list(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Completion</h1><p>This is to certify that</p><p>Olha Savchuk</p>
<p>has completed the course Cloud Basics.</p><p>Learning outcomes:</p>
<p>Describe the shared responsibility model.</p><p>Estimate the monthly cost of a deployment.</p>
<p>The course carries 2 ECTS credits.</p><p>Issued on 3 March 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Describe the shared responsibility model.",
        "Estimate the monthly cost of a deployment.",
    ]
    assert rec.value("workload_ects") == 2
