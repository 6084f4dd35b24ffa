"""The verdict and decision vocabularies: what a credential check, the engine, the policy profile, the officer,
the commission and an appeal can say. The database stores the values; every layer names them from here.
"""

from __future__ import annotations

from enum import StrEnum


class VerificationStatus(StrEnum):
    """The offline authenticity verdict on one credential file (``FAILED``: the file could not be read)."""

    VERIFIED = "verified"
    INVALID = "invalid"
    UNVERIFIABLE_OFFLINE = "unverifiable-offline"
    UNSIGNED = "unsigned"
    FAILED = "failed"


class Coverage(StrEnum):
    """How far evidence covers one outcome or component: the engine's status and the officer's judgement."""

    COVERED = "covered"
    PARTLY = "partly"
    NOT = "not"


class Proposal(StrEnum):
    """The policy profile's proposal for one component."""

    RECOGNISE = "recognise"
    PARTIAL = "partial"
    REJECT = "reject"


class Decision(StrEnum):
    """The commission's decision on one component (stored on the decision line)."""

    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"


class AppealOutcome(StrEnum):
    REJECTED = "rejected"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"


class ProtocolStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


# The proposal a decision takes over when the officer accepts it.
DECISION_OF_PROPOSAL: dict[Proposal, Decision] = {
    Proposal.RECOGNISE: Decision.FULL,
    Proposal.PARTIAL: Decision.PARTIAL,
    Proposal.REJECT: Decision.NONE,
}

VERIFICATION_STATUSES: tuple[str, ...] = tuple(VerificationStatus)
COVERAGE_STATUSES: tuple[str, ...] = tuple(Coverage)
JUDGEMENTS: tuple[str, ...] = tuple(Coverage)
PROPOSALS: tuple[str, ...] = tuple(Proposal)
DECISIONS: tuple[str, ...] = tuple(Decision)
APPEAL_OUTCOMES: tuple[str, ...] = tuple(AppealOutcome)
# Decisions that recognise something (in full or in part).
RECOGNISED_DECISIONS: tuple[str, ...] = (Decision.FULL, Decision.PARTIAL)
