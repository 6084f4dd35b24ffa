"""Evidence: import credential files onto a case, and read one item back with everything the importer found.

Import reads each file with :mod:`app.importers` (no database involved, cancellable between files), copies the
original into the application's evidence store under its SHA-256, then saves all items and their audit
entries in one transaction: a cancel or an error leaves the case exactly as it was. A file that cannot be read
still becomes an item (status ``failed``, with the message), so the officer sees what was handed in.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select

from app import paths
from app.db import Database
from app.domain.policy_rules import PolicyRules
from app.domain.progress import Progress, check_cancelled
from app.domain.status import EVIDENCE_IMPORT_STATES, CaseStatus
from app.domain.verdicts import VerificationStatus
from app.errors import UserError
from app.messages import msg
from app.models import Case, EvidenceItem
from app.services import audit

# Evidence may be added while the documents are being checked; from assessment on, the set is locked.
IMPORT_ALLOWED = EVIDENCE_IMPORT_STATES

EVIDENCE_TYPES = {
    "openbadges-2.0": "badge",
    "openbadges-3.0": "badge",
    "clr-2.0": "learner-record",
    "w3c-vc": "certificate",
    "edc-xml": "europass",
    "edc-jsonld": "europass",
    "pdf": "certificate",
}


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    failed: int
    duplicates: int
    item_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def message(self) -> str:
        parts = [f"{self.imported} file(s) imported"]
        if self.failed:
            parts.append(f"{self.failed} could not be read")
        if self.duplicates:
            parts.append(f"{self.duplicates} already on the case (skipped)")
        return "; ".join(parts) + "."


def expand_paths(items: Sequence[Path | str]) -> list[Path]:
    """Files as given; folders replaced by the files inside them (sorted, hidden ones skipped)."""
    out: list[Path] = []
    for raw in items:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        else:
            out.append(p)
    return out


def preview_files(paths: Sequence[Path], progress: Progress | None = None) -> list[Any]:
    """Read credential files without saving anything (the "Open with" preview): one record per file."""
    from app.importers.credentials import inspect_file

    records = []
    for done, path in enumerate(paths):
        check_cancelled(progress)
        if progress is not None:
            progress.report(done, len(paths), path.name)
        records.append(inspect_file(path))
    return records


def credential_elements() -> tuple[str, ...]:
    """The elements of a credential record, in the order the evidence view lists them."""
    from app.importers.credentials.record import ELEMENT_NAMES

    return ELEMENT_NAMES


def element_alternatives() -> dict[str, tuple[str, ...]]:
    """For a mandatory element given by either of two keys (the learner: name or identifier; the workload: ECTS
    or hours), the other key(s) that satisfy it."""
    from app.importers.credentials.record import MANDATORY_GROUPS

    return {name: tuple(n for n in group if n != name) for group in MANDATORY_GROUPS if len(group) > 1
            for name in group}


def stored_file(sha256: str, suffix: str) -> Path:
    safe_suffix = "".join(c for c in suffix.lower() if c.isalnum() or c == ".")[:10]
    return paths.evidence_store_dir() / sha256[:2] / f"{sha256}{safe_suffix}"


def _clip(value: Any, size: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= size else text[: size - 1] + "…"


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def import_files(  # noqa: C901 (per-file outcomes (duplicate, unreadable, imported) each recorded in the same transaction)
    db: Database,
    actor: str,
    case_id: int,
    files: Sequence[Path | str],
    *,
    progress: Progress | None = None,
    trusted_keys: Path | None = None,
) -> ImportSummary:
    """Import files (or folders) onto a case; returns counts. Raises UserError when the case cannot take them."""
    from app.importers.credentials import inspect_file
    from app.importers.credentials.trusted import load_trusted

    targets = expand_paths(files)
    if not targets:
        raise UserError("No files to import: the folders given are empty.")
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise UserError(f"Case {case_id} does not exist (it may have been removed by another user).")
        _check_status(case)
        applicant = case.applicant
        names = [n for n in (applicant.full_name, applicant.full_name_latin) if n]
        ids = [i for i in (applicant.email,) if i]
        known = set(session.execute(select(EvidenceItem.sha256).where(EvidenceItem.case_id == case_id)).scalars())
    try:
        trusted = load_trusted(trusted_keys) if trusted_keys else None
    except ValueError as exc:
        raise UserError(str(exc)) from None

    records = []
    total = len(targets)
    for done, path in enumerate(targets):
        check_cancelled(progress)
        if progress is not None:
            progress.report(done, total, f"Reading {path.name} ({done + 1}/{total})")
        rec = inspect_file(path, applicant_names=names, applicant_ids=ids, trusted_keys=trusted)
        records.append((path, rec))
    check_cancelled(progress)
    if progress is not None:
        progress.report(total, total, "Saving")

    new_files: list[Path] = []
    item_ids: list[int] = []
    problems: list[str] = []
    failed = duplicates = 0
    try:
        with db.write() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise UserError(f"Case {case_id} was removed while the files were being read; nothing was imported.")
            _check_status(case)
            for path, rec in records:
                if rec.sha256 and rec.sha256 in known:
                    duplicates += 1
                    continue
                stored = ""
                if rec.sha256 and path.is_file():
                    target = stored_file(rec.sha256, path.suffix)
                    if not target.exists():
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(path, target)
                        new_files.append(target)
                    stored = str(target)
                item = _item_from_record(case_id, path, rec, stored, actor)
                session.add(item)
                session.flush()
                audit.record(
                    session, actor, "evidence.import", "evidence_item", item.id,
                    {"case_id": case_id, "file": path.name, "sha256": rec.sha256, "format": rec.format,
                     "verification": item.verification_status, "error": rec.error or ""},
                )  # fmt: skip
                item_ids.append(item.id)
                if rec.sha256:
                    known.add(rec.sha256)
                if rec.error:
                    failed += 1
                    problems.append(rec.error)
    except BaseException:
        for f in new_files:
            f.unlink(missing_ok=True)
        raise
    return ImportSummary(len(item_ids) - failed, failed, duplicates, item_ids, problems)


def _language_of(rec: Any) -> str:
    """The language the credential is written in, read from its outcomes together (or its title): what the rules'
    "evidence in another language needs a translation" reads ("" when it states neither)."""
    from app.matching.text import document_language

    text = " ".join(str(o) for o in rec.learning_outcomes) or str(rec.value("title") or "")
    return document_language(text) if text.strip() else ""


def _check_status(case: Case) -> None:
    if case.status not in IMPORT_ALLOWED:
        raise UserError(
            f"Case {case.reg_no} is “{case.status}”: evidence can be added only while the case is registered or "
            f"its documents are being checked."
        )


def _item_from_record(case_id: int, path: Path, rec: Any, stored: str, actor: str) -> EvidenceItem:
    issued = rec.value("issued_on")
    try:
        issued_on = date.fromisoformat(issued) if isinstance(issued, str) else None
    except ValueError:
        issued_on = None
    eqf = rec.value("eqf_level")
    size = path.stat().st_size if path.is_file() else 0
    return EvidenceItem(
        case_id=case_id,
        original_name=_clip(path.name, 400),
        stored_path=stored,
        sha256=rec.sha256 or "",
        size_bytes=size,
        format=rec.format or "",
        evidence_type=EVIDENCE_TYPES.get(rec.format or "", "certificate"),
        title=_clip(rec.value("title"), 500),
        awarding_body=_clip(rec.value("awarding_body"), 400),
        issuer_country=_clip(rec.value("issuer_country"), 64),
        issued_on=issued_on,
        workload_hours=_number(rec.value("workload_hours")),
        workload_ects=_number(rec.value("workload_ects")),
        eqf_level=eqf if isinstance(eqf, int) else None,
        grade=_clip(rec.value("grade"), 64),
        language=_language_of(rec),
        elements={name: el.to_json() for name, el in rec.elements.items()},
        learning_outcomes=list(rec.learning_outcomes),
        missing_mandatory=list(rec.missing_mandatory),
        verification_status=VerificationStatus.FAILED if rec.error else rec.verification.status,
        verification=rec.verification.to_json(messages=True),  # shown later in the reader's language
        learner_match=rec.learner_match.to_json(messages=True),
        # Nobody has checked the original yet: only a person's confirmation sets verified_by (evidence_checks).
        import_error=rec.error or "",
    )


@dataclass(frozen=True)
class EvidenceDetail:
    id: int
    case_id: int
    original_name: str
    stored_path: str
    sha256: str
    format: str
    verification_status: str
    verification: dict[str, Any]
    elements: dict[str, Any]
    learning_outcomes: list[str]
    missing_mandatory: list[str]
    learner_match: dict[str, Any]
    import_error: str
    locked: bool
    # What the rules notice about an element, by element name (e.g. hours and credits that contradict each other).
    element_notes: dict[str, str] = field(default_factory=dict)
    language: str = ""  # the language it is written in (ISO 639-1), "" when unknown
    translation_attached: bool = False
    translation_required: bool = False  # the case's rules want a translation of a credential in this language
    translation_rule: bool = False  # the case's rules want translations of evidence outside their working languages


def element_notes(item: EvidenceItem, case: Case | None) -> dict[str, str]:
    """Notes on the elements of an item under its case's rules: the workload elements when the stated hours and
    ECTS credits contradict each other (see ``app.domain.policy_rules.workload_mismatch``); the learning outcomes
    when they are the course's topics (the credential states none)."""
    from app.domain.policy_rules import workload_mismatch
    from app.services.recognition_rules import outcomes_are_topics

    rules = _rules_of(case)
    notes: dict[str, str] = {}
    if outcomes_are_topics(item):
        notes["learning_outcomes"] = msg("the credential states no learning outcomes: these are the topics of its "
                                         "course, weaker evidence of what the learner can do")
    mismatch = workload_mismatch(item.workload_hours, item.workload_ects, rules)
    if mismatch is None:
        return notes
    note = msg("{hours} h for {ects} ECTS credits is {per_credit} h per credit; the rules expect {low}–{high} h: "
               "check the credential's workload", hours=mismatch.hours, ects=mismatch.ects,
               per_credit=mismatch.per_credit, low=mismatch.low, high=mismatch.high)
    return notes | {"workload_hours": note, "workload_ects": note}


