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
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import paths
from app.db import Database
from app.domain.progress import Progress, check_cancelled
from app.domain.status import EVIDENCE_IMPORT_STATES
from app.domain.verdicts import VerificationStatus
from app.errors import UserError
from app.models import Case, EvidenceItem
from app.services import audit

# Evidence may be added while the documents are being checked; from assessment on, the set is locked.
IMPORT_ALLOWED = EVIDENCE_IMPORT_STATES

EVIDENCE_TYPES = {
    "openbadges-2.0": "badge",
    "openbadges-3.0": "badge",
    "clr-2.0": "learner-record",
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
        elements={name: el.to_json() for name, el in rec.elements.items()},
        learning_outcomes=list(rec.learning_outcomes),
        missing_mandatory=list(rec.missing_mandatory),
        verification_status=VerificationStatus.FAILED if rec.error else rec.verification.status,
        verification=rec.verification.to_json(),
        learner_match=rec.learner_match.to_json(),
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
        )  # fmt: skip


def original_file(detail: EvidenceDetail) -> Path:
    """The stored copy of the original file, checked against its SHA-256."""
    import hashlib

    p = Path(detail.stored_path)
    if not detail.stored_path or not p.is_file():
        raise UserError(f"The stored copy of {detail.original_name} is missing from the evidence store.")
    if hashlib.sha256(p.read_bytes()).hexdigest() != detail.sha256:
        raise UserError(f"The stored copy of {detail.original_name} was changed: its SHA-256 no longer matches.")
    return p
