"""``audit verify``: check the audit log's hash chain."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import EXIT_FAILURE, EXIT_OK, add_command, open_db


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="audit log tools", description="Audit log tools.")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    add_command(actions, "verify", "check that no audit log entry was changed, removed or inserted", verify)


class _TerminalProgress:
    """Entries checked so far on one rewritten line of stderr (only on a terminal; Ctrl+C stops the check)."""

    def __init__(self) -> None:
        self.shown = False

    def report(self, done: int, total: int, message: str = "") -> None:
        print(f"\rchecking the audit log: {done:,} of {total:,} entries", end="", file=sys.stderr, flush=True)
        self.shown = True

    @property
    def cancelled(self) -> bool:
        return False

    def close(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def verify(args: argparse.Namespace) -> int:
    from app.services.audit import verify_database

    db = open_db(args)
    progress = _TerminalProgress() if sys.stderr.isatty() else None
    try:
        report = verify_database(db, progress)
    finally:
        if progress is not None:
            progress.close()
    if report.ok:
        print(f"audit log intact: {report.checked} entries checked")
        return EXIT_OK
    print(f"audit log BROKEN at entry {report.first_broken_id}: {report.problem}")
    return EXIT_FAILURE
