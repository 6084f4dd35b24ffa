"""The commission's vocabulary: its members' roles and the forms an assessment of the applicant can take."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class MemberRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"


class AssessmentForm(StrEnum):
    """The forms of the Cedefop list (tests, conversational and declarative methods, observation, simulation and
    evidence from work, portfolio) with those institutions add (document review, practical task)."""

    DOCUMENT_REVIEW = "document_review"
    INTERVIEW = "interview"
    TEST = "test"
    DECLARATIVE = "declarative"  # self-assessment statements
    OBSERVATION = "observation"  # observation / monitoring
    SIMULATION = "simulation"  # simulation and evidence from work
    PRACTICAL_TASK = "practical_task"
    PORTFOLIO = "portfolio"
    OTHER = "other"


class NotificationMethod(StrEnum):
    """How the applicant was told of the decision (the day counts for the appeal window)."""

    IN_PERSON = "in_person"  # handed over against signature
    EMAIL = "email"
    POST = "post"
    ELECTRONIC_CABINET = "electronic_cabinet"  # the student's electronic cabinet / the institution's system
    OTHER = "other"


MEMBER_ROLES: tuple[str, ...] = tuple(MemberRole)
NOTIFICATION_METHODS: tuple[str, ...] = tuple(NotificationMethod)
ASSESSMENT_FORMS: tuple[str, ...] = tuple(AssessmentForm)
# The officers of the commission: they sign the protocol and lead it, whether or not they vote.
OFFICER_ROLES: tuple[str, ...] = (MemberRole.CHAIR, MemberRole.SECRETARY)


def split_codes(text: str) -> tuple[str, ...]:
    """Component codes as the officer lists them ("ОК5, ВК2", or one per line), each once, in that order."""
    return tuple(dict.fromkeys(code.strip() for code in text.replace("\n", ",").replace(";", ",").split(",")
                               if code.strip()))


def commission_words(reasons: str, automatic: Iterable[str]) -> str:
    """The commission's own words in a decision's ``reasons``: its parts (split at "; " and line ends) that are none
    of the ``automatic`` texts the recognition rules wrote there."""
    known = set(automatic)
    parts = (part.strip() for part in reasons.replace("\n", "; ").split("; "))
    return "; ".join(part for part in parts if part and part not in known)
