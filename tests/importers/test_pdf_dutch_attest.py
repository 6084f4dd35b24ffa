"""A Flemish deelnameattest: the course on the lines after "met succes heeft deelgenomen aan de opleiding", its
hours after "Duur" rather than a clock time of its days ("van 9.00 tot 16.30 uur"). Before, "DEELNAMEATTEST" was the
course's name and 16.3 its hours. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_ATTEST = (
    "<p>LEIEDAL TECHNIEK ACADEMIE</p><p>DEELNAMEATTEST</p><p>Leiedal Techniek Academie verklaart dat</p>"
    "<p>mevr. Olena BONDAR, geboren op 02/03/1994,</p><p>met succes heeft deelgenomen aan de opleiding</p>"
    "<p>Veilig werken met industriële robots — niveau 1</p>"
    "<p>Data</p><p>4 en 5 maart 2026 (2 opleidingsdagen van 8.30 tot 16.00 uur)</p>"
    "<p>Duur</p><p>14 uur: 4 uur theorie en 10 uur praktijk</p>"
)


def test_a_flemish_attest(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _ATTEST)
    assert rec.value("title") == "Veilig werken met industriële robots — niveau 1"
    assert rec.value("workload_hours") == 14
