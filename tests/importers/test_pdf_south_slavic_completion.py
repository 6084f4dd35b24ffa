"""A Slovene or Croatian certificate: the course named after "uspešno opravila" / "uspješno je završila" up to the
clause that says who ran it (", ki ga je …", ", koji je …"), its hours as lessons of 45 minutes ("24 pedagoških ur po
45 minut") and its topics table without its total row ("Skupaj"). Before, the paper's kind ("POTRDILO") was the
course's name, no hours were read and "Skupaj" was a topic. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_SLOVENE = (
    "<p>ZAVOD ZA GOZDOVE · Območna enota Kranj</p><p>POTRDILO</p>"
    "<p>Potrjujemo, da je Ana Novak uspešno opravila Tečaj varnega dela z motorno žago, ki ga je zavod izvedel "
    "od 3. do 14. marca 2025 v Kranju.</p>"
    "<p>Program (24 pedagoških ur po 45 minut)</p>"
    "<table><tr><td>Sklop</td><td>Vsebina</td><td>Ure</td></tr>"
    "<tr><td>1</td><td>Zgradba in vzdrževanje motorne žage</td><td>6</td></tr>"
    "<tr><td>2</td><td>Podiranje in kleščenje dreves</td><td>12</td></tr>"
    "<tr><td>3</td><td>Varstvo pri delu in prva pomoč</td><td>6</td></tr>"
    "<tr><td>Skupaj</td><td></td><td>24</td></tr></table>"
    "<p>Kranj, 20. 3. 2025</p>"
)

_CROATIAN = (
    "<p>Pučko otvoreno učilište Zagorje</p><p>UVJERENJE</p>"
    "<p>kojim se potvrđuje da je Ivana Horvat uspješno je završila program Osnove programiranja u Pythonu, koji je "
    "održan od 1. do 30. listopada 2025.</p>"
)


def test_a_slovene_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _SLOVENE)
    assert rec.value("title") == "Tečaj varnega dela z motorno žago"
    assert rec.value("workload_hours") == 18  # 24 lessons of 45 minutes
    assert "Skupaj" not in (rec.value("learning_outcomes") or [])


def test_a_croatian_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _CROATIAN)
    assert rec.value("title") == "Osnove programiranja u Pythonu"


def test_a_croatian_name_below_its_kind_on_two_lines(tmp_path: Path) -> None:
    """"… završila program osposobljavanja za" / the name / "i …": the name below the line ending in "za", with the
    line that goes on with "i"."""
    html = (
        "<p>Pučko otvoreno učilište Zagorje</p><p>UVJERENJE</p><p>kojim se potvrđuje da je polaznica</p>"
        "<p>IVANA HORVAT</p><p>uspješno završila program osposobljavanja za</p>"
        "<p>administratora baza podataka</p><p>i poslovnih aplikacija</p>"
        "<p>te stekla ishode učenja navedene u nastavku.</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "administratora baza podataka i poslovnih aplikacija"
