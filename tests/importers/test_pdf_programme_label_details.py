"""A programme named in quotes below its label alone, its details after it on the line ("Програма" / "«…» (360 год /
12 кредитів ЄКТС), група"): the name without the details (before, the whole line was the course's name). Other
wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_programme_below_its_label_without_its_details(tmp_path: Path) -> None:
    html = (
        "<p>ПОЛТАВСЬКИЙ ІНСТИТУТ ПІСЛЯДИПЛОМНОЇ ОСВІТИ</p><p>ТРАНСКРИПТ</p><p>Слухач(ка)</p>"
        "<p>КОВАЛЬ Олена Миколаївна</p><p>Програма</p>"
        "<p>«Інструктор з безпеки на воді» (120 год / 4 кредити ЄКТС), група БВ-25-1</p>"
        "<p>Дата видачі</p><p>30.12.2025</p>"
    )
    assert inspect_html(tmp_path, html).value("title") == "Інструктор з безпеки на воді"
