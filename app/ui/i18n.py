"""Interface language and locale formatting.

Ukrainian or English, chosen in the settings (``ui/language``: ``uk``, ``en`` or ``system``); with ``system`` the
first supported language among the operating system's preferred UI languages is used, then Ukrainian for a
Ukrainian locale whatever its language, and English otherwise.

Translations: the application's own strings are in ``resources/i18n/recognition_desk_<lang>.qm`` (compiled from
the ``.ts`` sources by ``scripts/i18n.sh``); Qt's own dialogs and buttons use Qt's ``qtbase_<lang>.qm``.

Plural forms: write the count as ``%n`` and pass it as the fourth argument, e.g.
``self.tr("%n case(s)", "", count)`` or ``QCoreApplication.translate("Context", "%n file(s)", None, count)``.
Ukrainian has three forms (1, 21 справа · 2–4, 22 справи · 0, 5–20, 25 справ); the ``.ts`` file holds all three,
the English ``.ts`` the two English ones.

Dates and numbers are formatted for the interface language with ``format_date``, ``format_datetime`` and
``format_number``: 25.11.2026 and 1 234,5 in Ukrainian, 25/11/2026 and 1,234.5 in English.
"""

from __future__ import annotations

import functools
import logging
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QDateTimeEdit

from app.translation import available_languages, language_name

log = logging.getLogger(__name__)

# Every language with a catalogue in resources/i18n (a new language is a new .ts file), each named in itself.
SUPPORTED = tuple(sorted(available_languages(), key=lambda code: (code != "uk", code)))  # Ukrainian first
CATALOGUE = "recognition_desk"


@functools.cache
def language_names() -> dict[str, str]:
    """Each language's name in itself (never translated). Read from the catalogues when the settings ask for it:
    parsing every catalogue for these few words is not worth doing on the way to the first window."""
    return {language: language_name(language) for language in SUPPORTED}

_LOCALES = {
    "uk": (QLocale.Language.Ukrainian, QLocale.Country.Ukraine),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
# strftime patterns matching the official conventions (Qt's Ukrainian short format has a two-digit year).
_DATE_PATTERNS = {"uk": "%d.%m.%Y", "en": "%d/%m/%Y"}

_current = "en"


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use for a settings value ('uk', 'en' or 'system')."""
    if setting in SUPPORTED:
        return setting
    system = system or QLocale.system()
    for tag in system.uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    if system.territory() == QLocale.Country.Ukraine:
        return "uk"
    return "en"


def current_language() -> str:
    return _current


def locale_for(language: str) -> QLocale:
    if language not in _LOCALES:
        return QLocale(language)  # Qt knows the conventions of the language from its code
    lang, country = _LOCALES[language]
    return QLocale(lang, country)


def set_language(language: str) -> None:
    """Make ``language`` the one used by the formatting helpers and by Qt's locale-aware widgets."""
    global _current
    _current = language if language in SUPPORTED else "en"
    QLocale.setDefault(locale_for(_current))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the application's and Qt's own translations; returns them (keep them alive while in use)."""
    from app import paths

    set_language(language)
    install_date_format(app)
    installed: list[QTranslator] = []
    own = QTranslator(app)
    qm = paths.resource("i18n", f"{CATALOGUE}_{_current}.qm")
    if own.load(str(qm)):
        app.installTranslator(own)
        installed.append(own)
    elif _current != "en":  # English is the source language: its file holds only plural forms
        log.warning("No translation file %s", qm)
    if _current != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale_for(_current), "qtbase", "_", folder):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.warning("No Qt translation for %s in %s", _current, folder)
    return installed


class _FourDigitYears(QObject):
    """Date editors show the year in four digits (25.11.2026, as official documents do), not Qt's short 25.11.26.

    Installed on the application, it adjusts every QDateEdit/QDateTimeEdit when it is first shown, unless the
    editor was given its own display format. (An application-wide filter costs about 1.4 µs per event.)
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Polish and isinstance(watched, QDateTimeEdit):
            short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
            current = watched.displayFormat()
            if short in current and "yyyy" not in current and "yy" in short:
                watched.setDisplayFormat(current.replace(short, short.replace("yy", "yyyy")))
        return False


_year_filter: _FourDigitYears | None = None


def install_date_format(app: QCoreApplication) -> None:
    global _year_filter
    if _year_filter is None:
        _year_filter = _FourDigitYears(app)
        app.installEventFilter(_year_filter)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install_translators`` (the translations and the date editors' format)."""
    global _year_filter
    for translator in translators:
        app.removeTranslator(translator)
    if _year_filter is not None:
        app.removeEventFilter(_year_filter)
        _year_filter = None


def language_state() -> tuple[str, QLocale]:
    """The current language and default locale, to put back with ``restore_language_state`` (tests, self-test)."""
    return _current, QLocale()


def restore_language_state(state: tuple[str, QLocale]) -> None:
    global _current
    _current = state[0]
    QLocale.setDefault(state[1])


# --- locale formatting --------------------------------------------------------------------------------------------
def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime(_DATE_PATTERNS.get(_current, _DATE_PATTERNS["uk"]))


def date_display_format() -> str:
    """The date editors' display format: the same day, month and year order as ``format_date`` (lists, dialogs
    and papers show one format per language)."""
    pattern = _DATE_PATTERNS.get(_current, _DATE_PATTERNS["uk"])
    return pattern.replace("%d", "dd").replace("%m", "MM").replace("%Y", "yyyy")


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime(_DATE_PATTERNS.get(_current, _DATE_PATTERNS["uk"]) + " %H:%M")


def format_number(value: float | int | None, decimals: int | None = None) -> str:
    """A number with the language's separators; without ``decimals``, as many as needed (up to 2): 2, 2,5, 2,25."""
    if value is None:
        return ""
    locale = locale_for(_current)
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    if decimals is None:
        text = locale.toString(float(value), "f", 2)
        point = locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text
    return locale.toString(float(value), "f", decimals)


def format_percent(share: float | None, decimals: int = 0) -> str:
    """A share 0..1 as a percentage: '83 %' (Ukrainian, non-breaking space) or '83%' (English)."""
    if share is None:
        return ""
    number = format_number(share * 100, decimals)
    return f"{number}\u00a0%" if _current == "uk" else f"{number}%"


# --- messages of the core ---------------------------------------------------------------------------------------
def qt_translate(context: str, source: str, n: int | None = None) -> str:
    """``app.translation.Translate`` backed by the installed Qt translations (the compiled ``.qm`` files)."""
    if n is None:
        return QCoreApplication.translate(context, source)
    return QCoreApplication.translate(context, source, None, n)


def translate_message(text: object) -> str:
    """``text`` in the interface language when it is an ``app.messages.Message`` (a reason inside a message, and
    the count of a plural message, too); other texts as they are."""
    from app.translation import render_message

    return render_message(text, qt_translate)


def error_text(exc: BaseException) -> str:
    """The message of an exception in the interface language (see ``translate_message``)."""
    message = getattr(exc, "message", None)
    return translate_message(message if message is not None else exc.args[0] if exc.args else exc)
