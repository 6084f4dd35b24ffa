"""Enveloped XML signatures (XAdES as used by Europass EDC XML, ETSI trusted lists), verified offline.

python-xmlsec (xmlsec1 on the libxml2 that lxml uses) checks the signature: it canonicalises SignedInfo, verifies
the SignatureValue with the key of the signing certificate and recomputes every Reference with its transforms and
digest. What stays here, because xmlsec does not do it:

- which signatures are accepted at all: same-document references only (``URI=""`` or ``#Id`` of one element,
  never a file or a web address: xmlsec is not asked to open them), an allow-list of transforms (enveloped
  signature, C14N 1.0/1.1 and exclusive C14N with or without comments, XPath and XPath Filter 2.0), digests and
  signature methods (RSA and ECDSA with SHA-1/2);
- whether the signature covers the whole document (an XPath that leaves out more than the signature does not);
- the XAdES signed properties: that a reference of type SignedProperties covers them, that their
  SigningCertificate(V2) digest names the certificate the signature was checked with, and the signing time;
- the explanation of a failure: xmlsec only says "Signature is invalid", so the references are recomputed with
  lxml to name the one that changed. That recomputation never passes a signature xmlsec failed.

The certificate chain walk to a trusted anchor is ``x509trust.chain_check``, called by the importers.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import xmlsec
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from lxml import etree

from app.messages import msg

from .record import Check
from .util import parse_datetime
from .x509trust import certificate_from_der

DS = "http://www.w3.org/2000/09/xmldsig#"
NS = {"ds": DS}
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
EXC_C14N_C = "http://www.w3.org/2001/10/xml-exc-c14n#WithComments"
C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
C14N_C = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"
C14N11 = "http://www.w3.org/2006/12/xml-c14n11"
C14N11_C = "http://www.w3.org/2006/12/xml-c14n11#WithComments"
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
XPATH = "http://www.w3.org/TR/1999/REC-xpath-19991116"
XPATH2 = "http://www.w3.org/2002/06/xmldsig-filter2"
C14N_ALGS = {EXC_C14N, EXC_C14N_C, C14N, C14N_C, C14N11, C14N11_C}
SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties"
# The XPath expressions that remove exactly the signatures (XPath 1.0 filter, XPath Filter 2.0 subtract).
SIGNATURE_ONLY_XPATH = {"not(ancestor-or-self::ds:Signature)"}
SIGNATURE_ONLY_XPATH2 = {"/descendant::ds:Signature", "//ds:Signature"}

_T = xmlsec.constants
C14N_TRANSFORMS = {
    EXC_C14N: _T.TransformExclC14N, EXC_C14N_C: _T.TransformExclC14NWithComments,
    C14N: _T.TransformInclC14N, C14N_C: _T.TransformInclC14NWithComments,
    C14N11: _T.TransformInclC14N11, C14N11_C: _T.TransformInclC14N11WithComments,
}  # fmt: skip
REFERENCE_TRANSFORMS = {**C14N_TRANSFORMS, ENVELOPED: _T.TransformEnveloped, XPATH: _T.TransformXPath,
                        XPATH2: _T.TransformXPath2}  # fmt: skip
DIGESTS: dict[str, Any] = {
    "http://www.w3.org/2000/09/xmldsig#sha1": (hashlib.sha1, _T.TransformSha1),
    "http://www.w3.org/2001/04/xmlenc#sha256": (hashlib.sha256, _T.TransformSha256),
    "http://www.w3.org/2001/04/xmldsig-more#sha384": (hashlib.sha384, _T.TransformSha384),
    "http://www.w3.org/2001/04/xmlenc#sha512": (hashlib.sha512, _T.TransformSha512),
}
SIG_ALGS: dict[str, tuple[str, Any]] = {
    "http://www.w3.org/2000/09/xmldsig#rsa-sha1": ("rsa", _T.TransformRsaSha1),
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256": ("rsa", _T.TransformRsaSha256),
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384": ("rsa", _T.TransformRsaSha384),
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512": ("rsa", _T.TransformRsaSha512),
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256": ("ec", _T.TransformEcdsaSha256),
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384": ("ec", _T.TransformEcdsaSha384),
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512": ("ec", _T.TransformEcdsaSha512),
}
ID_ATTRIBUTES = ["Id", "ID", "id"]
# xmlsec's XPath 1.0 transform takes time growing with the square of the document's nodes (elements, attributes,
# namespace and text nodes): 15,000 nodes 0.5 s, 20,000 nodes 0.9 s, 29,400 nodes 1.9 s while another benchmark
# ran, 2 MB more than a minute (bench/bench_xmlsig.py). Beyond this budget the signature is left unchecked rather
# than run past the per-file deadline of 10 s (the enveloped transform and XPath Filter 2.0 are fast: no budget).
# 30,000 leaves five times the measured time: a sealed Europass diploma supplement of 17 outcomes walks 20,504.
XPATH_NODE_BUDGET = 30_000


class Unsupported(Exception):
    pass


class TooLarge(Exception):
    """The check would take longer than a file may."""


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


@dataclass
class _Reference:
    """One ds:Reference as read before xmlsec runs: its target and whether it covers the whole document."""

    element: Any
    uri: str
    target: Any
    whole_document: bool
    digest: Any


_io_closed = False


def _close_xmlsec_io() -> None:
    """Unregister xmlsec's file and network input once: every reference it is given is in the document, and a
    reference that slipped past the checks below must fail instead of opening a file or a web address."""
    global _io_closed
    if not _io_closed:
        xmlsec.cleanup_callbacks()
        _io_closed = True


def _c14n(node: Any, alg: str) -> bytes:
    if alg not in C14N_ALGS:
        raise Unsupported(f"canonicalisation {alg}")
    exclusive = alg in (EXC_C14N, EXC_C14N_C)
    comments = alg.endswith("#WithComments")
    # lxml has no C14N 1.1; it differs from 1.0 only in xml:id/xml:base inheritance, so this is exact enough to
    # *explain* a failure (it never decides one)
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


def _xpath_text(transform: Any) -> str:
    return "".join("".join(t.itertext()) for t in transform if isinstance(t.tag, str)).replace(" ", "").strip()


def _removes_only_signatures(transforms: list[Any]) -> bool:
    """Whether the transforms drop nothing but signatures (so the reference still covers everything else)."""
    for tr in transforms:
        alg = tr.get("Algorithm")
        # "ds:" must be the XMLDSig namespace where the expression stands, or it selects other elements
        expressions = [el for el in tr if isinstance(el.tag, str)]
        if alg in (XPATH, XPATH2) and any(el.nsmap.get("ds") != DS for el in expressions):
            return False
        if alg == XPATH and "".join(_xpath_text(tr).split()) not in SIGNATURE_ONLY_XPATH:
            return False
        if alg == XPATH2:
            for f in expressions:
                if f.get("Filter") != "subtract" or "".join((f.text or "").split()) not in SIGNATURE_ONLY_XPATH2:
                    return False
    return True


def _xpath_nodes_over_budget(root: Any) -> int:
    """The number of nodes xmlsec's XPath transform walks, when it is more than the budget (else 0)."""
    count = 0
    for el in root.iter():
        count += 1 + bool(el.text) + bool(el.tail)
        if isinstance(el.tag, str):
            count += len(el.attrib) + len(el.nsmap)
    return count if count > XPATH_NODE_BUDGET else 0


