"""The learner's name as her passport spells it, in a bracket after the name in the paper's own language and case
("Izsniegta Irinai Kravecai (pasē: KRAVETS IRYNA)", "… Olenie Kowalczuk (w paszporcie: KOVALCHUK OLENA)"), taken for
the learner's name: the form the applicant's documents give. And a Latvian date ("2026. gada 13. martā"). Before,
neither was read. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_LATVIAN = (
    "<p>VIDZEMES TEHNIKUMS</p><p>APLIECĪBA Nr. VT-2026/041</p>"
    "<p>Izsniegta Tarasam Melnikam (pasē: MELNYK TARAS), dzimušam 2003. gada 2. maijā, par to, ka viņš ir apguvis "
    "programmu „Datu bāzes”, 40 stundas.</p>"
    "<p>Valmierā, 2026. gada 13. martā</p>"
)

_POLISH = (
    "<p>Centrum Kształcenia Ustawicznego</p><p>ZAŚWIADCZENIE</p>"
    "<p>wydane Pani Olenie Kowalczuk (w paszporcie: KOVALCHUK OLENA) o ukończeniu kursu Excel dla analityków, "
    "30 godzin.</p><p>Lublin, 2 marca 2026 r.</p>"
)


def test_the_passport_spelling_and_a_latvian_date(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _LATVIAN)
    assert rec.value("learner_name") == "MELNYK TARAS"
    assert rec.value("issued_on") == "2026-03-13"


def test_the_passport_spelling_in_polish(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _POLISH)
    assert rec.value("learner_name") == "KOVALCHUK OLENA"
