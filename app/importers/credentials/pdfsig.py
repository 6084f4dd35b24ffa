"""PDF signatures (PAdES / adbe.pkcs7.detached / ETSI.CAdES.detached) checked offline with pyHanko.

pyHanko reads every filled signature field, checks that the digest of the signed byte ranges matches the CMS
signature and that the signature verifies with the signer's certificate, and analyses each incremental update made
after a signature: filling in form fields, adding a later signature or adding validation data (DSS, document
timestamps) is allowed, anything else reads "modified after signing".

Whether the signer is trusted is decided by pyhanko-certvalidator with a ValidationContext built only from the
trusted-keys directory (saved certificates and the usable CA services of vouched-for trusted lists): no operating
system trust store, and fetching disabled (no certificate, OCSP or CRL download, ever).
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from app.messages import msg

from .record import Check
from .x509trust import TRUST_LIST_HINT, certificate_from_der, chain_check

if TYPE_CHECKING:
    from .trustlist import ListedService
    from .util import Deadline

BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")
MAX_SIGNATURES = 20

# pyHanko logs every untrusted chain and unreadable field with a full traceback; the verdict states each problem
# in one line instead.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


# pyHanko's (ETSI EN 319 102-1) sub-indications for a chain that reaches a trusted root but does not validate.
_OUTSIDE = msg("a certificate of the chain was not valid at the time the signature states")
_REVOKED = msg("a certificate of the chain is revoked")
_WEAK = msg("the chain uses an algorithm considered too weak")
_TRUST_PROBLEMS = {
    "EXPIRED": _OUTSIDE, "OUT_OF_BOUNDS_NO_POE": _OUTSIDE, "OUT_OF_BOUNDS_NOT_REVOKED": _OUTSIDE,
    "NOT_YET_VALID": _OUTSIDE, "REVOKED": _REVOKED, "REVOKED_NO_POE": _REVOKED,
    "REVOKED_CA_NO_POE": msg("a CA certificate of the chain is revoked"),
    "CHAIN_CONSTRAINTS_FAILURE": msg("the chain breaks a constraint (CA flag, path length, name constraints or key "
                                     "usage)"),
    "SIG_CONSTRAINTS_FAILURE": msg("the signer's certificate does not allow signing documents (key usage)"),
    "CRYPTO_CONSTRAINTS_FAILURE": _WEAK, "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": _WEAK,
}  # fmt: skip


@dataclass
class PdfSigResult:
    count: int = 0
    checks: list[Check] = field(default_factory=list)
    empty_field: bool = False
    signers: list[str] = field(default_factory=list)
    # The file names a signature (/ByteRange) but its structure cannot be read: a truncated or broken signed PDF.
    unreadable: str = ""


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _to_asn1(cert: x509.Certificate) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _from_asn1(cert: Any) -> x509.Certificate:
    """The X.509 reader's certificate (ValueError when it refuses the certificate or one of its names)."""
    return certificate_from_der(cert.dump())


def _readable_certificates(emb: Any) -> list[x509.Certificate]:
    """The certificates the signature carries, less any the X.509 reader refuses (damaged: it cannot be a link of
    the chain the message names)."""
    out = []
    for choice in emb.signed_data["certificates"]:
        if choice.name != "certificate":
            continue
        with contextlib.suppress(ValueError):
            out.append(_from_asn1(choice.chosen))
    return out


def _trust_roots(anchors: list[x509.Certificate], listed: dict[str, ListedService]) -> list[Any]:
    """Saved certificates and the usable CA services of vouched-for trusted lists; a withdrawn service is not a
    root (it is only named in the verdict)."""
    return [_to_asn1(a) for a in anchors] + [_to_asn1(s.certificate) for s in listed.values() if s.service.usable]


