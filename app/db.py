"""The database: engine, SQLite pragmas, sessions and start-up migration.

One place decides how we talk to the database:
- SQLite: foreign keys on, a busy timeout so that two instances wait instead of failing, WAL journal only on a
  local disk (WAL's shared memory does not work over network file systems), and write transactions that begin
  IMMEDIATE so two writers queue up instead of deadlocking at commit.
- PostgreSQL (the shared faculty database): a connect timeout, and lock and statement timeouts so that a blocked
  save ends with "someone else is saving, try again" instead of waiting silently.
- Every other SQLAlchemy URL is accepted as it is.
- Migrations run at start-up, after a backup copy of the database file (SQLite) or under an advisory lock
  (PostgreSQL, so two first starts on an empty database do not both create the schema).
- The signed-in person (``Database.identity``) travels with every write session; ``app.services.audit`` checks
  their roles before it appends an entry, so every change is refused unless the person holds a role for it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.errors import ConflictError, UserError

if TYPE_CHECKING:
    from app.domain.roles import Identity

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
# PostgreSQL: how long a save waits for a row someone else holds, and the longest any one statement may run.
LOCK_TIMEOUT_MS = 15_000
STATEMENT_TIMEOUT_MS = 300_000
CONNECT_TIMEOUT_S = 10
BUSY_MESSAGE = "Someone else is saving at the moment. Nothing was saved; try again in a moment."
# SQLSTATEs that mean "another transaction was in the way": lock_not_available, query_canceled (timeout),
# serialization_failure, deadlock_detected.
_PG_BUSY_STATES = {"55P03", "57014", "40001", "40P01"}
# Unique constraints a person can run into by saving at the same moment as someone else.
_CONSTRAINT_MESSAGES = {
    "uq_case_reg_no": "A case with this registration number was saved by someone else at the same moment.",
    "uq_user_account_username": "An account with this user name already exists.",
    "uq_audit_entry_hash": "Someone else saved at the same moment.",
}
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


def safe_url(url: str) -> str:
    """The URL with any password masked, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlstate(exc: DBAPIError) -> str:
    return str(getattr(exc.orig, "sqlstate", "") or getattr(exc.orig, "pgcode", "") or "")


def integrity_message(exc: IntegrityError) -> str:
    """One line for a constraint violation a person can cause (usually by saving at the same moment)."""
    text = str(exc.orig)
    if "audit log entries cannot be" in text:
        return "The audit log is append-only: its entries cannot be changed or deleted."
    diag = getattr(exc.orig, "diag", None)
    name = str(getattr(diag, "constraint_name", "") or "")
    for constraint, message in _CONSTRAINT_MESSAGES.items():
        if constraint == name or constraint in text:
            return f"{message} Nothing was saved; reload and try again."
    if "UNIQUE" in text and "case.reg_no" in text:
        return f"{_CONSTRAINT_MESSAGES['uq_case_reg_no']} Nothing was saved; reload and try again."
    if "FOREIGN KEY" in text.upper() or _sqlstate(exc) == "23503":
        return ("A record this change refers to was removed or is still in use by someone else. Nothing was "
                "saved; reload and try again.")
    first = text.strip().splitlines()[0] if text.strip() else type(exc.orig).__name__
    return f"The change conflicts with data saved by someone else ({first}). Nothing was saved; reload and try again."


def connection_problem(url: str, exc: BaseException) -> UserError:
    """A one-line message for a database that cannot be reached or refused the sign-in."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    detail = reason[0] if reason else type(exc).__name__
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        hint = "the user name or password was not accepted"
    elif "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        hint = "the server is not reachable (is it running, and is the host and port right?)"
    elif "does not exist" in lowered:
        hint = "the database or user does not exist on the server"
    else:
        hint = detail
    return UserError(f"Cannot connect to database {safe_url(url)}: {hint}.")


# The session of an open ``Database.unit_of_work`` in this thread (or task), with the database it belongs to.
_UNIT_OF_WORK: ContextVar[tuple[Database, Session] | None] = ContextVar("unit_of_work", default=None)


class Database:
    """Owns the engine and hands out sessions; one instance per application run."""

    identity: Identity | None = None  # the signed-in person; None in single-user mode

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
        if parsed.get_backend_name() == "postgresql":
            kwargs["connect_args"] = {
                "connect_timeout": CONNECT_TIMEOUT_S,
                "application_name": "recognition-desk",
                "options": f"-c lock_timeout={LOCK_TIMEOUT_MS} -c statement_timeout={STATEMENT_TIMEOUT_MS} "
                           "-c idle_in_transaction_session_timeout=600000",
            }
            kwargs["pool_pre_ping"] = True
        try:
            self.engine = create_engine(parsed, **kwargs)
        except Exception as exc:  # missing driver, bad options
            raise UserError(f"Cannot open database {safe_url(url)}: {exc}") from None
        self.use_wal = bool(self.path is not None and not is_network_path(self.path))
        if parsed.get_backend_name() == "sqlite":
            _install_sqlite_pragmas(self.engine, self.use_wal)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def check_connection(self) -> None:
        """Connect once; an unreachable server or refused sign-in becomes one clear UserError."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            raise connection_problem(self.url, exc) from None

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
        session.info["identity"] = self.identity
        try:
            if self.is_sqlite:
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session
            session.commit()
        except StaleDataError:
            session.rollback()
            raise ConflictError(
                "Someone else saved this record after you opened it. Your change was not saved: "
                "reload the record and make the change again."
            ) from None
        except IntegrityError as exc:
            session.rollback()
            raise UserError(integrity_message(exc)) from None
        except DBAPIError as exc:
            session.rollback()
            lowered = str(exc.orig).lower()
            if "audit log entries cannot be" in lowered:
                raise UserError("The audit log is append-only: its entries cannot be changed or deleted.") from None
            if _sqlstate(exc) in _PG_BUSY_STATES or (
                    isinstance(exc, OperationalError) and ("locked" in lowered or "busy" in lowered)):
                raise UserError(BUSY_MESSAGE) from None
            if exc.connection_invalidated or _sqlstate(exc).startswith("08"):
                raise UserError("The connection to the database server was lost. Nothing was saved; "
                                "try again when the server is reachable.") from None
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


