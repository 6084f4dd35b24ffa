"""Translatable display names for stored codes (statuses, verdicts, decisions, component types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: str) -> str:
    return {
        "registered": _t("Registered"),
        "documents_checked": _t("Documents checked"),
        "under_assessment": _t("Under assessment"),
        "decided": _t("Decided"),
        "protocol_signed": _t("Protocol signed"),
        "order_issued": _t("Order issued"),
        "closed": _t("Closed"),
        "under_appeal": _t("Under appeal"),
    }.get(status, status)


def verification_label(status: str) -> str:
    return {
        "verified": _t("Verified"),
        "invalid": _t("Invalid"),
        "unverifiable-offline": _t("Not verifiable offline"),
        "unsigned": _t("Unsigned"),
        "failed": _t("Could not be read"),
    }.get(status, status)


def decision_label(decision: str | None) -> str:
    return {
        "full": _t("Recognised in full"),
        "partial": _t("Recognised partially"),
        "none": _t("Not recognised"),
        "recognise": _t("Recognise"),
        "reject": _t("Reject"),
        None: _t("Not decided"),
    }.get(decision, decision or "")


def component_type_label(kind: str) -> str:
    return {
        "mandatory": _t("Mandatory"),
        "elective": _t("Elective"),
        "practice": _t("Practice"),
        "attestation": _t("Attestation"),
    }.get(kind, kind)
