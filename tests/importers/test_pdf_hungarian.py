"""A Hungarian igazolás: the learner after "igazolom, hogy" with the place and date of birth in a bracket ("Kovács
Anna (született: Ungvár, 2003. május 9.)"), no date of birth as the date of issue, the date of issue written year
first ("2025. szeptember 12."), a total worked out in hours ("40 munkanap × 8 óra = 320 óra") and the grade under
"Összesített érdemjegy". Before, none was read. Other wording than the certificate that showed them."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_HUNGARIAN = (
    "<p>Tiszaparti Szoftver Kft.</p><p>IGAZOLÁS</p><p>szakmai gyakorlat teljesítéséről</p>"
    "<p>Alulírott mentor ezennel igazolom, hogy</p>"
    "<p>Kovács Anna (született: Ungvár, 2003. május 9.) társaságunknál szakmai gyakorlatát teljesítette.</p>"
    "<p>Időtartam: 40 munkanap × 8 óra = 320 óra</p>"
    "<p>Összesített érdemjegy: jó (4)</p><p>Debrecen, 2025. szeptember 12.</p>"
)


def test_a_hungarian_igazolas(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _HUNGARIAN)
    assert rec.value("learner_name") == "Kovács Anna"
    assert rec.value("issued_on") == "2025-09-12"
    assert rec.value("workload_hours") == 320
    assert rec.value("grade") == "jó (4)"
