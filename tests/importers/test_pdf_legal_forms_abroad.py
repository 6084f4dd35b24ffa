"""A company abroad named by its legal form in capitals ("SAS …", "… OÜ", "… Kft.") is the issuer, not a line that
says where the training took place ("… en centre à Sélestat"). Before, the place line was taken for the issuer.
Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize("company", ["SARL Atelier Numérique Vosgien", "Lõuna Koolitus OÜ", "Dunakanyar Képző Kft."])
def test_the_company_by_its_legal_form(tmp_path: Path, company: str) -> None:
    html = (f"<p>{company} · 3 rue du Marché, 88000 Épinal</p>"
            "<p>ATTESTATION DE FIN DE FORMATION</p><p>Stagiaire</p><p>Mme Olena KRAVETS</p>"
            "<p>Intitulé de la formation</p><p>Bases de données relationnelles et SQL</p>"
            "<p>Dates et lieu</p><p>du 2 au 27 juin 2025 · en centre à Épinal, 2 jours en distanciel</p>"
            "<p>Durée : 70 heures</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("awarding_body") == company
