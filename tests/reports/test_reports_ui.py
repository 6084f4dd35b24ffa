from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select

from app.db import Database
from app.models import Case
from app.reports.data import RegisterFilter
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.reports.factory import Seeded


def _window(qtbot, db: Database) -> MainWindow:
    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=db))
    qtbot.addWidget(window)
    window.show()
    return window


def _answer(controller, tmp_path: Path, opened: list[str]) -> None:
    controller.ask_save_path = lambda _title, name, _filter: str(tmp_path / name)
    controller.offer_open = lambda path, _message: opened.append(path)


def test_case_report_and_protocol_from_the_menu(qtbot, seeded: tuple[Database, Seeded],
                                                 tmp_path: Path) -> None:
    db, s = seeded
    window = _window(qtbot, db)
    controller = window.reports
    titles = [a.text() for a in window.menu_reports.actions()]
    assert any("Case report" in t for t in titles) and any("Statistics &view" in t for t in titles)
    assert not controller.action_case.isEnabled()
    opened: list[str] = []
    _answer(controller, tmp_path, opened)
    with db.read() as session:
        case_id = session.execute(select(Case.id).where(Case.reg_no == s.case1)).scalar_one()
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_view.case is not None, timeout=5000)
    assert controller.action_case.isEnabled() and controller.action_protocol.isEnabled()
    controller.action_case.trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert load_workbook(opened[0]).sheetnames == ["Summary", "Evidence", "Outcomes", "Decisions"]
    controller.action_protocol.trigger()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert Path(opened[1]).read_bytes().startswith(b"%PDF")
    window.ctx.runner.wait()


def test_register_and_statistics_workbooks(qtbot, seeded: tuple[Database, Seeded],
                                           tmp_path: Path) -> None:
    db, _s = seeded
    window = _window(qtbot, db)
    controller: Any = window.reports  # its dialogs are replaced by answers below
    opened: list[str] = []
    _answer(controller, tmp_path, opened)
    controller.ask_register_filter = lambda: RegisterFilter(programme_code="122-BS-CS")
    controller.ask_period = lambda: (None, None)
    controller.action_register.trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert load_workbook(opened[0]).sheetnames == ["Register"]
    controller.action_stats.trigger()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert "Monthly" in load_workbook(opened[1]).sheetnames
    window.ctx.runner.wait()


def test_failed_export_shows_the_message(qtbot, seeded: tuple[Database, Seeded],
                                         tmp_path: Path) -> None:
    db, _s = seeded
    window = _window(qtbot, db)
    controller: Any = window.reports  # its dialogs are replaced by answers below
    errors: list[str] = []
    window.show_error = errors.append  # type: ignore[method-assign,assignment]
    controller.ask_register_filter = lambda: RegisterFilter(programme_code="NOPE")
    controller.ask_save_path = lambda _t, name, _f: str(tmp_path / name)
    controller.offer_open = lambda _p, _m: None
    controller.export_register()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "NOPE" in errors[0]
    window.ctx.runner.wait()


def test_period_dialog_refuses_an_empty_period(qtbot) -> None:
    from PySide6.QtCore import QDate

    from app.ui.reports_view import PeriodDialog

    dialog = PeriodDialog(None, "Register", [("122-BS-CS", "Комп'ютерні науки")], ["ФІТ"])
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(QDate(2026, 3, 1))
    dialog.date_to.setDate(QDate(2026, 2, 1))
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.text()
    dialog.date_to.setDate(QDate(2026, 4, 1))
    assert dialog.programme is not None and dialog.faculty is not None
    dialog.programme.setCurrentIndex(1)
    dialog.faculty.setCurrentIndex(1)
    flt = dialog.register_filter()
    assert (flt.programme_code, flt.faculty, flt.date_from.month if flt.date_from else None) == ("122-BS-CS", "ФІТ",
                                                                                                   3)
    dialog.limit.setChecked(False)
    assert dialog.period() == (None, None)


def test_statistics_view_draws_the_charts(qtbot, seeded: tuple[Database, Seeded],
                                          tmp_path: Path) -> None:
    from app.ui.stats_view import open_stats

    db, _s = seeded
    window = _window(qtbot, db)
    dialog = open_stats(window)
    qtbot.waitUntil(lambda: dialog.view.stats is not None, timeout=10000)
    view = dialog.view
    assert "75%" in view.summary.text()
    charts = {key: v.chart() for key, v in view.views.items()}
    assert all(chart.series() for chart in charts.values())
    pie: Any = charts["decisions"].series()[0]
    assert sorted(round(s.percentage(), 2) for s in pie.slices()) == [0.25, 0.25, 0.5]
    months: Any = charts["months"].series()[0]
    assert sum(bar_set.sum() for bar_set in months.barSets()) == 5 + 4
    # "Export to Excel" writes the same figures for the period shown, without asking for it again.
    opened: list[str] = []
    _answer(window.reports, tmp_path, opened)
    window.reports.ask_period = lambda: (_ for _ in ()).throw(AssertionError("asked"))  # type: ignore[method-assign]
    view.export_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert "Monthly" in load_workbook(opened[0]).sheetnames
    # An empty period gives empty charts, not errors.
    view.limit.setChecked(True)
    view.date_from.setDate(view.date_from.date().addYears(5))
    view.date_to.setDate(view.date_from.date().addDays(1))
    view.refresh()
    qtbot.waitUntil(lambda: view.stats is not None and view.stats.cases == 0, timeout=10000)
    assert not charts_with_series(view)
    window.ctx.runner.wait()


def charts_with_series(view) -> list[str]:
    return [key for key, v in view.views.items() if v.chart().series()]
