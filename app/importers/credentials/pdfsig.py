"""PDF signatures (PAdES / adbe.pkcs7.detached) checked offline.

For every signature dictionary: the /ByteRange must start at 0 and leave a gap that is exactly the /Contents
hex string; the CMS SignedData is parsed with a small DER reader; the messageDigest attribute must equal the
digest of the signed byte ranges and the signer's signature over the signed attributes must verify with the
certificate in the CMS. Bytes after the last signed range must be covered by a later signature, or the file
was modified after signing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from app.messages import msg

from .record import Check
from .x509trust import chain_check

if TYPE_CHECKING:
    from .trustlist import ListedService

BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")
MAX_SIGNATURES = 20

OID_SIGNED_DATA = "1.2.840.113549.1.7.2"
OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
OID_SIGNING_TIME = "1.2.840.113549.1.9.5"
DIGEST_OIDS: dict[str, tuple[Any, type[hashes.HashAlgorithm]]] = {
    "1.3.14.3.2.26": (hashlib.sha1, hashes.SHA1),
    "2.16.840.1.101.3.4.2.1": (hashlib.sha256, hashes.SHA256),
    "2.16.840.1.101.3.4.2.2": (hashlib.sha384, hashes.SHA384),
    "2.16.840.1.101.3.4.2.3": (hashlib.sha512, hashes.SHA512),
}
RSA_OIDS = {
    "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.5", "1.2.840.113549.1.1.11",
    "1.2.840.113549.1.1.12", "1.2.840.113549.1.1.13",
}  # fmt: skip
ECDSA_OIDS = {"1.2.840.10045.4.1", "1.2.840.10045.4.3.2", "1.2.840.10045.4.3.3", "1.2.840.10045.4.3.4",
              "1.2.840.10045.2.1"}  # fmt: skip


class DerError(ValueError):
    pass


@dataclass
class Node:
    tag: int
    hstart: int  # start of the tag byte
    vstart: int
    vend: int
    children: list[Node] | None = None

    def raw(self, buf: bytes) -> bytes:
        return buf[self.hstart : self.vend]

    def value(self, buf: bytes) -> bytes:
        return buf[self.vstart : self.vend]


def parse_der(buf: bytes, pos: int = 0, end: int | None = None, depth: int = 0) -> tuple[Node, int]:  # noqa: C901 (a DER reader: one branch per ASN.1 tag class and length form)
    end = len(buf) if end is None else end
    if depth > 40:
        raise DerError("ASN.1 nested too deeply")
    if pos + 2 > end:
        raise DerError("truncated ASN.1")
    hstart = pos
    tag = buf[pos]
    pos += 1
    if tag & 0x1F == 0x1F:
        while pos < end and buf[pos] & 0x80:
            pos += 1
        pos += 1
    if pos >= end:
        raise DerError("truncated ASN.1 length")
    first = buf[pos]
    pos += 1
    constructed = bool(tag & 0x20)
    if first == 0x80:
        if not constructed:
            raise DerError("indefinite length on a primitive value")
        children: list[Node] = []
        vstart = pos
        while True:
            if pos + 2 > end:
                raise DerError("unterminated indefinite-length value")
            if buf[pos] == 0 and buf[pos + 1] == 0:
                node = Node(tag, hstart, vstart, pos, children)
                return node, pos + 2
            child, pos = parse_der(buf, pos, end, depth + 1)
            children.append(child)
    if first & 0x80:
        n = first & 0x7F
        if n == 0 or n > 4 or pos + n > end:
            raise DerError("bad ASN.1 length")
        length = int.from_bytes(buf[pos : pos + n], "big")
        pos += n
    else:
        length = first
    vstart, vend = pos, pos + length
    if vend > end:
        raise DerError("ASN.1 value runs past its container")
    node = Node(tag, hstart, vstart, vend)
    if constructed:
        node.children = []
        p = vstart
        while p < vend:
            child, p = parse_der(buf, p, vend, depth + 1)
            node.children.append(child)
    return node, vend


def oid_str(b: bytes) -> str:
    if not b:
        raise DerError("empty OID")
    parts = [b[0] // 40, b[0] % 40] if b[0] < 80 else [2, b[0] - 80]
    n = 0
    for byte in b[1:]:
        n = (n << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(n)
            n = 0
    return ".".join(str(p) for p in parts)


def _kids(node: Node, what: str) -> list[Node]:
    if node.children is None:
        raise DerError(f"{what} is not a constructed value")
    return node.children


@dataclass
class SignerInfo:
    digest_oid: str
    sig_oid: str
    signature: bytes
    signed_attrs: bytes | None  # DER re-tagged as SET
    message_digest: bytes | None
    signing_time: datetime | None
    serial: int | None
    econtent: bytes | None
    issuer_der: bytes | None = None


def parse_cms(blob: bytes) -> tuple[SignerInfo, list[x509.Certificate]]:  # noqa: C901 (the CMS SignedData fields in the order of RFC 5652)
    root, _ = parse_der(blob)
    kids = _kids(root, "ContentInfo")
    if len(kids) < 2 or kids[0].tag != 0x06 or oid_str(kids[0].value(blob)) != OID_SIGNED_DATA:
        raise DerError("not a CMS SignedData structure")
    sd = _kids(kids[1], "content")[0]
    sdk = _kids(sd, "SignedData")
    i = 2  # version, digestAlgorithms
    encap = sdk[i]
    econtent = None
    ek = _kids(encap, "encapContentInfo")
    if len(ek) > 1:
        inner = _kids(ek[1], "eContent")
        if inner and inner[0].tag == 0x04:
            econtent = inner[0].value(blob)
    i += 1
    certs: list[x509.Certificate] = []
    while i < len(sdk) and sdk[i].tag in (0xA0, 0xA1):
        if sdk[i].tag == 0xA0:
            for c in _kids(sdk[i], "certificates"):
                if c.tag == 0x30:
                    try:
                        certs.append(x509.load_der_x509_certificate(c.raw(blob)))
                    except ValueError:
                        continue
        i += 1
    if i >= len(sdk):
        raise DerError("no signerInfos")
    infos = _kids(sdk[i], "signerInfos")
    if not infos:
        raise DerError("no signer")
    si = _kids(infos[0], "SignerInfo")
    sid = si[1]
    serial = None
    issuer_der = None
    if sid.tag == 0x30:
        sk = _kids(sid, "IssuerAndSerialNumber")
        issuer_der = sk[0].raw(blob)
        serial = int.from_bytes(sk[1].value(blob), "big", signed=True)
    digest_oid = oid_str(_kids(si[2], "digestAlgorithm")[0].value(blob))
    j = 3
    signed_attrs = None
    message_digest = None
    signing_time = None
    if si[j].tag == 0xA0:
        raw = si[j].raw(blob)
        signed_attrs = b"\x31" + raw[1:]
        for attr in _kids(si[j], "signedAttrs"):
            ak = _kids(attr, "Attribute")
            oid = oid_str(ak[0].value(blob))
            vals = _kids(ak[1], "attribute values")
            if oid == OID_MESSAGE_DIGEST and vals:
                message_digest = vals[0].value(blob)
            elif oid == OID_SIGNING_TIME and vals:
                signing_time = _asn1_time(vals[0].tag, vals[0].value(blob))
        j += 1
    sig_oid = oid_str(_kids(si[j], "signatureAlgorithm")[0].value(blob))
    signature = si[j + 1].value(blob)
    return (
        SignerInfo(
            digest_oid, sig_oid, signature, signed_attrs, message_digest, signing_time, serial, econtent, issuer_der
        ),
        certs,
    )


def _asn1_time(tag: int, v: bytes) -> datetime | None:
    s = v.decode("ascii", "replace")
    try:
        if tag == 0x17:
            return datetime.strptime(s, "%y%m%d%H%M%SZ").replace(tzinfo=UTC)
        if tag == 0x18:
            return datetime.strptime(s.split(".")[0].rstrip("Z"), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return None


@dataclass
class PdfSigResult:
    count: int = 0
    checks: list[Check] = field(default_factory=list)
    empty_field: bool = False
    signers: list[str] = field(default_factory=list)


def check_pdf_signatures(
    data: bytes,
    anchors: list[x509.Certificate],
    now: datetime,
    files: dict[str, str] | None = None,
    listed: dict[str, ListedService] | None = None,
) -> PdfSigResult:
    """Every signature of the file; ``files`` and ``listed`` (trusted-folder file names, trusted-list services)
    let the issuer-trust check name what confirms the signer."""
    res = PdfSigResult()
    ranges = [tuple(int(x) for x in m.groups()) for m in BYTE_RANGE.finditer(data)][:MAX_SIGNATURES]
    if not ranges:
        res.empty_field = bool(re.search(rb"/FT\s*/Sig\b", data))
        return res
    res.count = len(ranges)
    size = len(data)
    stripped_end = len(data.rstrip(b"\r\n\x00 \t"))
    full_cover = [r for r in ranges if r[0] == 0 and r[2] + r[3] >= stripped_end]
    for n, (a, b, c, d) in enumerate(ranges, 1):
        label = f"signature {n}" if len(ranges) > 1 else "signature"
        if a != 0 or b <= 0 or c <= b or c + d > size or d < 0:
            res.checks.append(Check(label, False, msg("/ByteRange [{a} {b} {c} {d}] does not fit the file", a=a, b=b,
                                                      c=c, d=d)))
            continue
        gap = data[b:c]
        if not (gap.startswith(b"<") and gap.endswith(b">") and re.fullmatch(rb"<[0-9A-Fa-f\s]*>", gap)):
            res.checks.append(
                Check(
                    label,
                    False,
                    msg("the unsigned gap of /ByteRange is not exactly the /Contents value: other data there is not "
                        "covered by the signature"),
                )  # fmt: skip
            )
            continue
        try:
            blob = bytes.fromhex(re.sub(rb"\s", b"", gap[1:-1]).decode("ascii"))
            node, used = parse_der(blob)
            blob = blob[:used]
            info, certs = parse_cms(blob)
        except (DerError, ValueError, IndexError) as exc:
            res.checks.append(Check(label, False, msg("the signature value is not a readable CMS signature ({problem})",
                                                      problem=str(exc))))
            continue
        signed = data[a : a + b] + data[c : c + d]
        ok, detail, cert = _verify_signer(info, certs, signed)
        res.checks.append(Check(label, ok, detail))
        if cert is not None:
            res.signers.append(cert.subject.rfc4514_string()[:120])
            from .xmlsig import cert_time_checks

            cert_time_checks(res.checks, cert, info.signing_time, now)
            res.checks.append(chain_check(cert, certs, anchors, files, listed))
        # coverage
        if c + d >= stripped_end:
            res.checks.append(Check(f"{label} coverage", True, msg("covers the whole file")))
        elif any(fc is not (a, b, c, d) and fc[2] + fc[3] > c + d for fc in full_cover):
            res.checks.append(
                Check(
                    f"{label} coverage",
                    True,
                    msg("covers an earlier revision; the later changes are signed by a later signature"),
                )
            )
        else:
            res.checks.append(
                Check(
                    f"{label} coverage",
                    False,
                    msg("{count} bytes were added after signing and are not covered by any signature",
                        count=size - (c + d)),
                )  # fmt: skip
            )
    return res


def _verify_signer(
    info: SignerInfo, certs: list[x509.Certificate], signed: bytes
) -> tuple[bool | None, str, x509.Certificate | None]:
    if info.digest_oid not in DIGEST_OIDS:
        return None, msg("digest algorithm {oid} not supported", oid=info.digest_oid), None
    hfun, halg = DIGEST_OIDS[info.digest_oid]
    same_serial = [c for c in certs if info.serial is not None and c.serial_number == info.serial]
    cert = next((c for c in same_serial if info.issuer_der is None or c.issuer.public_bytes() == info.issuer_der), None)
    if cert is None and same_serial:
        cert = same_serial[0]
    if cert is None and len(certs) == 1:
        cert = certs[0]
    if cert is None:
        return None, msg("the signer's certificate is not embedded in the signature"), None
    content_digest = hfun(signed).digest()
    if info.signed_attrs is not None:
        if info.message_digest != content_digest:
            return False, msg("the signed content digest does not match the file (modified after signing)"), cert
        message = info.signed_attrs
    elif info.econtent is not None:
        if info.econtent != hashlib.sha1(signed).digest() and info.econtent != content_digest:
            return False, msg("the signed digest does not match the file (modified after signing)"), cert
        message = info.econtent
    else:
        message = signed
    key = cert.public_key()
    try:
        if info.sig_oid in RSA_OIDS and isinstance(key, rsa.RSAPublicKey):
            key.verify(info.signature, message, padding.PKCS1v15(), halg())
        elif info.sig_oid in ECDSA_OIDS and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(info.signature, message, ec.ECDSA(halg()))
        else:
            return None, msg("signature algorithm {oid} not supported offline", oid=info.sig_oid), cert
    except InvalidSignature:
        return False, msg("the signature does not verify with the signer's certificate"), cert
    who = cert.subject.rfc4514_string()[:120]
    return True, msg("valid signature by {signer}", signer=who), cert