def get_evidence(db: Database, evidence_id: int) -> EvidenceDetail:
    with db.read() as session:
        item = session.get(EvidenceItem, evidence_id)
        if item is None:
            raise UserError(f"Evidence item {evidence_id} does not exist (it may have been removed).")
        return EvidenceDetail(
            id=item.id, case_id=item.case_id, original_name=item.original_name, stored_path=item.stored_path,
            sha256=item.sha256, format=item.format, verification_status=item.verification_status,
            verification=dict(item.verification or {}), elements=dict(item.elements or {}),
            learning_outcomes=[str(o) for o in item.learning_outcomes or []],
            missing_mandatory=[str(m) for m in item.missing_mandatory or []],
            learner_match=dict(item.learner_match or {}), import_error=item.import_error, locked=item.locked,
            element_notes=element_notes(item, item.case), language=item.language or "",
            translation_attached=bool(item.translation_attached),
            translation_required=translation_required(item, item.case),
            translation_rule=_rules_of(item.case).require_translation,
        )  # fmt: skip


def translation_required(item: EvidenceItem, case: Case | None) -> bool:
    """Whether the case's rules want a translation of this item: they ask for one of evidence outside their working
    languages, and the item is written in another language."""
    rules = _rules_of(case)
    return bool(rules.require_translation and item.language and item.language not in rules.working_languages)


