"""Does a signer's certificate chain up to a certificate in the trusted-keys directory?"""

from __future__ import annotations

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes

from .record import Check

TRUST_LIST_HINT = (
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
) -> Check:
    """An ``issuer trust`` check: True when ``leaf`` chains (through ``extra``) to one of ``anchors``; its detail
    then names the anchor and the trusted-folder file it came from."""
    if not anchors:
        return Check(
            "issuer trust", None, f"certificate issued by {leaf.issuer.rfc4514_string()[:120]}: {TRUST_LIST_HINT}"
        )
    anchor_fps = {a.fingerprint(hashes.SHA256()) for a in anchors}
    pool = extra + anchors
    cur = leaf
    for _ in range(10):
        fp = cur.fingerprint(hashes.SHA256())
        if fp in anchor_fps:
            file = (files or {}).get(fp.hex())
            where = f" (trusted-folder file {file})" if file else ""
            return Check(
                "issuer trust",
                True,
                f"certificate chain to the trusted anchor {cur.subject.rfc4514_string()[:120]}{where}",
            )
        nxt = next((c for c in pool if c is not cur and _issued_by(cur, c)), None)
        if nxt is None:
            break
        cur = nxt
    return Check(
        "issuer trust",
        None,
        f"the certificate does not chain to any certificate in the trusted-keys directory; {TRUST_LIST_HINT}",
    )
