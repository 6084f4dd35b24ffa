"""``audit verify``: check the audit log's hash chain."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import EXIT_FAILURE, EXIT_OK, add_command, open_db


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="audit log tools", description="Audit log tools.")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    add_command(actions, "verify", "check that no audit log entry was changed, removed or inserted", verify)


def verify(args: argparse.Namespace) -> int:
    from app.services.audit import verify_database

    report = verify_database(open_db(args))
    if report.ok:
        print(f"audit log intact: {report.checked} entries checked")
        return EXIT_OK
    print(f"audit log BROKEN at entry {report.first_broken_id}: {report.problem}")
    return EXIT_FAILURE
