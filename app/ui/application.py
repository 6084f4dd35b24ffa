"""Start the desktop application.

The window is shown before the database layer (SQLAlchemy, migrations) is even imported, so it paints at once;
the database is opened right after the first paint and the cases are loaded in the background.
"""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

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
        from app.errors import UserError
        from app.services.database import open_database as open_db

        try:
            db = open_db(database_url or settings.database_url or None)
        except UserError as exc:
            QMessageBox.critical(window, "Recognition Desk", str(exc))
            app.exit(2)
            return
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

    probe.painted.connect(open_database)
    if exit_after_paint:
        def report_and_quit(_task: object) -> None:
            if window.cases_loaded_once and "ready" not in timings:
                timings["ready"] = time.perf_counter() - t0
                # Whether the matching stack was loaded on the way to the list (it should not be: it is only
                # needed once a case is worked on, and the features import it in the background afterwards).
                matching = sum(name in sys.modules for name in MATCHING_STACK)
                # Wall-clock stamps let a benchmark measure from the moment it launched the process.
                print(f"first-paint {timings['paint']:.3f} cases-shown {timings['ready']:.3f} "
                      f"paint-epoch {timings['paint_epoch']:.6f} ready-epoch {time.time():.6f} "
                      f"matching-modules-loaded {matching}", flush=True)
                QTimer.singleShot(0, app.quit)

        ctx.runner.task_finished.connect(report_and_quit)
    window.show()
    code = app.exec()
    ctx.runner.cancel_all()
    ctx.runner.wait()
    if ctx.has_db:
        ctx.db.dispose()
    del translators
    return int(code)
