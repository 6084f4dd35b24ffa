"""Display names of stored codes in reports (decisions, verdicts, component types, matching layers…).

The names are English source texts marked with ``tr_noop`` (context ``Report values``) and translated by the
one catalogue (``resources/i18n/recognition_desk_<lang>.ts``) when a report is written. Unknown codes are shown as
stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.explanation import explanation_terms, shared_terms_message
from app.errors import UserError
from app.translation import (
    Translate,
    Translator,
    available_languages,
    load_translator,
    render_message,
    tr_noop,
)

VALUES = "Report values"  # translation context of the names below
SHEETS = "Report sheets"  # translation context of worksheet names

_NAMES: dict[str, dict[str, str]] = {
    "decision": {
        "full": tr_noop("Report values", "recognised in full"),
        "partial": tr_noop("Report values", "recognised partially"),
        "none": tr_noop("Report values", "not recognised"),
        "": tr_noop("Report values", "not decided"),
    },
    "proposal": {
        "recognise": tr_noop("Report values", "recognise"),
        "partial": tr_noop("Report values", "recognise partially"),
        "reject": tr_noop("Report values", "do not recognise"),
        "": "—",
    },
    "judgement": {
        "covered": tr_noop("Report values", "covered"),
        "partly": tr_noop("Report values", "partly covered"),
        "not": tr_noop("Report values", "not covered"),
        "": tr_noop("Report values", "not judged"),
    },
    "appeal_outcome": {
        "": tr_noop("Report values", "pending"),
        "rejected": tr_noop("Report values", "rejected: the decision stands"),
        "granted": tr_noop("Report values", "granted"),
        "partly_granted": tr_noop("Report values", "partly granted"),
    },
    "verification": {
        "verified": tr_noop("Report values", "verified"),
        "invalid": tr_noop("Report values", "invalid"),
        "unverifiable-offline": tr_noop("Report values", "not verifiable offline"),
        "unsigned": tr_noop("Report values", "unsigned"),
        "failed": tr_noop("Report values", "could not be read"),
    },
    "component_type": {
        "mandatory": tr_noop("Report values", "mandatory"),
        "elective": tr_noop("Report values", "elective"),
        "practice": tr_noop("Report values", "practice"),
        "attestation": tr_noop("Report values", "attestation"),
        "thesis": tr_noop("Report values", "thesis"),
    },
    "control": {
        "exam": tr_noop("Report values", "exam"),
        "pass": tr_noop("Report values", "pass/fail"),
    },
    "layer": {
        "lexical": tr_noop("Report values", "lexical"),
        "glossary": tr_noop("Report values", "glossary"),
        "embedding": tr_noop("Report values", "embedding"),
        "semantic": tr_noop("Report values", "embedding"),
        "manual": tr_noop("Report values", "manual"),
    },
    "element": {
        "learner_name": tr_noop("Report values", "learner"),
        "learner_id": tr_noop("Report values", "learner"),
        "title": tr_noop("Report values", "title"),
        "issuer_country": tr_noop("Report values", "issuer country"),
        "awarding_body": tr_noop("Report values", "awarding body"),
        "issued_on": tr_noop("Report values", "date of issue"),
        "learning_outcomes": tr_noop("Report values", "learning outcomes"),
        "workload_ects": tr_noop("Report values", "workload"),
        "workload_hours": tr_noop("Report values", "workload"),
        "eqf_level": tr_noop("Report values", "EQF level"),
        "assessment_type": tr_noop("Report values", "type of assessment"),
        "participation_form": tr_noop("Report values", "form of participation"),
        "quality_assurance": tr_noop("Report values", "quality assurance"),
    },
}


def report_translator(lang: str) -> Translator:
    """The translator of a report language; one clear error for a language without a catalogue."""
    languages = available_languages()
    if lang not in languages:
        raise UserError(f"Report language {lang!r} is not supported: use one of {', '.join(languages)}.")
    return load_translator(lang)


def names(kind: str, tr: Translate) -> dict[str, str]:
    """Every known code of one kind with its display name (for fast lookups in large reports)."""
    return {code: tr(VALUES, text) if text != "—" else text for code, text in _NAMES[kind].items()}


def name(kind: str, code: str | None, tr: Translate) -> str:
    """The display name of a stored code; unknown codes are shown as stored."""
    text = _NAMES[kind].get(code or "")
    if text is None:
        return code or ""
    return tr(VALUES, text) if text != "—" else text


def elements_text(elements: Sequence[str], tr: Translate) -> str:
    """Missing elements of a credential as a list of names, each once."""
    seen: list[str] = []
    for element in elements:
        text = name("element", element, tr)
        if text not in seen:
            seen.append(text)
    return ", ".join(seen)


def sheet_title(source: str, tr: Translate) -> str:
    """A worksheet's name in the report language (the sheet names are visible in every spreadsheet program)."""
    text = tr(SHEETS, source)
    return "".join(" " if c in "[]:*?/\\" else c for c in text)[:31]  # Excel's limits on sheet names


