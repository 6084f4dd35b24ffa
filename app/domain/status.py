"""The recognition procedure's states and the moves between them (Cedefop stages mapped onto the Ukrainian
procedure): the one place that names a case state.

registered → documents_checked → under_assessment → decided → protocol_signed → order_issued → closed, with an
appeal (``under_appeal``) from ``decided`` or ``protocol_signed``. Some moves are the effect of an act rather than
a button of their own (signing the protocol, issuing the order, filing and resolving an appeal); they are listed
too, so that the application can show them with the reason they are not yet possible.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.messages import Message, msg


class CaseStatus(StrEnum):
    REGISTERED = "registered"
    DOCUMENTS_CHECKED = "documents_checked"
    UNDER_ASSESSMENT = "under_assessment"
    DECIDED = "decided"
    PROTOCOL_SIGNED = "protocol_signed"
    ORDER_ISSUED = "order_issued"
    CLOSED = "closed"
    UNDER_APPEAL = "under_appeal"


# The states in procedure order (the database stores the values).
CASE_STATUSES: tuple[str, ...] = tuple(s.value for s in CaseStatus)

# Each state's name for people: English source text, translated through the catalogues (context "Messages").
STATUS_LABELS: dict[CaseStatus, Message] = {
    CaseStatus.REGISTERED: msg("registered"),
    CaseStatus.DOCUMENTS_CHECKED: msg("documents checked"),
    CaseStatus.UNDER_ASSESSMENT: msg("under assessment"),
    CaseStatus.DECIDED: msg("decided"),
    CaseStatus.PROTOCOL_SIGNED: msg("protocol signed"),
    CaseStatus.ORDER_ISSUED: msg("order issued"),
    CaseStatus.CLOSED: msg("closed"),
    CaseStatus.UNDER_APPEAL: msg("under appeal"),
}


def status_label(status: str) -> str:
    """The state's name for people (a translatable ``Message``; an unknown code as it is)."""
    try:
        return STATUS_LABELS[CaseStatus(status)]
    except ValueError:
        return status


class Act(StrEnum):
    """What performs a move: a plain transition, or an act whose effect the move is."""

    TRANSITION = "transition"
    SIGN_PROTOCOL = "sign_protocol"
    ISSUE_ORDER = "issue_order"
    FILE_APPEAL = "file_appeal"
    RESOLVE_APPEAL = "resolve_appeal"


@dataclass(frozen=True)
class TransitionRule:
    from_status: CaseStatus
    to_status: CaseStatus
    label: str  # a translatable message (app.messages): the interface shows it in its language
    act: Act = Act.TRANSITION
    needs_comment: bool = False


S = CaseStatus
# Order matters: the forward move of each state comes first (the application shows it as the main button).
TRANSITIONS: tuple[TransitionRule, ...] = (
    TransitionRule(S.REGISTERED, S.DOCUMENTS_CHECKED, msg("Documents checked")),
    TransitionRule(S.REGISTERED, S.CLOSED, msg("Close (application withdrawn or refused)"), needs_comment=True),
    TransitionRule(S.DOCUMENTS_CHECKED, S.UNDER_ASSESSMENT, msg("Start assessment")),
    TransitionRule(S.DOCUMENTS_CHECKED, S.REGISTERED, msg("Return to document check"), needs_comment=True),
    TransitionRule(S.DOCUMENTS_CHECKED, S.CLOSED, msg("Close (application withdrawn or refused)"), needs_comment=True),
    TransitionRule(S.UNDER_ASSESSMENT, S.DECIDED, msg("Mark as decided")),
    TransitionRule(S.DECIDED, S.PROTOCOL_SIGNED, msg("Sign the protocol"), act=Act.SIGN_PROTOCOL),
    TransitionRule(S.DECIDED, S.UNDER_ASSESSMENT, msg("Reopen assessment"), needs_comment=True),
    TransitionRule(S.DECIDED, S.UNDER_APPEAL, msg("File an appeal"), act=Act.FILE_APPEAL),
    TransitionRule(S.PROTOCOL_SIGNED, S.ORDER_ISSUED, msg("Issue the order"), act=Act.ISSUE_ORDER),
    TransitionRule(S.PROTOCOL_SIGNED, S.DECIDED, msg("Revise the decisions (a new protocol will be needed)"),
                   needs_comment=True),
    TransitionRule(S.PROTOCOL_SIGNED, S.UNDER_APPEAL, msg("File an appeal"), act=Act.FILE_APPEAL),
    TransitionRule(S.ORDER_ISSUED, S.CLOSED, msg("Close the case")),
    # The appeal window runs from the applicant's notification (or the date the profile names), not until the order.
    TransitionRule(S.ORDER_ISSUED, S.UNDER_APPEAL, msg("File an appeal"), act=Act.FILE_APPEAL),
    TransitionRule(S.UNDER_APPEAL, S.DECIDED, msg("Resolve the appeal"), act=Act.RESOLVE_APPEAL),
    TransitionRule(S.UNDER_APPEAL, S.PROTOCOL_SIGNED, msg("Resolve the appeal (rejected)"), act=Act.RESOLVE_APPEAL),
    TransitionRule(S.UNDER_APPEAL, S.ORDER_ISSUED, msg("Resolve the appeal (rejected)"), act=Act.RESOLVE_APPEAL),
)

# States in which the officer edits requested components, matching, judgements and decision lines.
# (Tuples, in procedure order, so that a message listing them reads in that order.)
EDIT_COMPONENTS_STATES: tuple[str, ...] = (S.REGISTERED, S.DOCUMENTS_CHECKED, S.UNDER_ASSESSMENT)
EDIT_DECISIONS_STATES: tuple[str, ...] = (S.UNDER_ASSESSMENT, S.DECIDED)
EDIT_ASSESSMENTS_STATES: tuple[str, ...] = (S.DOCUMENTS_CHECKED, S.UNDER_ASSESSMENT, S.DECIDED, S.UNDER_APPEAL)


# The states in which the decision deadline runs (the case is still before its decision).
BEFORE_DECISION_STATES: tuple[str, ...] = (S.REGISTERED, S.DOCUMENTS_CHECKED, S.UNDER_ASSESSMENT)
# The states from which an appeal may be filed (the decision is known to the applicant; the order does not end the
# applicant's appeal window).
APPEALABLE_STATES: tuple[str, ...] = (S.DECIDED, S.PROTOCOL_SIGNED, S.ORDER_ISSUED)
# The states in which the case's business is over (no deadline is overdue).
FINISHED_STATES: tuple[str, ...] = (S.ORDER_ISSUED, S.CLOSED)
# The states in which the commission and the assessment record of a case may still be changed.
COMMISSION_EDIT_STATES: tuple[str, ...] = (S.REGISTERED, S.DOCUMENTS_CHECKED, S.UNDER_ASSESSMENT, S.DECIDED,
                                           S.UNDER_APPEAL)
# The states in which evidence may be imported (before the documents are checked and locked).
EVIDENCE_IMPORT_STATES: tuple[str, ...] = (S.REGISTERED, S.DOCUMENTS_CHECKED)


def components_editable(status: str) -> bool:
    return status in EDIT_COMPONENTS_STATES


def decisions_editable(status: str) -> bool:
    return status in EDIT_DECISIONS_STATES


def assessments_editable(status: str) -> bool:
    return status in EDIT_ASSESSMENTS_STATES


def transitions_from(status: str) -> tuple[TransitionRule, ...]:
    return tuple(rule for rule in TRANSITIONS if rule.from_status == status)