def _ids(root: Any) -> dict[str, list[Any]]:
    ids: dict[str, list[Any]] = {}
    for el in root.iter():
        if isinstance(el.tag, str):
            for attr in ID_ATTRIBUTES:
                value = el.get(attr)
                if value:
                    ids.setdefault(value, []).append(el)
    return ids


def _read_references(root: Any, refs: list[Any], ids: dict[str, list[Any]]) -> list[_Reference]:
    """The references as our policy sees them; ``Unsupported`` for one xmlsec must not be asked to follow,
    ``ValueError`` for one that is wrong in itself."""
    out = []
    for ref in refs:
        uri = ref.get("URI")
        dm = ref.find("ds:DigestMethod", NS)
        digest_alg = dm.get("Algorithm") if dm is not None else None
        if digest_alg not in DIGESTS:
            raise Unsupported(f"digest {digest_alg}")
        transforms = ref.findall("ds:Transforms/ds:Transform", NS)
        for tr in transforms:
            if tr.get("Algorithm") not in REFERENCE_TRANSFORMS:
                raise Unsupported(f"transform {tr.get('Algorithm')}")
        if uri == "":
            target = root
        elif uri and uri.startswith("#") and not uri.startswith("#xpointer(") and uri[1:] in ids:
            found = ids[uri[1:]]
            if len(found) > 1:
                # two elements with the signed Id: which one was signed depends on who looks (signature wrapping)
                raise ValueError(msg("the reference {uri} names {count} elements; an Id must be unique", uri=uri,
                                     count=len(found)))
            target = found[0]
        else:
            raise Unsupported(f"reference URI {uri!r}")
        whole = target is root and _removes_only_signatures(transforms)
        out.append(_Reference(ref, uri, target, whole, DIGESTS[digest_alg][0]))
    return out


