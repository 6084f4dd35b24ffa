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


def test_a_serbian_certificate(tmp_path: Path) -> None:
    """A Serbian uverenje: the programme on the line after "uspešno završio program obuke", its hours in "časova",
    the outcomes after "Po završenoj obuci polaznik je osposobljen da:", not the module plan above them nor a
    project's name in quotes; the adult-education centre as the issuer."""
    html = (
        "<p>Centar za obrazovanje odraslih · Bitlab d.o.o. Kragujevac</p><p>UVERENJE</p>"
        "<p>kojim se potvrđuje da je polaznik</p><p>PETAR KOVAČENKO</p><p>uspešno završio program obuke</p>"
        "<p>RAZVOJ WEB APLIKACIJA U JAVASCRIPTU</p>"
        "<p>u periodu od 1. 10. do 20. 12. 2025. godine, u ukupnom trajanju od 120 časova</p>"
        "<p>PLAN OBUKE</p><p>1. HTML i CSS</p><p>2. JavaScript i DOM</p><p>3. React</p>"
        "<p>Po završenoj obuci polaznik je osposobljen da:</p>"
        "<p>1. pravi responzivne stranice u HTML-u i CSS-u;</p>"
        "<p>2. piše JavaScript koji menja DOM i šalje zahteve ka REST API-ju;</p>"
        "<p>3. gradi jednostavnu aplikaciju u React-u.</p>"
        "<p>Završni projekat: aplikacija „Moj budžet“.</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "RAZVOJ WEB APLIKACIJA U JAVASCRIPTU"
    assert rec.value("workload_hours") == 120
    outcomes = rec.value("learning_outcomes") or []
    assert len(outcomes) == 3 and outcomes[0].startswith("pravi responzivne stranice"), outcomes
    assert rec.value("awarding_body") == "Centar za obrazovanje odraslih"
