"""Administration of a shared database: ``db init|upgrade|check``, ``user add|list|disable|enable`` and
``role grant|revoke``.

``db init`` on an empty database creates the schema and, with ``--admin NAME``, the first administrator account
(while the database has no accounts nobody needs to sign in). Every other account change needs an administrator
signed in with ``--user``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli import EXIT_FAILURE, EXIT_OK, actor_of, add_command, open_db, read_password
from app.errors import UserError

if TYPE_CHECKING:
    from app.db import Database


def register(subparsers: Any) -> None:
    db_parser = subparsers.add_parser("db", help="create, upgrade or check the database",
                                      description="Create, upgrade or check the database (an administrator's job).")
    db_actions = db_parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    init = add_command(db_actions, "init", "create the schema on an empty database (and the first administrator)",
                       db_init)
    init.add_argument("--admin", metavar="NAME", help="create this administrator account (password is asked for)")
    init.add_argument("--full-name", default="", help="the administrator's full name")
    init.add_argument("--app-role", metavar="ROLE",
                      help="PostgreSQL: grant this server role what the application needs (read and write, the "
                           "audit log insert-only)")
    add_command(db_actions, "upgrade", "bring the schema to the newest version (under a lock; safe to repeat)",
                db_upgrade)
    add_command(db_actions, "check", "connect, check the file's integrity (SQLite) and report the schema version, "
                "accounts and audit chain", db_check)
    backup = add_command(db_actions, "backup", "back up the database (SQLite: a checked copy in the backup folder; "
                         "PostgreSQL: pg_dump)", db_backup)
    backup.add_argument("--to", metavar="FILE", help="write the backup to FILE instead of the backup folder")
    restore = add_command(db_actions, "restore", "put a backup in place of the database (the damaged file is kept "
                          "aside; the restore is recorded in the audit log)", db_restore)
    restore.add_argument("file", metavar="FILE", help="the backup to restore")

    user_parser = subparsers.add_parser("user", help="accounts of the people who sign in",
                                        description="Accounts of the people who sign in (administrators only).")
    user_actions = user_parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = add_command(user_actions, "add", "add an account (the new password is asked for)", user_add)
    add.add_argument("username")
    add.add_argument("--full-name", default="", help="the person's full name, as it appears in protocols")
    add.add_argument("--role", action="append", default=[], metavar="ROLE",
                     help="secretary, member, chair, administrator or viewer (repeat for several)")
    add_command(user_actions, "list", "list accounts with their roles", user_list)
    for name, help_text in (("disable", "stop an account from signing in (its history stays)"),
                            ("enable", "let a disabled account sign in again")):
        p = add_command(user_actions, name, help_text, user_disable if name == "disable" else user_enable)
        p.add_argument("username")

    role_parser = subparsers.add_parser("role", help="grant or revoke roles",
                                        description="Grant or revoke a role (administrators only).")
    role_actions = role_parser.add_subparsers(dest="role_command", metavar="ACTION", required=True)
    for name in ("grant", "revoke"):
        p = add_command(role_actions, name, f"{name} a role", role_grant if name == "grant" else role_revoke)
        p.add_argument("role")
        p.add_argument("username")


def _new_password(username: str) -> str:
    first = read_password(f"New password for {username}: ")
    import sys

    if sys.stdin is not None and sys.stdin.isatty() and read_password("Repeat the password: ") != first:
        raise UserError(f"The two passwords for {username} differ; nothing was saved.")
    return first


def _require_url(args: argparse.Namespace) -> None:
    from app.cli import with_server_password

    if not getattr(args, "db", None):
        raise UserError("Say which database: --db URL (e.g. postgresql+psycopg://rd_app@server/recognition).")
    args.db = with_server_password(args.db)


def db_init(args: argparse.Namespace) -> int:
    from app.db import Database, safe_url
    from app.migrations import current_revision, upgrade_to_head
    from app.services.accounts import accounts_exist, add_account

    _require_url(args)
    database = Database(args.db)
    if not database.is_sqlite:
        database.check_connection()
    before = current_revision(database)
    upgrade_to_head(database)
    print(f"{safe_url(database.url)}: schema {'created' if before is None else 'already present'}")
    if args.app_role:
        grant_app_role(database, args.app_role)
        print(f"role {args.app_role}: may read and write; the audit log is insert-only")
    if args.admin:
        if accounts_exist(database):
            raise UserError("This database already has accounts: add more with `user add` as an administrator.")
        add_account(database, args.admin, args.admin, args.full_name, _new_password(args.admin), ["administrator"])
        print(f"administrator {args.admin} added")
    database.dispose()
    return EXIT_OK


def grant_app_role(database: Any, role: str) -> None:
    """PostgreSQL: what the application's server login may do. The audit log gets SELECT and INSERT only."""
    import re

    from app.models import Base

    if not database.is_postgresql:
        raise UserError("--app-role applies to PostgreSQL only.")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", role):
        raise UserError(f"Server role name {role!r} is not valid.")
    with database.engine.begin() as conn:
        exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": role}).scalar()
        if not exists:
            raise UserError(f"There is no server role {role!r}: create it first (CREATE ROLE {role} LOGIN ...).")
        tables = [t.name for t in Base.metadata.sorted_tables if t.name != "audit_entry"] + ["alembic_version"]
        quoted = ", ".join(f'"{t}"' for t in tables)
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {quoted} TO {role}")
        conn.exec_driver_sql(f"GRANT SELECT, INSERT ON audit_entry TO {role}")
        conn.exec_driver_sql(f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {role}")
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")


def db_upgrade(args: argparse.Namespace) -> int:
    from app.db import Database, safe_url
    from app.migrations import HEAD_REVISION, current_revision, upgrade_to_head

    _require_url(args)
    database = Database(args.db)
    if not database.is_sqlite:
        database.check_connection()
    before = current_revision(database)
    upgrade_to_head(database)
    print(f"{safe_url(database.url)}: {before or 'empty'} → {HEAD_REVISION}" if before != HEAD_REVISION
          else f"{safe_url(database.url)}: already at {HEAD_REVISION}")
    database.dispose()
    return EXIT_OK


def _default_url(args: argparse.Namespace) -> str:
    from app import paths
    from app.cli import with_server_password

    args.db = with_server_password(getattr(args, "db", None)) or paths.default_database_url()
    return str(args.db)


def db_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.services.backup import backup_database

    database = open_db(args)
    try:
        made = backup_database(database, Path(args.to) if args.to else None)
    finally:
        database.dispose()
    print(f"backup written: {made}")
    return EXIT_OK


def db_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.services.backup import restore_database

    result = restore_database(_default_url(args), Path(args.file), actor_of(args))
    aside = f"; the replaced file is kept as {result.damaged_kept_as}" if result.damaged_kept_as else ""
    print(f"restored {args.file} into {result.restored}{aside}; the restore is recorded in the audit log "
          f"({result.entries} entries)")
    return EXIT_OK


def _integrity(database: Database) -> str:
    """SQLite's full ``integrity_check`` (every page and index): "ok" or the first problems."""
    if database.path is None:
        return "ok"
    with database.engine.connect() as conn:
        rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check(5)").fetchall()]
    return "ok" if rows == ["ok"] else "; ".join(rows)


def db_check(args: argparse.Namespace) -> int:
    from app.db import Database, check_sqlite_file, damaged_message, safe_url
    from app.migrations import HEAD_REVISION, current_revision
    from app.services.accounts import list_accounts
    from app.services.audit import verify_database

    _default_url(args)
    database = Database(args.db)
    database.check_connection()
    if database.path is not None:
        if not database.path.exists():
            raise UserError(f"Database {database.path} does not exist.")
        check_sqlite_file(database.path)
        integrity = _integrity(database)
        if integrity != "ok":
            raise UserError(damaged_message(database.path, integrity))
    revision = current_revision(database)
    if revision != HEAD_REVISION:
        print(f"{safe_url(database.url)}: schema {revision or 'missing'}, expected {HEAD_REVISION} "
              "(run `db upgrade`)")
        return EXIT_FAILURE
    accounts = list_accounts(database)
    report = verify_database(database)
    active = sum(1 for a in accounts if a.active)
    print(f"{safe_url(database.url)}: connected ({database.engine.dialect.name}), schema {revision}, "
          f"{active} active accounts, audit log {'intact' if report.ok else 'BROKEN'} ({report.checked} entries)")
    database.dispose()
    return EXIT_OK if report.ok else EXIT_FAILURE


def user_add(args: argparse.Namespace) -> int:
    from app.services.accounts import ROLES, add_account

    db = open_db(args)
    if not args.role:
        raise UserError(f"Give at least one --role for {args.username}: {', '.join(ROLES)}.")
    for role in args.role:
        if role not in ROLES:
            raise UserError(f"Unknown role {role!r}: the roles are {', '.join(ROLES)}.")
    actor = actor_of(args)
    row = add_account(db, actor, args.username, args.full_name, _new_password(args.username), args.role)
    print(f"account {row.username} added: {', '.join(row.roles)}")
    return EXIT_OK


def user_list(args: argparse.Namespace) -> int:
    from app.services.accounts import list_accounts

    for row in list_accounts(open_db(args)):
        state = "" if row.active else "  (disabled)"
        print(f"{row.username}\t{row.full_name}\t{','.join(row.roles)}{state}")
    return EXIT_OK


def _set_active(args: argparse.Namespace, active: bool) -> int:
    from app.services.accounts import set_active

    db = open_db(args)
    set_active(db, actor_of(args), args.username, active)
    print(f"account {args.username} {'enabled' if active else 'disabled'}")
    return EXIT_OK


def user_disable(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def user_enable(args: argparse.Namespace) -> int:
    return _set_active(args, True)


def _role(args: argparse.Namespace, grant: bool) -> int:
    from app.services.accounts import change_role

    db = open_db(args)
    row = change_role(db, actor_of(args), args.username, args.role, grant)
    print(f"{row.username}: {', '.join(row.roles) or 'no roles'}")
    return EXIT_OK


def role_grant(args: argparse.Namespace) -> int:
    return _role(args, True)


def role_revoke(args: argparse.Namespace) -> int:
    return _role(args, False)
