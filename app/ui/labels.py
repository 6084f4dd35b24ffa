"""Translatable display names for stored codes (statuses, verdicts, decisions, component types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal translate("Labels", "...") calls, so that pyside6-lupdate collects every text (scripts/i18n.sh).
translate = QCoreApplication.translate


def status_label(status: str) -> str:
    return {
        "registered": translate("Labels", "Registered"),
        "documents_checked": translate("Labels", "Documents checked"),
        "under_assessment": translate("Labels", "Under assessment"),
        "decided": translate("Labels", "Decided"),
        "protocol_signed": translate("Labels", "Protocol signed"),
        "order_issued": translate("Labels", "Order issued"),
        "closed": translate("Labels", "Closed"),
        "under_appeal": translate("Labels", "Under appeal"),
    }.get(status, status)


def verification_label(status: str) -> str:
    return {
        "verified": translate("Labels", "Verified"),
        "invalid": translate("Labels", "Invalid"),
        "unverifiable-offline": translate("Labels", "Not verifiable offline"),
        "unsigned": translate("Labels", "Unsigned"),
        "failed": translate("Labels", "Could not be read"),
    }.get(status, status)


def decision_label(decision: str | None) -> str:
    return {
        "full": translate("Labels", "Recognised in full"),
        "partial": translate("Labels", "Recognised partially"),
        "none": translate("Labels", "Not recognised"),
        "recognise": translate("Labels", "Recognise"),
        "reject": translate("Labels", "Reject"),
        None: translate("Labels", "Not decided"),
    }.get(decision, decision or "")


def component_type_label(kind: str) -> str:
    return {
        "mandatory": translate("Labels", "Mandatory"),
        "elective": translate("Labels", "Elective"),
        "practice": translate("Labels", "Practice"),
        "attestation": translate("Labels", "Attestation"),
    }.get(kind, kind)


def learner_match_label(status: str) -> str:
    """Whether the learner named in a credential is the applicant."""
    return {
        "match": translate("Labels", "Matches the applicant"),
        "probable": translate("Labels", "Probably the applicant: confirm"),
        "mismatch": translate("Labels", "Does not match the applicant"),
        "unknown": translate("Labels", "Could not be compared"),
        "not-checked": translate("Labels", "Not checked"),
    }.get(status, status)


def layer_label(layer: str) -> str:
    """The matching layer that produced a score."""
    return {
        "lexical": translate("Labels", "lexical"),
        "glossary": translate("Labels", "glossary"),
        "embedding": translate("Labels", "embedding"),
        "manual": translate("Labels", "manual"),
    }.get(layer, layer)
