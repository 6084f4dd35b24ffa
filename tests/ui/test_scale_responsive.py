"""At scale the window keeps responding: verifying the audit log and loading the statistics run in the
background, and a timer on the event loop never waits more than 100 ms while they run."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import func, select

from app.db import open_database
from app.models import AuditEntry
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from bench.make_decade import build

MAX_BLOCK_S = 0.100


@pytest.fixture(scope="module")
def decade_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = "sqlite:///" + (tmp_path_factory.mktemp("decade-ui") / "decade.sqlite3").as_posix()
    build(url, 250, seed=3, today=date(2026, 11, 30))
    return url


class Heartbeat:
    """Ticks every 10 ms on the GUI thread and keeps the longest gap between two ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def _window(qtbot: Any, url: str) -> MainWindow:
    ctx = AppContext(settings=Settings(), runner=TaskRunner(), db=open_database(url))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.cases_loaded_once, timeout=20_000)
    window.ctx.runner.wait()
    return window


def test_verify_audit_log_runs_in_the_background(qtbot: Any, decade_url: str, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append("BROKEN " + text))
    window = _window(qtbot, decade_url)
    beat = Heartbeat()
    beat.start()
    window.verify_audit()
    assert window.cancel_button.isVisible()  # progress and Cancel while it runs
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    longest = beat.stop()
    with window.ctx.db.read() as session:
        entries = session.execute(select(func.count(AuditEntry.id))).scalar()
    assert not shown[0].startswith("BROKEN") and f" {entries} " in shown[0]  # intact, every entry counted
    assert longest < MAX_BLOCK_S, f"the event loop waited {longest * 1000:.0f} ms"
    window.ctx.db.dispose()


def test_statistics_view_loads_in_the_background(qtbot: Any, decade_url: str) -> None:
    from app.ui.stats_view import open_stats

    window = _window(qtbot, decade_url)
    beat = Heartbeat()
    beat.start()
    started = time.perf_counter()
    dialog = open_stats(window)
    opened = time.perf_counter() - started
    qtbot.waitUntil(lambda: dialog.view.stats is not None, timeout=30_000)
    qtbot.wait(50)
    longest = beat.stop()
    assert dialog.view.stats is not None and dialog.view.stats.lines_decided > 0
    assert opened < MAX_BLOCK_S and longest < MAX_BLOCK_S, f"the event loop waited {longest * 1000:.0f} ms"
    dialog.close()
    window.ctx.db.dispose()


def test_heartbeat_notices_a_blocked_event_loop(qtbot: Any) -> None:
    beat = Heartbeat()
    beat.start()
    qtbot.wait(30)
    time.sleep(0.15)  # the GUI thread busy: the next tick comes late
    qtbot.wait(30)
    assert beat.stop() >= 0.15
