"""Codes shared by the database, the services and the interface (importing this module is cheap)."""

from __future__ import annotations

from app.domain.status import CASE_STATUSES

__all__ = ["CASE_STATUSES"]
