"""Files opened with the application ("Open with Recognition Desk", ``gui --open FILE``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.models import Case, EvidenceItem
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.open_files import ACCEPTS_EVIDENCE, OpenFilesDialog, open_when_ready
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.conftest import REPO_ROOT

SAMPLE = REPO_ROOT / "resources" / "selftest" / "sample-credential.json"


def test_opened_file_is_checked_and_added_to_a_case(qtbot: Any, demo_db: Any) -> None:
    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner()))
    qtbot.addWidget(window)
    window.show()
    window.attach_database(demo_db)
    open_when_ready(window, [str(SAMPLE)])
    qtbot.waitUntil(lambda: window.findChild(OpenFilesDialog) is not None, timeout=10_000)
    dialog = window.findChild(OpenFilesDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.item(0, 1) is not None, timeout=10_000)
    format_item, title_item = dialog.table.item(0, 1), dialog.table.item(0, 3)
    assert format_item is not None and format_item.text() == "openbadges-3.0"
    assert title_item is not None and title_item.text() == "Аналіз даних на Python"
    # Only cases that still accept evidence are offered.
    offered = [dialog.cases.itemText(i) for i in range(dialog.cases.count())]
    accepting = {r.reg_no for r in window.cases_model.rows if r.status in ACCEPTS_EVIDENCE}
    assert "RD-DEMO-002" in accepting and {text.split(" — ")[0] for text in offered} == accepting
    dialog.cases.setCurrentIndex(next(i for i, t in enumerate(offered) if t.startswith("RD-DEMO-002")))
    dialog.add_button.click()

    def imported() -> bool:
        with demo_db.read() as session:
            return bool(session.execute(select(func.count(EvidenceItem.id)).join(Case)
                                        .where(Case.reg_no == "RD-DEMO-002")).scalar())

    qtbot.waitUntil(imported, timeout=10_000)
    window.ctx.runner.wait()


def test_missing_file_is_reported(qtbot: Any, demo_db: Any, monkeypatch: Any) -> None:
    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=demo_db))
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    open_when_ready(window, ["/no/such/badge.png"])
    assert shown and "/no/such/badge.png" in shown[0]
    assert window.findChild(OpenFilesDialog) is None