def _rules_of(case: Case | None) -> PolicyRules:
    """The case's rules; the defaults when it has none, or they cannot be read (that is reported where the rules are
    applied; here the defaults speak)."""
    from app.services.workflow import case_rules

    try:
        return case_rules(case) if case is not None else PolicyRules()
    except UserError:
        return PolicyRules()


def original_file(detail: EvidenceDetail) -> Path:
    """The stored copy of the original file, checked against its SHA-256."""
    import hashlib

    p = Path(detail.stored_path)
    if not detail.stored_path or not p.is_file():
        raise UserError(f"The stored copy of {detail.original_name} is missing from the evidence store.")
    if hashlib.sha256(p.read_bytes()).hexdigest() != detail.sha256:
        raise UserError(f"The stored copy of {detail.original_name} was changed: its SHA-256 no longer matches.")
    return p


# --- removing, replacing and entering evidence by hand -----------------------------------------------------

MANUAL_FORMAT = "manual"
# After the assessment started, a change of the evidence reopens it; a signed protocol keeps its evidence.
REOPEN_STATES: tuple[str, ...] = (CaseStatus.UNDER_ASSESSMENT, CaseStatus.DECIDED)
NUMERIC_ELEMENTS = {"workload_ects", "workload_hours"}


@dataclass
class ManualEntry:
    """The elements of a credential typed in from its paper original (element name → value as written)."""

    original_seen: str  # what the officer had in hand, e.g. "paper original shown by the applicant"
    elements: dict[str, Any] = field(default_factory=dict)
    original_name: str = ""  # how the item is listed; default: the title


