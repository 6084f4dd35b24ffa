from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.db import Database
from app.domain.progress import NullProgress
from app.errors import CancelledError, UserError
from app.reports.data import RegisterFilter, RegisterRow
from app.reports.register import COLUMN_KEYS, HEADER_ROW
from app.services.reports import count_register, export_register, iter_register
from tests.reports.factory import Seeded

COL = {key: i for i, key in enumerate(COLUMN_KEYS)}


def _table(path: Path) -> tuple[list[str], list[tuple[object, ...]], tuple[object, ...]]:
    ws = load_workbook(path).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    header = [str(v) for v in rows[HEADER_ROW - 1]]
    return header, rows[HEADER_ROW:-1], rows[-1]


@pytest.mark.parametrize(("lang", "headers"), [
    ("uk", ("№", "Реєстр. № справи", "Рішення", "Визнано кредитів ЄКТС")),
    ("en", ("No.", "Case reg. no.", "Decision", "ECTS credits recognised")),
])
def test_register_rows_totals_and_headers(seeded: tuple[Database, Seeded], tmp_path: Path, lang: str,
                                          headers: tuple[str, ...]) -> None:
    db, s = seeded
    out = tmp_path / "register.xlsx"
    assert export_register(db, out, RegisterFilter(), lang) == 4
    header, rows, total = _table(out)
    for text in headers:
        assert text in header
    # current, decided lines only: the superseded and the undecided line are left out
    assert [(r[COL["reg_no"]], r[COL["component_code"]]) for r in rows] == [
        (s.case1, "ОК5"), (s.case1, "ОК7"), (s.case1, "ВК2"), (s.case2, "ОК8")]
    assert [r[COL["no"]] for r in rows] == [1, 2, 3, 4]
    ok7 = rows[1]
    assert ok7[COL["credits_recognised"]] == 2.5 and ok7[COL["credits_remaining"]] == 2.5
    assert ok7[COL["protocol_no"]] == "3-ВР"
    assert ok7[COL["provider"]] == "Stanford Online / Coursera"
    assert isinstance(ok7[COL["decided_at"]], datetime) and isinstance(ok7[COL["filed_on"]], datetime)
    assert isinstance(ok7[COL["protocol_date"]], datetime)
    assert rows[3][COL["protocol_no"]] is None  # no protocol yet for the second case
    assert total[0] in ("Разом", "Total")
    assert total[COL["reg_no"]] == 4
    assert total[COL["credits_recognised"]] == pytest.approx(s.credits_total)
    assert total[COL["ects"]] == pytest.approx(18.0)


def test_register_layout_for_spreadsheet_users(seeded: tuple[Database, Seeded], tmp_path: Path) -> None:
    db, _s = seeded
    out = tmp_path / "register.xlsx"
    export_register(db, out)
    ws = load_workbook(out).worksheets[0]
    assert ws.freeze_panes == f"C{HEADER_ROW + 1}"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:AE{HEADER_ROW + 4}"
    first = HEADER_ROW + 1
    assert ws.cell(row=first, column=COL["decided_at"] + 1).number_format == "DD.MM.YYYY"
    assert ws.cell(row=first, column=COL["ects"] + 1).number_format == "0.0#"
    assert ws.cell(row=HEADER_ROW, column=1).font.b
    assert ws.column_dimensions["D"].width >= 25  # applicant names are readable
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"


def test_register_filters(seeded: tuple[Database, Seeded]) -> None:
    db, s = seeded
    rows = list(iter_register(db, RegisterFilter()))
    decided = sorted(r.decided_at for r in rows if r.decided_at)
    first, last = decided[0], decided[-1]
    assert first < last
    only_first = RegisterFilter(date_from=first, date_to=first)
    assert [r.reg_no for r in iter_register(db, only_first)] == [s.case2]
    assert count_register(db, RegisterFilter(date_from=last)) == 3
    assert count_register(db, RegisterFilter(date_to=last - timedelta(days=1))) == 1
    assert count_register(db, RegisterFilter(programme_code="122-BS-CS")) == 4
    assert count_register(db, RegisterFilter(faculty="Факультет інформаційних технологій")) == 4
    assert count_register(db, RegisterFilter(faculty="Юридичний факультет")) == 0
    with pytest.raises(UserError, match="NOPE"):
        count_register(db, RegisterFilter(programme_code="NOPE"))
    with pytest.raises(UserError, match="empty"):
        count_register(db, RegisterFilter(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)))


def test_empty_register_is_still_a_valid_workbook(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    assert export_register(db, out, lang="en") == 0
    header, rows, total = _table(out)
    assert header[0] == "No." and rows == [] and total[COL["reg_no"]] == 0


class CancelOnSecondLook:
    """Cancels once the export is past its first check, i.e. while the workbook is being written."""

    def __init__(self) -> None:
        self.looks = 0

    def report(self, done: int, total: int, message: str = "") -> None:
        return None

    @property
    def cancelled(self) -> bool:
        self.looks += 1
        return self.looks > 1


@pytest.mark.parametrize("progress_factory", [CancelOnSecondLook, NullProgress])
def test_cancelled_register_leaves_no_file(seeded: tuple[Database, Seeded], tmp_path: Path,
                                           progress_factory: type) -> None:
    db, _s = seeded
    progress = progress_factory()
    if isinstance(progress, NullProgress):
        progress.cancel()
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "register.xlsx"
    out.write_bytes(b"previous report")
    with pytest.raises(CancelledError):
        export_register(db, out, progress=progress)
    assert out.read_bytes() == b"previous report"  # the old file is untouched
    assert [p.name for p in folder.iterdir()] == ["register.xlsx"]


def test_writer_streams_many_rows_and_reports_progress(tmp_path: Path) -> None:
    from app.reports.register import write_register
    from app.translation import load_translator

    def rows(n: int) -> Iterator[RegisterRow]:
        for i in range(n):
            yield RegisterRow(f"RD-{i:05d}", date(2026, 1, 1), "Ім'я", "S", "F", "P", "2025/2026", 1, "ОК1",
                              "Курс", "mandatory", 5.0, "exam", "Cert", "Provider", "full", 5.0, 0.0, 90.0,
                              "відмінно", "A", "90", "0–100", date(2026, 2, 1), "1", date(2026, 2, 1), "x", "")

    seen: list[tuple[int, int]] = []

    class Recorder:
        cancelled = False

        def report(self, done: int, total: int, message: str = "") -> None:
            seen.append((done, total))

    out = tmp_path / "many.xlsx"
    assert write_register(rows(4100), out, load_translator("uk"), total=4100, progress=Recorder()) == 4100
    assert seen[0] == (2000, 4100) and seen[-1] == (4100, 4100)
    ws = load_workbook(out, read_only=True).worksheets[0]
    last = list(ws.iter_rows(min_row=HEADER_ROW + 4100, max_row=HEADER_ROW + 4101, values_only=True))
    assert last[0][COL["reg_no"]] == "RD-04099"
    assert last[1][COL["credits_recognised"]] == pytest.approx(20500.0)
