"""State shared by the format readers while one file is inspected."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .record import Check, CredentialRecord, Status
from .trusted import TrustedAssets
from .util import Deadline, now_utc


@dataclass
class Ctx:
    trusted: TrustedAssets = field(default_factory=TrustedAssets)
    deadline: Deadline = field(default_factory=lambda: Deadline(10.0))
    now: datetime = field(default_factory=now_utc)


def conclude(rec: CredentialRecord, checks: list[Check], status: Status, message: str) -> None:
    """Set the verdict: any failed check makes the record invalid whatever ``status`` proposes."""
    failed = [c for c in checks if c.passed is False]
    if failed and status == "unsigned":
        # An unsigned file makes no authenticity claim: the verdict stays "unsigned", its problems are listed.
        message = f"{message} Also: " + "; ".join(c.detail for c in failed[:3]) + "."
    elif failed and status != "invalid":
        status = "invalid"
        message = f"{failed[0].detail}" + (f" (and {len(failed) - 1} more problem(s))" if len(failed) > 1 else "")
    rec.verification.status = status
    rec.verification.checks = checks
    rec.verification.message = message


def date_checks(
    checks: list[Check], ctx: Ctx, *, not_before: datetime | None, not_after: datetime | None, what: str
) -> None:
    if not_before is not None:
        if not_before > ctx.now:
            checks.append(Check("not-yet-valid", False, f"the {what} is valid only from {not_before.isoformat()}"))
        else:
            checks.append(Check("not-yet-valid", True, f"valid from {not_before.date().isoformat()}"))
    if not_after is not None:
        if not_after < ctx.now:
            checks.append(Check("expiry", False, f"the {what} expired on {not_after.date().isoformat()}"))
        else:
            checks.append(Check("expiry", True, f"valid until {not_after.date().isoformat()}"))
