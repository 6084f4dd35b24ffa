"""Translatable display names for stored codes (statuses, verdicts, decisions, component types)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.status import CaseStatus

# Literal translate("Labels", "...") calls, so that pyside6-lupdate collects every text (scripts/i18n.sh).
translate = QCoreApplication.translate

# The one place that names a case state in the interface (translated when shown); a test checks that every state
# has a name here and a Ukrainian translation.
STATUS_LABELS: Mapping[CaseStatus, str] = {
    CaseStatus.REGISTERED: str(QT_TRANSLATE_NOOP("Labels", "Registered")),
    CaseStatus.DOCUMENTS_CHECKED: str(QT_TRANSLATE_NOOP("Labels", "Documents checked")),
    CaseStatus.UNDER_ASSESSMENT: str(QT_TRANSLATE_NOOP("Labels", "Under assessment")),
    CaseStatus.DECIDED: str(QT_TRANSLATE_NOOP("Labels", "Decided")),
    CaseStatus.PROTOCOL_SIGNED: str(QT_TRANSLATE_NOOP("Labels", "Protocol signed")),
    CaseStatus.ORDER_ISSUED: str(QT_TRANSLATE_NOOP("Labels", "Order issued")),
    CaseStatus.CLOSED: str(QT_TRANSLATE_NOOP("Labels", "Closed")),
    CaseStatus.UNDER_APPEAL: str(QT_TRANSLATE_NOOP("Labels", "Under appeal")),
}


def status_label(status: str) -> str:
    """The state's name in the interface language (an unknown code as it is)."""
    try:
        source = STATUS_LABELS[CaseStatus(status)]
    except (ValueError, KeyError):
        return status
    return translate("Labels", source)


def verification_label(status: str) -> str:
    return {
        "verified": translate("Labels", "Verified"),
        "invalid": translate("Labels", "Invalid"),
        "unverifiable-offline": translate("Labels", "Not verifiable offline"),
        "unsigned": translate("Labels", "Unsigned"),
        "failed": translate("Labels", "Could not be read"),
    }.get(status, status)


def element_value_label(name: str, value: str) -> str:
    """An element value the reader stores as a code, in the interface language: the form of participation and the
    supervision (the EU vocabularies of Annex I); any other value as it is."""
    labels = {
        "participation_form": {
            "online": translate("Labels", "online"),
            "blended": translate("Labels", "blended"),
            "onsite": translate("Labels", "on site"),
        },
        "supervision": {
            "unsupervised, no identity check": translate("Labels", "unsupervised, no identity check"),
            "supervised, no identity check": translate("Labels", "supervised, no identity check"),
            "supervised online, identity checked": translate("Labels", "supervised online, identity checked"),
            "supervised onsite, identity checked": translate("Labels", "supervised on site, identity checked"),
        },
    }
    return labels.get(name, {}).get(value, value)


def decision_label(decision: str | None) -> str:
    return {
        "full": translate("Labels", "Recognised in full"),
        "partial": translate("Labels", "Recognised partially"),
        "none": translate("Labels", "Not recognised"),
        "recognise": translate("Labels", "Recognise"),
        "reject": translate("Labels", "Reject"),
        None: translate("Labels", "Not decided"),
    }.get(decision, decision or "")


def proposal_label(proposal: str | None) -> str:
    """The policy profile's proposal, always as an instruction ("Recognise partially"), never mixed with the
    participle of a decision taken ("Recognised partially")."""
    return {
        "recognise": translate("Labels", "Recognise in full"),
        "full": translate("Labels", "Recognise in full"),
        "partial": translate("Labels", "Recognise partially"),
        "reject": translate("Labels", "Do not recognise"),
        "none": translate("Labels", "Do not recognise"),
    }.get(proposal or "", proposal or "")


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


def language_label(code: str) -> str:
    """A language's name in the interface language (``app.domain.languages``); an unknown code as it is."""
    from app.domain.languages import CONTEXT, NAMES

    source = NAMES.get(code)
    return translate(CONTEXT, source) if source else code
