"""PDF signatures read with pyHanko: what changed after signing, trust only from the trusted-keys directory, and no
network while checking."""

from __future__ import annotations

import datetime as dt
import io
import socket
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.importers.credentials import inspect_bytes
from app.importers.credentials.record import Verification

from .conftest import fixture
from .odd_certificates import with_unreadable_common_name

SIGNED = "pdf/pyhanko-pades-with-old-style-signing-cert-attr.pdf"


def _signed() -> bytes:
    return fixture(SIGNED).read_bytes()


def _embedded_certificates(data: bytes) -> list[Any]:
    signed_data = PdfFileReader(io.BytesIO(data)).embedded_signatures[0].signed_data
    return [c.chosen for c in signed_data["certificates"]]


def _coverage(v: Verification) -> str:
    return next(c.detail for c in v.checks if c.name == "signature coverage")


def test_page_content_added_after_signing_reads_modified() -> None:
    data = _signed()
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (Grade: A+) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream))
    out = io.BytesIO()
    writer.write(out)
    v = inspect_bytes(out.getvalue(), name="changed.pdf").verification
    assert v.status == "invalid"
    assert _coverage(v).startswith("modified after signing: changes beyond what a signed PDF allows"), _coverage(v)
    assert v.message.startswith("modified after signing"), v.message


def test_validation_data_added_after_signing_is_allowed() -> None:
    """A later revision that only adds a Document Security Store (certificates for long-term validation) leaves
    the signed content unchanged."""
    data = _signed()
    emb = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    DocumentSecurityStore.supply_dss_in_writer(writer, emb.pkcs7_content, certs=_embedded_certificates(data))
    out = io.BytesIO()
    writer.write(out)
    assert len(out.getvalue()) > len(data)
    v = inspect_bytes(out.getvalue(), name="ltv.pdf").verification
    assert v.status == "verified", v.message
    assert _coverage(v) == "covers an earlier revision; the later changes only add validation data or timestamps"
    assert "later revisions only fill in form fields or add signatures or validation data" in v.message