@dataclass(frozen=True)
class EvidenceChange:
    item_id: int | None  # the new item (replace, manual entry) or None (remove)
    reopened: bool  # the case went back to "under assessment"
    components_to_redo: list[str]  # components whose matching and decision must be made again


def _manual_value(name: str, raw: Any) -> Any:
    """One typed element as stored, or a one-line refusal naming the element."""
    if name == "learning_outcomes":
        lines = raw if isinstance(raw, list) else str(raw or "").splitlines()
        return [str(x).strip(" •-\t") for x in lines if str(x).strip(" •-\t")]
    text = str(raw if raw is not None else "").strip()
    if not text:
        return None
    if name == "issued_on":
        try:
            return (raw if isinstance(raw, date) else date.fromisoformat(text)).isoformat()
        except ValueError:
            raise UserError(msg("Date of issuing “{value}”: write it as YYYY-MM-DD.", value=text)) from None
    if name in NUMERIC_ELEMENTS:
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            raise UserError(msg("{element} “{value}” is not a number.", element=name, value=text)) from None
        if number < 0:
            raise UserError(msg("{element} “{value}” cannot be negative.", element=name, value=text))
        return int(number) if number.is_integer() else number
    if name == "eqf_level":
        if not text.isdigit() or not 1 <= int(text) <= 8:
            raise UserError(msg("EQF level “{value}”: a whole number from 1 to 8.", value=text))
        return int(text)
    return text


def _record_by_hand(entry: ManualEntry, actor: str, applicant_names: list[str], applicant_ids: list[str]) -> Any:
    from app.importers.credentials.learner import match_learner
    from app.importers.credentials.record import CredentialRecord, Verification

    if not entry.original_seen.strip():
        raise UserError(msg("Say what the elements were entered from (e.g. the paper original shown by the "
                            "applicant)."))
    unknown = set(entry.elements) - set(credential_elements())
    if unknown:
        raise UserError(msg("Unknown credential elements: {names}.", names=sorted(unknown)))
    source = f"entered by hand by {actor} from the original: {entry.original_seen.strip()}"
    rec = CredentialRecord(file=entry.original_name or "", format=MANUAL_FORMAT)
    for name, raw in entry.elements.items():
        rec.set(name, _manual_value(name, raw), source)
    if not rec.value("title"):
        raise UserError(msg("The title of the credential is required."))
    rec.compute_missing()
    rec.verification = Verification(
        status="unsigned", message=f"Entered by hand by {actor} from the original "
                                   f"({entry.original_seen.strip()}); the application checked no signature.")
    learner = rec.value("learner_name")
    rec.learner_match = match_learner([str(learner)] if learner else [], [], applicant_names, applicant_ids)
    return rec


def matched_lines(session: Any, item: EvidenceItem) -> list[Any]:
    """Decision lines (any version) whose stored pairs were matched against the item's outcomes."""
    return _lines(session, item, linked=False)


def _affected_lines(session: Any, item: EvidenceItem) -> list[Any]:
    """Decision lines (any version) that rely on the item: linked as evidence or matched against it."""
    return _lines(session, item, linked=True)


def _lines(session: Any, item: EvidenceItem, *, linked: bool) -> list[Any]:
    from app.models import DecisionLine, OutcomeMapping, decision_line_evidence

    matched = select(OutcomeMapping.decision_line_id).where(OutcomeMapping.evidence_item_id == item.id)
    relies: ColumnElement[bool] = DecisionLine.id.in_(matched)
    if linked:
        relies = relies | DecisionLine.id.in_(select(decision_line_evidence.c.decision_line_id).where(
            decision_line_evidence.c.evidence_item_id == item.id))
    return list(session.execute(select(DecisionLine).where(relies)).scalars())


