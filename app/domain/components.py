"""Kinds of programme components, as the catalogue stores them and the policy profile names them."""

from __future__ import annotations

from enum import StrEnum


class ComponentType(StrEnum):
    """A qualification paper ("thesis", кваліфікаційна робота) is part of the attestation, as the catalogue reads it."""

    MANDATORY = "mandatory"
    ELECTIVE = "elective"
    PRACTICE = "practice"
    ATTESTATION = "attestation"


COMPONENT_TYPES: tuple[str, ...] = tuple(t.value for t in ComponentType)
# Older policy profiles named a type the catalogue never stores; they mean the attestation.
LEGACY_COMPONENT_TYPES = {"thesis": ComponentType.ATTESTATION.value}


class ControlForm(StrEnum):
    EXAM = "exam"
    PASS = "pass"


CONTROL_FORMS: tuple[str, ...] = tuple(f.value for f in ControlForm)
