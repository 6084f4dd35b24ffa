"""The case report workbook: one case, sheets ``Summary``, ``Evidence``, ``Outcomes`` and ``Decisions``."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.status import status_label
from app.domain.verdicts import Decision, VerificationStatus
from app.reports import xlsx_style as st
from app.reports.data import CaseReportData, DecisionInfo
from app.reports.output import atomic_output
from app.reports.vocabulary import (
    conversion_method_text,
    elements_text,
    explanation_text,
    format_text,
    headers,
    known_name,
    label,
    language_text,
    name,
    national_grade_text,
    reasons_text,
    scale_text,
    scope_text,
    sheet_title,
    verification_text,
)
from app.translation import Translate, render_message, tr_noop

EVIDENCE_COLUMNS = ("no", "file", "evidence_type", "format", "title", "awarding_body", "country", "issued_on",
                    "credential_id", "language", "translation", "workload_hours", "workload_ects", "eqf_level",
                    "grade", "verification", "verification_detail", "verified_by", "verified_at",
                    "missing_elements", "outcome_notes")
OUTCOME_COLUMNS = ("component_code", "component", "no", "component_outcome", "credential_outcome", "evidence",
                   "score", "layer", "explanation", "judgement", "comment")
DECISION_COLUMNS = ("component_code", "component", "component_type", "semester", "ects", "hours", "control",
                    "evidence", "coverage", "evidence_hours", "evidence_ects", "proposal", "decision",
                    "credits_recognised", "credits_remaining", "partial_scope", "points", "max_points", "grade_100",
                    "grade_national", "grade_ects", "original_grade", "original_scale", "conversion_method",
                    "reasons", "cap_before", "cap_after", "decided_by", "decided_at", "line_version")


def _table(ws: Worksheet, keys: Sequence[str], rows: list[list[Any]], tr: Translate, formats: dict[str, str],
           wrap: Sequence[str] = (), total: list[Any] | None = None, max_width: float = 50,
           centered: Sequence[str] = ()) -> None:
    """A table from A1: styled header, frozen and filterable, number formats per column, optional totals row."""
    ws.append(headers(list(keys), tr))
    for row in rows:
        ws.append(row)
    last_data_row = len(rows) + 1
    if total is not None:
        ws.append(total)
        for column in range(1, len(keys) + 1):
            cell = ws.cell(row=ws.max_row, column=column)
            cell.font = st.TOTAL_FONT
            cell.fill = st.TOTAL_FILL
            cell.border = st.TOTAL_BORDER
    st.fit_widths(ws, maximum=max_width)
    st.style_header_row(ws, 1, len(keys))
    index = {key: i for i, key in enumerate(keys, start=1)}
    st.format_columns(ws, {index[k]: f for k, f in formats.items()}, 2, ws.max_row)
    st.align_columns(ws, [index[k] for k in (*formats, *centered)], 2, ws.max_row)
    st.align_columns(ws, [c for c in range(1, len(keys) + 1) if keys[c - 1] not in (*formats, *centered, *wrap)],
                     2, last_data_row, st.TOP)
    st.wrap_columns(ws, [index[k] for k in wrap], 2, last_data_row)
    st.fit_row_heights(ws, [index[k] for k in wrap], 2, last_data_row)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{ws.cell(row=max(last_data_row, 2), column=len(keys)).coordinate}"
    st.print_setup(ws, width_pages=st.pages_wide(st.column_widths(ws, len(keys))))


def _summary(ws: Worksheet, data: CaseReportData, tr: Translate) -> None:
    def L(key: str) -> str:  # noqa: N802 - short local alias
        return label(key, tr)

    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 80
    ws.append([f"{L('summary_title')} — {data.reg_no}"])
    ws.cell(row=1, column=1).font = st.TITLE_FONT
    ws.append([L("generated"), data.generated_at])
    ws.cell(row=2, column=2).number_format = st.DATETIME_FORMAT
    ws.cell(row=2, column=2).alignment = st.LEFT_TOP

    def section(title_key: str, pairs: list[tuple[str, Any, str | None]]) -> None:
        ws.append([])
        ws.append([L(title_key)])
        ws.cell(row=ws.max_row, column=1).font = st.SECTION_FONT
        for key, value, number_format in pairs:
            ws.append([L(key), value])
            row = ws.max_row
            ws.cell(row=row, column=1).font = st.LABEL_FONT
            ws.cell(row=row, column=1).alignment = st.TOP
            cell = ws.cell(row=row, column=2)
            cell.alignment = st.LEFT_TOP
            if number_format:
                cell.number_format = number_format

    decided = [d for d in data.decisions if d.decision]
    applicant = data.applicant
    programme = data.programme
    section("section_case", [
        ("reg_no", data.reg_no, None),
        ("case_status", render_message(status_label(data.status), tr), None),
        ("filed_on", data.filed_on, st.DATE_FORMAT),
        ("deadline", data.deadline, st.DATE_FORMAT),
        ("academic_year", data.academic_year, None),
        ("semester", data.semester, st.INTEGER_FORMAT),
        ("procedure_type", name("procedure", data.procedure_type, tr), None),
        ("policy", render_message(data.policy, tr), None),
        ("commission", data.commission, None),
        ("protocol_no", data.protocol_no, None),
        ("protocol_date", data.protocol_date, st.DATE_FORMAT),
        ("order_no", data.order_no, None),
        ("order_date", data.order_date, st.DATE_FORMAT),
    ])
    section("section_applicant", [
        ("applicant", applicant.full_name, None),
        ("applicant_latin", applicant.full_name_latin, None),
        ("student_id", applicant.student_id, None),
        ("edebo_id", applicant.edebo_id, None),
        ("faculty", applicant.faculty, None),
        ("specialty", applicant.specialty, None),
        ("level", name("level", applicant.level, tr), None),
        ("study_year", applicant.study_year, st.INTEGER_FORMAT),
        ("group", applicant.group_name, None),
        ("study_form", known_name("study_form", applicant.study_form, tr), None),
        ("claimed_outcomes", data.claimed_outcomes, None),
        ("declared_provider", data.declared_provider, None),
        ("declared_hours", data.declared_hours, st.GRADE_FORMAT),
    ])
    section("section_programme", [
        ("programme_code", programme.code if programme else "", None),
        ("programme", programme.title if programme else "", None),
        ("specialty", programme.specialty if programme else "", None),
        ("academic_year", programme.academic_year if programme else "", None),
        ("programme_ects", programme.total_ects if programme else None, st.CREDITS_FORMAT),
    ])
    section("section_result", [
        ("evidence_count", len(data.evidence), st.INTEGER_FORMAT),
        ("evidence_verified", sum(1 for e in data.evidence if e.verification_status == VerificationStatus.VERIFIED),
         st.INTEGER_FORMAT),
        ("components_requested", len(data.decisions), st.INTEGER_FORMAT),
        ("components_full", sum(1 for d in decided if d.decision == Decision.FULL), st.INTEGER_FORMAT),
        ("components_partial", sum(1 for d in decided if d.decision == "partial"), st.INTEGER_FORMAT),
        ("components_none", sum(1 for d in decided if d.decision == Decision.NONE), st.INTEGER_FORMAT),
        ("credits_total", _sum(d.credits_recognised for d in decided), st.CREDITS_FORMAT),
    ])
    appeal = data.appeal
    if appeal is None:
        section("section_appeal", [("appeal_none", "—", None)])
    else:
        section("section_appeal", [
            ("appeal_filed_on", appeal.filed_on, st.DATE_FORMAT),
            ("appeal_deadline", appeal.deadline, st.DATE_FORMAT),
            ("appeal_in_time", L("yes") if appeal.within_deadline else L("answer_no"), None),
            ("appeal_grounds", appeal.grounds, None),
            ("appeal_panel", appeal.panel.replace("\n", "; "), None),
            ("appeal_outcome", name("appeal_outcome", appeal.outcome, tr), None),
            ("appeal_decided_on", appeal.decided_on, st.DATE_FORMAT),
        ])
    # Long texts (declared outcomes) need taller rows.
    st.fit_row_heights(ws, [2], 3, ws.max_row)
    st.print_setup(ws, landscape=False, repeat_header_row=None)


def _sum(values: Any) -> float:
    return float(sum(v for v in values if v is not None))


def _evidence(ws: Worksheet, data: CaseReportData, tr: Translate) -> None:
    rows = []
    for e in data.evidence:
        translation = ""
        if e.translation_required:
            translation = label("yes", tr) if e.translation_attached else "—"
        rows.append([
            e.number, e.original_name, name("evidence_type", e.evidence_type, tr), format_text(e.format, tr),
            e.title or (name("verification", "failed", tr) if e.import_error else ""), e.awarding_body,
            e.issuer_country, e.issued_on, e.credential_id, language_text(e.language, tr), translation,
            e.workload_hours, e.workload_ects, e.eqf_level, e.grade, name("verification", e.verification_status, tr),
            verification_text(e.verification_status, e.issuer_binding, e.revocation, e.verification_detail, tr),
            e.verified_by, e.verified_at, elements_text(e.missing_mandatory, tr),
            "; ".join(render_message(note, tr) for note in e.outcome_notes),
        ])
    _table(ws, EVIDENCE_COLUMNS, rows, tr,
           formats={"issued_on": st.DATE_FORMAT, "verified_at": st.DATETIME_FORMAT,
                    "workload_hours": st.GRADE_FORMAT, "workload_ects": st.CREDITS_FORMAT},
           wrap=("title", "awarding_body", "verification_detail", "missing_elements", "outcome_notes"), max_width=45,
           centered=("no", "format", "country", "language", "translation", "eqf_level", "grade"))


def _outcomes(ws: Worksheet, data: CaseReportData, tr: Translate) -> None:
    rows = [
        [o.component_code, o.component_title, o.position + 1, o.component_outcome, o.credential_outcome,
         o.evidence, o.score, name("layer", o.layer, tr), explanation_text(o.explanation, tr),
         name("judgement", o.judgement, tr), o.comment]
        for o in data.outcomes
    ]
    _table(ws, OUTCOME_COLUMNS, rows, tr, formats={"score": st.PERCENT_FORMAT},
           wrap=("component", "component_outcome", "credential_outcome", "evidence", "explanation", "comment"),
           max_width=55, centered=("component_code", "no"))


def _decision_row(d: DecisionInfo, tr: Translate) -> list[Any]:
    return [
        d.component_code, d.component_title, name("component_type", d.component_type, tr), d.semester,
        d.ects, d.hours, name("control", d.control, tr), "\n".join(d.evidence), d.coverage_pct,
        d.evidence_hours, d.evidence_ects, name("proposal", d.proposal, tr),
        name("decision", d.decision, tr), d.credits_recognised, d.credits_remaining, scope_text(d.partial_scope, tr),
        d.points, d.max_points, d.grade_100, national_grade_text(d.grade_national, tr), d.grade_ects,
        d.original_grade, scale_text(d.original_scale, tr), conversion_method_text(d.conversion_method, tr),
        reasons_text(d.reasons, d.auto_reasons, tr), d.cap_before, d.cap_after, d.decided_by, d.decided_at,
        d.line_version,
    ]


def _decisions(ws: Worksheet, data: CaseReportData, tr: Translate) -> None:
    rows = [_decision_row(d, tr) for d in data.decisions]
    total: list[Any] = [None] * len(DECISION_COLUMNS)
    total[0] = label("total", tr)
    index = {key: i for i, key in enumerate(DECISION_COLUMNS)}
    total[index["ects"]] = _sum(d.ects for d in data.decisions)
    total[index["credits_recognised"]] = _sum(d.credits_recognised for d in data.decisions)
    total[index["credits_remaining"]] = _sum(d.credits_remaining for d in data.decisions)
    _table(ws, DECISION_COLUMNS, rows, tr,
           formats={"ects": st.CREDITS_FORMAT, "coverage": st.INTEGER_FORMAT, "evidence_hours": st.GRADE_FORMAT,
                    "evidence_ects": st.CREDITS_FORMAT, "credits_recognised": st.CREDITS_FORMAT,
                    "credits_remaining": st.CREDITS_FORMAT, "points": st.GRADE_FORMAT,
                    "max_points": st.GRADE_FORMAT, "grade_100": st.GRADE_FORMAT, "cap_before": st.CREDITS_FORMAT,
                    "cap_after": st.CREDITS_FORMAT, "decided_at": st.DATE_FORMAT},
           wrap=("component", "evidence", "partial_scope", "conversion_method", "reasons"), total=total,
           max_width=40, centered=("semester", "hours", "grade_ects", "line_version"))


def build_case_workbook(data: CaseReportData, tr: Translate) -> Workbook:
    """The workbook in the language of ``tr`` (``app.translation.load_translator``)."""
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = sheet_title(tr_noop("Report sheets", "Summary"), tr)
    _summary(summary, data, tr)
    _evidence(wb.create_sheet(sheet_title(tr_noop("Report sheets", "Evidence"), tr)), data, tr)
    _outcomes(wb.create_sheet(sheet_title(tr_noop("Report sheets", "Outcomes"), tr)), data, tr)
    _decisions(wb.create_sheet(sheet_title(tr_noop("Report sheets", "Decisions"), tr)), data, tr)
    wb.properties.title = f"{label('summary_title', tr)} {data.reg_no}"
    wb.properties.creator = "Recognition Desk"
    return wb


def write_case_report(data: CaseReportData, path: str | os.PathLike[str], tr: Translate) -> None:
    wb = build_case_workbook(data, tr)
    with atomic_output(path, ".xlsx") as tmp:
        wb.save(tmp)