def test_trusted_root_in_folder_confirms_without_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample's Root CA saved in the trusted-keys directory confirms Alice's signature; the check opens no
    connection (no OCSP, CRL or certificate download) even though nothing about revocation is in the file."""
    data = _signed()
    root = next(c for c in _embedded_certificates(data) if c.subject.human_friendly.startswith("Common Name: Root CA"))
    (tmp_path / "example-root.der").write_bytes(root.dump())

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access while checking a PDF signature")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    v = inspect_bytes(data, name="p.pdf", trusted_keys=tmp_path).verification
    assert v.status == "verified" and v.issuer_binding == "confirmed", v.message
    trust = next(c for c in v.checks if c.name == "issuer trust")
    assert "Root CA" in trust.detail and "example-root.der" in trust.detail, trust.detail



def _sign_with_chain(
    leaf_from: dt.datetime, leaf_until: dt.datetime, key_usage: x509.KeyUsage | None = None
) -> tuple[bytes, bytes]:
    """A one-page PDF signed now by a leaf certificate with the given validity, issued by a fresh root; returns the
    PDF and the root certificate (DER)."""
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Seal Root CA")])
    now = dt.datetime.now(dt.UTC)
    ten_years = dt.timedelta(days=3650)
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name).public_key(root_key.public_key())
            .serial_number(1).not_valid_before(now - ten_years).not_valid_after(now + ten_years)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(root_key, hashes.SHA256()))  # fmt: skip
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    builder = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test University seal")]))
            .issuer_name(root_name).public_key(leaf_key.public_key()).serial_number(2)
            .not_valid_before(leaf_from).not_valid_after(leaf_until))  # fmt: skip
    if key_usage is not None:
        builder = builder.add_extension(key_usage, critical=True)
    leaf = builder.sign(root_key, hashes.SHA256())
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Certificate of completion\nIvan Petrenko\n30 hours")
    der = serialization.Encoding.DER
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(leaf.public_bytes(der)),
        signing_key=asn1_keys.PrivateKeyInfo.load(leaf_key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(root.public_bytes(der))]),
    )  # fmt: skip
    writer = IncrementalPdfFileWriter(io.BytesIO(doc.tobytes()))
    out = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="Seal"), signer=signer)
    return out.getvalue(), root.public_bytes(der)


def test_chain_to_a_saved_root_outside_its_validity_is_not_confirmed(tmp_path: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    good, root = _sign_with_chain(now - dt.timedelta(days=1), now + dt.timedelta(days=30))
    (tmp_path / "seal-root.der").write_bytes(root)
    v = inspect_bytes(good, name="seal.pdf", trusted_keys=tmp_path).verification
    assert v.status == "verified" and v.issuer_binding == "confirmed", [c.detail for c in v.checks]
    expired, root = _sign_with_chain(now - dt.timedelta(days=800), now - dt.timedelta(days=400))
    (tmp_path / "seal-root.der").write_bytes(root)
    v = inspect_bytes(expired, name="old-seal.pdf", trusted_keys=tmp_path).verification
    trust = next(c for c in v.checks if c.name == "issuer trust")
    assert trust.passed is None and v.issuer_binding != "confirmed", trust.detail
    assert trust.detail == ("the certificate chain to the trusted anchor Common Name: Test Seal Root CA does not "
                            "validate: a certificate of the chain was not valid at the time the signature states")
    assert v.status == "invalid"  # signed after the certificate expired


def _usage(**on: bool) -> x509.KeyUsage:
    names = ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment", "key_agreement",
             "key_cert_sign", "crl_sign", "encipher_only", "decipher_only")
    return x509.KeyUsage(**{n: on.get(n, False) for n in names})


@pytest.mark.parametrize(("usage", "confirmed"), [
    (_usage(digital_signature=True), True),
    (_usage(content_commitment=True), True),
    (_usage(key_encipherment=True), False),
])  # fmt: skip
def test_signer_key_usage(tmp_path: Path, usage: x509.KeyUsage, confirmed: bool) -> None:
    """A document signature needs digitalSignature or nonRepudiation (contentCommitment) in the signer's
    certificate; an encryption-only certificate does not confirm the issuer."""
    now = dt.datetime.now(dt.UTC)
    data, root = _sign_with_chain(now - dt.timedelta(days=1), now + dt.timedelta(days=30), usage)
    (tmp_path / "seal-root.der").write_bytes(root)
    v = inspect_bytes(data, name="seal.pdf", trusted_keys=tmp_path).verification
    trust = next(c for c in v.checks if c.name == "issuer trust")
    assert (v.issuer_binding == "confirmed") is confirmed, trust.detail
    if not confirmed:
        assert trust.detail.endswith("(CA flag, path length, name constraints or key usage)"), trust.detail


def _with_unreadable_name(data: bytes, subject: str) -> bytes:
    """``data`` with the carried certificate whose subject names ``subject`` given a name the X.509 reader refuses
    (the same length: the signature's byte range stays as it was)."""
    import re

    found = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", data)
    assert found is not None
    raw = bytes.fromhex(found.group(1).decode())
    cert = next(c for c in _embedded_certificates(data) if subject in c.subject.human_friendly)
    changed = raw.replace(cert.dump(), with_unreadable_common_name(cert), 1)
    return data[: found.start(1)] + changed.hex().encode() + data[found.end(1) :]


def test_a_carried_certificate_with_an_unreadable_name_is_left_out_not_an_error() -> None:
    from types import SimpleNamespace

    from app.importers.credentials.pdfsig import check_pdf_signatures

    data = _with_unreadable_name(_signed(), "Intermediate CA")
    root = next(c for c in _embedded_certificates(_signed()) if c.serial_number == 4096)
    withdrawn = SimpleNamespace(  # a withdrawn trusted-list service makes the chain walk compare the names
        certificate=x509.load_der_x509_certificate(root.dump()),
        service=SimpleNamespace(usable=False, status="withdrawn", status_since="2020"),
        describe=lambda: "a withdrawn service",
    )
    for listed in (None, {"ab" * 32: withdrawn}):
        res = check_pdf_signatures(data, [], dt.datetime.now(dt.UTC), listed=listed)  # type: ignore[arg-type]
        checks = {c.name: c for c in res.checks}
        assert checks["signature"].passed is True
        assert checks["issuer trust"].passed is None  # not confirmed, and said so


def test_a_signer_certificate_the_reader_refuses_is_a_failed_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.importers.credentials import pdfsig

    def refuse(_cert: Any) -> x509.Certificate:
        raise ValueError("error parsing asn1 value: InvalidLength")

    monkeypatch.setattr(pdfsig, "_from_asn1", refuse)
    res = pdfsig.check_pdf_signatures(_signed(), [], dt.datetime.now(dt.UTC))
    (check,) = res.checks
    assert check.passed is False and "not a readable CMS signature" in check.detail and "InvalidLength" in check.detail
