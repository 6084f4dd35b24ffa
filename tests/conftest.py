"""Shared test set-up: Qt runs offscreen, user folders point into a temporary directory, each test gets its
own migrated SQLite database file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_session_dir = Path(tempfile.mkdtemp(prefix="rd-tests-"))
os.environ["RD_DATA_DIR"] = str(_session_dir / "data")
os.environ["RD_CONFIG_DIR"] = str(_session_dir / "config")
os.environ["RD_LOG_DIR"] = str(_session_dir / "logs")

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return "sqlite:///" + (tmp_path / "test.sqlite3").as_posix()


@pytest.fixture
def db(db_url: str) -> Iterator[object]:
    from app.db import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: object) -> object:
    """The demo's programme, policy, commission and five registered cases (without the worked examples that
    the full demo takes through the procedure: see ``full_demo_db`` in tests/cases)."""
    from app.services.demo import load_demo

    load_demo(db, "tester", procedure=False)  # type: ignore[arg-type]
    return db
