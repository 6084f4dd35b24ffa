"""A form's values filled in above their captions ("(прізвище, ім'я, по батькові)", "(назва програми)"), the
programme's name in quotes over several lines: read whole, from the line its quote opens on. Before, only its last
line was read. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_FORM = (
    "<p>ТОВ «Центр професійного навчання «Гарт»</p><p>СВІДОЦТВО № 77/26</p><p>Видане</p>"
    "<p>Савчук Олені Петрівні</p><p>(прізвище, ім'я, по батькові)</p>"
    "<p>про те, що вона пройшла навчання за програмою</p>"
    "<p>«Пожежна безпека на виробництві:</p><p>&nbsp;</p><p>первинні засоби гасіння та евакуація людей»</p>"
    "<p>(назва програми)</p><p>в обсязі 16 годин</p>"
)


def test_a_programme_name_over_lines_above_its_caption(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _FORM)
    assert rec.value("title") == "Пожежна безпека на виробництві: первинні засоби гасіння та евакуація людей"
