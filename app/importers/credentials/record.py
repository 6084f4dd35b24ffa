"""The normalised, typed result of inspecting one credential file.

A :class:`CredentialRecord` is plain data: no Qt, no database. It holds the 16 standard elements of a
micro-credential (EU Council Recommendation 2022/C 243/02, Annex I), each with the place in the file it came
from, the learning outcomes, an offline authenticity verdict with the individual checks behind it, and the
result of comparing the credential's learner with the applicant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from app.messages import Message, to_data

Status = Literal["verified", "invalid", "unverifiable-offline", "unsigned"]
STATUSES: tuple[Status, ...] = ("verified", "invalid", "unverifiable-offline", "unsigned")

# Who vouches that the signing key belongs to the named issuer: ``confirmed`` only by something outside the
# credential (a trusted-folder file, a saved DID document, a registry snapshot, a certificate chain to a trusted
# anchor); ``self-asserted`` when the key is known only from the credential itself; ``none`` without a valid
# signature.
IssuerBinding = Literal["confirmed", "self-asserted", "none"]
ISSUER_BINDINGS: tuple[IssuerBinding, ...] = ("confirmed", "self-asserted", "none")

FORMATS = ("openbadges-2.0", "openbadges-3.0", "clr-2.0", "w3c-vc", "edc-xml", "edc-jsonld", "pdf")

# The 16 elements in the order of Annex I (workload is split into ECTS and hours, so 18 keys).
ELEMENT_NAMES: tuple[str, ...] = (
    "learner_name",
    "learner_id",
    "title",
    "issuer_country",
    "awarding_body",
    "issued_on",
    "learning_outcomes",
    "workload_ects",
    "workload_hours",
    "eqf_level",
    "assessment_type",
    "participation_form",
    "quality_assurance",
    "prerequisites",
    "supervision",
    "grade",
    "stackability",
    "further_information",
)

# Mandatory elements 1-11 of Annex I. Element 1 (learner) is present when either the name or an identifier is
# there; element 7 (workload) when either ECTS or hours are there. A missing element is reported under the
# first key of its group. Element 8 (level) is mandatory only "if applicable": a credential without a stated level
# is not missing a mandatory element, so it is not listed here.
MANDATORY_GROUPS: tuple[tuple[str, ...], ...] = (
    ("learner_name", "learner_id"),
    ("title",),
    ("issuer_country",),
    ("awarding_body",),
    ("issued_on",),
    ("learning_outcomes",),
    ("workload_ects", "workload_hours"),
    ("assessment_type",),
    ("participation_form",),
    ("quality_assurance",),
)


# Element 13 as the EU Council Recommendation (Annex I) names its four values.
SUPERVISION_VALUES = ("unsupervised, no identity check", "supervised, no identity check",
                      "supervised online, identity checked", "supervised onsite, identity checked")
_UNSUPERVISED = re.compile(r"\bunsupervised\b|без\s+нагляду")
_SUPERVISED = re.compile(r"(?<!un)supervised|proctored|invigilated|під\s+наглядом|з\s+наглядом")
_NO_ID = re.compile(r"(?:without|no)\s+(?:an?\s+)?(?:id|identity)\b|без\s+перевірки\s+особи")
_ID = re.compile(r"(?:with|з)\s+(?:id|identity)\s+(?:verification|check)|identity\s+(?:checked|verified)|"
                 r"(?:id|identity)\s+(?:verification|check)|перевірк\w*\s+особи")
_ONLINE = re.compile(r"\bonline\b|онлайн|дистанційн|remote")
_ONSITE = re.compile(r"\bon-?site\b|in\s+person|очн|в\s+аудиторі")


def eu_supervision(text: str) -> str | None:
    """The EU value of element 13 that ``text`` states, or None when it does not say which of the four it is."""
    low = text.casefold()
    no_id = bool(_NO_ID.search(low))
    with_id = not no_id and bool(_ID.search(low))
    if _UNSUPERVISED.search(low) and not with_id:
        return SUPERVISION_VALUES[0]
    if not _SUPERVISED.search(low):
        return None
    if no_id:
        return SUPERVISION_VALUES[1]
    if with_id and _ONLINE.search(low) and not _ONSITE.search(low):
        return SUPERVISION_VALUES[2]
    if with_id and _ONSITE.search(low) and not _ONLINE.search(low):
        return SUPERVISION_VALUES[3]
    return None


@dataclass(frozen=True)
class Check:
    """One verification step. ``passed`` is None when the step could not be carried out offline."""

    name: str
    passed: bool | None
    detail: str = ""

    def to_json(self, *, messages: bool = False) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "detail": self.detail,
                **_message_data("detail", self.detail, messages)}


@dataclass
class Verification:
    status: Status = "unsigned"
    checks: list[Check] = field(default_factory=list)
    message: str = ""
    issuer_binding: IssuerBinding = "none"
    issuer_binding_by: str = ""
    # Whether a declared revocation status was checked: "checked", "not-checked" or "" (none declared).
    revocation: str = ""

    def bind(self, binding: IssuerBinding, by: str) -> None:
        """Record who vouches for the key; a weaker binding never overrides a confirmed one from another proof."""
        if self.issuer_binding == "confirmed" and binding != "confirmed":
            return
        self.issuer_binding = binding
        self.issuer_binding_by = by

    def to_json(self, *, messages: bool = False) -> dict[str, Any]:
        """The verdict as JSON; with ``messages`` (as stored on an evidence item) each English text carries the
        translatable message it came from beside it."""
        return {
            "status": self.status,
            "checks": [c.to_json(messages=messages) for c in self.checks],
            "message": self.message,
            **_message_data("message", self.message, messages),
            "issuer_binding": self.issuer_binding,
            "issuer_binding_by": self.issuer_binding_by,
            "revocation": self.revocation,
        }


@dataclass(frozen=True)
class Element:
    value: Any
    source: str

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "source": self.source}


@dataclass
class LearnerMatch:
    """Result of comparing the credential's learner with the applicant.

    ``status``: ``match`` (names or hashed identity agree), ``probable`` (names agree after normalisation
    but not exactly, e.g. an older transliteration), ``mismatch``, ``not-checked`` (no applicant given) or
    ``unknown`` (the credential names nobody that can be compared).
    """

    status: Literal["match", "probable", "mismatch", "unknown", "not-checked"] = "not-checked"
    method: str = ""
    detail: str = ""

    def to_json(self, *, messages: bool = False) -> dict[str, Any]:
        return {"status": self.status, "method": self.method, "detail": self.detail,
                **_message_data("detail", self.detail, messages)}


def _message_data(key: str, text: str, wanted: bool) -> dict[str, Any]:
    """``{key_data: template and fields}`` beside an English text that is a translatable message: the text stays
    as the record's English wording, the data lets the interface show it in its own language."""
    return {f"{key}_data": to_data(text)} if wanted and isinstance(text, Message) else {}


