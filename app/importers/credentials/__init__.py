"""Importers: one credential file in, one typed :class:`CredentialRecord` out. No Qt, no database.

The format is detected from the content, never from the file name. Every problem ends in a record with
``error`` set (a message naming the file and the problem); no exception escapes :func:`inspect_file`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.messages import msg

from .binding import finalize_binding
from .common import Ctx
from .record import (
    ELEMENT_NAMES,
    FORMATS,
    MANDATORY_GROUPS,
    STATUSES,
    Check,
    CredentialRecord,
    Element,
    LearnerMatch,
    Verification,
)
from .trusted import TrustedAssets, load_trusted
from .util import Deadline, ImportFailure, now_utc

__all__ = [
    "ELEMENT_NAMES",
    "FORMATS",
    "MANDATORY_GROUPS",
    "STATUSES",
    "Check",
    "CredentialRecord",
    "Element",
    "LearnerMatch",
    "Verification",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIME_LIMIT",
    "detect",
    "inspect_bytes",
    "inspect_file",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIME_LIMIT = 10.0  # one deadline per file, covering every parser and the canonicaliser

log = logging.getLogger(__name__)


def detect(data: bytes) -> str:
    """The container kind of ``data``: pdf, png, svg, xml, json, jws, or a description of what else it is."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        low = data[:4096].lower()
        if b"<svg" in low:
            return "svg"
        return "xml"
    if text[:1] in (b"{", b"["):
        return "json"
    if text.startswith(b"eyJ"):
        return "jws"
    if text[:8].lower().startswith((b"http://", b"https://")):
        return "url"
    for magic, label in (
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive (e.g. a Word or OpenDocument file)"),
        (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
        (b"II*\x00", "a TIFF image"),
        (b"MM\x00*", "a TIFF image"),
        (b"RIFF", "a RIFF media file"),
        (b"\x1f\x8b", "a gzip archive"),
    ):
        if data.startswith(magic):
            return f"other:{label}"
    return "unknown"


def inspect_file(
    path: Path | str,
    *,
    applicant_names: Sequence[str] = (),
    applicant_ids: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    trusted_keys: Path | str | TrustedAssets | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> CredentialRecord:
    """Read one credential file. Never raises: problems come back as a record with ``error`` set."""
    p = Path(path)
    name = str(path)
    try:
        if not p.exists():
            return _failed(name, "the file does not exist")
        if p.is_dir():
            return _failed(name, "this is a folder, not a file")
        size = p.stat().st_size
        if size > max_bytes:
            return _failed(name, f"the file is too large ({size / 1048576:.1f} MiB; the limit is "
                                 f"{max_bytes / 1048576:.0f} MiB)")  # fmt: skip
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return _failed(name, f"the file cannot be read ({exc.strerror or exc})")
    return inspect_bytes(
        data,
        name=name,
        applicant_names=applicant_names,
        applicant_ids=applicant_ids,
        max_bytes=max_bytes,
        trusted_keys=trusted_keys,
        time_limit=time_limit,
    )


def inspect_bytes(
    data: bytes,
    *,
    name: str = "<data>",
    applicant_names: Sequence[str] = (),
    applicant_ids: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    trusted_keys: Path | str | TrustedAssets | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> CredentialRecord:
    """Read one credential from memory. Never raises: problems come back as a record with ``error`` set."""
    rec = CredentialRecord(file=name)
    try:
        rec.sha256 = hashlib.sha256(data).hexdigest()
        if len(data) > max_bytes:
            raise ImportFailure(f"the file is too large (more than {max_bytes / 1048576:.0f} MiB)")
        if not data.strip():
            raise ImportFailure("the file is empty")
        if isinstance(trusted_keys, TrustedAssets):
            trusted = trusted_keys
        else:
            try:
                trusted = load_trusted(Path(trusted_keys) if trusted_keys else None)
            except ValueError as exc:
                raise ImportFailure(str(exc)) from None
        ctx = Ctx(trusted=trusted, deadline=Deadline(time_limit), now=now_utc())
        _dispatch(rec, data, ctx)
        finalize_binding(rec)
        rec.compute_missing()
        from .learner import match_learner

        names = [n for n in [rec.value("learner_name")] if isinstance(n, str)]
        rec.learner_match = match_learner(names, rec.identities, applicant_names, applicant_ids)
    except ImportFailure as exc:
        _mark_failed(rec, str(exc), exc.status)
    except RecursionError:
        _mark_failed(rec, "the file is nested too deeply to read safely")
    except MemoryError:
        _mark_failed(rec, "the file needs too much memory to read")
    except Exception:  # noqa: BLE001 - the contract is: never an exception out of the importer
        log.exception("Unexpected error while inspecting %s", name)
        # The details go to the log; the user gets one plain line (never an exception class name).
        _mark_failed(rec, "the file is damaged or built in a way this app cannot read; ask for the original file "
                          "or check it with the issuer")  # fmt: skip
    return rec


def _failed(name: str, message: str) -> CredentialRecord:
    rec = CredentialRecord(file=name)
    _mark_failed(rec, message)
    return rec


def _mark_failed(rec: CredentialRecord, message: str, status: str = "unverifiable-offline") -> None:
    rec.error = f"{rec.file}: {message}"
    rec.elements.clear()
    rec.learning_outcomes = []
    rec.missing_mandatory = []
    rec.verification = Verification(
        status="invalid" if status == "invalid" else "unverifiable-offline",
        checks=[Check("read", False if status == "invalid" else None, message)],
        message=f"Not checked: {message}." if status != "invalid" else f"Invalid: {message}.",
    )


# ------------------------------------------------------------------------------------------------ dispatch


def _dispatch(rec: CredentialRecord, data: bytes, ctx: Ctx) -> None:
    kind = detect(data)
    if kind == "pdf":
        from .pdf import read_pdf

        read_pdf(rec, data, ctx)
    elif kind == "png":
        from .baked import unbake_png

        baked = unbake_png(data)
        if baked is None:
            _qr_image(rec, data, ctx, "PNG image carries no baked badge (no 'openbadges' or 'openbadgecredential' "
                                      "text chunk)")  # fmt: skip
            return
        _baked(rec, baked.text, baked.location, ctx)
    elif kind == "svg":
        from .baked import unbake_svg

        baked = unbake_svg(data)
        if baked is None:
            _qr_image(rec, data, ctx, "SVG image carries no baked badge (no openbadges:assertion or "
                                      "openbadges:credential)", svg=True)  # fmt: skip
            return
        _baked(rec, baked.text, baked.location, ctx)
    elif kind == "xml":
        from .edc import read_edc_xml

        read_edc_xml(rec, data, ctx)
    elif kind == "json":
        from .util import load_json

        _json(rec, load_json(data, "the JSON"), ctx, where="")
    elif kind == "jws":
        _jws(rec, data.decode("ascii", "replace"), ctx, where="")
    elif kind == "url":
        raise ImportFailure("the file holds only a web address, not a credential; open it and save the credential")
    elif kind == "other:a JPEG image":
        _qr_image(rec, data, ctx, "this is a JPEG image")
    elif kind.startswith("other:"):
        raise ImportFailure(f"this is {kind[6:]}, not a supported credential (badge, verifiable credential, "
                            f"Europass XML/JSON-LD or PDF)")  # fmt: skip
    else:
        raise ImportFailure("unrecognised file type: not a PDF, badge image, JSON, JWT or XML credential")


def _qr_image(rec: CredentialRecord, data: bytes, ctx: Ctx, what: str, *, svg: bool = False) -> None:
    from .qr import decode_image, decode_svg

    found = decode_svg(data) if svg else decode_image(data)
    if isinstance(found, str):
        raise ImportFailure(f"{what}; it was not searched for a QR code: {found}")
    if not found:
        raise ImportFailure(f"{what} and no QR code was found in it")
    read_qr(rec, found[0].text, found[0].where, ctx)
    if len(found) > 1:
        rec.verification.checks.append(
            Check("qr code", None, msg("{count} QR codes found in {where}; only the first one was read",
                                       count=len(found), where=found[0].where))
        )


def read_qr(rec: CredentialRecord, text: str, where: str, ctx: Ctx) -> None:
    """The content of a QR code: a credential (JSON, JWT, presentation) is read and verified; a link is named."""
    t = text.strip()
    if t.startswith(("{", "eyJ")):
        if t.startswith("{"):
            from .util import load_json

            _json(rec, load_json(t, f"the credential in the QR code ({where})"), ctx, where="")
        else:
            _jws(rec, t, ctx, where="")
        rec.verification.checks.insert(0, Check("qr code", True, msg("credential read from the QR code in {where}",
                                                                      where=where)))
        return
    if t.lower().startswith(("http://", "https://")):
        note = msg("the QR code points to {url} — open it on a connected computer to check", url=t[:300])
        verdict = msg("The QR code points to {url} — open it on a connected computer to check.", url=t[:300])
    else:
        note = msg("the QR code in {where} holds text that is not a credential: {text!r}", where=where, text=t[:120])
        verdict = msg("The QR code in {where} holds text that is not a credential: {text!r}.", where=where,
                      text=t[:120])
    rec.verification = Verification(status="unverifiable-offline", checks=[Check("qr code", None, note)],
                                    message=verdict)


def _baked(rec: CredentialRecord, text: str, where: str, ctx: Ctx) -> None:
    t = text.strip()
    if t.startswith("{"):
        from .util import load_json

        what = f"the JSON baked into the image ({where})"
        _json(rec, load_json(t, f"the credential baked into the image ({where})"), ctx, where="", what=what)
    elif t.startswith("eyJ"):
        _jws(rec, t, ctx, where="")
    elif t.startswith(("http://", "https://")):
        from .openbadges2 import read_assertion

        read_assertion(rec, {"verify": {"type": "hosted", "url": t}, "id": t}, ctx)
        rec.verification.message = msg(
            "The image only points to {url}: open that address to see and check the badge (it needs the network).",
            url=t)
    else:
        raise ImportFailure(f"{where} does not hold a credential (neither JSON, a signed JWT nor a URL)")
    checks = rec.verification.checks
    checks.insert(0, Check("baked", True, msg("credential found in {where}", where=where)))


def _json(rec: CredentialRecord, obj: Any, ctx: Ctx, where: str, what: str = "the JSON") -> None:
    """Read a credential given as JSON (``what`` names it in a refusal: "the JSON baked into the image …")."""
    from . import edc, openbadges2, vc

    if isinstance(obj, list):
        raise ImportFailure("the JSON holds a list, not a single credential")
    if not isinstance(obj, dict):
        raise ImportFailure("the JSON is not a credential object")
    if edc.is_jades(obj):
        edc.read_jades(rec, obj, ctx)
        return
    if vc.is_edc_payload(obj):
        edc.read_elm3(rec, obj, ctx, [], "unsigned", "")
        return
    if vc.is_vc(obj):
        vc.read_vc(rec, obj, ctx, where=where)
        return
    if openbadges2.is_ob2_assertion(obj):
        openbadges2.read_assertion(rec, obj, ctx, where=where)
        return
    types = vc.types_of(obj)
    if "BadgeClass" in types or "Issuer" in types or "Profile" in types:
        raise ImportFailure(f"this is an Open Badges {types[0]} (a description), not a badge awarded to a person")
    if "VerifiablePresentation" in types:
        _presentation(rec, obj, ctx)
        return
    raise ImportFailure(f"{what} is not a recognised credential (Open Badges, CLR or Europass)")


def _presentation(rec: CredentialRecord, vp: dict[str, Any], ctx: Ctx) -> None:
    """A verifiable presentation: the first credential inside it is read and verified on its own; the holder's
    proof of the presentation says only who handed it over, so it is not what makes the credential authentic."""
    from .util import as_list

    creds = [c for c in as_list(vp.get("verifiableCredential")) if isinstance(c, dict | str)]
    if not creds:
        raise ImportFailure("this is a verifiable presentation with no credential inside")
    first = creds[0]
    if isinstance(first, str):
        _jws(rec, first, ctx, where="")
    else:
        _json(rec, first, ctx, where="/verifiableCredential/0")
    note = (msg("the presentation holds {count} credentials; the first one was read; the holder's own proof is not "
                "checked", count=len(creds)) if len(creds) > 1
            else msg("the presentation holds one credential; the holder's own proof is not checked"))
    rec.verification.checks.insert(0, Check("presentation", None, note))


def _jws(rec: CredentialRecord, text: str, ctx: Ctx, where: str) -> None:
    from . import openbadges2, vc
    from .jose import parse_compact

    jws = parse_compact(text)
    payload = jws.payload_json("the JWT payload")
    if isinstance(payload, dict) and isinstance(payload.get("vp"), dict):
        _presentation(rec, payload["vp"], ctx)
        return
    inner = vc.vc_from_jwt_payload(payload)
    if inner is not None:
        vc.read_vc(rec, inner, ctx, jwt=jws, jwt_payload=payload if isinstance(payload, dict) else {},
                   where="/vc" if isinstance(payload, dict) and "vc" in payload else "")  # fmt: skip
        return
    if openbadges2.is_ob2_assertion(payload):
        openbadges2.read_assertion(rec, payload, ctx, jws=jws)
        return
    raise ImportFailure("the signed token does not hold a credential (no 'vc' claim and no badge assertion)")
