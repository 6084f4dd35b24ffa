"""State shared by the format readers while one file is inspected."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.messages import msg

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
        problems = join_messages([c.detail for c in failed[:3]])
        message = msg("{message} Also: {problems}.", message=message, problems=problems)
    elif failed and status != "invalid":
        status = "invalid"
        message = failed[0].detail if len(failed) == 1 else msg(
            "{problem} (and %n more problem(s))", n=len(failed) - 1, problem=failed[0].detail)
    rec.verification.status = status
    rec.verification.checks = checks
    rec.verification.message = message


# A credential's verdict in a few words, as a check that reads another credential (nested, in a QR code) names it.
STATUS_WORDS = {"verified": msg("signature verified"), "invalid": msg("invalid"), "unsigned": msg("unsigned"),
                "unverifiable-offline": msg("not verifiable offline")}

# What the validity dates belong to, as the date checks name it.
_WHAT = {"credential": msg("the credential"), "badge": msg("the badge")}


def date_checks(
    checks: list[Check], ctx: Ctx, *, not_before: datetime | None, not_after: datetime | None, what: str
) -> None:
    if not_before is not None:
        if not_before > ctx.now:
            checks.append(Check("not-yet-valid", False, msg("{what} is valid only from {date}",
                                                            what=_WHAT.get(what, what), date=not_before.isoformat())))
        else:
            checks.append(Check("not-yet-valid", True, msg("valid from {date}", date=not_before.date().isoformat())))
    if not_after is not None:
        if not_after < ctx.now:
            checks.append(Check("expiry", False, msg("{what} expired on {date}", what=_WHAT.get(what, what),
                                                      date=not_after.date().isoformat())))
        else:
            checks.append(Check("expiry", True, msg("valid until {date}", date=not_after.date().isoformat())))


def join_messages(parts: list[str], separator: str = "; ") -> str:
    """``parts`` joined by ``separator``, each kept translatable (a message stays a message)."""
    if not parts:
        return ""
    joined = parts[0]
    for part in parts[1:]:
        joined = msg("{first}" + separator + "{second}", first=joined, second=part)
    return joined


def then(first: str, second: str) -> str:
    """Two sentences of a verdict one after the other (either may be empty), each kept translatable."""
    if not first.strip():
        return second
    if not second.strip():
        return first
    return msg("{first} {second}", first=first, second=second)
