"""Command line: the GUI by default, subcommands for administrators and batch work.

Every command exits 0 on success and 2 on bad input, printing one line that names the file and the problem.
Command modules import their heavy dependencies inside their handlers, so ``main.py --help`` and the GUI start fast.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from app.errors import CancelledError, UserError

if TYPE_CHECKING:
    from app.db import Database

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

# Each module exposes ``register(subparsers)`` and sets ``func`` on its parsers.
COMMAND_MODULES = (
    "app.cli.gui",
    "app.cli.demo",
    "app.cli.inspect",
    "app.cli.programme",
    "app.cli.match",
    "app.cli.report",
    "app.cli.audit",
    "app.cli.selftest",
    "app.cli.policy",
    "app.cli.admin",
)

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one clear line, exit 2 (argparse's own convention)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="SQLAlchemy database URL (default: the embedded SQLite database in the user data folder)")
    common.add_argument("--actor", default=argparse.SUPPRESS,
                        help="name recorded in the audit log in single-user mode (default: $RD_ACTOR, then the "
                             "officer name set in the application)")
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME",
                        help="sign in as this account (the password is asked for, or read from standard input "
                             "when it is not a terminal); needed once the database has accounts")
    return common


COMMON = _common_options()


def add_command(subparsers: Any, name: str, help: str, func: Callable[[argparse.Namespace], int]
                ) -> argparse.ArgumentParser:
    """Add a subcommand that also accepts the global options (``--db``, ``--actor``) after its name."""
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, description=help, parents=[COMMON])
    parser.set_defaults(func=func)
    return parser


def officer_name_setting() -> str:
    """The officer name saved by the desktop application (read without Qt: settings.ini is a plain INI file)."""
    import configparser

    from app import paths

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(paths.config_dir() / "settings.ini", encoding="utf-8")
    except (OSError, configparser.Error):
        return ""
    return parser.get("user", "officer_name", fallback="").strip()


def actor_of(args: argparse.Namespace) -> str:
    """Who is working: the signed-in account, else ``--actor``, ``$RD_ACTOR`` or the application's officer name.

    Never the operating-system login: on a shared PC that is "root" or "Administrator", not a person."""
    identity = getattr(args, "identity", None)
    if identity is not None:
        return str(identity.username)
    import os

    actor = getattr(args, "actor", None) or os.environ.get("RD_ACTOR", "").strip() or officer_name_setting()
    if actor:
        return str(actor)
    raise UserError("Who is working? Give your name with --actor NAME (or set RD_ACTOR, or sign in with --user).")


def read_password(prompt: str) -> str:
    """A password from the terminal (not echoed), or one line of standard input when it is piped in."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise UserError(f"{prompt.rstrip(': ')}: no password given on standard input.")
    return line.rstrip("\r\n")


def sign_in_args(args: argparse.Namespace, database: Database) -> None:
    """Sign in with ``--user``; once the database has accounts, nobody works anonymously."""
    from app.services.accounts import accounts_exist, sign_in

    user = getattr(args, "user", None)
    if user:
        args.identity = database.identity = sign_in(database, user, read_password(f"Password for {user}: "))
    elif accounts_exist(database):
        raise UserError("This database has accounts: sign in with --user NAME.")


def with_server_password(url: str | None) -> str | None:
    """A PostgreSQL URL without a password whose server asks for one: ask at the terminal (the password is never
    stored or put on the command line). Other URLs, or no terminal, are returned as they are."""
    if not url or not url.startswith("postgresql") or not (sys.stdin is not None and sys.stdin.isatty()):
        return url
    from sqlalchemy.engine import make_url

    from app.db import Database

    parsed = make_url(url)
    if parsed.password:
        return url
    try:
        Database(url).check_connection()
        return url
    except UserError as exc:
        if "password" not in str(exc):
            raise
    password = getpass.getpass(f"Database password for {parsed.username}@{parsed.host}: ")
    return parsed.set(password=password).render_as_string(hide_password=False)


def open_db(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    from app.db import open_database

    database = open_database(with_server_password(getattr(args, "db", None)), migrate=migrate)
    if migrate:  # an unmigrated database cannot have accounts yet
        sign_in_args(args, database)
    return database


def _database_fault(exc: Exception, args: argparse.Namespace) -> str | None:
    """One line for a fault of the database or its disk met in the middle of a command (the transaction was rolled
    back, so nothing was half-written)."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError | sqlite3.Error | OSError):
        return None
    from app import paths
    from app.db import fault_message, sqlite_file

    url = getattr(args, "db", None) or paths.default_database_url()
    return fault_message(exc, sqlite_file(url))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="recognition-desk", parents=[COMMON],
                     description="Recognition Desk: recognition of learning outcomes from non-formal education.")
    parser.add_argument("--verbose", action="store_true", help="more detail in the log file")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation end to end and exit (same as the selftest command)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    from app.logs import setup_logging

    log_file = setup_logging(verbose=args.verbose)
    func = getattr(args, "func", None)
    if args.selftest:
        from app.cli.selftest import run as selftest

        func = selftest
    elif func is None:  # no subcommand: the desktop application
        from app.cli.gui import run_gui

        func = run_gui
    try:
        return int(func(args) or EXIT_OK)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CancelledError:
        print("cancelled", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # output piped into a program that stopped reading (e.g. `| head`)
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        message = _database_fault(exc, args)
        if message:
            log.warning("Database fault in %s: %s", getattr(args, "command", "gui"), exc)
            print(f"error: {message}", file=sys.stderr)
            return EXIT_BAD_INPUT
        log.exception("Unexpected error in %s", getattr(args, "command", "gui"))
        print(f"error: unexpected {type(exc).__name__}: {exc} (details in {log_file})", file=sys.stderr)
        return EXIT_FAILURE
