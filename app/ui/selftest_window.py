"""The self-test's window step: open the main window in Ukrainian offscreen, check that the translations load and
that it paints. It lives here so that Qt is imported by the interface package only; ``app.cli.selftest`` calls it.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.ui.context import AppContext
from app.ui.i18n import install_translators, language_state, remove_translators, restore_language_state
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workers import TaskRunner


class WindowCheckFailed(Exception):
    """The window step found a problem; the message says what."""


def check_main_window(db: Any) -> str:
    """Open the main window in Ukrainian offscreen; check the translations and that it paints."""
    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]])
    assert isinstance(app, QApplication)
    saved = language_state()
    translators = install_translators(app, "uk")
    try:
        translated = QCoreApplication.translate("MainWindow", "&File")
        if translated == "&File":
            raise WindowCheckFailed("the Ukrainian translation did not load (MainWindow '&File' is untranslated)")
        qt_context = "QPlatformTheme"  # a text of Qt's own catalogue (a variable, so lupdate leaves it alone)
        qt_own = QCoreApplication.translate(qt_context, "Cancel")
        ctx = AppContext(settings=Settings(), runner=TaskRunner(app))
        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        window.attach_database(db)  # installs the feature modules' menus and tabs, then loads the cases
        deadline = time.monotonic() + 20
        while ctx.runner.running and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
        image = window.grab()
        if image.isNull() or image.width() < 200:
            raise WindowCheckFailed("the main window did not paint")
        if not window.cases_loaded_once:
            raise WindowCheckFailed("the cases list did not load within 20 s")
        rows = window.cases_model.rowCount()
        menus = len(window.menuBar().actions())
        window.close()
        ctx.runner.wait()
        window.deleteLater()
        app.processEvents()
    finally:
        remove_translators(app, translators)
        restore_language_state(saved)
    return (f"platform {app.platformName()}, menu {translated!r}, Qt's own {qt_own!r}, {menus} menus, "
            f"{rows} cases listed")
