"""Does a signer's certificate chain up to a certificate in the trusted-keys directory?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes

from app.messages import msg

from .record import Check

if TYPE_CHECKING:
    from .trustlist import ListedService

def readable(cert: x509.Certificate) -> x509.Certificate:
    """``cert``, once its names are known to be readable: the X.509 reader parses a name only when first asked
    for it, so a name that is not valid text (as some old CAs wrote them) would otherwise raise wherever it is
    first shown or compared. ValueError here, where a reader of certificates can refuse it with its reason."""
    try:
        cert.subject.rfc4514_string()
        cert.issuer.rfc4514_string()
    except ValueError:
        raise ValueError(msg("a name in the certificate is not valid text (some old certification authorities "
                             "wrote names that way): the certificate cannot be used")) from None
    return cert


def certificate_from_der(der: bytes) -> x509.Certificate:
    """A DER certificate whose structure and names can be read (ValueError otherwise)."""
    return readable(x509.load_der_x509_certificate(der))


TRUST_LIST_HINT = msg(
    "check the issuer's seal certificate against the EU Trusted Lists (eIDAS) or save the issuing CA's "
    "certificate into the trusted-keys directory"
)


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def chain_check(
    leaf: x509.Certificate,
    extra: list[x509.Certificate],
    anchors: list[x509.Certificate],
    files: dict[str, str] | None = None,
    listed: dict[str, ListedService] | None = None,
) -> Check:
    """An ``issuer trust`` check: True when ``leaf`` chains (through ``extra``) to one of ``anchors``, or to a CA
    service of a saved trusted list (``listed``, by certificate fingerprint); its detail then names the anchor and
    the trusted-folder file it came from, or the service, its country and the list's date."""
    listed = listed or {}
    if not anchors and not listed:
        return Check(
            "issuer trust", None, msg("certificate issued by {issuer}: {hint}",
                                      issuer=leaf.issuer.rfc4514_string()[:120], hint=TRUST_LIST_HINT)
        )
    anchor_fps = {a.fingerprint(hashes.SHA256()) for a in anchors}
    pool = extra + anchors + [s.certificate for s in listed.values()]
    cur = leaf
    via_list: ListedService | None = None
    for _ in range(10):
        fp = cur.fingerprint(hashes.SHA256())
        if fp in anchor_fps:
            file = (files or {}).get(fp.hex())
            anchor = cur.subject.rfc4514_string()[:120]
            return Check(
                "issuer trust",
                True,
                msg("certificate chain to the trusted anchor {anchor} (trusted-folder file {file})", anchor=anchor,
                    file=file) if file else msg("certificate chain to the trusted anchor {anchor}", anchor=anchor),
            )
        via_list = via_list or listed.get(fp.hex())
        nxt = next((c for c in pool if c is not cur and _issued_by(cur, c)), None)
        if nxt is None:
            break
        cur = nxt
    if via_list is not None:
        svc = via_list.service
        if svc.usable:
            return Check("issuer trust", True, msg("the issuer's certificate, which chains to {service}",
                                                   service=via_list.describe()))
        return Check("issuer trust", None, msg("the issuer's certificate chains to {service}, but that service's "
                                               "status there is {status} since {since}", service=via_list.describe(),
                                               status=svc.status, since=svc.status_since or "?"))
    return Check(
        "issuer trust",
        None,
        msg("the certificate does not chain to any certificate in the trusted-keys directory; {hint}",
            hint=TRUST_LIST_HINT),
    )
