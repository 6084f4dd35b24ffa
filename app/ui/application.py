"""Start the desktop application: Qt first (so the window paints at once), then the database and the data."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import UserError

log = logging.getLogger(__name__)


class _FirstPaint(QObject):
    """Reports the first paint of the main window (start-up time) and optionally quits."""

    def __init__(self, started: float, quit_after: bool) -> None:
        super().__init__()
        self.started = started
        self.quit_after = quit_after
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            elapsed = time.perf_counter() - self.started
            log.info("First paint after %.3f s", elapsed)
            if self.quit_after:
                print(f"first-paint {elapsed:.3f}", flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)  # type: ignore[union-attr]
        return False


def run(database_url: str | None, *, log_file: str = "", exit_after_paint: bool = False,
        started: float | None = None) -> int:
    started = started or time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Recognition Desk")
    app.setOrganizationName("RecognitionDesk")
    from app.ui.i18n import install_translators, resolve_language
    from app.ui.settings import Settings

    settings = Settings()
    translators = install_translators(app, resolve_language(settings.language))
    from app.db import open_database
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.workers import TaskRunner

    try:
        db = open_database(database_url or settings.database_url or None)
    except UserError as exc:
        QMessageBox.critical(None, "Recognition Desk", str(exc))
        return 2
    ctx = AppContext(db=db, settings=settings, runner=TaskRunner(app))
    window = MainWindow(ctx, log_file=log_file)
    probe = _FirstPaint(started, exit_after_paint)
    window.installEventFilter(probe)
    window.show()
    window.refresh_cases()
    code = app.exec()
    ctx.runner.cancel_all()
    ctx.runner.wait()
    db.dispose()
    del translators
    return int(code)
