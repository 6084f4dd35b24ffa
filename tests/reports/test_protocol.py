from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from app.db import Database
from app.errors import UserError
from app.reports.protocol_pdf import short_name
from app.services.reports import export_protocol, protocol_data
from tests.reports.factory import Seeded


def _text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text() for page in doc)


def test_signed_protocol_pdf(seeded: tuple[Database, Seeded], tmp_path: Path) -> None:
    db, s = seeded
    out = tmp_path / "protocol.pdf"
    export_protocol(db, s.case1, out)
    text = " ".join(_text(out).split())
    assert "ПРОТОКОЛ № 3-ВР" in text
    assert "ПРОЄКТ" not in text
    assert "здобувача освіти Шевченка Тараса Григоровича" in text and s.case1 in text
    for expected in ("Бази даних", "Машинне навчання", "визнано частково", "Модулі 1–", "ГОЛОСУВАЛИ",
                     "«за» — 4", "Голова комісії", "Секретар комісії", "Ірина ПЕТРЕНКО", "Олег САВЧУК",
                     "Усього визнано: 7,5 кредиту ЄКТС", "сторінка 1 з"):
        assert expected in text, expected
    # declared a conflict of interest: recorded as such, neither votes nor signs
    assert "Кравець Петро Іванович заявив про конфлікт інтересів" in text and "КРАВЕЦЬ" not in text
    with pymupdf.open(out) as doc:
        fonts = {f[3] for page in doc for f in page.get_fonts()}
        assert doc.metadata is not None and "3-ВР" in doc.metadata["title"]
    assert any("DejaVuSerif" in f.replace(" ", "") for f in fonts)  # the bundled font, embedded


def test_unsigned_case_gives_a_draft(seeded: tuple[Database, Seeded], tmp_path: Path) -> None:
    db, s = seeded
    data = protocol_data(db, s.case2)
    assert data.is_draft and data.number == "" and [line.component_code for line in data.lines] == ["ОК8"]
    out = tmp_path / "draft.pdf"
    export_protocol(db, s.case2, out)
    text = _text(out)
    assert "ПРОЄКТ" in text and "ПРОТОКОЛ №\u00a0_____" in text and "Кібербезпека" in text  # the number's line


def test_protocol_errors(seeded: tuple[Database, Seeded], tmp_path: Path) -> None:
    db, s = seeded
    with pytest.raises(UserError, match="pdf"):
        export_protocol(db, s.case1, tmp_path / "p.xlsx")
    with pytest.raises(UserError, match="RD-X"):
        export_protocol(db, "RD-X", tmp_path / "p.pdf")


@pytest.mark.parametrize(("full", "short"), [("Петренко Ірина Василівна", "Ірина ПЕТРЕНКО"),
                                             ("Савчук Олег", "Олег САВЧУК"), ("Мирослава", "МИРОСЛАВА")])
def test_signature_names(full: str, short: str) -> None:
    assert short_name(full) == short
