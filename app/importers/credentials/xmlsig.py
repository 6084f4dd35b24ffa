"""Enveloped XML signatures (XAdES as used by Europass EDC XML), verified offline.

Supported: references to the whole document (``URI=""``) with the enveloped-signature transform, the XPath 1.0
filter ``not(ancestor-or-self::ds:Signature)`` or an XPath Filter 2.0 ``subtract`` of the signatures; references
to an element by Id (XAdES SignedProperties); inclusive and exclusive C14N 1.0; RSA and ECDSA with SHA-1/2.
Anything else is reported as not checked rather than guessed.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from lxml import etree

from app.messages import msg

from .record import Check
from .util import parse_datetime

DS = "http://www.w3.org/2000/09/xmldsig#"
NS = {"ds": DS}
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
EXC_C14N_C = "http://www.w3.org/2001/10/xml-exc-c14n#WithComments"
C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
C14N_C = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"
C14N11 = "http://www.w3.org/2006/12/xml-c14n11"
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
XPATH = "http://www.w3.org/TR/1999/REC-xpath-19991116"
XPATH2 = "http://www.w3.org/2002/06/xmldsig-filter2"
C14N_ALGS = {EXC_C14N, EXC_C14N_C, C14N, C14N_C, C14N11}

DIGESTS: dict[str, Any] = {
    "http://www.w3.org/2000/09/xmldsig#sha1": hashlib.sha1,
    "http://www.w3.org/2001/04/xmlenc#sha256": hashlib.sha256,
    "http://www.w3.org/2001/04/xmldsig-more#sha384": hashlib.sha384,
    "http://www.w3.org/2001/04/xmlenc#sha512": hashlib.sha512,
}
SIG_ALGS: dict[str, tuple[str, type[hashes.HashAlgorithm]]] = {
    "http://www.w3.org/2000/09/xmldsig#rsa-sha1": ("rsa", hashes.SHA1),
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256": ("rsa", hashes.SHA256),
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384": ("rsa", hashes.SHA384),
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512": ("rsa", hashes.SHA512),
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256": ("ec", hashes.SHA256),
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384": ("ec", hashes.SHA384),
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512": ("ec", hashes.SHA512),
}


class Unsupported(Exception):
    pass


@dataclass
class XmlSigResult:
    present: bool
    checks: list[Check] = field(default_factory=list)
    certificate: x509.Certificate | None = None
    signing_time: datetime | None = None
    chain: list[x509.Certificate] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(c.passed is False for c in self.checks)

    @property
    def crypto_ok(self) -> bool:
        names = {c.name for c in self.checks if c.passed is True}
        return {"reference digests", "signature value"} <= names and not self.failed


def _c14n(node: Any, alg: str) -> bytes:
    if alg not in C14N_ALGS:
        raise Unsupported(f"canonicalisation {alg}")
    exclusive = alg in (EXC_C14N, EXC_C14N_C)
    comments = alg in (EXC_C14N_C, C14N_C)
    return bytes(etree.tostring(node, method="c14n", exclusive=exclusive, with_comments=comments))


def _remove_keep_tail(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _whole_document_digest(root: Any, transforms: list[Any], digest: Any, signature: Any) -> bytes:
    doc_copy = copy.deepcopy(root)
    # find the signature in the copy by its position
    path = root.getroottree().getpath(signature)
    c14n_alg = C14N
    remove_sigs = False
    for tr in transforms:
        alg = tr.get("Algorithm")
        if alg == ENVELOPED:
            remove_sigs = True
        elif alg == XPATH:
            expr = "".join(tr.xpath("ds:XPath/text()", namespaces=NS)).strip()
            if expr.replace(" ", "") != "not(ancestor-or-self::ds:Signature)":
                raise Unsupported(f"XPath transform {expr!r}")
            remove_sigs = True
        elif alg == XPATH2:
            for f in tr:
                if not isinstance(f.tag, str):
                    continue
                expr = (f.text or "").strip()
                if f.get("Filter") != "subtract" or expr.replace(" ", "") not in (
                    "/descendant::ds:Signature",
                    "//ds:Signature",
                ):
                    raise Unsupported(f"XPath Filter 2.0 {f.get('Filter')} {expr!r}")
            remove_sigs = True
        elif alg in C14N_ALGS:
            c14n_alg = alg
        else:
            raise Unsupported(f"transform {alg}")
    tree_copy = etree.ElementTree(doc_copy)
    if remove_sigs:
        for sig in tree_copy.xpath("//ds:Signature", namespaces=NS):
            _remove_keep_tail(sig)
    else:
        found = tree_copy.xpath(path)
        if found:
            raise Unsupported("a whole-document reference without removing the signature")
    # URI="" excludes comments whatever the canonicalisation says
    data = _c14n(doc_copy, c14n_alg.replace("#WithComments", ""))
    return bytes(digest(data).digest())


def verify_enveloped(root: Any, *, now: datetime) -> XmlSigResult:  # noqa: C901 (the XMLDSig steps in the order of the specification, each refusing with its reason)
    sigs = root.xpath("//ds:Signature", namespaces=NS)
    if not sigs:
        return XmlSigResult(present=False)
    sig = sigs[0]
    res = XmlSigResult(present=True)
    checks = res.checks
    if len(sigs) > 1:
        checks.append(Check("signatures", None, msg("{count} signatures found; only the first is checked",
                                                     count=len(sigs))))
    si = sig.find("ds:SignedInfo", NS)
    if si is None:
        checks.append(Check("structure", False, msg("the signature has no SignedInfo")))
        return res
    cm = si.find("ds:CanonicalizationMethod", NS)
    sm = si.find("ds:SignatureMethod", NS)
    c14n_alg = cm.get("Algorithm") if cm is not None else None
    sig_alg = sm.get("Algorithm") if sm is not None else None

    # --- references -------------------------------------------------------------------------------------------
    ids: dict[str, Any] = {}
    for el in root.iter():
        if isinstance(el.tag, str):
            for attr in ("Id", "ID", "id"):
                v = el.get(attr)
                if v:
                    ids.setdefault(v, el)
    ref_ok = True
    ref_unsupported = ""
    refs = si.findall("ds:Reference", NS)
    if not refs:
        checks.append(Check("reference digests", False, msg("the signature covers nothing (no Reference)")))
        ref_ok = False
    whole_doc = False
    for ref in refs:
        uri = ref.get("URI")
        dm = ref.find("ds:DigestMethod", NS)
        dv = "".join(ref.xpath("ds:DigestValue/text()", namespaces=NS)).strip()
        digest = DIGESTS.get(dm.get("Algorithm") if dm is not None else "")
        transforms = ref.findall("ds:Transforms/ds:Transform", NS)
        try:
            if digest is None:
                raise Unsupported(f"digest {dm.get('Algorithm') if dm is not None else None}")
            if uri == "":
                whole_doc = True
                got = _whole_document_digest(root, transforms, digest, sig)
            elif uri and uri.startswith("#") and uri[1:] in ids:
                target = ids[uri[1:]]
                alg = C14N
                for tr in transforms:
                    a = tr.get("Algorithm")
                    if a in C14N_ALGS:
                        alg = a
                    elif a != ENVELOPED:
                        raise Unsupported(f"transform {a}")
                got = digest(_c14n(target, alg)).digest()
            else:
                raise Unsupported(f"reference URI {uri!r}")
            expected = base64.b64decode(dv)
        except Unsupported as exc:
            ref_unsupported = str(exc)
            continue
        except (binascii.Error, ValueError):
            checks.append(Check("reference digests", False, msg("unreadable digest value for reference {uri!r}",
                                                                   uri=uri)))
            ref_ok = False
            continue
        if got != expected:
            what = msg("the signed document") if uri == "" else msg("the signed element {uri}", uri=uri)
            checks.append(Check("reference digests", False, msg("{what} was changed after signing (digest mismatch)",
                                                                what=what)))
            ref_ok = False
    if ref_ok and not ref_unsupported and whole_doc:
        checks.append(Check("reference digests", True, msg("the document and signed properties are unchanged")))
    elif ref_ok and ref_unsupported:
        checks.append(Check("reference digests", None, msg("not checked: unsupported {what}", what=ref_unsupported)))
    elif ref_ok and not whole_doc:
        checks.append(Check("reference digests", None, msg("the signature does not cover the whole document")))

    # --- certificate and signature value ------------------------------------------------------------------------
    certs: list[x509.Certificate] = []
    for txt in sig.xpath("ds:KeyInfo/ds:X509Data/ds:X509Certificate/text()", namespaces=NS):
        try:
            certs.append(x509.load_der_x509_certificate(base64.b64decode("".join(str(txt).split()))))
        except (ValueError, binascii.Error):
            checks.append(Check("certificate", False, msg("the embedded certificate is unreadable")))
    res.chain = certs
    if not certs:
        checks.append(Check("signature value", None, msg("no certificate in the signature: the signer's key is "
                                                          "unknown")))
        return res
    cert = certs[0]
    res.certificate = cert
    try:
        if sig_alg not in SIG_ALGS:
            raise Unsupported(f"signature method {sig_alg}")
        kind, h = SIG_ALGS[sig_alg]
        signed = _c14n(si, c14n_alg or C14N)
        value = base64.b64decode("".join("".join(sig.xpath("ds:SignatureValue/text()", namespaces=NS)).split()))
        key = cert.public_key()
        if kind == "rsa" and isinstance(key, rsa.RSAPublicKey):
            key.verify(value, signed, padding.PKCS1v15(), h())
        elif kind == "ec" and isinstance(key, ec.EllipticCurvePublicKey):
            half = len(value) // 2
            der = encode_dss_signature(int.from_bytes(value[:half], "big"), int.from_bytes(value[half:], "big"))
            key.verify(der, signed, ec.ECDSA(h()))
        else:
            raise Unsupported("key type does not match the signature method")
        checks.append(Check("signature value", True, msg("valid signature by {signer}",
                                                          signer=cert.subject.rfc4514_string()[:160])))
    except Unsupported as exc:
        checks.append(Check("signature value", None, msg("not checked: unsupported {what}", what=str(exc))))
    except InvalidSignature:
        checks.append(
            Check("signature value", False, msg("the signature value does not match (the file was altered after "
                                                "signing)"))
        )
    except (ValueError, binascii.Error) as exc:
        checks.append(Check("signature value", False, msg("unreadable signature value ({problem})", problem=str(exc))))

    # --- signing time against the certificate validity ------------------------------------------------------------
    st = root.xpath("//*[local-name()='SigningTime']/text()")
    res.signing_time = parse_datetime(str(st[0])) if st else None
    cert_time_checks(checks, cert, res.signing_time, now)
    return res


def cert_time_checks(checks: list[Check], cert: x509.Certificate, signed_at: datetime | None, now: datetime) -> None:
    nb, na = cert.not_valid_before_utc, cert.not_valid_after_utc
    if signed_at is not None:
        if nb <= signed_at <= na:
            checks.append(Check("certificate at signing time", True, msg(
                "signed {signed}, certificate valid {start}–{end}", signed=signed_at.date().isoformat(),
                start=nb.date().isoformat(), end=na.date().isoformat())))
        else:
            checks.append(Check("certificate at signing time", False, msg(
                "signed {signed} outside the certificate's validity {start}–{end}",
                signed=signed_at.date().isoformat(), start=nb.date().isoformat(), end=na.date().isoformat())))
    if na < now:
        checks.append(Check("certificate now", None, msg(
            "the certificate expired on {date}; a sealed document stays valid if it was sealed before that "
            "(long-term timestamps are not checked offline)", date=na.date().isoformat())))
