"""A person's check of a credential's original: the only way evidence reaches the "checked" verification level.

The importer never marks a file as checked. A named member of staff confirms what they checked (the original
seen, the issuer contacted, the issuer's register consulted, the holder's identity document seen), with a note;
the confirmation is kept with the evidence item (``verification["manual_check"]``, ``verified_by``/``verified_at``)
and written to the audit log. The policy proposal and the workflow guards read it from there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.db import Database
from app.domain.status import BEFORE_DECISION_STATES
from app.errors import UserError
from app.messages import Message, msg
from app.models import EvidenceItem
from app.models.base import utcnow
from app.services import audit

# What a person may have checked, in the order the dialog lists them.
CHECK_KINDS: tuple[str, ...] = ("original_seen", "issuer_contacted", "issuer_register", "identity_document")
CHECK_LABELS: dict[str, Message] = {
    "original_seen": msg("the original document was seen"),
    "issuer_contacted": msg("the issuer was contacted and confirmed it"),
    "issuer_register": msg("the issuer's register or website confirms it"),
    "identity_document": msg("the holder's identity document was seen"),
}
NOTE_MAX = 1000
MANUAL_CHECK = "manual_check"  # the key of the confirmation in the item's verification record


@dataclass(frozen=True)
class ManualCheck:
    """Who confirmed what about one credential, and when."""

    by: str
    at: datetime | None
    checks: tuple[str, ...]
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"by": self.by, "at": self.at.isoformat(timespec="seconds") if self.at else "",
                "checks": list(self.checks), "note": self.note}


def manual_check_of(verification: Mapping[str, Any] | None) -> ManualCheck | None:
    """The confirmation kept in an item's verification record (None when nobody confirmed a check)."""
    data = (verification or {}).get(MANUAL_CHECK)
    if not isinstance(data, Mapping) or not str(data.get("by") or "").strip():
        return None
    checks = tuple(str(c) for c in data.get("checks") or () if str(c) in CHECK_KINDS)
    if not checks:
        return None
    at_text = str(data.get("at") or "")
    try:
        at = datetime.fromisoformat(at_text) if at_text else None
    except ValueError:
        at = None
    return ManualCheck(str(data["by"]), at, checks, str(data.get("note") or ""))


def confirm_check(db: Database, actor: str, evidence_id: int, checks: Sequence[str], note: str = "") -> ManualCheck:
    """Record that ``actor`` checked the credential's original in the ways ``checks`` names. Refused (nothing
    saved) without a named person, without any check, with an unknown check, for an unreadable file or once the
    case is decided."""
    who = actor.strip()
    if not who:
        raise UserError(msg("A check of an original is confirmed by a named person: sign in or give your name."))
    kinds = tuple(dict.fromkeys(c.strip() for c in checks if c.strip()))
    unknown = [c for c in kinds if c not in CHECK_KINDS]
    if unknown:
        raise UserError(msg("Unknown check {checks}: the checks are {known}.", checks=", ".join(unknown),
                            known=", ".join(CHECK_KINDS)))
    if not kinds:
        raise UserError(msg("Say what was checked (for example, the original document was seen)."))
    text = note.strip()
    if len(text) > NOTE_MAX:
        raise UserError(msg("The note on the check is longer than {limit} characters.", limit=NOTE_MAX))
    with db.write() as session:
        item = _changeable_item(
            session, evidence_id,
            unreadable=lambda name: msg("{evidence} could not be read: there is nothing to confirm.", evidence=name),
            decided=lambda case: msg("Case {case} is decided: the checks of its evidence can no longer change.",
                                     case=case))
        name, case = item.title or item.original_name, item.case
        identity = session.info.get("identity")
        if identity is not None:  # the signed-in person is the one who confirms
            who = identity.username
        at = utcnow()
        check = ManualCheck(who, at, kinds, text)
        item.verification = {**(item.verification or {}), MANUAL_CHECK: check.to_json()}
        flag_modified(item, "verification")
        item.verified_by, item.verified_at = who, at
        session.flush()
        audit.record(session, who, "evidence.confirm_check", "evidence_item", item.id,
                     {"case": case.reg_no, "evidence": name, "checks": list(kinds), "note": text})
        _refresh_proposals(session, item)
        return check


