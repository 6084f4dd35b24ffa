"""``audit verify``: check the audit log's hash chain."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import EXIT_FAILURE, EXIT_OK, add_command, open_db


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="audit log tools", description="Audit log tools.")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify_parser = add_command(
        actions, "verify", "check that no audit log entry was changed, removed or inserted, and that every row of "
        "the decision record still has the content the log recorded", verify)
    verify_parser.add_argument(
        "--anchor", action="append", default=[], metavar="FILE.pdf|N:HASH",
        help="a signed protocol or order (PDF), or the entry number and hash printed on it: checks that the log "
             "still holds that entry with that hash (catches a cut tail and a recomputed chain); repeatable")


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


def parse_anchor(text: str) -> tuple[int, str]:
    """``N:HASH`` as typed, or the anchor stored in a signed paper's PDF metadata."""
    import re
    from pathlib import Path

    from app.errors import UserError

    value = text.strip()
    if not re.fullmatch(r"\d+:[0-9a-fA-F]{64}", value):
        if not Path(value).is_file():
            raise UserError(f"--anchor {text}: neither an existing PDF file nor an entry number and hash (N:HASH).")
        from app.reports.pdf_document import read_anchor

        value = read_anchor(value)
        if not re.fullmatch(r"\d+:[0-9a-fA-F]{64}", value):
            raise UserError(f"--anchor {text}: the PDF carries no audit log anchor (not a signed protocol or order "
                            "made by this application).")
    number, digest = value.split(":", 1)
    return int(number), digest.lower()


def verify(args: argparse.Namespace) -> int:
    from app.services.audit import verify_database

    anchors = [parse_anchor(a) for a in args.anchor]
    db = open_db(args)
    progress = _TerminalProgress() if sys.stderr.isatty() else None
    try:
        report = verify_database(db, progress, anchors)
    finally:
        if progress is not None:
            progress.close()
    if report.ok:
        anchored = f", {len(anchors)} anchors found" if anchors else ""
        print(f"audit log intact: {report.checked} entries checked, {report.rows_checked} rows match their "
              f"recorded hashes{anchored}")
        return EXIT_OK
    where = f" at entry {report.first_broken_id}" if report.first_broken_id else ""
    print(f"audit log BROKEN{where}: {report.problem}")
    return EXIT_FAILURE