def _validation_context(roots: list[Any], signed_at: datetime | None) -> Any:
    """Trust roots from the trusted-keys directory only: a list (even empty, never None) keeps the operating
    system's store out. No fetching: no certificate, OCSP or CRL download; a missing revocation answer is not an
    error offline ("soft-fail"). The chain is validated at the signing time the signature states, as for XAdES and
    JAdES seals: a sealed document stays valid after its certificate expires, and whether it was signed inside
    the certificate's validity is its own check ("certificate at signing time")."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail", moment=signed_at)


def _key_usage(signer_cert: Any) -> Any:
    """A document signature needs digitalSignature or nonRepudiation (pyHanko's default asks nonRepudiation only,
    which refuses many e-seal certificates); a certificate without the keyUsage extension is not restricted
    (RFC 5280 §4.2.1.3)."""
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    if signer_cert.key_usage_value is None:
        return KeyUsageConstraints(key_usage=set())  # empty, not None: None means pyHanko's default
    return KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"})


def check_pdf_signatures(
    data: bytes,
    anchors: list[x509.Certificate],
    now: datetime,
    files: dict[str, str] | None = None,
    listed: dict[str, ListedService] | None = None,
    deadline: Deadline | None = None,
) -> PdfSigResult:
    """Every signature of the file; ``files`` and ``listed`` (trusted-folder file names, trusted-list services)
    let the issuer-trust check name what confirms the signer."""
    res = PdfSigResult()
    if not BYTE_RANGE.search(data):
        res.empty_field = bool(re.search(rb"/FT\s*/Sig\b", data))
        return res
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    # pyHanko raises many exception types on hostile input (parser errors, KeyError, TypeError, …): any of them
    # means the signature structure cannot be read, which the verdict states in one line.
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        fields = list(enumerate_sig_fields(reader, filled_status=True))[:MAX_SIGNATURES]
    except Exception as exc:  # noqa: BLE001 (see above)
        res.unreadable = _short(exc)
        return res
    if not fields:
        res.unreadable = "no filled signature field is reachable from the document catalogue"
        return res
    embedded: list[tuple[str, Any]] = []
    for fq_name, _sig_obj, sig_field in fields:
        try:
            emb = EmbeddedPdfSignature(reader, sig_field, fq_name)
            revision = emb.signed_revision
        except Exception as exc:  # noqa: BLE001 (hostile input, see above)
            embedded.append((fq_name, _short(exc)))
            continue
        embedded.append((fq_name, (revision, emb)))
    embedded.sort(key=lambda e: e[1][0] if isinstance(e[1], tuple) else -1)
    res.count = len(embedded)
    roots = _trust_roots(anchors, listed or {})
    for n, (_name, item) in enumerate(embedded, 1):
        label = f"signature {n}" if len(embedded) > 1 else "signature"
        if deadline is not None:
            deadline.check("checking the PDF signatures")
        if isinstance(item, str):
            res.checks.append(Check(label, False, msg("the signature value is not a readable CMS signature ({problem})",
                                                      problem=item)))
            continue
        _check_one(res, label, item[1], roots, now, files, listed, data)
    return res


def _check_one(  # noqa: C901 (one branch per outcome pyHanko reports)
    res: PdfSigResult,
    label: str,
    emb: Any,
    roots: list[Any],
    now: datetime,
    files: dict[str, str] | None,
    listed: dict[str, ListedService] | None,
    data: bytes,
) -> None:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        status = validate_pdf_signature(emb, _validation_context(roots, emb.self_reported_timestamp),
                                        key_usage_settings=_key_usage(emb.signer_cert))  # fmt: skip
    except SignatureValidationError as exc:
        res.checks.append(Check(label, None, msg("the signature cannot be checked: {problem}", problem=_short(exc))))
        return
    except Exception as exc:  # noqa: BLE001 (hostile input: see check_pdf_signatures)
        res.checks.append(Check(label, False, msg("the signature value is not a readable CMS signature ({problem})",
                                                  problem=_short(exc))))  # fmt: skip
        return
    try:
        cert = _from_asn1(status.signing_cert)
    except ValueError as exc:  # a signer's certificate pyHanko took but the stricter X.509 reader does not
        res.checks.append(Check(label, False, msg("the signature value is not a readable CMS signature ({problem})",
                                                  problem=_short(exc))))  # fmt: skip
        return
    who = cert.subject.rfc4514_string()[:120]
    res.signers.append(who)
    coverage = status.coverage
    if coverage == SignatureCoverageLevel.UNCLEAR:
        res.checks.append(Check(label, False, msg("the unsigned gap of /ByteRange is not exactly the /Contents value: "
                                                  "other data there is not covered by the signature")))  # fmt: skip
    elif not status.intact:
        res.checks.append(Check(label, False, msg("the signed content digest does not match the file "
                                                  "(modified after signing)")))  # fmt: skip
    elif not status.valid:
        res.checks.append(Check(label, False, msg("the signature does not verify with the signer's certificate")))
    else:
        res.checks.append(Check(label, True, msg("valid signature by {signer}", signer=who)))
    from .xmlsig import cert_time_checks

    cert_time_checks(res.checks, cert, status.signer_reported_dt, now)
    res.checks.append(_trust_check(status, cert, emb, bool(roots), files, listed))
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        res.checks.append(Check(f"{label} coverage", True, msg("covers the whole file")))
    elif coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        level = status.modification_level
        if status.docmdp_ok and level is not None and level <= ModificationLevel.FORM_FILLING:
            what = (msg("covers an earlier revision; the later changes only add validation data or timestamps")
                    if level == ModificationLevel.LTA_UPDATES
                    else msg("covers an earlier revision; the later changes only fill in form fields or add "
                             "signatures") if level == ModificationLevel.FORM_FILLING
                    else msg("covers an earlier revision; the later changes do not change the document"))
            res.checks.append(Check(f"{label} coverage", True, what))
        else:
            later = max(emb.reader.xrefs.total_revisions - 1 - emb.signed_revision, 1)
            res.checks.append(Check(f"{label} coverage", False, msg(
                "modified after signing: changes beyond what a signed PDF allows (filling in form fields, adding "
                "signatures or validation data) in %n later revision(s) of the file", n=later)))
    elif coverage == SignatureCoverageLevel.CONTIGUOUS_BLOCK_FROM_START:
        byte_range = [int(x) for x in emb.sig_object["/ByteRange"]]
        tail = len(data) - byte_range[2] - byte_range[3]
        res.checks.append(Check(f"{label} coverage", False, msg(
            "modified after signing: {count} bytes were added after signing and are not a readable later revision "
            "of the file", count=tail)))


def _trust_check(
    status: Any,
    cert: x509.Certificate,
    emb: Any,
    has_roots: bool,
    files: dict[str, str] | None,
    listed: dict[str, ListedService] | None,
) -> Check:
    """``issuer trust`` from pyHanko's path validation, naming the trusted-folder file or trusted-list service."""
    path = status.validation_path
    if status.trusted and path is not None:
        anchor = _from_asn1(path.trust_anchor.authority.certificate)  # the roots given are all certificates
        fp = anchor.fingerprint(hashes.SHA256()).hex()
        service = (listed or {}).get(fp)
        if service is not None and fp not in (files or {}):
            return Check("issuer trust", True, msg("the issuer's certificate, which chains to {service}",
                                                   service=service.describe()))
        file = (files or {}).get(fp)
        name = anchor.subject.rfc4514_string()[:120]
        return Check("issuer trust", True,
                     msg("certificate chain to the trusted anchor {anchor} (trusted-folder file {file})", anchor=name,
                         file=file) if file else msg("certificate chain to the trusted anchor {anchor}", anchor=name))
    # Not trusted: name what the chain reaches (a withdrawn trusted-list service, or nothing in the folder); the
    # hand-written chain walk only words the message, it never confirms.
    embedded = _readable_certificates(emb)
    named = chain_check(cert, embedded, [], None, {k: v for k, v in (listed or {}).items() if not v.service.usable})
    if named.passed is None and "chains to" in named.detail:
        return named
    if not has_roots:
        return Check("issuer trust", None, msg("certificate issued by {issuer}: {hint}",
                                               issuer=cert.issuer.rfc4514_string()[:120], hint=TRUST_LIST_HINT))
    problem = status.trust_problem_indic
    if problem is not None and problem.name != "NO_CERTIFICATE_CHAIN_FOUND":
        # The chain (or the signer's certificate itself) breaks a rule: expired, revoked, wrong key usage, …; a
        # definite failure (revoked) fails the check, anything else leaves it open.
        what = (msg("the certificate chain to the trusted anchor {anchor}",
                    anchor=path.trust_anchor.authority.name.human_friendly[:120])
                if path is not None else msg("the signer's certificate chain"))  # fmt: skip
        failed = getattr(problem.status, "name", "") == "FAILED"
        return Check("issuer trust", False if failed else None,
                     msg("{what} does not validate: {problem}", what=what,
                         problem=_TRUST_PROBLEMS.get(problem.name, problem.name.lower().replace('_', ' '))))
    return Check("issuer trust", None,
                 msg("the certificate does not chain to any certificate in the trusted-keys directory; {hint}",
                     hint=TRUST_LIST_HINT))
