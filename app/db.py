"""The database: engine, SQLite pragmas, sessions and start-up migration.

One place decides how we talk to the database:
- SQLite: foreign keys on, a busy timeout so that two instances wait instead of failing, WAL journal only on a
  local disk (WAL's shared memory does not work over network file systems), and write transactions that begin
  IMMEDIATE so two writers queue up instead of deadlocking at commit.
- Every other SQLAlchemy URL is accepted as it is.
- Migrations run at start-up, after a backup copy of the database file.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.errors import ConflictError, UserError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs"}


def sqlite_file(url: str) -> Path | None:
    """The database file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_network_path(path: Path) -> bool:
    """True when the file lives on a network share, where SQLite's WAL mode is unsafe."""
    resolved = str(path.resolve())
    if sys.platform == "win32":
        if resolved.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(resolved)[0] + "\\"
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_type = parts[1], parts[2]
    return best_type in _NETWORK_FILESYSTEMS


def _install_sqlite_pragmas(engine: Engine, use_wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (needed for BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if use_wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


# The session of an open ``Database.unit_of_work`` in this thread (or task), with the database it belongs to.
_UNIT_OF_WORK: ContextVar[tuple[Database, Session] | None] = ContextVar("unit_of_work", default=None)


class Database:
    """Owns the engine and hands out sessions; one instance per application run."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise UserError(f"Database URL {url!r} is not valid: {exc}") from None
        self.path = sqlite_file(url)
        kwargs: dict[str, Any] = {"echo": echo}
        if self.path is not None:
            if not self.path.parent.exists():
                raise UserError(f"Database folder {self.path.parent} does not exist.")
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        try:
            self.engine = create_engine(parsed, **kwargs)
        except Exception as exc:  # missing driver, bad options
            raise UserError(f"Cannot open database {url!r}: {exc}") from None
        self.use_wal = bool(self.path is not None and not is_network_path(self.path))
        if parsed.get_backend_name() == "sqlite":
            _install_sqlite_pragmas(self.engine, self.use_wal)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing is committed."""
        outer = self._outer_session()
        if outer is not None:
            yield outer
            return
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed if the block ends normally, rolled back on any error.

        A concurrent edit of the same versioned row (another app instance saved first) becomes a ConflictError;
        a locked database after the busy timeout becomes a UserError. Either way nothing is half-written.
        """
        outer = self._outer_session()
        if outer is not None:  # part of a unit of work: saved (or not) with the whole of it
            yield outer
            outer.flush()
            return
        session = self._sessions()
        if self.is_sqlite:
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        try:
            yield session
            session.commit()
        except StaleDataError:
            session.rollback()
            raise ConflictError(
                "Someone else saved this record after you opened it. Your change was not saved: "
                "reload the record and make the change again."
            ) from None
        except OperationalError as exc:
            session.rollback()
            if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
                raise UserError(
                    "The database is busy (another user is saving). Nothing was saved; try again in a moment."
                ) from None
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """Every ``read()`` and ``write()`` inside the block, in this thread, shares one transaction: all of it is
        saved at the end, or nothing (an error or a killed process leaves the database as it was). For work that
        runs several services and must not stop half-way, such as loading the demo data."""
        outer = self._outer_session()
        if outer is not None:
            yield outer
            return
        with self.write() as session:
            token = _UNIT_OF_WORK.set((self, session))
            try:
                yield session
            finally:
                _UNIT_OF_WORK.reset(token)

    def _outer_session(self) -> Session | None:
        unit = _UNIT_OF_WORK.get()
        return unit[1] if unit is not None and unit[0] is self else None

    def has_schema(self) -> bool:
        return inspect(self.engine).has_table("alembic_version")

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database at ``url``, or the embedded default in the user data folder."""
    from app import paths

    database = Database(url or paths.default_database_url())
    if migrate:
        from app.migrations import upgrade_to_head

        upgrade_to_head(database)
    return database
