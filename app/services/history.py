"""The comments the procedure writes into a case's status history itself.

They are stored as English text (the history is a record, and older databases hold them so) and shown in the
reader's language: ``history_comment`` recognises a stored comment by its template and gives it back as a
translatable message; an officer's own words are shown as they were written.
"""

from __future__ import annotations

import re

from app.messages import Message
from app.translation import tr_noop

PROTOCOL_SIGNED = tr_noop("Messages", "Protocol {protocol} signed")
ORDER_ISSUED = tr_noop("Messages", "Order {order}")
APPEAL_REJECTED = tr_noop("Messages", "Appeal rejected: {comment}")
APPEAL_GRANTED = tr_noop("Messages", "Appeal granted: {comment} — revise the decisions and sign a new protocol.")
APPEAL_PARTLY_GRANTED = tr_noop("Messages", "Appeal partly granted: {comment} — revise the decisions and sign a new "
                                            "protocol.")
APPEAL_LATE = tr_noop("Messages", "{grounds}\nAccepted after the deadline: {reason}")
TEMPLATES = (PROTOCOL_SIGNED, ORDER_ISSUED, APPEAL_REJECTED, APPEAL_GRANTED, APPEAL_PARTLY_GRANTED, APPEAL_LATE)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.*?)" for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


_PATTERNS = tuple((template, _pattern(template)) for template in TEMPLATES)


def comment(template: str, **values: str) -> Message:
    """A history comment of the procedure (``template`` is one of ``TEMPLATES``)."""
    return Message(template, dict(values))


def history_comment(text: str) -> str:
    """A stored comment as a translatable message when the procedure wrote it; the text itself otherwise."""
    for template, pattern in _PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            return Message(template, {k: history_comment(v) for k, v in found.groupdict().items()})
    return text
