"""Schema migrations (Alembic), run at start-up.

Before an upgrade the SQLite file is copied with SQLite's online backup API. Foreign keys are switched off while
Alembic's batch mode recreates tables (otherwise ON DELETE CASCADE would empty child tables), and
``PRAGMA foreign_key_check`` must come back clean before the upgrade is committed.

On PostgreSQL the upgrade runs under a transaction-level advisory lock: when several people start the application
on an empty or older database at once, one migrates and the others wait, then find the schema at head.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError

if TYPE_CHECKING:
    from alembic.config import Config

    from app.db import Database

log = logging.getLogger(__name__)

# The newest revision. Kept here so a start-up with an up-to-date database does not import Alembic at all;
# a test checks it against the scripts.
HEAD_REVISION = "0010_order_signatory"
MIGRATIONS_DIR = Path(__file__).resolve().parent
# pg_advisory_xact_lock key for schema upgrades (any fixed 64-bit number unique to this application).
MIGRATION_LOCK_KEY = 0x5244_4D49_4752  # "RDMIGR"


def current_revision(database: Database) -> str | None:
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError

    from app.db import connection_problem

    try:
        with database.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        if database.is_sqlite:
            raise
        raise connection_problem(database.url, exc) from None


def _has_tables(database: Database) -> bool:
    from sqlalchemy import inspect

    with database.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def backup_sqlite(path: Path, label: str) -> Path:
    from app import paths

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir() / f"{path.stem}-{stamp}-before-{label}{path.suffix or '.sqlite3'}"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def alembic_config(connection: object | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(database: Database) -> Path | None:
    """Bring the schema to the newest revision. Returns the backup file made, if any."""
    current = current_revision(database)
    if current == HEAD_REVISION:
        return None
    where = database.path or database.url
    if current is None and _has_tables(database):
        raise UserError(f"{where} holds tables but no Recognition Desk schema version: it belongs to another "
                        "application (or lost its version table). Nothing was changed; choose another database.")
    if current is not None:
        from alembic.script import ScriptDirectory
        from alembic.util import CommandError

        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(current)
        except CommandError:
            raise UserError(f"The database {where} was written by a newer version of Recognition Desk (schema "
                            f"{current}); install that version, or restore a backup with `main.py db restore FILE`."
                            ) from None
    backup: Path | None = None
    if database.path is not None and database.path.exists() and _has_tables(database):
        backup = backup_sqlite(database.path, f"{current or 'unversioned'}")
        log.info("Backed up %s to %s before migrating from %s", database.path, backup, current)

    from alembic import command

    with database.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if database.is_sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            transaction = conn.begin()
            try:
                if database.is_postgresql:
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
                command.upgrade(alembic_config(conn), "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() if database.is_sqlite else []
                if problems:
                    raise UserError(
                        f"Migration of {database.path} stopped: {len(problems)} rows would break foreign keys "
                        f"(first: table {problems[0][0]}). Nothing was changed; backup: {backup}."
                    )
                transaction.commit()
            except BaseException:
                transaction.rollback()
                raise
        finally:
            if database.is_sqlite:
                raw.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
    log.info("Database at revision %s", HEAD_REVISION)
    return backup
