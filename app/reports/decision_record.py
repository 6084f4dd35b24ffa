"""The commission's decision as data: a JSON record checked against ``resources/schemas/decision-record.schema.json``.

The record is what another system needs to take the decision over (a student information system, a later
ELM/EMREX export): the applicant, the programme, and per component the credentials with their identifiers and
hashes, the credits, the original and converted grade with the conversion rule, the outcomes matched, the legal
basis, the protocol and the order. ``docs/decision-record.md`` maps the fields to the European Learning Model.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from app import paths
from app.errors import UserError
from app.reports.data import ProtocolData, ProtocolLineInfo
from app.reports.output import atomic_output

SCHEMA_NAME = "decision-record.schema.json"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    path = paths.resource("schemas", SCHEMA_NAME)
    try:
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"The decision record schema {path} cannot be read ({exc}). Reinstall the application.") \
            from None
    return loaded


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


def _component(line: ProtocolLineInfo) -> dict[str, Any]:
    recognised = line.recognised
    converted = None
    if recognised and (line.grade_100 is not None or line.grade_ects or line.grade_national):
        converted = {"points_100": line.grade_100, "ects": line.grade_ects, "national": line.grade_national}
    original = ({"value": line.original_grade_text, "scale": line.original_scale}
                if line.original_grade_text or line.original_scale else None)
    return {
        "code": line.component_code, "title": line.component_title, "type": line.component_type,
        "control": line.control, "ects": float(line.ects or 0.0), "decision": line.decision or "none",
        "credits_recognised": line.credits_recognised if recognised else 0.0,
        "credits_remaining": line.credits_remaining, "partial_scope": line.partial_scope,
        "line_version": line.line_version,
        "credentials": [{
            "title": e.title, "awarding_body": e.awarding_body, "identifier": e.credential_id,
            "file_name": e.original_name, "sha256": e.sha256.lower(), "type": e.evidence_type,
            "issued_on": _day(e.issued_on), "workload_hours": e.workload_hours, "ects": e.workload_ects,
            "eqf_level": e.eqf_level, "grade": e.grade, "verification": e.verification_status,
            "outcome_notes": [str(note) for note in e.outcome_notes],
        } for e in line.evidence_refs],
        "original_grade": original,
        "converted_grade": converted,
        "conversion_rule": line.conversion_method if recognised else "",
        "outcomes": [{"component_outcome": o.component_outcome, "credential_outcome": o.credential_outcome,
                      "credential": o.evidence, "judgement": o.judgement, "score": o.score} for o in line.outcomes],
        "reasons": line.reasons,
        "hours_credited_elsewhere": line.hours_credited_elsewhere if recognised else None,
    }


def decision_record(data: ProtocolData, generated_at: datetime | None = None) -> dict[str, Any]:
    """The record of a case whose protocol is signed (a draft is no decision: UserError)."""
    if data.is_draft or not data.number:
        raise UserError(f"Case {data.reg_no} has no signed protocol yet: the decision record follows the signing.")
    a, programme = data.applicant, data.programme
    recognised = [line for line in data.lines if line.recognised]
    return {
        "record_version": 1,
        "generated_at": _moment(generated_at or datetime.now(UTC)),
        "case": {"reg_no": data.reg_no, "filed_on": _day(data.filed_on), "status": data.case_status,
                 "academic_year": data.academic_year, "semester": data.semester},
        "institution": data.institution,
        "applicant": {"full_name": a.full_name, "full_name_latin": a.full_name_latin, "student_id": a.student_id,
                      "edebo_id": a.edebo_id},
        "programme": None if programme is None else {
            "code": programme.code, "title": programme.title, "specialty": programme.specialty,
            "level": programme.level, "academic_year": programme.academic_year,
            "total_ects": float(programme.total_ects or 0.0)},
        "legal_basis": [x for x in (data.legal_basis, data.regulation) if x.strip()],
        "policy_profile": {"name": data.policy_name, "version": data.policy_version} if data.policy_name else None,
        "protocol": {"number": data.number, "date": _day(data.meeting_date), "version": data.version,
                     "signed_at": _moment(data.signed_at),
                     "votes": {"for": data.votes_for or 0, "against": data.votes_against or 0,
                               "abstained": data.votes_abstained or 0}},
        "order": {"number": data.order_no, "date": _day(data.order_date), "issued_by": data.order_issued_by,
                  "signatory": data.order_signatory}
        if data.order_no else None,
        "appeal_deadline": _day(data.appeal_deadline),
        "total_credits_recognised": round(sum(line.credits_recognised or 0.0 for line in recognised), 4),
        "components": [_component(line) for line in data.lines],
    }


def validate(record: Any, where: str = "decision record") -> None:
    """Raise UserError naming the first place where ``record`` breaks the schema."""
    from jsonschema import Draft202012Validator, FormatChecker

    validator = Draft202012Validator(schema(), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(record), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        first = errors[0]
        at = "/".join(str(p) for p in first.absolute_path) or "(top)"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise UserError(f"{where} does not match {SCHEMA_NAME} at {at}: {first.message}{more}")


def read_record(path: str | os.PathLike[str]) -> dict[str, Any]:
    """A decision record read back from a file and checked against the schema."""
    try:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: not a readable decision record ({exc}).") from None
    validate(record, str(path))
    if not isinstance(record, dict):  # pragma: no cover - the schema requires an object
        raise UserError(f"{path}: not a decision record.")
    return record


def write_record(data: ProtocolData, path: str | os.PathLike[str]) -> Path:
    record = decision_record(data)
    validate(record, f"The decision record of case {data.reg_no}")
    with atomic_output(path, ".json") as tmp:
        tmp.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return Path(path)