def set_translation_attached(db: Database, actor: str, evidence_id: int, attached: bool) -> None:
    """Record whether a translation of the credential into a working language is attached to the case (the rules may
    require one of evidence in another language). Refused (nothing saved) without a named person, for an unreadable
    file or once the case is decided; the case's proposals follow at once."""

    def change(session: Session, item: EvidenceItem) -> dict[str, Any] | None:
        if bool(item.translation_attached) == attached:
            return None
        item.translation_attached = attached
        return {"language": item.language, "attached": attached}

    _record(
        db, actor, evidence_id, "evidence.translation", change,
        anonymous=msg("A translation is recorded by a named person: sign in or give your name."),
        unreadable=lambda name: msg("{evidence} could not be read: there is nothing to translate.", evidence=name),
        decided=lambda case: msg("Case {case} is decided: the translations of its evidence can no longer change.",
                                 case=case))


def set_language(db: Database, actor: str, evidence_id: int, language: str) -> list[str]:
    """Correct the language the credential was read to be written in (``language``: an ISO 639-1 code the catalogue
    names, see ``app.domain.languages``). The reading may be wrong — a short English text taken for Spanish, a
    Spanish one without accents taken for English — and the rules' translation requirement follows the language, as
    does the matching, which reads the credential's outcomes in it (``app.matching.text.Stated``).
    Refused (nothing saved) without a named person, for a code the catalogue does not name, for an unreadable file or
    once the case is decided; audited with the language before and after; the case's proposals follow at once.
    Returns the components whose outcomes were matched against the item in the former language (current lines not
    signed in a protocol): their matching must be run again for the scores to follow."""
    from app.domain.languages import NAMES
    from app.services.decisions import is_frozen
    from app.services.evidence import matched_lines

    code = language.strip().lower()
    if actor.strip() and code not in NAMES:
        raise UserError(msg("“{language}” is not a language code the application knows (ISO 639-1, e.g. en, uk, pl).",
                            language=language))

    redo: list[str] = []

    def change(session: Session, item: EvidenceItem) -> dict[str, Any] | None:
        before = item.language or ""
        if before == code:
            return None
        item.language = code
        redo.extend(sorted({line.component_code for line in matched_lines(session, item)
                            if line.is_current and not is_frozen(session, line)}))
        return {"before": before, "after": code, "components_to_redo": list(redo)}

    _record(
        db, actor, evidence_id, "evidence.language", change,
        anonymous=msg("A language is corrected by a named person: sign in or give your name."),
        unreadable=lambda name: msg("{evidence} could not be read: it has no language to correct.", evidence=name),
        decided=lambda case: msg("Case {case} is decided: the languages of its evidence can no longer change.",
                                 case=case))
    return redo


def _record(
    db: Database, actor: str, evidence_id: int, action: str,
    change: Callable[[Session, EvidenceItem], dict[str, Any] | None],
    *, anonymous: Message, unreadable: Callable[[str], Message], decided: Callable[[str], Message],
) -> None:
    """What a named person records about an evidence item: ``change`` makes the change on the item (which exists, was
    read, and whose case is not decided: see :func:`_changeable_item`) and gives the audit entry's particulars, or
    None when nothing changes; the case's proposals then follow at once. Refused with ``anonymous`` without a name."""
    who = actor.strip()
    if not who:
        raise UserError(anonymous)
    with db.write() as session:
        item = _changeable_item(session, evidence_id, unreadable=unreadable, decided=decided)
        identity = session.info.get("identity")
        if identity is not None:
            who = identity.username
        details = change(session, item)
        if details is None:
            return
        session.flush()
        audit.record(session, who, action, "evidence_item", item.id,
                     {"case": item.case.reg_no, "evidence": item.title or item.original_name, **details})
        _refresh_proposals(session, item)


def _changeable_item(
    session: Session, evidence_id: int, *, unreadable: Callable[[str], Message], decided: Callable[[str], Message]
) -> EvidenceItem:
    """The item a person records something about: it exists, was read, and its case is not decided yet (else the
    refusal ``unreadable`` or ``decided`` gives, with the item's or the case's name)."""
    item = session.get(EvidenceItem, evidence_id)
    if item is None:
        raise UserError(msg("Evidence item {item} does not exist (it may have been removed).", item=evidence_id))
    if item.import_error:
        raise UserError(unreadable(item.title or item.original_name))
    if item.case.status not in BEFORE_DECISION_STATES:
        raise UserError(decided(item.case.reg_no))
    return item


def _refresh_proposals(session: Session, item: EvidenceItem) -> None:
    """The proposals of the case's undecided lines follow what was recorded about the item at once."""
    from app.services.decisions import refresh_proposals

    refresh_proposals(session, item.case_id)
