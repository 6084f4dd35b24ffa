"""A database with cases, decisions, a protocol and an order (built for each test that asks for it)."""

from __future__ import annotations

import pytest

from app.db import Database
from tests.reports.factory import Seeded, seed_decisions


@pytest.fixture
def seeded(db: Database) -> tuple[Database, Seeded]:
    return db, seed_decisions(db)
