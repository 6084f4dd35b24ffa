"""A full-name field abroad with its value on the line below ("Meno a priezvisko:" / "Vladyslav Marchuk"); a birth's
label above its date and place, whose country is the learner's, not the issuer's; a course attended "the whole of the
one-day course …" and what the learner did after its name. Before, no learner was read, the birthplace's country was
taken for the issuer's and "whole of the one-day" for the course. Other wording than the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html, table_row


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Imię i nazwisko:", "Oksana Hrytsenko"),
        ("Meno a priezvisko:", "Bohdan Levchuk"),
        ("Jméno a příjmení:", "Iryna Savchuk"),
        ("Nome e cognome:", "Taras Melnyk"),
        ("Vardas, pavardė:", "Olena Boiko"),
        ("Numele și prenumele:", "Andrii Kovalenko"),
    ],
)
def test_a_full_name_field_with_its_value_below(tmp_path: Path, label: str, name: str) -> None:
    # the fields in a table of two columns, read cell by cell: the label alone on its line, its value below
    html = ("<p>Centrum Szkoleń Technicznych</p><p>ul. Długa 8, 31-147 Kraków</p><p>ZAŚWIADCZENIE nr 118/2025</p>"
            f"<table>{table_row(label, '<b>' + name + '</b>')}{table_row('Numer ewidencyjny:', 'CST-0425')}</table>"
            "<p>ukończył szkolenie „Podstawy programowania sterowników PLC” w wymiarze 40 godzin.</p>"
            "<p>Kraków, 12.05.2025</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("learner_name") == name


@pytest.mark.parametrize(
    ("label", "born"),
    [
        ("Data i miejsce urodzenia:", "14.02.1999, Łuck, Ukraina"),
        ("Data e luogo di nascita:", "14/02/1999, Lutsk, Ucraina"),
        ("Fecha y lugar de nacimiento:", "14/02/1999, Lutsk, Ucrania"),
    ],
)
def test_the_country_below_a_birth_label_is_not_the_issuers(tmp_path: Path, label: str, born: str) -> None:
    html = ("<p>Accademia Tecnica Nord</p><p>Via Roma 12 · 20121</p><p>ATTESTATO n. 2025/044</p>"
            f"<table>{table_row('Nome e cognome:', 'Olha Tkachuk')}{table_row(label, born)}</table>"
            "<p>ha frequentato il corso di saldatura TIG di 80 ore.</p>")
    rec = inspect_html(tmp_path, html)
    country = rec.value("issuer_country") or ""
    assert not country.startswith("Ukr") and not country.startswith("Ucr")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("attended the whole of the two-day course Safe Manual Handling at Work and passed the practical check.",
         "Safe Manual Handling at Work"),
        ("completed the 6-week online course Bookkeeping for Small Charities and submitted all assignments.",
         "Bookkeeping for Small Charities"),
    ],
)
def test_the_course_after_a_length_and_before_what_the_learner_did_next(tmp_path: Path, sentence: str,
                                                                        title: str) -> None:
    html = ("<p>Riverside Community Learning Trust</p><p>12 Mill Lane, Hull HU1 2AB</p>"
            "<p>CERTIFICATE OF ATTENDANCE</p><p>This certifies that</p><p>Marta Shevchuk</p>"
            f"<p>{sentence}</p><p>Issued on 3 June 2025</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == title
