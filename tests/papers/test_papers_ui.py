"""The papers from the Reports menu: extract, order, notice (Ukrainian and English) and the decision record,
each written on the task runner's thread, and one line for a case whose protocol is not signed yet."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Case
from app.reports.decision_record import read_record
from app.services import reports
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.papers.language import pdf_text


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from app.db import open_database
    from app.services.demo import load_demo

    folder = tmp_path_factory.mktemp("papers-ui")
    db = open_database("sqlite:///" + (folder / "demo.sqlite3").as_posix())
    load_demo(db, "tester")
    yield db
    db.dispose()


def _open(qtbot: Any, window: MainWindow, db: Database, reg_no: str) -> None:
    with db.read() as session:
        case_id = session.execute(select(Case.id).where(Case.reg_no == reg_no)).scalar_one()
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_view.case is not None and window.case_view.case.reg_no == reg_no,
                    timeout=5000)


def test_the_papers_from_the_reports_menu(qtbot: Any, demo_db: Database, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=demo_db))
    qtbot.addWidget(window)
    window.show()
    controller: Any = window.reports  # its dialogs are replaced by answers below
    assert not controller.action_order.isEnabled() and not controller.action_decision.isEnabled()
    opened: list[str] = []
    errors: list[str] = []
    controller.ask_save_path = lambda _title, name, _filter: str(tmp_path / name)
    controller.offer_open = lambda path, _message: opened.append(path)
    window.show_error = errors.append  # type: ignore[method-assign,assignment]
    threads: list[threading.Thread] = []
    original = reports.export_order

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(reports, "export_order", recording)

    _open(qtbot, window, demo_db, "RD-DEMO-001")
    actions = (controller.action_extract, controller.action_order, controller.action_notice,
               controller.action_notice_en, controller.action_decision)
    for count, action in enumerate(actions, start=1):
        assert action.isEnabled()
        action.trigger()
        qtbot.waitUntil(lambda count=count: len(opened) == count or bool(errors), timeout=20000)
    assert errors == []
    assert [Path(p).name for p in opened] == ["extract-RD-DEMO-001.pdf", "order-RD-DEMO-001.pdf",
                                              "notice-RD-DEMO-001.pdf", "notice-RD-DEMO-001-en.pdf",
                                              "decision-RD-DEMO-001.json"]
    assert "ВИТЯГ З ПРОТОКОЛУ" in pdf_text(Path(opened[0])) and "НАКАЗ" in pdf_text(Path(opened[1]))
    assert "ПОВІДОМЛЕННЯ" in pdf_text(Path(opened[2])) and "NOTICE" in pdf_text(Path(opened[3]))
    assert read_record(Path(opened[4]))["case"]["reg_no"] == "RD-DEMO-001"
    assert threads and threads[0] is not threading.main_thread()  # written off the GUI thread

    _open(qtbot, window, demo_db, "RD-DEMO-002")  # decided on nothing yet: no signed protocol
    controller.action_order.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert len(errors) == 1 and len(errors[0].splitlines()) == 1 and "no signed protocol" in errors[0]
    assert not (tmp_path / "order-RD-DEMO-002.pdf").exists()
    window.ctx.runner.wait()