# --- faults of the database file: one sentence naming the file and the way back --------------------------------
QUICK_CHECK_SECONDS = 3.0  # start-up check budget; a larger file is checked in full by `db check`
SQLITE_HEADER = b"SQLite format 3\x00"


def latest_backup(path: Path) -> Path | None:
    """The newest backup of the database file ``path`` in the backup folder that starts like a SQLite file."""
    from app import paths

    try:
        candidates = sorted(paths.backup_dir().glob(f"{path.stem}-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    for candidate in candidates:
        try:
            with candidate.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                    return candidate
        except OSError:
            continue
    return None


def damaged_message(path: Path, detail: str) -> str:
    from datetime import datetime

    backup = latest_backup(path)
    if backup is None:
        way_back = "no backup was found in the backup folder; keep the file as it is and ask the administrator"
    else:
        made = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d.%m.%Y %H:%M")
        way_back = (f"the last good backup is {backup} from {made}: restore it with "
                    f"`main.py db restore {backup}`")
    return f"The database {path} is damaged ({detail}); {way_back}."


def _disk_nearly_full(path: Path | None) -> bool:
    """SQLite reports a full disk as "disk I/O error" when the journal or its shared memory cannot grow."""
    import shutil

    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def fault_message(exc: BaseException, path: Path | None) -> str | None:
    """One sentence for a database or file-system fault (full disk, read-only folder, damaged file), or None."""
    import errno

    where = str(path) if path is not None else "the database"
    folder = str(path.parent) if path is not None else "the database folder"
    text = str(getattr(exc, "orig", None) or exc).strip()
    lowered = text.lower()
    code = getattr(getattr(exc, "orig", None) or exc, "errno", None)
    first = text.splitlines()[0] if text else type(exc).__name__
    if "database or disk is full" in lowered or code == errno.ENOSPC or _disk_nearly_full(path):
        return (f"The disk holding {where} is full; nothing was lost (the last change was not saved). Free some "
                "space and try again.")
    if ("readonly" in lowered or "read-only" in lowered or code in (errno.EROFS, errno.EACCES, errno.EPERM)
            or "unable to open database file" in lowered):
        return f"Cannot write to {folder}: {first}. Nothing was changed; use a folder you may write to."
    if path is not None and ("file is not a database" in lowered or "malformed" in lowered
                             or "disk i/o error" in lowered or isinstance(exc, UnicodeDecodeError)):
        return damaged_message(path, first)
    return None


def check_sqlite_file(path: Path, budget: float = QUICK_CHECK_SECONDS) -> None:
    """``PRAGMA quick_check`` at start, stopped after ``budget`` seconds (a huge file is left to `db check`); a
    damaged file becomes one UserError naming the last good backup."""
    import re
    import sqlite3
    import time

    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise UserError(fault_message(exc, path) or f"Cannot open database {path}: {exc}.") from None
    deadline = time.monotonic() + budget
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(3)").fetchall()]
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            log.info("Start-up check of %s stopped after %.1f s (run `db check` for the full check)", path, budget)
            return
        raise UserError(fault_message(exc, path) or damaged_message(path, str(exc))) from None
    except sqlite3.DatabaseError as exc:
        raise UserError(damaged_message(path, str(exc))) from None
    finally:
        conn.close()
    if rows != ["ok"]:
        page = re.search(r"page (\d+)", " ".join(rows), re.IGNORECASE)
        detail = f"page {page.group(1)}" if page else rows[0]
        log.error("quick_check of %s: %s", path, rows)
        raise UserError(damaged_message(path, detail))


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database at ``url``, or the embedded default in the user data folder.

    A SQLite file is checked first (``check_sqlite_file``); a damaged, full, read-only or foreign database ends in
    one UserError, and nothing is changed."""
    from app import paths

    database = Database(url or paths.default_database_url())
    if not database.is_sqlite:
        database.check_connection()
    elif database.path is not None:
        check_sqlite_file(database.path)
    if migrate:
        from app.migrations import upgrade_to_head

        try:
            upgrade_to_head(database)
        except (DBAPIError, OSError) as exc:
            message = fault_message(exc, database.path)
            if message is None:
                raise
            database.dispose()
            raise UserError(message) from None
    return database
