"""Translatable messages from the core (services, importers, matching, reports), which never imports Qt.

A message is written once, in English, as a template with named fields::

    raise UserError(msg("Case {case} is closed: no evidence can be added.", case=case.reg_no))

``str()`` of it is the English text, so the command line, the log and every existing ``str(exc)`` see exactly what
an f-string would have given. The desktop application shows it in the interface language: it looks the template up
in the translations (context ``Messages``) and fills in the fields (``app.ui.i18n.translate_message``); outside Qt
``app.translation.Translator.message`` does the same from the ``.ts`` catalogue.

A count shown with a noun is a plural message: write it as ``%n`` and pass it as ``n``, e.g.
``msg("covers {covered} of %n outcome(s)", n=6, covered=5)``; each language has its own plural forms.
A number field without a format spec (``{hours}``, not ``{hours:g}``) is written in the language's way:
13.4 in English, 13,4 in Ukrainian.
``scripts/i18n_wrappers.py`` collects the templates of ``msg("...")`` calls anywhere in ``app/`` for lupdate, so a
new message appears in ``resources/i18n/recognition_desk_uk.ts`` with the next ``scripts/i18n.sh``.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

CONTEXT = "Messages"


def english_plural(text: str, n: int) -> str:
    """The English source's own plural, as Qt's English catalogue has it: "%n outcome(s)" → "1 outcome"."""
    return text.replace("(s)", "" if abs(n) == 1 else "s").replace("%n", str(n))


def format_number(value: float | int, decimal_point: str = ".", decimals: int | None = None) -> str:
    """A number as people write it: whole numbers without a fraction, otherwise up to two decimals (or exactly
    ``decimals``), with the language's decimal separator: 9, 13.4, 2.25 (English) · 13,4 (Ukrainian)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if decimals is None:
        text = f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")
        text = "0" if text in ("-0", "") else text
    else:
        text = f"{float(value):.{decimals}f}"
    return text.replace(".", decimal_point)


def fill(template: str, values: Mapping[str, Any], decimal_point: str = ".") -> str:
    """``template.format(**values)``, with number fields that have no format spec written the language's way and
    lists of texts joined with commas."""
    plain = {}
    for _literal, field_name, spec, conversion in string.Formatter().parse(template):
        if field_name and not spec and not conversion and field_name in values:
            value = values[field_name]
            if isinstance(value, float):
                plain[field_name] = format_number(value, decimal_point)
            elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
                plain[field_name] = ", ".join(value)
    return template.format(**{**values, **plain}) if plain else template.format(**values)


class Message(str):
    """An English text that remembers its template and fields, so that it can be shown in another language."""

    template: str
    values: dict[str, Any]
    n: int | None

    def __new__(cls, template: str, values: dict[str, Any], n: int | None = None) -> Message:
        english = template if n is None else english_plural(template, n)
        text = super().__new__(cls, fill(english, values))
        text.template = template
        text.values = dict(values)
        text.n = n
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (multiprocessing) keeps the template
        return (Message, (self.template, self.values, self.n))


class Term(str):
    """A word from a table of names (a country, a language) inside a message: its English name, remembering the
    translation context in which the catalogue holds its names, so that it is shown in the reader's language as
    the message around it is."""

    context: str

    def __new__(cls, context: str, source: str) -> Term:
        text = super().__new__(cls, source)
        text.context = context
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (Term, (self.context, str(self)))


def msg(template: str, /, *, n: int | None = None, **values: Any) -> Message:
    """The message ``template.format(**values)``, translatable by its template; ``n`` is the count of a plural
    message (written ``%n`` in the template)."""
    return Message(template, values, n)


def to_data(message: Message) -> dict[str, Any]:
    """A message as JSON-ready data (to store it and show it later in the reader's language)."""
    def value(v: Any) -> Any:
        if isinstance(v, Message):
            return {"message": to_data(v)}
        if isinstance(v, Term):
            return {"term": [v.context, str(v)]}
        if isinstance(v, list | tuple):
            return [value(x) for x in v]
        return v

    data: dict[str, Any] = {"template": message.template, "values": {k: value(v) for k, v in message.values.items()}}
    if message.n is not None:
        data["n"] = message.n
    return data


def from_data(data: Any) -> Message | None:
    """The message stored by ``to_data``; None when ``data`` is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("template"), str):
        return None

    def value(v: Any) -> Any:
        if isinstance(v, dict) and "message" in v:
            return from_data(v["message"]) or ""
        if isinstance(v, dict) and isinstance(v.get("term"), list) and len(v["term"]) == 2:
            return Term(str(v["term"][0]), str(v["term"][1]))
        if isinstance(v, list):
            return [value(x) for x in v]
        return v

    stored = data.get("values")
    values: dict[str, Any] = stored if isinstance(stored, dict) else {}
    n = data.get("n")
    try:
        return Message(data["template"], {str(k): value(v) for k, v in values.items()},
                       n if isinstance(n, int) else None)
    except (KeyError, IndexError, ValueError):
        return None