def _recomputed_digest(root: Any, ref: _Reference, signature: Any) -> bytes:
    """The digest of one reference as lxml computes it: only to name the reference behind a failure xmlsec found."""
    target = ref.target
    # the copy has the same elements in the same order: find the target and the signature in it by position
    original, duplicate = list(root.iter()), list(copy.deepcopy(root).iter())
    copy_target = duplicate[original.index(target)]
    copy_signature = duplicate[original.index(signature)]
    c14n_alg = C14N
    for tr in ref.element.findall("ds:Transforms/ds:Transform", NS):
        alg = tr.get("Algorithm")
        if alg in C14N_ALGS:
            c14n_alg = alg
        elif alg == ENVELOPED and copy_target is not copy_signature:
            _remove_keep_tail(copy_signature)
        elif alg in (XPATH, XPATH2):
            if not _removes_only_signatures([tr]):
                raise Unsupported(f"XPath transform {_xpath_text(tr)!r}")
            for sig in copy_target.xpath("descendant-or-self::ds:Signature", namespaces=NS):
                _remove_keep_tail(sig)
    # a same-document reference leaves comments out whatever the canonicalisation says
    return bytes(ref.digest(_c14n(copy_target, c14n_alg.replace("#WithComments", ""))).digest())


def _explain_failure(root: Any, signature: Any, si: Any, references: list[_Reference], key: Any, method: Any,
                     checks: list[Check], cert: x509.Certificate) -> None:  # fmt: skip
    """xmlsec refused the signature: say whether a reference or the signature value is at fault.

    Every check added here fails or stays open; nothing here can turn xmlsec's refusal into a pass."""
    changed: list[str] = []
    for ref in references:
        try:
            expected = base64.b64decode("".join(ref.element.xpath("ds:DigestValue/text()", namespaces=NS)).strip())
            if _recomputed_digest(root, ref, signature) != expected:
                changed.append(msg("the signed document") if ref.uri == "" else msg("the signed element {uri}",
                                                                                   uri=ref.uri))
        except (binascii.Error, ValueError):
            checks.append(Check("reference digests", False, msg("unreadable digest value for reference {uri!r}",
                                                                uri=ref.uri)))
            changed.append("")
        except Unsupported:
            continue
    for what in filter(None, changed):
        checks.append(Check("reference digests", False, msg("{what} was changed after signing (digest mismatch)",
                                                            what=what)))
    # xmlsec checks the references before the signature value; this asks it about the signature value alone
    value_ok = False
    try:
        value = base64.b64decode("".join("".join(signature.xpath("ds:SignatureValue/text()", namespaces=NS)).split()))
        ctx = xmlsec.SignatureContext()
        ctx.key = key
        ctx.verify_binary(_c14n(si, _c14n_method(si)), method, value)
        value_ok = True
    except (binascii.Error, ValueError, Unsupported, xmlsec.Error):
        pass
    if value_ok and changed:
        checks.append(Check("signature value", True, msg("valid signature by {signer}, over references that no "
                                                         "longer match", signer=_subject(cert))))  # fmt: skip
    elif not value_ok:
        checks.append(
            Check("signature value", False, msg("the signature value does not match (the file was altered after "
                                                "signing)"))
        )
    if value_ok and not changed:
        # xmlsec refused a reference that lxml computes as unchanged (a transform lxml does not reproduce exactly)
        checks.append(Check("reference digests", False, msg("a signed reference does not match (xmlsec)")))


