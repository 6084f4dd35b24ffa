"""The issuer's country from its letterhead's address, even on a long line among other parts ("Triq il-Marina,
Kalkara, Malta · Licensed …"), before a country named further down for the learner ("Ukraine · student no. …"); and
never the country where the learner was born ("rođena … u Harkivu, Ukrajina,"). Before, the learner's country was
read as the issuer's in both. Other wording than the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_LETTERHEAD = (
    "<p>LAGOON LANGUAGE SCHOOL</p>"
    "<p>Rruga e Detit 12, Sarandë, Albania · Licensed language school no. 44 · Certificate no. LLS-26-031</p>"
    "<p>CERTIFICATE OF ATTENDANCE</p><p>This is to certify that</p><p>Taras Melnyk</p>"
    "<p>Ukraine · student no. 26-031</p><p>has attended the course Business English B2, 60 hours.</p>"
    "<p>Issued 20 March 2026</p>"
)

_BORN_ABROAD = (
    "<p>Pučko otvoreno učilište „Obala”</p><p>Riva 3, 23000 Zadar</p><p>UVJERENJE</p>"
    "<p>kojim se potvrđuje da je polaznik</p><p>IVAN HORBATIUK</p>"
    "<p>rođen 3. ožujka 2000. u Lavivu, Ukrajina,</p><p>uspješno završio program osposobljavanja, 120 sati.</p>"
    "<p>Zadar, 4. travnja 2026.</p>"
)


def test_the_issuers_address_in_its_letterhead(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _LETTERHEAD)
    assert rec.value("issuer_country") == "Albania"


def test_not_the_country_where_the_learner_was_born(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _BORN_ABROAD)
    assert rec.value("issuer_country") != "Ukrajina"
