"""Start the desktop application.

The window is shown before the database layer (SQLAlchemy, migrations) is even imported, so it paints at once.
Right after the first paint the newest cases are read straight from a SQLite file (``app.services.case_list``)
and shown; the database layer is imported and the database opened in the background, then the whole list is
loaded in the background too.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.case_list import CaseRow
    from app.services.database import Database
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

MATCHING_STACK = ("numpy", "rapidfuzz", "simplemma")  # the heavy modules of outcome matching


class _FirstPaint(QObject):
    """Emits ``painted`` once, at the first paint of the watched window."""

    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.painted.emit)
        return False


def run(database_url: str | None, *, log_file: str = "", exit_after_paint: bool = False,
        started: float | None = None, open_files: list[str] | None = None) -> int:
    t0 = started or time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Recognition Desk")
    app.setOrganizationName("RecognitionDesk")
    from app.ui.i18n import install_translators, resolve_language
    from app.ui.settings import Settings

    settings = Settings()
    translators = install_translators(app, resolve_language(settings.language))
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.workers import TaskRunner

    ctx = AppContext(settings=settings, runner=TaskRunner(app))
    window = MainWindow(ctx, log_file=log_file)
    probe = _FirstPaint()
    window.installEventFilter(probe)
    timings: dict[str, float] = {}

    def open_database() -> None:
        timings["paint"] = time.perf_counter() - t0
        timings["paint_epoch"] = time.time()
        log.info("First paint after %.3f s", timings["paint"])
        from app.paths import default_database_url
        from app.services.case_list import first_page

        url = database_url or settings.database_url or default_database_url()
        # The newest cases straight from the file (when that shows what the full read would), then the database
        # layer is imported and opened in the background: the window answers meanwhile.
        def open_in_background(_task: object) -> Database:
            from app.services.database import open_database as open_db

            return open_db(url)

        def start_opening() -> None:
            ctx.runner.start(open_in_background,
                             title=QCoreApplication.translate("Application", "Opening the database"),
                             on_success=opened, on_failure=refused)

        _first_page_then(window, first_page(url), lambda: shown("first page"), start_opening)

    def refused(message: str) -> None:
        QMessageBox.critical(window, "Recognition Desk", message)
        app.exit(2)

    def opened(db: Database) -> None:
        if not exit_after_paint:  # (the start-up benchmark measures an already named officer's start)
            from app.ui.sign_in import identify

            if not identify(window, settings, db):
                db.dispose()
                app.exit(2)
                return
        window.attach_database(db, features_after_list=True)
        if not exit_after_paint:  # the daily backup of the database file, in the background
            from app.services.backup import start_scheduled_backup

            start_scheduled_backup(db)
        if open_files:  # "Open with Recognition Desk" (gui --open FILE)
            from app.ui.open_files import open_when_ready

            open_when_ready(window, open_files)

    def shown(how: str) -> None:
        if "shown" not in timings:
            timings["shown"] = time.perf_counter() - t0
            timings["shown_epoch"] = time.time()
            timings["shown_cpu"] = time.process_time()  # the process's own processor time (a busy machine aside)
            # Whether the database layer was loaded before the first cases were on screen.
            timings["sqlalchemy_at_shown"] = float("sqlalchemy" in sys.modules)
            # And whether the matching stack was (it should not be: it is only needed once a case is worked on, and
            # the features import it in the background once the list is shown, so it is counted here, not later).
            timings["matching_at_shown"] = float(sum(name in sys.modules for name in MATCHING_STACK))
            log.info("Cases shown (%s) after %.3f s", how, timings["shown"])

    probe.painted.connect(open_database)
    if exit_after_paint:
        def report_and_quit(_task: object) -> None:
            if window.cases_loaded_once and "ready" not in timings:
                shown("whole list")
                timings["ready"] = time.perf_counter() - t0
                matching = int(timings["matching_at_shown"])
                # Wall-clock stamps let a benchmark measure from the moment it launched the process.
                print(f"first-paint {timings['paint']:.3f} cases-shown {timings['shown']:.3f} "
                      f"all-cases {timings['ready']:.3f} paint-epoch {timings['paint_epoch']:.6f} "
                      f"shown-epoch {timings['shown_epoch']:.6f} ready-epoch {time.time():.6f} "
                      f"cpu-when-shown {timings['shown_cpu']:.3f} "
                      f"sqlalchemy-loaded-when-shown {int(timings['sqlalchemy_at_shown'])} "
                      f"matching-modules-loaded {matching}", flush=True)
                QTimer.singleShot(0, app.quit)

        ctx.runner.task_finished.connect(report_and_quit)
    window.show()
    code = int(app.exec())
    _quit_promptly(ctx, code)
    del translators
    return code


def _first_page_then(window: MainWindow, rows: list[CaseRow] | None, shown: Callable[[], None],
                     then: Callable[[], None]) -> None:
    """Show the first cases (when the quick read applies), then call ``then``: the database layer is imported in
    the background only once they are on screen, because the import (most of a second of processor time, holding
    the interpreter lock) would otherwise compete with painting them."""
    if rows is None:
        then()
        return

    def after_paint() -> None:
        shown()
        then()

    window.show_first_page(rows)
    QTimer.singleShot(0, after_paint)


def _quit_promptly(ctx: AppContext, code: int) -> None:
    """Cancel background work; leave at once when some of it cannot stop in time."""
    if not ctx.runner.shutdown():
        # Work that cannot stop in time (an import, a long query) is not waited for: a cancelled write has not
        # committed, and the database rolls back what an ended process left open.
        log.warning("Quitting with background work still running: %s",
                    ", ".join(task.title for task in ctx.runner.running))
        logging.shutdown()
        os._exit(code)
    if ctx.has_db:
        ctx.db.dispose()
