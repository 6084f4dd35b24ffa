"""XML signatures checked by python-xmlsec (``app/importers/credentials/xmlsig.py``).

The signatures here are made by xmlsec itself (an independent signer: our code only verifies), on a small
Europass-like document with a comment in it, so that every canonicalisation is exercised."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from typing import Any

import pytest
import xmlsec
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lxml import etree

from app.importers.credentials import xmlsig
from app.importers.credentials.xmlsig import verify_enveloped

from .trustlists import certificate, new_key

DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"
NOW = dt.datetime.now(dt.UTC)
DOCUMENT = (b'<europassCredential xmlns="http://data.europa.eu/snb" ID="cred-1"><!-- issued by hand -->'
            b"<credentialSubject><fullName>Ana Kovalenko</fullName></credentialSubject>"
            b"<title>Data literacy</title></europassCredential>")  # fmt: skip
T = xmlsec.constants
C14N_VARIANTS = {
    "exclusive": T.TransformExclC14N,
    "exclusive with comments": T.TransformExclC14NWithComments,
    "inclusive": T.TransformInclC14N,
    "inclusive with comments": T.TransformInclC14NWithComments,
    "C14N 1.1": T.TransformInclC14N11,
}

EC_KEY = new_key()
EC_CERT = certificate("Seal of the test university", EC_KEY)


def _pem_key(key: Any) -> bytes:
    return bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))  # fmt: skip


def _sign(
    *,
    uri: str = "",
    c14n: Any = T.TransformExclC14N,
    xpath: str | None = None,
    key: Any = EC_KEY,
    cert: x509.Certificate = EC_CERT,
    method: Any = T.TransformEcdsaSha256,
    xades_cert: x509.Certificate | None = None,
    document: bytes = DOCUMENT,
) -> bytes:
    """An enveloped signature over ``document`` made by xmlsec; with ``xades_cert`` also XAdES signed properties
    (signing time and a SigningCertificateV2 naming that certificate), covered by a second reference."""
    root = etree.fromstring(document)
    sig = xmlsec.template.create(root, c14n, method, ns="ds")
    root.append(sig)
    ref = xmlsec.template.add_reference(sig, T.TransformSha256, uri=uri)
    xmlsec.template.add_transform(ref, T.TransformEnveloped)
    if xpath is not None:
        etree.SubElement(xmlsec.template.add_transform(ref, T.TransformXPath), f"{{{DS}}}XPath").text = xpath
    xmlsec.template.add_transform(ref, c14n)
    xmlsec.template.x509_data_add_certificate(xmlsec.template.add_x509_data(xmlsec.template.ensure_key_info(sig)))
    if xades_cert is not None:
        obj = etree.SubElement(sig, f"{{{DS}}}Object")
        qp = etree.SubElement(obj, f"{{{XADES}}}QualifyingProperties", nsmap={"xades": XADES})
        props = etree.SubElement(qp, f"{{{XADES}}}SignedProperties", Id="xades-1")
        ssp = etree.SubElement(props, f"{{{XADES}}}SignedSignatureProperties")
        etree.SubElement(ssp, f"{{{XADES}}}SigningTime").text = NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
        signing_cert = etree.SubElement(ssp, f"{{{XADES}}}SigningCertificateV2")
        cert_digest = etree.SubElement(etree.SubElement(signing_cert, f"{{{XADES}}}Cert"), f"{{{XADES}}}CertDigest")
        etree.SubElement(cert_digest, f"{{{DS}}}DigestMethod", Algorithm="http://www.w3.org/2001/04/xmlenc#sha256")
        value = hashlib.sha256(xades_cert.public_bytes(serialization.Encoding.DER)).digest()
        etree.SubElement(cert_digest, f"{{{DS}}}DigestValue").text = base64.b64encode(value).decode()
        props_ref = xmlsec.template.add_reference(sig, T.TransformSha256, uri="#xades-1",
                                                  type=xmlsig.SIGNED_PROPERTIES_TYPE)  # fmt: skip
        xmlsec.template.add_transform(props_ref, T.TransformExclC14N)
    xmlsec.tree.add_ids(root, ["Id", "ID"])
    signing_key = xmlsec.Key.from_memory(_pem_key(key), T.KeyDataFormatPem)
    signing_key.load_cert_from_memory(cert.public_bytes(serialization.Encoding.PEM), T.KeyDataFormatPem)
    ctx = xmlsec.SignatureContext()
    ctx.key = signing_key
    ctx.sign(sig)
    return bytes(etree.tostring(root))


def _checks(data: bytes) -> dict[str, list[bool | None]]:
    res = verify_enveloped(etree.fromstring(data), now=NOW)
    out: dict[str, list[bool | None]] = {}
    for c in res.checks:
        out.setdefault(c.name, []).append(c.passed)
    return out


def _details(data: bytes, name: str) -> list[str]:
    return [c.detail for c in verify_enveloped(etree.fromstring(data), now=NOW).checks if c.name == name]


def test_lxml_and_xmlsec_use_the_same_libxml2() -> None:
    # xmlsec works on lxml's tree in memory: on two different libxml2 builds it can crash or misread the document
    assert xmlsec.get_libxml_version() == etree.LIBXML_VERSION, (
        f"lxml runs on libxml2 {etree.LIBXML_VERSION} but xmlsec on {xmlsec.get_libxml_version()}: upgrade lxml and "
        f"xmlsec together to wheels built on the same libxml2 (pyproject.toml)"
    )


@pytest.mark.parametrize("c14n", list(C14N_VARIANTS.values()), ids=list(C14N_VARIANTS))
def test_enveloped_signature_verifies_with_every_canonicalisation(c14n: Any) -> None:
    res = verify_enveloped(etree.fromstring(_sign(c14n=c14n)), now=NOW)
    assert res.crypto_ok, res.checks
    assert res.certificate == EC_CERT


def test_rsa_signature_verifies() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = certificate("RSA seal", key)  # type: ignore[arg-type]  # the helper signs with any private key
    assert verify_enveloped(etree.fromstring(_sign(key=key, cert=cert, method=T.TransformRsaSha256)), now=NOW).crypto_ok


def test_root_referenced_by_id_with_the_enveloped_transform() -> None:
    # The signature sits inside the element it signs (URI="#cred-1", as SAML does): the enveloped-signature transform
    # must take it out before the digest. The hand-written check ignored that transform for Id references and
    # called such a signature "changed after signing".
    data = _sign(uri="#cred-1")
    res = verify_enveloped(etree.fromstring(data), now=NOW)
    assert res.crypto_ok, res.checks
    assert _details(data, "reference digests") == ["the signed document is unchanged"]


def test_tampered_signature_value_and_tampered_element_are_refused_by_xmlsec() -> None:
    data = _sign(xades_cert=EC_CERT)
    root = etree.fromstring(data)
    value = root.find(f".//{{{DS}}}SignatureValue")
    raw = bytearray(base64.b64decode(value.text))
    raw[5] ^= 1
    value.text = base64.b64encode(bytes(raw)).decode()
    bad_value = bytes(etree.tostring(root))
    bad_name = data.replace(b"Ana Kovalenko", b"Anna Kovalenko")
    for forged in (bad_value, bad_name):
        root = etree.fromstring(forged)
        sig = root.find(f"{{{DS}}}Signature")
        key = xmlsig._xmlsec_key(EC_CERT)
        with pytest.raises(xmlsec.VerificationError):
            xmlsig._xmlsec_verify(root, sig, key, T.TransformEcdsaSha256)
    assert _checks(data)["signature value"] == [True]
    assert _checks(bad_value)["signature value"] == [False]
    assert "reference digests" not in _checks(bad_value)  # the explanation points at the value, not the text
    name_checks = _checks(bad_name)
    assert name_checks["reference digests"] == [False]
    assert _details(bad_name, "reference digests") == [
        "the signed document was changed after signing (digest mismatch)"
    ]


def test_tampered_signed_properties_are_named() -> None:
    data = _sign(xades_cert=EC_CERT)
    when = NOW.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    forged = data.replace(when, b"2001-01-01T00:00:00Z")
    assert forged != data
    assert _details(forged, "reference digests") == [
        "the signed element #xades-1 was changed after signing (digest mismatch)"
    ]


def test_xades_signing_certificate_must_name_the_key_used() -> None:
    good = _checks(_sign(xades_cert=EC_CERT))
    assert good["signing certificate"] == [True] and good["reference digests"] == [True]
    other = certificate("Someone else", new_key())
    swapped = verify_enveloped(etree.fromstring(_sign(xades_cert=other)), now=NOW)
    assert [c.passed for c in swapped.checks if c.name == "signing certificate"] == [False]
    assert not swapped.crypto_ok


def test_signing_time_comes_from_the_signed_properties_only() -> None:
    data = _sign(xades_cert=EC_CERT)
    assert verify_enveloped(etree.fromstring(data), now=NOW).signing_time is not None
    # a SigningTime elsewhere in the document (not signed as a XAdES property) is not the signing time
    unsigned = _sign(document=DOCUMENT.replace(b"<title>", b"<SigningTime>2001-01-01T00:00:00Z</SigningTime><title>"))
    assert verify_enveloped(etree.fromstring(unsigned), now=NOW).signing_time is None


def test_external_reference_is_not_followed() -> None:
    data = _sign().replace(b'URI=""', b'URI="file:///etc/hostname"')
    res = verify_enveloped(etree.fromstring(data), now=NOW)
    assert not res.crypto_ok and not res.failed
    assert [c.detail for c in res.checks if c.name == "reference digests"] == [
        "not checked: unsupported reference URI 'file:///etc/hostname'"
    ]


def test_xpath_that_removes_only_the_signature_covers_the_document() -> None:
    res = verify_enveloped(etree.fromstring(_sign(xpath=" not(ancestor-or-self::ds:Signature) ")), now=NOW)
    assert res.crypto_ok, res.checks


def test_partial_xpath_does_not_cover_the_whole_document() -> None:
    # a valid signature whose XPath leaves the holder's name out: xmlsec accepts it, but it does not seal the name
    data = _sign(xpath="not(ancestor-or-self::ds:Signature) and "
                       "not(ancestor-or-self::*[local-name()='credentialSubject'])")  # fmt: skip
    forged = data.replace(b"Ana Kovalenko", b"Someone Else")
    for doc in (data, forged):
        res = verify_enveloped(etree.fromstring(doc), now=NOW)
        assert not res.crypto_ok and not res.failed
        assert _checks(doc)["signature value"] == [True]
        assert _details(doc, "reference digests") == ["the signature does not cover the whole document"]


def test_duplicate_id_of_a_signed_element_is_refused() -> None:
    # signature wrapping: a second element with the signed Id, which a reader may take for the signed one
    data = _sign(uri="#cred-1").replace(b"<title>", b'<title ID="cred-1">', 1)
    res = verify_enveloped(etree.fromstring(data), now=NOW)
    assert res.failed
    assert "names 2 elements" in " ".join(c.detail for c in res.checks)


def test_without_a_certificate_nothing_is_confirmed() -> None:
    root = etree.fromstring(_sign())
    key_info = root.find(f".//{{{DS}}}KeyInfo")
    key_info.getparent().remove(key_info)
    res = verify_enveloped(root, now=NOW)
    assert res.certificate is None and not res.crypto_ok and not res.failed


def test_xpath_transform_over_the_node_budget_is_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    # xmlsec's XPath transform grows with the square of the nodes: past the budget it must not start at all
    data = _sign(xpath="not(ancestor-or-self::ds:Signature)")
    monkeypatch.setattr(xmlsig, "XPATH_NODE_BUDGET", 10)
    # the same signature without an XPath transform has no such budget
    assert verify_enveloped(etree.fromstring(_sign()), now=NOW).crypto_ok

    def must_not_run(*args: object) -> None:
        raise AssertionError("xmlsec was called over the budget")

    monkeypatch.setattr(xmlsig, "_xmlsec_verify", must_not_run)
    res = verify_enveloped(etree.fromstring(data), now=NOW)
    assert not res.crypto_ok and not res.failed
    detail = _details(data, "reference digests")[0]
    assert detail.startswith("not checked: the signature's XPath transform would walk") and "more than the 10" in detail


def test_xpath_prefix_must_be_the_signature_namespace() -> None:
    # the same expression with "ds:" bound to the credential's namespace removes the credential's own
    # <Signature> elements from what is signed, so it does not cover the whole document
    expression = "not(ancestor-or-self::ds:Signature)"
    ours = etree.fromstring(f'<ds:Transform xmlns:ds="{DS}" Algorithm="{xmlsig.XPATH}">'
                            f"<ds:XPath>{expression}</ds:XPath></ds:Transform>")  # fmt: skip
    snb = "http://data.europa.eu/snb"
    rebound = etree.fromstring(f'<t:Transform xmlns:t="{DS}" Algorithm="{xmlsig.XPATH}">'
                               f'<t:XPath xmlns:ds="{snb}">{expression}</t:XPath></t:Transform>')  # fmt: skip
    assert xmlsig._removes_only_signatures([ours]) is True
    assert xmlsig._removes_only_signatures([rebound]) is False
