"""ORM models of the decision record. Importing this package registers every table on ``Base.metadata``."""

# Registers the session event that puts the hash of every written row of the decision record into the audit log.
import app.models.row_hashes  # noqa: E402,F401,I001
from app.domain.components import COMPONENT_TYPES, CONTROL_FORMS
from app.models.accounts import RegNoCounter, UserAccount
from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.cases import CASE_STATUSES, Case, CaseStatusChange, Declaration
from app.models.catalogue import (
    Component,
    ComponentOutcome,
    Programme,
    ProgrammeOutcome,
    component_programme_outcome,
)
from app.models.decisions import (
    DECISIONS,
    JUDGEMENTS,
    PROPOSALS,
    Appeal,
    Assessment,
    DecisionLine,
    Notification,
    Order,
    OutcomeMapping,
    Protocol,
    decision_line_evidence,
)
from app.models.evidence import VERIFICATION_STATUSES, EvidenceItem
from app.models.people import MEMBER_ROLES, Applicant, Commission, CommissionMember
from app.models.policy import PolicyProfile
from app.models.vectors import OutcomeVector

__all__ = [
    "Appeal", "Applicant", "Assessment", "AuditEntry", "Base", "CASE_STATUSES", "COMPONENT_TYPES",
    "CONTROL_FORMS", "Case", "CaseStatusChange", "Commission", "CommissionMember", "Component",
    "ComponentOutcome", "DECISIONS", "DecisionLine", "Declaration", "EvidenceItem", "JUDGEMENTS",
    "MEMBER_ROLES", "Notification", "OutcomeMapping", "OutcomeVector", "Order", "PROPOSALS", "PolicyProfile",
    "Programme", "ProgrammeOutcome", "Protocol", "RegNoCounter", "UserAccount", "VERIFICATION_STATUSES",
    "component_programme_outcome", "decision_line_evidence",
]
