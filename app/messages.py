"""Translatable messages from the core (services, importers, matching), which never imports Qt.

A message is written once, in English, as a template with named fields::

    raise UserError(msg("Case {case} is closed: no evidence can be added.", case=case.reg_no))

``str()`` of it is the English text, so the command line, the log and every existing ``str(exc)`` see exactly what
an f-string would have given. The desktop application shows it in the interface language: it looks the template up
in the translations (context ``Messages``) and fills in the fields (``app.ui.i18n.translate_message``).
``scripts/i18n_wrappers.py`` collects the templates of ``msg("...")`` calls anywhere in ``app/`` for lupdate, so a
new message appears in ``resources/i18n/recognition_desk_uk.ts`` with the next ``scripts/i18n.sh``.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "Messages"


class Message(str):
    """An English text that remembers its template and fields, so that it can be shown in another language."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Message:
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = dict(values)
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (multiprocessing) keeps the template
        return (Message, (self.template, self.values))


def msg(template: str, /, **values: Any) -> Message:
    """The message ``template.format(**values)``, translatable by its template."""
    return Message(template, values)
