from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from app.services.cases import CaseRow
from app.ui.cases_model import CasesTableModel
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workers import TaskRunner


def _window(qtbot, db) -> MainWindow:
    ctx = AppContext(settings=Settings(), runner=TaskRunner(), db=db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_cases_list_shows_demo_cases_and_filters_by_latin_name(qtbot, demo_db) -> None:
    window = _window(qtbot, demo_db)
    window.refresh_cases()
    qtbot.waitUntil(lambda: window.cases_model.rowCount() == 5, timeout=5000)
    window.search.setText("shevchenko")
    qtbot.waitUntil(lambda: window.cases_model.rowCount() == 1, timeout=3000)
    assert window.cases_model.row_at(0).applicant.startswith("Шевченко")
    window.search.setText("Мельник")
    qtbot.waitUntil(lambda: window.cases_model.rowCount() == 1
                    and window.cases_model.row_at(0).applicant.startswith("Мельник"), timeout=3000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.case_view.case is not None, timeout=5000)
    assert window.case_view.overview.fields["latin"].text() == "Melnyk Yurii Ivanovych"
    window.ctx.runner.wait()


def _rows(n: int) -> list[CaseRow]:
    today = date.today()
    return [
        CaseRow(i, f"RD-2026-{i:06d}", f"Прізвище{i % 977} Ім'я", f"Prizvyshche{i % 977}", f"S{i}", "122",
                ("registered", "decided", "closed")[i % 3], today - timedelta(days=i % 90),
                today + timedelta(days=(i % 60) - 30), datetime(2026, 1, 1), i % 4)
        for i in range(n)
    ]


def test_model_filters_and_sorts_100k_cases(qtbot) -> None:
    model = CasesTableModel()
    model.set_rows(_rows(100_000))
    assert model.rowCount() == 100_000
    model.set_filter("prizvyshche976", status="decided")
    assert model.rowCount() > 0
    assert all(model.row_at(r).status == "decided" and model.row_at(r).applicant.startswith("Прізвище976")
               for r in range(model.rowCount()))
    model.set_filter("", overdue_only=True)
    assert 0 < model.rowCount() < 100_000 and all(model.row_at(r).overdue for r in range(model.rowCount()))
    model.set_filter()
    model.sort(7, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).evidence_count == 3 and model.row_at(model.rowCount() - 1).evidence_count == 0


def test_what_the_start_up_preparation_loaded_is_set_aside_from_the_collector(qtbot, demo_db, monkeypatch) -> None:
    """The matching model, glossary and dictionaries live as long as the window: once loaded they are set aside from
    the cyclic collector (as the window's own objects are), so that no full collection walks them again."""
    import gc

    from app.services import vectors

    events: list[str] = []
    def prepared(_db: object) -> bool:
        events.append("prepared")
        return False  # no embedding model: the word layers alone

    monkeypatch.setattr(vectors, "prepare_matching", prepared)
    monkeypatch.setattr(gc, "freeze", lambda: events.append("frozen"))
    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=None))
    qtbot.addWidget(window)
    window.show()
    window.attach_database(demo_db, features_after_list=True)  # as the application starts
    qtbot.waitUntil(lambda: "prepared" in events and events[-1] == "frozen", timeout=10000)
    assert events.index("prepared") < len(events) - 1


def test_the_officers_division_of_the_components_tab_is_kept(qtbot, demo_db, tmp_path) -> None:
    # Many requested components want a taller list than the default division gives: the officer drags it once,
    # and the next window (the next session) divides the tab the same way.
    from PySide6.QtCore import QSettings

    def window() -> MainWindow:
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        opened = MainWindow(AppContext(settings=settings, runner=TaskRunner(), db=demo_db))
        qtbot.addWidget(opened)
        opened.resize(1366, 768)
        opened.show()
        qtbot.waitUntil(lambda: opened.cases_loaded_once and opened.features_ready, timeout=20_000)
        opened.table.selectRow(0)
        tab = opened.case_workflow.components_tab
        opened.case_view.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.splitter.sizes()[0] > 0, timeout=5_000)
        return opened

    first = window()
    splitter = first.case_workflow.components_tab.splitter
    before = splitter.sizes()
    splitter.moveSplitter(before[0] + 150, 1)
    moved = splitter.sizes()
    assert moved[0] > before[0]
    first.close()
    second = window()
    assert second.case_workflow.components_tab.splitter.sizes() == moved
