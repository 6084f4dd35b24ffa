"""Language choice, plural forms and locale formatting of app.ui.i18n."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.ui import i18n

COUNT_TEXT = "{0} of %Ln case(s) shown; {1} overdue"


@pytest.fixture
def language(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    saved = i18n.language_state()
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)
    i18n.restore_language_state(saved)


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("uk", "en_GB", "uk"),
    ("en", "uk_UA", "en"),
    ("system", "uk_UA", "uk"),
    ("system", "en_US", "en"),
    ("system", "ru_UA", "uk"),  # a Ukrainian office PC with another interface language
    ("system", "de_DE", "en"),
    ("nonsense", "pl_PL", "en"),
])
def test_language_from_setting_then_system_locale(setting: str, system: str, expected: str) -> None:
    assert i18n.resolve_language(setting, QLocale(system)) == expected


@pytest.mark.parametrize("language", ["uk"], indirect=True)
@pytest.mark.parametrize(("n", "form"), [
    (1, "з 1 справи"), (2, "з 2 справ"), (4, "з 4 справ"), (5, "з 5 справ"), (11, "з 11 справ"),
    (21, "з 21 справи"), (22, "з 22 справ"), (25, "з 25 справ"), (101, "з 101 справи"), (111, "з 111 справ"),
    (12345, "з 12\u00a0345 справ"),
])
def test_ukrainian_plural_forms(language: str, n: int, form: str) -> None:
    text = QCoreApplication.translate("MainWindow", COUNT_TEXT, None, n)
    assert form in text, text


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_plural_forms(language: str) -> None:
    assert QCoreApplication.translate("MainWindow", COUNT_TEXT, None, 1).startswith("{0} of 1 case shown")
    assert QCoreApplication.translate("MainWindow", COUNT_TEXT, None, 2).startswith("{0} of 2 cases shown")
    assert "of 12,345 cases" in QCoreApplication.translate("MainWindow", COUNT_TEXT, None, 12345)


@pytest.mark.parametrize("language", ["uk"], indirect=True)
def test_ukrainian_interface_and_qt_dialogs(language: str) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"
    assert QCoreApplication.translate("Labels", "Order issued") == "Наказ видано"
    qt_context = "QPlatformTheme"
    assert QCoreApplication.translate(qt_context, "Cancel") == "Скасувати"


@pytest.mark.parametrize("language", ["uk"], indirect=True)
def test_ukrainian_dates_and_numbers(language: str) -> None:
    assert i18n.format_date(date(2026, 3, 5)) == "05.03.2026"
    assert i18n.format_datetime(datetime(2026, 3, 5, 9, 7)) == "05.03.2026 09:07"
    assert i18n.format_number(2.5) == "2,5"
    assert i18n.format_number(4.0) == "4"
    assert i18n.format_number(1234567) == "1\u00a0234\u00a0567"
    assert i18n.format_number(0.125, 2) == "0,13"
    assert i18n.format_percent(0.834) == "83\u00a0%"
    assert QLocale().decimalPoint() == ","  # Qt's own widgets (spin boxes) follow the same locale


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_dates_and_numbers(language: str) -> None:
    assert i18n.format_date(date(2026, 3, 5)) == "05/03/2026"
    assert i18n.format_number(2.5) == "2.5"
    assert i18n.format_number(1234567) == "1,234,567"
    assert i18n.format_percent(0.834) == "83%"
    assert i18n.format_date(None) == "" and i18n.format_number(None) == ""


def test_language_is_chosen_in_the_settings_dialog(qtbot: Any, tmp_path: Any) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.dialogs import SettingsDialog
    from app.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert settings.language == "system"
    dialog = SettingsDialog(settings, "sqlite://")
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["system", "uk", "en"]
    assert dialog.language.itemText(1) == "Українська" and dialog.language.itemText(2) == "English"
    dialog.language.setCurrentIndex(1)
    dialog.accept()
    reread = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reread.language == "uk" and i18n.resolve_language(reread.language) == "uk"


@pytest.mark.parametrize("language", ["uk"], indirect=True)
def test_date_editors_show_four_digit_years(language: str, qtbot: Any) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

    editor = QDateEdit(QDate(2026, 11, 25))
    stamped = QDateTimeEdit(QDateTime(QDate(2026, 11, 25), QTime(9, 5)))
    custom = QDateEdit(QDate(2026, 11, 25))
    custom.setDisplayFormat("yyyy-MM-dd")
    for widget in (editor, stamped, custom):
        qtbot.addWidget(widget)
        widget.show()
    assert editor.text() == "25.11.2026"
    assert stamped.text() == "25.11.2026 09:05"
    assert custom.text() == "2026-11-25"  # an editor's own format is left alone


def test_language_state_is_put_back(qapp: Any) -> None:
    before = i18n.current_language(), QLocale().name()
    saved = i18n.language_state()
    translators = i18n.install_translators(qapp, "uk" if before[0] != "uk" else "en")
    assert i18n.current_language() != before[0]
    i18n.remove_translators(qapp, translators)
    i18n.restore_language_state(saved)
    assert (i18n.current_language(), QLocale().name()) == before
