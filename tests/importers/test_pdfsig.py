"""PDF signatures read with pyHanko: what changed after signing, trust only from the trusted-keys directory, and no
network while checking."""

from __future__ import annotations

import io
import socket
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.dss import DocumentSecurityStore

from app.importers.credentials import inspect_bytes
from app.importers.credentials.record import Verification

from .conftest import fixture

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
    assert _coverage(v).startswith("modified after signing: 1 later revision(s)"), _coverage(v)
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

