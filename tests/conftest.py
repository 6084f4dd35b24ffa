"""Shared test set-up: Qt runs offscreen, user folders point into a temporary directory, each test gets its
own migrated database: a SQLite file, and for the modules in ``BOTH_ENGINES`` also a fresh PostgreSQL database
on the server at ``RD_TEST_PG_URL`` (scripts/test.sh starts a throw-away one)."""

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
# Derived files (the lemmatiser's fast-loading dictionaries) are kept between test runs: they are verified on
# every load, and making them takes seconds.
os.environ.setdefault("RD_CACHE_DIR", str(Path(tempfile.gettempdir()) / "rd-tests-cache"))
os.environ.setdefault("RD_ACTOR", "tester")  # commands refuse to guess who is working

REPO_ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("RD_TEST_PG_URL", "")

# Service, workflow, report and audit tests that also run on PostgreSQL (the rest are engine-independent: Qt,
# importers, matching, or SQLite-specific start-up behaviour).
BOTH_ENGINES = {
    "tests/foundation/test_db.py",
    "tests/matching/test_vector_cache.py",
    "tests/foundation/test_shared_database.py",
    "tests/foundation/test_roles.py",
    "tests/cases/test_procedure.py",
    "tests/cases/test_state_machine.py",
    "tests/reports/test_register.py",
    "tests/reports/test_statistics.py",
    "tests/importers/test_evidence_service.py",
    "tests/policy/test_policy_service.py",
    "tests/catalogue/test_catalogue_service.py",
    "tests/tamper/test_tamper.py",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" not in metafunc.fixturenames:
        return
    path = Path(str(metafunc.definition.fspath)).resolve().relative_to(REPO_ROOT).as_posix()
    if path in BOTH_ENGINES and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


class _PgServer:
    """Creates one migrated template database, then a fresh copy of it for each test (CREATE DATABASE … TEMPLATE
    is much faster than migrating every time)."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.base = make_url(url)
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.template = f"rd_template_{os.getpid()}"
        self.count = 0
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {self.template}")
            conn.exec_driver_sql(f"CREATE DATABASE {self.template}")
        from app.db import open_database

        database = open_database(self.url_of(self.template))
        database.dispose()

    def url_of(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def fresh(self) -> str:
        self.count += 1
        name = f"rd_test_{os.getpid()}_{self.count}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_PgServer]:
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("RD_TEST_PG_URL is not set: in CI the PostgreSQL tests must run (scripts/test.sh)")
        pytest.skip("no PostgreSQL server (set RD_TEST_PG_URL, or run scripts/test.sh which starts one)")
    server = _PgServer(PG_URL)
    yield server
    server.drop(server.template)
    server.admin.dispose()


@pytest.fixture
def pg_url(pg_server: _PgServer) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database (for tests of PostgreSQL-only behaviour)."""
    name = pg_server.fresh()
    yield pg_server.url_of(name)
    pg_server.drop(name)


@pytest.fixture
def pg_empty_url(pg_server: _PgServer) -> Iterator[str]:
    """An empty PostgreSQL database, not migrated."""
    pg_server.count += 1
    name = f"rd_empty_{os.getpid()}_{pg_server.count}"
    with pg_server.admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    yield pg_server.url_of(name)
    pg_server.drop(name)


@pytest.fixture
def db_url(tmp_path: Path, db_engine: str, request: pytest.FixtureRequest) -> Iterator[str]:
    if db_engine != "postgresql":
        yield "sqlite:///" + (tmp_path / "test.sqlite3").as_posix()
        return
    server: _PgServer = request.getfixturevalue("pg_server")
    name = server.fresh()
    yield server.url_of(name)
    server.drop(name)


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


@pytest.fixture(scope="module")
def loaded_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The demo as File ▸ Load demo data loads it, worked examples of the procedure included, once per module
    (for tests that only read it: the screen tour, the translation checks)."""
    from app.db import open_database
    from app.services.demo import load_demo

    before = os.environ.get("RD_EMBEDDING")
    os.environ["RD_EMBEDDING"] = "off"  # the words decide here; the optional model only adds time
    db = open_database("sqlite:///" + (tmp_path_factory.mktemp("demo") / "demo.sqlite3").as_posix())
    try:
        load_demo(db, "tester")
        yield db
    finally:
        db.dispose()
        if before is None:
            os.environ.pop("RD_EMBEDDING", None)
        else:
            os.environ["RD_EMBEDDING"] = before