def _take_off(session: Any, actor: str, case: Case, item: EvidenceItem, reason: str, action: str,
              extra: dict[str, Any]) -> tuple[bool, list[str]]:
    """Check that ``item`` may leave the case now and take it off (audited). Returns (reopened, components)."""
    from app.models import Protocol
    from app.services.decisions import is_frozen
    from app.services.workflow import apply_transition

    before_lock = case.status in IMPORT_ALLOWED and not item.locked
    if not before_lock and case.status not in REOPEN_STATES:
        raise UserError(msg("Case {case} is “{status}”: its evidence can be removed or replaced until the decision "
                            "(then with a reason, which reopens the assessment).", case=case.reg_no,
                            status=case.status))
    if not before_lock and not reason.strip():
        raise UserError(msg("The assessment of case {case} has started: say why {file} is removed or replaced "
                            "(the assessment is reopened).", case=case.reg_no, file=item.original_name))
    lines = _affected_lines(session, item)
    signed = [line for line in lines if is_frozen(session, line)]
    if signed:
        protocol = session.get(Protocol, signed[0].protocol_id)
        raise UserError(msg("{file} backs decisions signed in protocol {protocol}: it stays on the record.",
                            file=item.original_name, protocol=protocol.number if protocol else "?"))
    redo = sorted({line.component_code for line in lines if line.is_current})
    for line in lines:
        # What was matched or decided on this evidence is made again on what remains.
        for mapping in list(line.mappings):
            session.delete(mapping)
        line.evidence = [e for e in line.evidence if e.id != item.id]
        if line.is_current:
            line.proposal, line.proposal_reasons, line.coverage_pct = "", [], None
            line.decision, line.credits_recognised, line.credits_remaining = None, None, None
    reopened = case.status == CaseStatus.DECIDED
    if reopened:
        apply_transition(session, case, CaseStatus.UNDER_ASSESSMENT, actor,
                         msg("Evidence {file} changed: {reason}", file=item.original_name, reason=reason.strip()))
    session.flush()
    audit.record(session, actor, action, "evidence_item", item.id, {
        "case_id": case.id, "file": item.original_name, "sha256": item.sha256, "title": item.title,
        "format": item.format, "verification": item.verification_status, "reason": reason.strip(),
        "after_lock": not before_lock, "components_to_redo": redo, **extra})
    session.delete(item)
    case.updated_at = datetime.now(UTC).replace(tzinfo=None)  # the case's version moves on
    session.flush()
    return reopened, redo


def _case_and_item(session: Any, evidence_id: int, expected_case_version: int | None) -> tuple[Case, EvidenceItem]:
    from app.services.concurrency import check_version

    item = session.get(EvidenceItem, evidence_id)
    if item is None:
        raise UserError(msg("Evidence item {item} does not exist (it may have been removed).", item=evidence_id))
    case = item.case
    check_version(case, expected_case_version, f"Case {case.reg_no}")
    return case, item


def remove_evidence(db: Database, actor: str, evidence_id: int, reason: str = "",
                    expected_case_version: int | None = None) -> EvidenceChange:
    """Take an item off its case: freely before the assessment lock, afterwards with a reason (the assessment is
    reopened and the matching of the components that used it is made again). The audit entry keeps its file name,
    SHA-256 and title; the stored original stays in the evidence store."""
    with db.write() as session:
        case, item = _case_and_item(session, evidence_id, expected_case_version)
        reopened, redo = _take_off(session, actor, case, item, reason, "evidence.remove", {})
        return EvidenceChange(None, reopened, redo)