def _c14n_method(si: Any) -> str:
    cm = si.find("ds:CanonicalizationMethod", NS)
    return str(cm.get("Algorithm") if cm is not None else "")


def _subject(cert: x509.Certificate) -> str:
    return cert.subject.rfc4514_string()[:160]


def _xmlsec_key(cert: x509.Certificate) -> Any:
    return xmlsec.Key.from_memory(cert.public_bytes(serialization.Encoding.DER), _T.KeyDataFormatCertDer)


def _xmlsec_verify(root: Any, signature: Any, key: Any, sig_method: Any) -> None:
    """xmlsec's verdict: returns, or raises ``xmlsec.Error`` (``VerificationError`` when it does not verify)."""
    _close_xmlsec_io()
    xmlsec.tree.add_ids(root, ID_ATTRIBUTES)
    ctx = xmlsec.SignatureContext()
    ctx.key = key  # the certificate we read; xmlsec must not pick a key from KeyInfo itself
    for transform in {*REFERENCE_TRANSFORMS.values(), *(d[1] for d in DIGESTS.values())}:
        ctx.enable_reference_transform(transform)
    for transform in C14N_TRANSFORMS.values():
        ctx.enable_signature_transform(transform)
    ctx.enable_signature_transform(sig_method)
    ctx.verify(signature)


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

    # --- certificate ------------------------------------------------------------------------------------------
    certs: list[x509.Certificate] = []
    for txt in sig.xpath("ds:KeyInfo/ds:X509Data/ds:X509Certificate/text()", namespaces=NS):
        try:
            certs.append(certificate_from_der(base64.b64decode("".join(str(txt).split()))))
        except (ValueError, binascii.Error):
            checks.append(Check("certificate", False, msg("the embedded certificate is unreadable")))
    res.chain = certs
    res.certificate = cert = certs[0] if certs else None
    props = _signed_properties(sig)
    res.signing_time = _signing_time(props)

    # --- what xmlsec is allowed to check ----------------------------------------------------------------------
    refs = si.findall("ds:Reference", NS)
    sm = si.find("ds:SignatureMethod", NS)
    sig_alg = sm.get("Algorithm") if sm is not None else None
    references: list[_Reference] = []
    not_checked = ""
    if not refs:
        checks.append(Check("reference digests", False, msg("the signature covers nothing (no Reference)")))
    else:
        try:
            references = _read_references(root, refs, _ids(root))
            if _c14n_method(si) not in C14N_TRANSFORMS:
                raise Unsupported(f"canonicalisation {_c14n_method(si) or None}")
            if sig_alg not in SIG_ALGS:
                raise Unsupported(f"signature method {sig_alg}")
            uses_xpath = any(tr.get("Algorithm") == XPATH for r in refs for tr in r.iter(f"{{{DS}}}Transform"))
            if uses_xpath and (nodes := _xpath_nodes_over_budget(root)):
                raise TooLarge(f"the signature's XPath transform would walk {nodes:,} XML nodes, more than the "
                               f"{XPATH_NODE_BUDGET:,} that can be checked in time")  # fmt: skip
            key_kind = {rsa.RSAPublicKey: "rsa", ec.EllipticCurvePublicKey: "ec"}
            if cert is not None and not any(
                isinstance(cert.public_key(), kind) and name == SIG_ALGS[sig_alg][0] for kind, name in key_kind.items()
            ):
                raise Unsupported("key type does not match the signature method")
        except TooLarge as exc:
            not_checked = msg("not checked: {what}", what=str(exc))
        except Unsupported as exc:
            not_checked = msg("not checked: unsupported {what}", what=str(exc))
        except ValueError as exc:
            checks.append(Check("reference digests", False, exc.args[0] if exc.args else str(exc)))
    if cert is None:
        if not res.failed:
            checks.append(Check("reference digests", None,
                                not_checked or msg("not checked: the signer's key is unknown")))
        checks.append(Check("signature value", None, msg("no certificate in the signature: the signer's key is "
                                                         "unknown")))
        return res
    if not_checked:
        checks.append(Check("reference digests", None, not_checked))
        checks.append(Check("signature value", None, not_checked))
    elif not res.failed:
        # --- xmlsec: SignedInfo canonicalisation, the signature value and every reference -----------------------
        assert sig_alg is not None  # checked above
        method = SIG_ALGS[sig_alg][1]
        try:
            key = _xmlsec_key(cert)
        except xmlsec.Error as exc:
            checks.append(Check("signature value", None, msg("not checked: the certificate's key cannot be used "
                                                             "({problem})", problem=str(exc))))
        else:
            try:
                _xmlsec_verify(root, sig, key, method)
            except xmlsec.Error:
                _explain_failure(root, sig, si, references, key, method, checks, cert)
            else:
                _coverage_check(checks, references, props)
                checks.append(Check("signature value", True, msg("valid signature by {signer}",
                                                                 signer=_subject(cert))))
                _xades_checks(checks, references, props, cert)

    # --- signing time against the certificate validity ------------------------------------------------------------
    cert_time_checks(checks, cert, res.signing_time, now)
    return res