# The end of the source of outcomes read from the list of a course's topics (a certificate stating no outcomes).
TOPICS_SOURCE = " (course topics)"


def is_topics_source(source: object) -> bool:
    """Whether an element's source (an ``Element``'s, or one stored with the evidence) says that the outcomes are
    a course's topics, read because the certificate states no outcomes."""
    return str(source or "").endswith(TOPICS_SOURCE)


@dataclass
class CredentialRecord:
    file: str
    format: str | None = None
    sha256: str = ""
    verification: Verification = field(default_factory=Verification)
    elements: dict[str, Element] = field(default_factory=dict)
    learning_outcomes: list[str] = field(default_factory=list)
    missing_mandatory: list[str] = field(default_factory=list)
    learner_match: LearnerMatch = field(default_factory=LearnerMatch)
    error: str | None = None
    # Learner identities the credential carries that need the applicant to compare (e.g. OB2 hashed email).
    identities: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.error is not None

    @property
    def outcomes_from_topics(self) -> bool:
        """The outcomes are the course's topics: the certificate itself states no learning outcomes."""
        el = self.elements.get("learning_outcomes")
        return el is not None and is_topics_source(el.source)

    def value(self, name: str) -> Any:
        el = self.elements.get(name)
        return None if el is None else el.value

    def set(self, name: str, value: Any, source: str, *, overwrite: bool = False) -> None:
        """Record an element value unless it is empty (or already set and ``overwrite`` is false)."""
        if name not in ELEMENT_NAMES:
            raise KeyError(name)
        if value is None or value == "" or value == []:
            return
        if name in self.elements and not overwrite:
            return
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if name == "supervision" and isinstance(value, str):
            value = eu_supervision(value) or value  # one of the four EU values where the text says which
        self.elements[name] = Element(value, source)
        if name == "learning_outcomes":
            self.learning_outcomes = list(value)

    def compute_missing(self) -> None:
        # Topics read in place of outcomes do not make the learning outcomes element present.
        present = set(self.elements) - ({"learning_outcomes"} if self.outcomes_from_topics else set())
        self.missing_mandatory = [group[0] for group in MANDATORY_GROUPS if not any(n in present for n in group)]

    def to_json(self) -> dict[str, Any]:
        """The ``inspect --json`` object: the keys of the issue, then additive extras."""
        return {
            "file": self.file,
            "format": self.format,
            "verification": self.verification.to_json(),
            "elements": {name: self.value(name) for name in ELEMENT_NAMES},
            "missing_mandatory": list(self.missing_mandatory),
            "error": self.error,
            "sha256": self.sha256,
            "element_sources": {name: el.source for name, el in self.elements.items()},
            "learner_match": self.learner_match.to_json(),
        }
