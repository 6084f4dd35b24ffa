"""The trusted store as the user manages it: what is saved there, how old each snapshot is, import and removal.

A registry, federation statement or trusted list speaks for the day it was taken; the policy profile says how old a
snapshot may be (``max_snapshot_age_days``) before the trust page warns. Removing a file moves it to ``removed/``
beside the store (never a silent delete): a verdict given earlier can still be traced to what it relied on.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.errors import UserError
from app.importers.credentials.trusted import TrustedAssets, load_trusted
from app.messages import msg

# Kinds, in the order the trust page lists them.
KINDS = ("lotl", "trusted-list", "registry", "federation", "did-document", "certificate", "object")
IMPORTABLE_SUFFIXES = (".xml", ".json", ".jsonld", ".jwt", ".jws", ".pem", ".crt", ".cer", ".der")
REMOVED = "removed"


@dataclass(frozen=True)
class Snapshot:
    file: str
    kind: str  # one of KINDS
    name: str  # what the file speaks for: the registry, the list and its country, the DID, the certificate
    date: str = ""  # ISO date it speaks for ("" when it carries none)
    age_days: int | None = None  # days from ``date`` to today; None for keys and certificates
    too_old: bool = False  # older than the policy profile allows
    next_update: str = ""  # a trusted list's own next update (ISO date)
    overdue: bool = False  # that next update has passed
    valid_until: str = ""  # a certificate's end of validity (ISO date)
    expired: bool = False

    @property
    def dated(self) -> bool:
        return self.kind not in ("certificate", "object")

    @property
    def stale(self) -> bool:
        """Needs renewing: too old, past its next update, undated, or an expired certificate."""
        return self.too_old or self.overdue or self.expired or (self.dated and self.age_days is None)


def _age(iso: str, today: date) -> int | None:
    try:
        return (today - date.fromisoformat(iso)).days
    except ValueError:
        return None


def _dated(file: str, kind: str, name: str, iso: str, today: date, max_age: int, next_update: str = "") -> Snapshot:
    age = _age(iso, today)
    return Snapshot(file, kind, name, iso if age is not None else "", age, age is not None and age > max_age,
                    next_update, bool(next_update) and next_update < today.isoformat())  # fmt: skip


def snapshots(assets: TrustedAssets, *, max_age_days: int, today: date | None = None) -> list[Snapshot]:
    """Everything the store holds, one row per file (a PEM with several certificates gives one row each)."""
    today = today or datetime.now(UTC).date()
    rows: list[Snapshot] = []
    for tl in assets.trusted_lists:
        rows.append(_dated(tl.file, "lotl" if tl.is_lotl else "trusted-list", tl.name, tl.issued, today, max_age_days,
                           tl.next_update))  # fmt: skip
    for reg in assets.registries:
        kind = "federation" if reg.kind.startswith("OpenID Federation") else "registry"
        rows.append(_dated(reg.file, kind, reg.name, "" if reg.date == "an unknown date" else reg.date, today,
                           max_age_days))  # fmt: skip
    root = assets.root
    for file, (kind, ident) in sorted(assets.saved.items()):
        if kind == "did-document" and root is not None:
            # A DID document carries no date of its own: it speaks for the day it was saved.
            saved = datetime.fromtimestamp((root / file).stat().st_mtime, UTC).date().isoformat()
            rows.append(_dated(file, kind, ident, saved, today, max_age_days))
        else:
            rows.append(Snapshot(file, kind, ident))
    fps = assets.certificate_files
    for cert in assets.certificates:
        from cryptography.hazmat.primitives import hashes

        file = fps.get(cert.fingerprint(hashes.SHA256()).hex(), "")
        until = cert.not_valid_after_utc.date()
        rows.append(Snapshot(file, "certificate", cert.subject.rfc4514_string()[:160],
                             valid_until=until.isoformat(), expired=until < today))
    rows.sort(key=lambda s: (KINDS.index(s.kind), s.file, s.name))
    return rows


def list_store(folder: Path, *, max_age_days: int, today: date | None = None) -> tuple[list[Snapshot], list[str]]:
    """The store's rows and one line per file it refused (bad signature, unreadable, nobody vouches for it)."""
    try:
        assets = load_trusted(folder)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    return snapshots(assets, max_age_days=max_age_days, today=today), list(assets.problems)


def import_file(folder: Path, source: Path) -> list[str]:
    """Copy ``source`` into the store after checking that the store accepts it; returns the store's problems that
    remain (about other files). Raises ``UserError`` naming the file when it is refused: nothing is left behind."""
    if not source.is_file():
        raise UserError(msg("{file}: no such file", file=str(source)))
    if source.suffix.lower() not in IMPORTABLE_SUFFIXES:
        raise UserError(msg("{file}: not a trusted list, registry, entity statement, DID document, key or "
                            "certificate (expected {suffixes})", file=source.name,
                            suffixes=", ".join(IMPORTABLE_SUFFIXES)))  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    if target.exists():
        if target.read_bytes() == source.read_bytes():
            raise UserError(msg("{file} is already in the trusted store", file=source.name))
        raise UserError(msg("{file}: another file of that name is in the trusted store; remove it first",
                            file=source.name))
    before = {p for p in load_trusted(folder).problems}
    shutil.copyfile(source, target)  # a fresh modification time: the store is read again
    try:
        assets = load_trusted(folder)
    except (OSError, ValueError) as exc:
        target.unlink(missing_ok=True)
        raise UserError(msg("{file}: {problem}", file=source.name, problem=str(exc))) from None
    mine = [p for p in assets.problems if p.startswith(f"{source.name}:")]
    known = {s.file for s in snapshots(assets, max_age_days=10**6)}
    if mine or source.name not in known:
        target.unlink(missing_ok=True)
        if mine:
            raise UserError(mine[0])
        raise UserError(msg("{file}: not a trusted list, registry, entity statement, DID document, key or "
                            "certificate the store can use", file=source.name))
    return [p for p in assets.problems if p not in before and not p.startswith(f"{source.name}:")]


def remove_file(folder: Path, file: str) -> Path:
    """Move ``file`` out of the store into ``removed/`` (stamped with the time); returns where it went."""
    target = folder / file
    if Path(file).name != file or not target.is_file():
        raise UserError(msg("{file}: not in the trusted store", file=file))
    bin_dir = folder / REMOVED
    bin_dir.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    dest = bin_dir / f"{stamp}-{file}"
    shutil.move(str(target), dest)
    return dest