def replace_evidence(db: Database, actor: str, evidence_id: int, path: Path | str, reason: str = "",
                     expected_case_version: int | None = None) -> EvidenceChange:
    """Put another file in the place of an item (a readable copy of a scan, the right applicant's certificate):
    one transaction, the same rules as ``remove_evidence``."""
    from app.importers.credentials import inspect_file

    source = Path(path)
    with db.read() as session:
        case, item = _case_and_item(session, evidence_id, expected_case_version)
        names = [n for n in (case.applicant.full_name, case.applicant.full_name_latin) if n]
        ids = [i for i in (case.applicant.email,) if i]
    rec = inspect_file(source, applicant_names=names, applicant_ids=ids)
    if rec.error and not source.is_file():
        raise UserError(msg("{file}: {problem}", file=source.name, problem=rec.error))
    stored, new_file = "", None
    if rec.sha256:
        target = stored_file(rec.sha256, source.suffix)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            new_file = target
        stored = str(target)
    try:
        with db.write() as session:
            case, item = _case_and_item(session, evidence_id, expected_case_version)
            if rec.sha256 and session.execute(select(EvidenceItem.id).where(
                    EvidenceItem.case_id == case.id, EvidenceItem.sha256 == rec.sha256)).first():
                raise UserError(msg("{file} is already on case {case}.", file=source.name, case=case.reg_no))
            old_name, locked = item.original_name, item.locked or case.status not in IMPORT_ALLOWED
            new = _item_from_record(case.id, source, rec, stored, actor)
            new.locked = locked
            session.add(new)
            session.flush()
            reopened, redo = _take_off(session, actor, case, item, reason, "evidence.replace",
                                       {"replaced_by": new.id, "new_file": source.name, "new_sha256": rec.sha256})
            audit.record(session, actor, "evidence.import", "evidence_item", new.id, {
                "case_id": case.id, "file": source.name, "sha256": rec.sha256, "format": rec.format,
                "verification": new.verification_status, "error": rec.error or "", "replaces": old_name})
            return EvidenceChange(new.id, reopened, redo)
    except BaseException:
        if new_file is not None:
            new_file.unlink(missing_ok=True)
        raise


def enter_by_hand(db: Database, actor: str, case_id: int, entry: ManualEntry, *, replaces: int | None = None,
                  reason: str = "", expected_case_version: int | None = None) -> EvidenceChange:
    """Record a credential from its paper original when no file can be read (a scan without text, a damaged
    file): every element is marked "entered by hand by <actor> from the original"; with ``replaces``, the
    unreadable item leaves the case in the same transaction (the same rules as ``remove_evidence``)."""
    from app.services.concurrency import check_version

    with db.write() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise UserError(msg("Case {case} does not exist (it may have been removed by another user).",
                                case=case_id))
        check_version(case, expected_case_version, f"Case {case.reg_no}")
        old: EvidenceItem | None = None
        if replaces is not None:
            old = session.get(EvidenceItem, replaces)
            if old is None or old.case_id != case.id:
                raise UserError(msg("Evidence item {item} is not on case {case}.", item=replaces, case=case.reg_no))
        elif case.status not in IMPORT_ALLOWED:
            _check_status(case)
        applicant = case.applicant
        rec = _record_by_hand(entry, actor, [n for n in (applicant.full_name, applicant.full_name_latin) if n],
                              [i for i in (applicant.email,) if i])
        title = str(rec.value("title"))
        name = entry.original_name.strip() or title
        rec.file = name
        import hashlib

        # No file: the digest is of the typed elements, so that the same entry is not recorded twice.
        digest = hashlib.sha256(repr(sorted((k, str(v.value)) for k, v in rec.elements.items())).encode()).hexdigest()
        rec.sha256 = digest
        item = _item_from_record(case.id, Path(name), rec, "", actor)
        item.size_bytes = 0
        item.locked = (old.locked if old else False) or case.status not in IMPORT_ALLOWED
        session.add(item)
        session.flush()
        audit.record(session, actor, "evidence.manual_entry", "evidence_item", item.id, {
            "case_id": case.id, "title": title, "original_seen": entry.original_seen.strip(),
            "elements": sorted(rec.elements), "missing_mandatory": rec.missing_mandatory,
            "replaces": old.original_name if old else None})
        reopened, redo = False, list[str]()
        if old is not None:
            reopened, redo = _take_off(session, actor, case, old, reason, "evidence.replace",
                                       {"replaced_by": item.id, "manual_entry": True})
        else:
            case.updated_at = datetime.now(UTC).replace(tzinfo=None)
        return EvidenceChange(item.id, reopened, redo)
