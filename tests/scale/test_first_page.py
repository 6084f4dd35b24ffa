"""The cases list's first page at start-up: read straight from the SQLite file with the standard library, the same
rows as the full read, and only when it shows exactly what the full read would."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from sqlalchemy import text

from app.services.accounts import add_account
from app.services.case_list import first_page, sqlite_path
from app.services.cases import list_cases
from tests.conftest import REPO_ROOT


def test_first_page_is_the_newest_rows_of_the_full_list(demo_db: Any, db_url: str) -> None:
    full = sorted(list_cases(demo_db), key=lambda r: r.reg_no, reverse=True)
    assert len(full) >= 4
    assert first_page(db_url, limit=3) == full[:3]  # every column, dates and evidence counts included
    assert first_page(db_url) == full


def test_first_page_loads_no_database_layer(demo_db: Any, db_url: str) -> None:
    code = ("import sys; from app.services.case_list import first_page; rows = first_page(sys.argv[1]); "
            "print(len(rows), 'sqlalchemy' in sys.modules, 'app.models' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, db_url], cwd=REPO_ROOT, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == [str(len(list_cases(demo_db))), "False", "False"]


def test_no_first_page_before_sign_in(demo_db: Any, db_url: str) -> None:
    assert first_page(db_url)
    add_account(demo_db, "it", "olena", "Олена Коваль", "a long enough password", ["secretary"])
    assert first_page(db_url) is None  # a database with accounts shows no case before its user signs in


def test_no_first_page_when_the_schema_is_to_be_migrated(demo_db: Any, db_url: str) -> None:
    with demo_db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0001_initial'"))
    assert first_page(db_url) is None


def test_no_first_page_for_other_databases(tmp_path: Any) -> None:
    assert first_page("sqlite:///" + (tmp_path / "missing.sqlite3").as_posix()) is None
    assert first_page("sqlite://") is None and first_page("sqlite:///:memory:") is None
    assert first_page("postgresql+psycopg://u@localhost/rd") is None
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    assert first_page("sqlite:///" + (tmp_path / "junk.sqlite3").as_posix()) is None
    assert sqlite_path("sqlite:///x.db?timeout=5") is None