def _coverage_check(checks: list[Check], references: list[_Reference], props: Any) -> None:
    if any(r.whole_document for r in references):
        checks.append(Check("reference digests", True, msg("the document and signed properties are unchanged")
                            if props is not None else msg("the signed document is unchanged")))
    else:
        checks.append(Check("reference digests", None, msg("the signature does not cover the whole document")))


def _signed_properties(sig: Any) -> Any:
    found = sig.xpath("ds:Object/*[local-name()='QualifyingProperties']/*[local-name()='SignedProperties']",
                      namespaces=NS)  # fmt: skip
    return found[0] if found else None


def _signing_time(props: Any) -> datetime | None:
    if props is None:
        return None
    st = props.xpath("*[local-name()='SignedSignatureProperties']/*[local-name()='SigningTime']/text()")
    return parse_datetime(str(st[0])) if st else None


def _xades_checks(checks: list[Check], references: list[_Reference], props: Any, cert: x509.Certificate) -> None:
    """XAdES rules xmlsec does not know: the signed properties are signed, typed, and name the signing certificate."""
    if props is None:
        return
    ref = next((r for r in references if r.target is props), None)
    if ref is None:
        checks.append(Check("signed properties", None, msg("the XAdES signed properties (signing time, signing "
                                                           "certificate) are not covered by the signature")))
        return
    if ref.element.get("Type") != SIGNED_PROPERTIES_TYPE:
        checks.append(Check("signed properties", None, msg("the reference {uri} to the XAdES signed properties does "
                                                           "not have the type {type}", uri=ref.uri,
                                                           type=SIGNED_PROPERTIES_TYPE)))
    cert_digests = props.xpath(
        "*[local-name()='SignedSignatureProperties']/*[local-name()='SigningCertificate' or "
        "local-name()='SigningCertificateV2']/*[local-name()='Cert']/*[local-name()='CertDigest']"
    )
    if not cert_digests:
        checks.append(Check("signing certificate", None, msg("the signed properties do not name the signing "
                                                             "certificate")))
        return
    der = cert.public_bytes(serialization.Encoding.DER)
    unknown = ""
    for cd in cert_digests:
        alg = "".join(cd.xpath("ds:DigestMethod/@Algorithm", namespaces=NS))
        if alg not in DIGESTS:
            unknown = alg
            continue
        try:
            value = base64.b64decode("".join("".join(cd.xpath("ds:DigestValue/text()", namespaces=NS)).split()))
        except (binascii.Error, ValueError):
            continue
        if value == DIGESTS[alg][0](der).digest():
            checks.append(Check("signing certificate", True, msg("the signed properties name the certificate the "
                                                                 "signature was checked with")))
            return
    if unknown:
        checks.append(Check("signing certificate", None, msg("not checked: unsupported certificate digest {what}",
                                                             what=unknown)))
        return
    checks.append(Check("signing certificate", False, msg("the signed properties name another certificate than the "
                                                          "one in the signature (the certificate was swapped)")))


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
