"""Self-made EU trusted lists (ETSI TS 119 612) and an EDC sealed under them, for the tests: never downloaded.

The scene: the Commission's List of Trusted Lists (LOTL) signed by a key whose certificate the user saved from the
Official Journal; a national list of Germany (DE) signed by a key the LOTL names for DE, listing a qualified CA for
seals (``CA/QC``, granted) and a withdrawn one; an EDC (JAdES) sealed with a certificate of the qualified CA.

Run as a script (``python -m tests.importers.trustlists OUT_DIR``) to write the trusted-keys directory and the
sealed credential; the tests build them in memory with :func:`scene`.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID
from lxml import etree

TSL = "http://uri.etsi.org/02231/v2#"
DS = "http://www.w3.org/2000/09/xmldsig#"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
QC_CA = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC"
GRANTED = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted"
WITHDRAWN = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn"
LOTL_TYPE = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUlistofthelists"
GENERIC_TYPE = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric"
ISSUED = "2026-11-02T00:00:00Z"
LOTL_ISSUED = "2026-10-15T00:00:00Z"
SEALED_BY = "Technische Universität Musterstadt"

Key = ec.EllipticCurvePrivateKey


def new_key() -> Key:
    return ec.generate_private_key(ec.SECP256R1())


def certificate(subject: str, key: Key, issuer: tuple[Key, x509.Certificate] | None = None, ca: bool = False,
                days: int = 3650) -> x509.Certificate:  # fmt: skip
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject), x509.NameAttribute(NameOID.COUNTRY_NAME, "DE")])
    signer_key, issuer_name = (key, name) if issuer is None else (issuer[0], issuer[1].subject)
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=30))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(signer_key, hashes.SHA256())
    )


def b64_der(cert: x509.Certificate) -> str:
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def _el(parent: Any, tag: str, text: str | None = None, ns: str = TSL, **attrs: str) -> Any:
    el = etree.SubElement(parent, f"{{{ns}}}{tag}", **attrs)
    if text is not None:
        el.text = text
    return el


def _names(parent: Any, tag: str, name: str) -> None:
    holder = _el(parent, tag)
    _el(holder, "Name", name, **{"{http://www.w3.org/XML/1998/namespace}lang": "en"})


def _digital_id(parent: Any, tag: str, cert: x509.Certificate) -> None:
    _el(_el(_el(parent, tag), "DigitalId"), "X509Certificate", b64_der(cert))


def sign_enveloped(root: Any, key: Key, cert: x509.Certificate) -> bytes:
    """An enveloped XML signature over the whole list (exclusive C14N, ECDSA-SHA256), as trusted lists carry."""
    digest = hashes.Hash(hashes.SHA256())
    digest.update(etree.tostring(root, method="c14n", exclusive=True))
    sig = _el(root, "Signature", ns=DS, Id="tl-signature")
    si = _el(sig, "SignedInfo", ns=DS)
    _el(si, "CanonicalizationMethod", ns=DS, Algorithm=EXC_C14N)
    _el(si, "SignatureMethod", ns=DS, Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256")
    ref = _el(si, "Reference", ns=DS, URI="")
    transforms = _el(ref, "Transforms", ns=DS)
    _el(transforms, "Transform", ns=DS, Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature")
    _el(transforms, "Transform", ns=DS, Algorithm=EXC_C14N)
    _el(ref, "DigestMethod", ns=DS, Algorithm="http://www.w3.org/2001/04/xmlenc#sha256")
    _el(ref, "DigestValue", base64.b64encode(digest.finalize()).decode(), ns=DS)
    der = key.sign(etree.tostring(si, method="c14n", exclusive=True), ec.ECDSA(hashes.SHA256()))
    r, s = decode_dss_signature(der)
    _el(sig, "SignatureValue", base64.b64encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode(), ns=DS)
    _el(_el(_el(sig, "KeyInfo", ns=DS), "X509Data", ns=DS), "X509Certificate", b64_der(cert), ns=DS)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


@dataclass
class Service:
    provider: str
    name: str
    cert: x509.Certificate
    status: str = GRANTED
    type_uri: str = QC_CA


def trusted_list(territory: str, signer: tuple[Key, x509.Certificate], services: list[Service], *,
                 lotl_pointers: dict[str, x509.Certificate] | None = None, issued: str = ISSUED,
                 sequence: int = 42) -> bytes:  # fmt: skip
    root = etree.Element(f"{{{TSL}}}TrustServiceStatusList", nsmap={None: TSL, "ds": DS}, TSLTag="http://uri.etsi.org/19612/TSLTag")
    scheme = _el(root, "SchemeInformation")
    _el(scheme, "TSLVersionIdentifier", "5")
    _el(scheme, "TSLSequenceNumber", str(sequence))
    _el(scheme, "TSLType", LOTL_TYPE if lotl_pointers is not None else GENERIC_TYPE)
    _names(scheme, "SchemeOperatorName", "European Commission" if lotl_pointers is not None else "Bundesnetzagentur")
    _el(scheme, "SchemeTerritory", territory)
    if lotl_pointers is not None:
        pointers = _el(scheme, "PointersToOtherTSL")
        for where, cert in lotl_pointers.items():
            ptr = _el(pointers, "OtherTSLPointer")
            _digital_id(_el(ptr, "ServiceDigitalIdentities"), "ServiceDigitalIdentity", cert)
            _el(ptr, "TSLLocation", f"https://tl.example/{where}.xml")
            info = _el(_el(ptr, "AdditionalInformation"), "OtherInformation")
            _el(info, "SchemeTerritory", where)
    _el(scheme, "ListIssueDateTime", issued)
    _el(_el(scheme, "NextUpdate"), "dateTime", "2027-05-02T00:00:00Z")
    if services:
        tsps = _el(root, "TrustServiceProviderList")
        for svc in services:
            tsp = _el(tsps, "TrustServiceProvider")
            _names(_el(tsp, "TSPInformation"), "TSPName", svc.provider)
            info = _el(_el(_el(tsp, "TSPServices"), "TSPService"), "ServiceInformation")
            _el(info, "ServiceTypeIdentifier", svc.type_uri)
            _names(info, "ServiceName", svc.name)
            _digital_id(info, "ServiceDigitalIdentity", svc.cert)
            _el(info, "ServiceStatus", svc.status)
            _el(info, "StatusStartingTime", "2025-01-01T00:00:00Z")
    return sign_enveloped(root, *signer)


def seal_jades(payload: dict[str, Any], key: Key, chain: list[x509.Certificate]) -> bytes:
    """A JAdES-sealed EDC (JSON serialisation, ES256), as Europass issues them."""
    def b64u(b: bytes) -> str:
        return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

    header = {"alg": "ES256", "x5c": [b64_der(c) for c in chain], "sigT": "2026-11-20T10:00:00Z"}
    protected = b64u(json.dumps(header).encode())
    body = b64u(json.dumps(payload).encode())
    r, s = decode_dss_signature(key.sign(f"{protected}.{body}".encode(), ec.ECDSA(hashes.SHA256())))
    sig = b64u(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
    return json.dumps({"payload": body, "signatures": [{"protected": protected, "signature": sig}]}).encode()


def edc_payload() -> dict[str, Any]:
    """The payload of the public EDC sample, sealed again by the self-made seal certificate."""
    sample = Path(__file__).parent.parent / "fixtures" / "credentials" / "edc" / "elm3-Sample-MC-Annex1-signed.jsonld"
    outer = json.loads(sample.read_text(encoding="utf-8"))
    payload: dict[str, Any] = json.loads(outer["payload"])  # the sample's payload is unencoded (b64: false)
    return payload


@dataclass
class Scene:
    lotl_signer: x509.Certificate  # what the user saves from the Official Journal
    files: dict[str, bytes]  # the trusted-keys directory
    sealed: bytes  # an EDC sealed by a certificate of the qualified CA
    sealed_withdrawn: bytes  # an EDC sealed by a certificate of the withdrawn CA
    lotl_key: Key
    de_signer: tuple[Key, x509.Certificate]


def scene() -> Scene:
    lotl_key, de_key, qca_key, old_key, seal_key, seal2_key = (new_key() for _ in range(6))
    lotl_cert = certificate("EU LOTL signer", lotl_key)
    de_cert = certificate("DE trusted list signer", de_key)
    qca = certificate("Musterstadt Qualified eSeal CA", qca_key, ca=True)
    old = certificate("Musterstadt Old eSeal CA", old_key, ca=True)
    seal = certificate(SEALED_BY, seal_key, issuer=(qca_key, qca), days=700)
    seal2 = certificate(SEALED_BY, seal2_key, issuer=(old_key, old), days=700)
    lotl = trusted_list("EU", (lotl_key, lotl_cert), [], lotl_pointers={"DE": de_cert}, issued=LOTL_ISSUED,
                        sequence=350)
    de = trusted_list("DE", (de_key, de_cert), [Service("Musterstadt Trust GmbH", "Qualified eSeal CA", qca),
                                                 Service("Musterstadt Trust GmbH", "Old eSeal CA", old, WITHDRAWN)])
    files = {
        "lotl-signer.pem": lotl_cert.public_bytes(serialization.Encoding.PEM),
        "eu-lotl.xml": lotl,
        "tl-de.xml": de,
    }
    payload = edc_payload()
    return Scene(lotl_cert, files, seal_jades(payload, seal_key, [seal]), seal_jades(payload, seal2_key, [seal2]),
                 lotl_key, (de_key, de_cert))  # fmt: skip


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.importers.trustlists OUT_DIR", file=sys.stderr)
        return 2
    target = Path(argv[0])
    (target / "trusted").mkdir(parents=True, exist_ok=True)
    sc = scene()
    for name, data in sc.files.items():
        (target / "trusted" / name).write_bytes(data)
    (target / "edc-sealed-qualified.jsonld").write_bytes(sc.sealed)
    (target / "edc-sealed-withdrawn-ca.jsonld").write_bytes(sc.sealed_withdrawn)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
