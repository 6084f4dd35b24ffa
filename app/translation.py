"""The one translation system, without Qt: the interface's ``.ts`` catalogues read by the core and the reports.

The desktop interface loads the compiled ``.qm`` files through Qt. Everything written outside Qt — report
workbooks, papers, proposal reasons shown on the command line — takes a :class:`Translator` read from the same
``resources/i18n/recognition_desk_<lang>.ts`` source, so one translated string serves both, and a new language is a
new ``.ts`` file and nothing else.

``tr = load_translator("uk")``; ``tr("Report", "Total")`` → "Разом"; ``tr("Report", "%n credit(s)", n=3)`` →
"3 кредити"; ``tr.message(msg("Case {case} is closed.", case="RD-1"))`` fills the translated template.
English is the source language: its catalogue holds only plural forms.

Numbers are written the language's way by :func:`format_number` (13.4 in English, 13,4 in Ukrainian): the decimal
separator is itself a translated text (context ``Format``), so a new language brings its own in its ``.ts``.
Texts that are translated later (tables of display names) are marked with :func:`tr_noop` so that
``scripts/i18n_wrappers.py`` collects them; ``tr(...)`` calls with literal texts outside ``app/ui`` are collected
the same way.

Adding a language: copy ``recognition_desk_uk.ts`` to ``recognition_desk_<lang>.ts`` (set its ``language``
attribute), translate every message (plural forms as the language needs; ``plural_index`` knows the common
plural rules), then run ``scripts/i18n.sh``. Nothing else changes: the interface, the command line (``--lang``)
and the reports list the languages from the catalogues found.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from app.messages import CONTEXT as MESSAGES_CONTEXT
from app.messages import Message, Term, english_plural, fill, format_number

log = logging.getLogger(__name__)

CATALOGUE = "recognition_desk"
SOURCE_LANGUAGE = "en"


class Translate(Protocol):
    """What a report writer receives: ``translate(context, source_text, n=None) -> text``."""

    def __call__(self, context: str, source: str, n: int | None = None) -> str: ...


def plural_index(language: str, n: int) -> int:
    """Which plural form (as ordered in a ``.ts`` file, Qt's rules) a whole number ``n`` takes in ``language``."""
    n = abs(n)
    if language in ("uk", "ru", "be"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if language in ("ja", "zh", "ko", "vi", "tr"):
        return 0
    if language == "pl":
        if n == 1:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    # English, German, the Romance and Nordic languages (Qt's default two-form rule); French counts 0 as one.
    if language == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


def tr_noop(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` without translating it now (Qt's QT_TRANSLATE_NOOP)."""
    return source


FORMAT_CONTEXT = "Format"
DECIMAL_POINT = tr_noop("Format", ".")  # the decimal separator, translated per language


class Translator:
    """Translations of one language, looked up by (context, source text) as Qt does."""

    def __init__(self, language: str, entries: Mapping[tuple[str, str], tuple[str, ...]] | None = None) -> None:
        self.language = language
        self._entries: dict[tuple[str, str], tuple[str, ...]] = dict(entries or {})

    def __call__(self, context: str, source: str, n: int | None = None) -> str:
        forms = self._entries.get((context, source))
        if not forms or not any(forms):
            text = source
            if n is not None:
                return english_plural(text, n)
        elif n is None or len(forms) == 1:
            text = forms[0] or source
        else:
            index = min(plural_index(self.language, n), len(forms) - 1)
            text = forms[index] or forms[-1]
        return text.replace("%n", str(n)) if n is not None else text

    def has(self, context: str, source: str) -> bool:
        """Whether the catalogue holds a translation of ``source`` (English: every text is its own)."""
        if self.language == SOURCE_LANGUAGE:
            return True
        forms = self._entries.get((context, source))
        return bool(forms and all(forms))

    def message(self, text: object) -> str:
        """``text`` in this language when it is an :class:`app.messages.Message`; other texts as they are."""
        return render_message(text, self)

    @functools.cached_property
    def decimal_point(self) -> str:
        return self(FORMAT_CONTEXT, DECIMAL_POINT) or DECIMAL_POINT

    def number(self, value: float | int, decimals: int | None = None) -> str:
        """``value`` written the way of this language (see :func:`format_number`)."""
        return format_number(value, self.decimal_point, decimals)

    def contexts(self) -> set[str]:
        return {context for context, _ in self._entries}

    def entries(self) -> dict[tuple[str, str], tuple[str, ...]]:
        return dict(self._entries)


def render_message(text: object, tr: Translate) -> str:
    """``text`` translated by ``tr`` when it is an :class:`app.messages.Message` (its fields too: a message
    inside it, a list of messages, a name from a table) or such a name (:class:`app.messages.Term`); other texts as
    they are. A translation that lost a field gives the English."""
    if isinstance(text, Term):
        return _field(text, tr)
    if not isinstance(text, Message):
        return str(text)
    template = tr(MESSAGES_CONTEXT, text.template, text.n)
    values = {key: _field(value, tr) for key, value in text.values.items()}
    try:
        return fill(template, values, tr(FORMAT_CONTEXT, DECIMAL_POINT) or DECIMAL_POINT)
    except (KeyError, IndexError, ValueError):
        log.warning("Translation of %r does not fit its fields %s", text.template, sorted(text.values))
        return str(text)


def _field(value: Any, tr: Translate) -> Any:
    if isinstance(value, Message):
        return render_message(value, tr)
    if isinstance(value, Term):
        return tr(value.context, str(value)) or str(value)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Message | Term) for v in value):
        return [_field(v, tr) for v in value]
    return value


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """The finished translations of a Qt Linguist ``.ts`` file: (context, source) → forms (one, or the plural
    forms in the language's order). Unfinished and obsolete entries are left out, as lrelease does."""
    from defusedxml import ElementTree  # only when a catalogue is read: the matching stack imports this module

    root = ElementTree.parse(str(path)).getroot()
    entries: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = (context.findtext("name") or "").strip()
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            entries[(name, source)] = tuple(forms) if forms else (translation.text or "",)
    return entries


def catalogue_path(language: str, folder: Path | None = None) -> Path:
    if folder is None:
        from app import paths

        folder = paths.resource("i18n")
    return folder / f"{CATALOGUE}_{language}.ts"


@functools.lru_cache(maxsize=8)
def load_translator(language: str, folder: Path | None = None) -> Translator:
    """The translator for ``language`` (a language without a catalogue falls back to the English source)."""
    path = catalogue_path(language, folder)
    if not path.is_file():
        if language != SOURCE_LANGUAGE:
            log.warning("No translation catalogue %s", path)
        return Translator(language)
    return Translator(language, read_ts(path))


LANGUAGE_NAME = tr_noop("Language", "English")  # translated: the language's name in itself ("Українська")


def language_name(language: str) -> str:
    """The name of ``language`` in that language, from its own catalogue."""
    return load_translator(language)("Language", LANGUAGE_NAME)


def available_languages(folder: Path | None = None) -> list[str]:
    """Every language with a catalogue, English first."""
    folder = catalogue_path(SOURCE_LANGUAGE, folder).parent
    found = sorted(p.stem.removeprefix(CATALOGUE + "_") for p in folder.glob(f"{CATALOGUE}_*.ts"))
    return sorted(set(found) | {SOURCE_LANGUAGE}, key=lambda lang: (lang != SOURCE_LANGUAGE, lang))


