"""The learner on the line below a Croatian, Slovene, Swedish or Finnish "certifies that", in capitals, before her
birth: "kojim se potvrđuje da je polaznica" / "ANASTASIIA …" / "rođena …". Before, no learner was read. Other wording
than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    ("opening", "born"),
    [
        ("kojim se potvrđuje da je polaznik", "rođen 3. ožujka 2000. u Lavivu,"),
        ("s katerim potrjujemo, da je udeleženec", "rojen 3. marca 2000 v Lvovu,"),
        ("Härmed intygas att", "född 3 mars 2000 i Lviv,"),
        ("Täten todistetaan, että", "syntynyt 3.3.2000 Lvivissä,"),
    ],
)
def test_the_learner_below_certifies_that(tmp_path: Path, opening: str, born: str) -> None:
    html = ("<p>Pučko otvoreno učilište „Obala”</p><p>Riva 3, 23000 Zadar</p>"
            "<p>Na temelju programa osposobljavanja i zapisnika ispitnog povjerenstva ustanova izdaje</p>"
            f"<p>UVJERENJE</p><p>{opening}</p><p>MARKO PETRENKO</p><p>{born}</p>"
            "<p>uspješno završio program osposobljavanja za web dizajnera</p><p>Zadar, 4. travnja 2026.</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("learner_name") == "MARKO PETRENKO"

