"""Interface language: Ukrainian or English, chosen in settings, by default from the system locale."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SUPPORTED = ("uk", "en")


def resolve_language(setting: str) -> str:
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install the application's and Qt's own translations; returns them so they stay alive."""
    from app import paths

    QLocale.setDefault(QLocale(QLocale.Language.Ukrainian if language == "uk" else QLocale.Language.English,
                               QLocale.Country.Ukraine if language == "uk" else QLocale.Country.UnitedKingdom))
    installed: list[QTranslator] = []
    if language == "en":
        return installed  # the source strings are English
    own = QTranslator(app)
    qm = paths.resource("i18n", f"recognition_desk_{language}.qm")
    if own.load(str(qm)):
        app.installTranslator(own)
        installed.append(own)
    else:
        log.warning("No translation file %s", qm)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
