from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.db import Database
from app.services.reports import export_statistics, statistics
from tests.reports.factory import Seeded


def test_statistics_figures(seeded: tuple[Database, Seeded]) -> None:
    db, s = seeded
    stats = statistics(db)
    assert stats.cases == 5
    assert stats.lines_decided == 4 and stats.lines_recognised == 3
    assert stats.recognition_rate == pytest.approx(0.75)
    assert stats.credits_recognised == pytest.approx(s.credits_total)
    assert {d.decision: d.lines for d in stats.decisions} == {"full": 2, "partial": 1, "none": 1}
    partial = next(d for d in stats.decisions if d.decision == "partial")
    assert partial.credit_rate == pytest.approx(0.5)
    assert stats.evidence_items == 4 and stats.verified_share == pytest.approx(0.5)
    assert [(p.provider, p.evidence_items, p.lines_recognised) for p in stats.providers][0] == ("Prometheus", 2, 1)
    assert sum(m.cases_filed for m in stats.months) == 5
    assert sum(m.lines_decided for m in stats.months) == 4
    assert sum(m.credits_recognised for m in stats.months) == pytest.approx(s.credits_total)
    assert all(m.month.day == 1 for m in stats.months)


def test_statistics_period(seeded: tuple[Database, Seeded]) -> None:
    db, _s = seeded
    later = statistics(db, date_from=(datetime.now() + timedelta(days=400)).date())
    assert later.cases == 0 and later.lines_decided == 0 and later.decisions == [] and later.recognition_rate == 0


@pytest.mark.parametrize(("lang", "header"), [("uk", "Подано заяв"), ("en", "Cases filed")])
def test_statistics_workbook_has_tables_and_native_charts(seeded: tuple[Database, Seeded], tmp_path: Path,
                                                          lang: str, header: str) -> None:
    db, s = seeded
    out = tmp_path / "stats.xlsx"
    export_statistics(db, out, lang)
    book = load_workbook(out)
    english = ["Summary", "Monthly", "Decisions", "Providers", "Verification"]
    assert book.sheetnames == (english if lang == "en" else
                               ["Підсумок", "За місяцями", "Рішення", "Провайдери", "Автентичність"])
    wb = dict(zip(english, book.worksheets, strict=True))
    monthly = wb["Monthly"]
    assert monthly["B1"].value == header
    assert isinstance(monthly["A2"].value, datetime) and monthly["A2"].number_format == "MM.YYYY"
    rows = list(monthly.iter_rows(values_only=True))
    assert rows[-1][1] == 5 and rows[-1][3] == pytest.approx(s.credits_total)
    decisions = list(wb["Decisions"].iter_rows(values_only=True))
    assert decisions[-1][1] == 4 and decisions[-1][4] == pytest.approx(s.credits_total)
    assert wb["Decisions"]["C2"].number_format == "0.0%"
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Частка визнаних компонентів" if lang == "uk" else "Recognition rate (components)"] == 0.75
    charts = {name: [type(c).__name__ for c in ws._charts] for name, ws in wb.items()}
    assert charts["Monthly"] == ["BarChart", "LineChart"]
    assert charts["Decisions"] == ["PieChart"]
    assert charts["Providers"] == ["BarChart"]
    assert charts["Verification"] == ["PieChart"]


def test_statistics_of_an_empty_database(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    stats = export_statistics(db, out, "en")
    assert stats.cases == 0
    wb = load_workbook(out)
    assert all(not ws._charts for ws in wb.worksheets)


def test_credits_line_is_drawn_straight(seeded: tuple[Database, Seeded], tmp_path: Path) -> None:
    """Without <c:smooth val="0"> LibreOffice draws the monthly credits as a spline."""
    import zipfile

    out = tmp_path / "stats.xlsx"
    export_statistics(seeded[0], out, "en")
    with zipfile.ZipFile(out) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/chart")]
    line = next(c for c in charts if "<lineChart>" in c)  # openpyxl writes the chart namespace as the default
    assert '<smooth val="0"/>' in line and '<smooth val="1"/>' not in line


def test_statistics_in_a_fresh_process_leave_the_orm_mappers_unconfigured(demo_db: Database, db_url: str) -> None:
    """``report stats`` runs in a process of its own: its figures are SQL aggregates on the tables, and configuring
    every ORM mapper first would cost more than counting (a fifth of a second)."""
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    script = (
        "import sys\n"
        "from app.db import Database\n"
        "from app.models import Base\n"
        "from app.services.reports import statistics\n"
        f"db = Database({db_url!r})\n"
        "stats = statistics(db)\n"
        "print(stats.cases, sum(m.configured for m in Base.registry.mappers))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert out == ["5", "0"], out
