"""``inspect FILE...``: read credential files and show their elements, outcomes and authenticity verdict.

Folders are expanded to the files inside them. With ``--json`` a JSON list is printed, one object per file
(failed files included, with ``error`` set). Exit status: 0 when every file could be read (whatever its
verdict: ``invalid`` is a finding, not a failure of the command); 2 when at least one file could not be read,
with one line per such file on stderr. Nothing here touches the network or the database.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.errors import UserError

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def register(subparsers: Any) -> None:
    from app.cli import add_command

    parser = add_command(
        subparsers,
        "inspect",
        "read credential files (badges, verifiable credentials, Europass, PDF) and check them offline",
        run,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="credential files or folders")
    parser.add_argument("--json", action="store_true", help="print a JSON list, one object per file")
    parser.add_argument("--trusted-keys", metavar="DIR", type=Path, default=None,
                        help="folder of saved issuer keys, hosted badge objects, status lists and CA certificates "
                             "to verify against instead of the network")  # fmt: skip
    parser.add_argument(
        "--applicant",
        action="append",
        default=[],
        metavar="NAME",
        help="applicant's name (or e-mail) to compare with the credential's learner; repeatable",
    )
    parser.add_argument("--max-mb", type=float, default=50.0, metavar="MB", help="largest file to read (default 50)")


def expand(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not any(
                part.startswith(".") for part in f.relative_to(p).parts)))  # fmt: skip
        else:
            out.append(p)
    return out


def run(args: argparse.Namespace) -> int:
    from app.importers.credentials import inspect_file
    from app.importers.credentials.trusted import load_trusted

    trusted = None
    if args.trusted_keys is not None:
        try:
            trusted = load_trusted(args.trusted_keys)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        for problem in trusted.problems:  # a refused list or key must not go unnoticed: one line each, not used
            print(f"{args.trusted_keys}: not used: {problem}", file=sys.stderr)
    files = expand(args.files)
    if not files:
        raise UserError("no files to inspect (the folders given are empty)")
    max_bytes = int(args.max_mb * 1024 * 1024)
    records = []
    for f in files:
        rec = inspect_file(f, applicant_names=args.applicant, max_bytes=max_bytes,
                           trusted_keys=trusted if trusted is not None else None)  # fmt: skip
        records.append(rec)
    if args.json:
        json.dump([r.to_json() for r in records], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in records:
            print(summary(r))
    bad = [r for r in records if r.error]
    for r in bad:
        print(f"error: {r.error}", file=sys.stderr)
    return EXIT_BAD_INPUT if bad else EXIT_OK


def summary(rec: Any) -> str:
    status = "NOT READ" if rec.error else rec.verification.status.upper()
    lines = [f"{rec.file}  [{rec.format or 'unknown format'}]  {status}"]
    if rec.error:
        lines.append(f"  could not be read: {rec.error.split(': ', 1)[-1]}")
        return "\n".join(lines) + "\n"
    lines.append(f"  verdict: {rec.verification.message}")
    if rec.verification.status == "verified":
        lines.append(f"  issuer binding: {rec.verification.issuer_binding} — {rec.verification.issuer_binding_by}")
    for c in rec.verification.checks:
        mark = {True: "ok ", False: "BAD", None: " ? "}[c.passed]
        lines.append(f"    [{mark}] {c.name}: {c.detail}")
    from app.importers.credentials.record import ELEMENT_NAMES

    for name in ELEMENT_NAMES:
        if name == "learning_outcomes":
            continue
        el = rec.elements.get(name)
        if el is not None:
            lines.append(f"  {name.replace('_', ' ')}: {el.value}   ({el.source})")
    if rec.learning_outcomes:
        lines.append(f"  learning outcomes ({rec.elements['learning_outcomes'].source}):")
        lines.extend(f"    - {o}" for o in rec.learning_outcomes)
    if rec.missing_mandatory:
        lines.append("  missing mandatory elements: " + ", ".join(rec.missing_mandatory))
    if rec.learner_match.status != "not-checked":
        lines.append(f"  learner: {rec.learner_match.status} ({rec.learner_match.detail})")
    return "\n".join(lines) + "\n"
