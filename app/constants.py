"""Codes shared by the database, the services and the interface (importing this module is cheap)."""

from __future__ import annotations

# The procedure's states, in order (Cedefop stages mapped onto the Ukrainian procedure).
CASE_STATUSES = (
    "registered",
    "documents_checked",
    "under_assessment",
    "decided",
    "protocol_signed",
    "order_issued",
    "closed",
    "under_appeal",
)
