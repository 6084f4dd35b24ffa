"""Backups of the database and restoring one.

SQLite: SQLite's online backup API copies the file while the application may be using it (a consistent snapshot,
never a half-copied page), into a temporary file that is checked by opening it (``quick_check`` and the schema
version) before it takes its final name; the oldest scheduled backups are removed beyond ``KEEP``.
PostgreSQL: ``pg_dump`` (custom format) and ``pg_restore`` when the PostgreSQL client tools are on PATH.

A restore keeps the damaged file aside (``NAME.damaged-STAMP``), puts the backup in its place, brings its schema up
to date, and records the restore in the restored database's audit log, so the gap between the backup and the
restore is on the record.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app import paths
from app.db import Database, latest_backup, open_database, safe_url, sqlite_file
from app.errors import UserError

log = logging.getLogger(__name__)

KEEP = 14  # scheduled backups kept per database file
DUE_AFTER = timedelta(hours=24)
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class RestoreResult:
    restored: str  # the database (file or URL) now holding the backup
    damaged_kept_as: Path | None
    entries: int  # audit entries in the restored database


def backup_name(path: Path, when: datetime | None = None) -> Path:
    stamp = (when or datetime.now()).strftime(_STAMP)
    return paths.backup_dir() / f"{path.stem}-{stamp}{path.suffix or '.sqlite3'}"


def check_sqlite_copy(path: Path) -> None:
    """Open a backup file and check it: a SQLite database, undamaged, with a Recognition Desk schema."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            result = [str(r[0]) for r in conn.execute("PRAGMA quick_check(1)").fetchall()]
            if result != ["ok"]:
                raise UserError(f"Backup {path} is damaged ({result[0]}); choose another backup.")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or "audit_entry" not in tables:
                raise UserError(f"{path} is not a Recognition Desk database (no schema version or audit log).")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path} cannot be opened as a database ({exc}); choose another backup.") from None


def _copy_sqlite(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
            # One self-contained file: the copy takes the source's WAL mode, whose side files would stay behind.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def _rotate(path: Path, keep: int) -> None:
    scheduled = sorted((p for p in paths.backup_dir().glob(f"{path.stem}-*{path.suffix or '.sqlite3'}")
                        if "-before-" not in p.name), key=lambda p: p.name, reverse=True)
    for old in scheduled[keep:]:
        old.unlink(missing_ok=True)


def backup_database(db: Database, target: Path | None = None, keep: int = KEEP) -> Path:
    """Back up the database; returns the file written. Nothing is left half-written: the copy is made and
    checked under a temporary name first."""
    if db.path is None:
        return _pg_dump(db, target)
    if not db.path.exists():
        raise UserError(f"Database {db.path} does not exist: nothing to back up.")
    final = target or backup_name(db.path)
    n = 1
    while target is None and final.exists():  # two backups in the same second
        n += 1
        final = final.with_name(f"{backup_name(db.path).stem}-{n}{final.suffix}")
    if final.exists():
        raise UserError(f"{final} already exists; choose another name.")
    tmp = final.with_name(final.name + ".part")
    try:
        _copy_sqlite(db.path, tmp)
        check_sqlite_copy(tmp)
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if target is None:
        _rotate(db.path, keep)
    log.info("Backed up %s to %s", db.path, final)
    return final


def backup_if_due(db: Database, due_after: timedelta = DUE_AFTER) -> Path | None:
    """The scheduled backup (SQLite): made at start when the newest backup is older than ``due_after``."""
    if db.path is None or not db.path.exists():
        return None
    newest = latest_backup(db.path)
    if newest is not None and datetime.now() - datetime.fromtimestamp(newest.stat().st_mtime) < due_after:
        return None
    return backup_database(db)


def start_scheduled_backup(db: Database) -> threading.Thread:
    """``backup_if_due`` in a background thread (the window stays responsive); a failure is logged, never
    raised: the person keeps working and `db backup` says what is wrong."""
    def run() -> None:
        try:
            made = backup_if_due(db)
            if made is not None:
                log.info("Scheduled backup written: %s", made)
        except (UserError, OSError, sqlite3.Error) as exc:
            log.warning("Scheduled backup of %s failed: %s", db.path, exc)

    thread = threading.Thread(target=run, name="scheduled-backup", daemon=True)
    thread.start()
    return thread


def _client_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        raise UserError(f"{name} is not on PATH: install the PostgreSQL client tools (the same major version as the "
                        f"server) to back up or restore a PostgreSQL database, or use the server's own backups.")
    return tool


def _pg_dump(db: Database, target: Path | None) -> Path:
    tool = _client_tool("pg_dump")
    url = db.engine.url
    final = target or paths.backup_dir() / f"{url.database}-{datetime.now().strftime(_STAMP)}.dump"
    tmp = final.with_name(final.name + ".part")
    env = dict(os.environ, PGPASSWORD=url.password or os.environ.get("PGPASSWORD", ""))
    args = [tool, "-Fc", "-f", str(tmp), "-h", url.host or "localhost", "-p", str(url.port or 5432),
            "-U", url.username or "", str(url.database)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tmp.unlink(missing_ok=True)
        first = (done.stderr.strip().splitlines() or ["no message"])[0]
        raise UserError(f"pg_dump of {safe_url(db.url)} failed: {first}")
    os.replace(tmp, final)
    return final


def restore_database(url: str, backup: Path, actor: str) -> RestoreResult:
    """Put ``backup`` in place of the database at ``url`` and record the restore in its audit log."""
    from app.services import audit

    if not backup.is_file():
        raise UserError(f"Backup {backup} does not exist.")
    path = sqlite_file(url)
    aside: Path | None = None
    if path is None:
        tool = _client_tool("pg_restore")
        parsed = Database(url).engine.url
        env = dict(os.environ, PGPASSWORD=parsed.password or os.environ.get("PGPASSWORD", ""))
        done = subprocess.run([tool, "--clean", "--if-exists", "--no-owner", "-h", parsed.host or "localhost",
                               "-p", str(parsed.port or 5432), "-U", parsed.username or "", "-d",
                               str(parsed.database), str(backup)], env=env, capture_output=True, text=True,
                              check=False)
        if done.returncode != 0:
            first = (done.stderr.strip().splitlines() or ["no message"])[0]
            raise UserError(f"pg_restore of {backup} into {safe_url(url)} failed: {first}")
    else:
        check_sqlite_copy(backup)
        if not os.access(path.parent, os.W_OK):
            raise UserError(f"Cannot write to {path.parent}: the restore needs to replace {path.name} there.")
        tmp = path.with_name(path.name + ".restoring")
        _copy_sqlite(backup, tmp)
        if path.exists():
            aside = path.with_name(f"{path.name}.damaged-{datetime.now().strftime(_STAMP)}")
            os.replace(path, aside)
            for suffix in ("-wal", "-shm"):  # the damaged file's journal belongs with it, not with the backup
                journal = path.with_name(path.name + suffix)
                if journal.exists():
                    os.replace(journal, aside.with_name(aside.name + suffix))
        os.replace(tmp, path)
    db = open_database(url)
    try:
        with db.write() as session:
            audit.record(session, actor, "database.restore", "database", None,
                         {"backup": str(backup), "damaged_kept_as": str(aside) if aside else None})
        report = audit.verify_database(db)
    finally:
        db.dispose()
    return RestoreResult(str(path) if path else safe_url(url), aside, report.checked)