def explanation_text(stored: str, tr: Translate) -> str:
    """A stored matching explanation ("shared: analyse, data", see ``app.matching.coverage``) in the report
    language; other texts (written by the committee) as they are."""
    terms = explanation_terms(stored)
    if terms is None:
        return stored
    return render_message(shared_terms_message(terms), tr)


def value_label(kind: str, code: str | None, lang: str) -> str:
    """``name`` for a language code (for writers that take a language, such as the protocol PDF)."""
    return name(kind, code, load_translator(lang))


LABELS = "Report"  # translation context of headers and captions

_LABELS: dict[str, str] = {
    "no": tr_noop("Report", "No."),
    "total": tr_noop("Report", "Total"),
    "generated": tr_noop("Report", "Generated"),
    "period": tr_noop("Report", "Period"),
    "from": tr_noop("Report", "from"),
    "to": tr_noop("Report", "to"),
    "all_time": tr_noop("Report", "all time"),
    "yes": tr_noop("Report", "yes"),
    "reg_no": tr_noop("Report", "Case reg. no."),
    "case_status": tr_noop("Report", "Case status"),
    "filed_on": tr_noop("Report", "Filed on"),
    "deadline": tr_noop("Report", "Decision due"),
    "academic_year": tr_noop("Report", "Academic year"),
    "semester": tr_noop("Report", "Semester"),
    "procedure_type": tr_noop("Report", "Procedure"),
    "policy": tr_noop("Report", "Policy profile (version)"),
    "commission": tr_noop("Report", "Commission"),
    "claimed_outcomes": tr_noop("Report", "Declared learning outcomes"),
    "declared_provider": tr_noop("Report", "Where learnt (declared)"),
    "declared_hours": tr_noop("Report", "Declared volume, hours"),
    "protocol_no": tr_noop("Report", "Protocol no."),
    "protocol_date": tr_noop("Report", "Protocol date"),
    "order_no": tr_noop("Report", "Order no."),
    "order_date": tr_noop("Report", "Order date"),
    "applicant": tr_noop("Report", "Applicant"),
    "applicant_latin": tr_noop("Report", "Name in Latin script"),
    "student_id": tr_noop("Report", "Student ID"),
    "edebo_id": tr_noop("Report", "EDEBO ID"),
    "faculty": tr_noop("Report", "Faculty"),
    "specialty": tr_noop("Report", "Specialty"),
    "level": tr_noop("Report", "Level"),
    "study_year": tr_noop("Report", "Year of study"),
    "group": tr_noop("Report", "Group"),
    "study_form": tr_noop("Report", "Study form"),
    "programme": tr_noop("Report", "Programme"),
    "programme_code": tr_noop("Report", "Programme code"),
    "programme_ects": tr_noop("Report", "Programme, ECTS credits"),
    "file": tr_noop("Report", "File"),
    "evidence_type": tr_noop("Report", "Evidence type"),
    "format": tr_noop("Report", "Format"),
    "title": tr_noop("Report", "Title"),
    "awarding_body": tr_noop("Report", "Awarding body (provider)"),
    "country": tr_noop("Report", "Country"),
    "issued_on": tr_noop("Report", "Issued on"),
    "credential_id": tr_noop("Report", "Credential ID / URL"),
    "language": tr_noop("Report", "Language"),
    "translation": tr_noop("Report", "Translation"),
    "workload_hours": tr_noop("Report", "Workload, hours"),
    "workload_ects": tr_noop("Report", "Workload, ECTS"),
    "eqf_level": tr_noop("Report", "EQF level"),
    "grade": tr_noop("Report", "Grade"),
    "verification": tr_noop("Report", "Authenticity"),
    "verification_detail": tr_noop("Report", "Verification detail"),
    "verified_by": tr_noop("Report", "Verified by"),
    "verified_at": tr_noop("Report", "Verified at"),
    "missing_elements": tr_noop("Report", "Missing mandatory elements"),
    "sha256": tr_noop("Report", "SHA-256"),
    "component_code": tr_noop("Report", "Component code"),
    "component": tr_noop("Report", "Component"),
    "component_type": tr_noop("Report", "Component type"),
    "ects": tr_noop("Report", "ECTS credits"),
    "hours": tr_noop("Report", "Hours"),
    "control": tr_noop("Report", "Final control"),
    "evidence": tr_noop("Report", "Evidence used"),
    "provider": tr_noop("Report", "Provider"),
    "coverage": tr_noop("Report", "Outcome coverage, %"),
    "evidence_hours": tr_noop("Report", "Evidence hours"),
    "evidence_ects": tr_noop("Report", "Evidence ECTS"),
    "proposal": tr_noop("Report", "Proposal"),
    "decision": tr_noop("Report", "Decision"),
    "credits_recognised": tr_noop("Report", "ECTS credits recognised"),
    "credits_remaining": tr_noop("Report", "Credits still to complete"),
    "partial_scope": tr_noop("Report", "Partial recognition scope"),
    "points": tr_noop("Report", "Points"),
    "max_points": tr_noop("Report", "Out of"),
    "grade_100": tr_noop("Report", "Grade (100-point)"),
    "grade_national": tr_noop("Report", "Grade (national)"),
    "grade_ects": tr_noop("Report", "ECTS grade"),
    "original_grade": tr_noop("Report", "Original grade"),
    "original_scale": tr_noop("Report", "Original scale"),
    "conversion_method": tr_noop("Report", "Conversion method"),
    "reasons": tr_noop("Report", "Reasons"),
    "cap_before": tr_noop("Report", "Recognised before, credits"),
    "cap_after": tr_noop("Report", "Recognised after, credits"),
    "decided_by": tr_noop("Report", "Decided by"),
    "decided_at": tr_noop("Report", "Decision date"),
    "days_late": tr_noop("Report", "Days overdue"),
    "line_version": tr_noop("Report", "Decision version"),
    "component_outcome": tr_noop("Report", "Component learning outcome"),
    "credential_outcome": tr_noop("Report", "Outcome in the evidence"),
    "score": tr_noop("Report", "Similarity"),
    "layer": tr_noop("Report", "Matched by"),
    "explanation": tr_noop("Report", "Explanation"),
    "judgement": tr_noop("Report", "Committee's judgement"),
    "comment": tr_noop("Report", "Comment"),
    "summary_title": tr_noop("Report", "Recognition case report"),
    "section_case": tr_noop("Report", "Case"),
    "section_applicant": tr_noop("Report", "Applicant"),
    "section_programme": tr_noop("Report", "Programme"),
    "section_result": tr_noop("Report", "Result"),
    "section_appeal": tr_noop("Report", "Appeal"),
    "appeal_none": tr_noop("Report", "No appeal filed"),
    "appeal_filed_on": tr_noop("Report", "Appeal filed on"),
    "appeal_deadline": tr_noop("Report", "Appeal deadline"),
    "appeal_in_time": tr_noop("Report", "Filed in time"),
    "appeal_grounds": tr_noop("Report", "Grounds of the appeal"),
    "appeal_panel": tr_noop("Report", "Appeal panel"),
    "appeal_outcome": tr_noop("Report", "Outcome of the appeal"),
    "appeal_decided_on": tr_noop("Report", "Appeal decided on"),
    "answer_no": tr_noop("Report", "no"),
    "evidence_count": tr_noop("Report", "Evidence items submitted"),
    "evidence_verified": tr_noop("Report", "Of which verified"),
    "components_requested": tr_noop("Report", "Components considered"),
    "components_full": tr_noop("Report", "Recognised in full"),
    "components_partial": tr_noop("Report", "Recognised partially"),
    "components_none": tr_noop("Report", "Not recognised"),
    "credits_total": tr_noop("Report", "ECTS credits recognised in total"),
    "register_title": tr_noop("Report", "Register of recognition decisions"),
    "lines": tr_noop("Report", "lines"),
    "stats_title": tr_noop("Report", "Recognition statistics"),
    "month": tr_noop("Report", "Month"),
    "cases_filed": tr_noop("Report", "Cases filed"),
    "lines_decided": tr_noop("Report", "Component decisions taken"),
    "cases_per_month": tr_noop("Report", "Cases per month"),
    "credits_per_month": tr_noop("Report", "ECTS credits recognised per month"),
    "decision_type": tr_noop("Report", "Decision type"),
    "share": tr_noop("Report", "Share"),
    "credits_requested": tr_noop("Report", "Credits considered"),
    "credit_rate": tr_noop("Report", "Share of credits recognised"),
    "recognition_by_decision": tr_noop("Report", "Decisions by type"),
    "recognition_rate": tr_noop("Report", "Recognition rate (components)"),
    "top_providers": tr_noop("Report", "Top providers by evidence items"),
    "evidence_items": tr_noop("Report", "Evidence items"),
    "lines_recognised": tr_noop("Report", "Components recognised"),
    "verification_share": tr_noop("Report", "Authenticity of evidence"),
    "verified_share": tr_noop("Report", "Share of verified evidence"),
    "items": tr_noop("Report", "Count"),
    "cases_total": tr_noop("Report", "Cases"),
    "lines_total": tr_noop("Report", "Component decisions"),
    "evidence_total": tr_noop("Report", "Evidence items"),
    "indicator": tr_noop("Report", "Indicator"),
    "value": tr_noop("Report", "Value"),
    "unknown_provider": tr_noop("Report", "(not stated)"),
}


def label(key: str, tr: Translate) -> str:
    """The text of one header or caption."""
    return tr(LABELS, _LABELS[key])


def headers(keys: Sequence[str], tr: Translate) -> list[str]:
    return [label(key, tr) for key in keys]
