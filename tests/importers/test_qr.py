"""QR codes: a link is named in the record, a credential in the code is imported and verified."""

from __future__ import annotations

import json

import numpy as np
import pymupdf
import pytest
import zxingcpp

from app.importers.credentials import inspect_bytes

from .conftest import fixture
from .forgeries import forgeries

LINK = "https://verify.example.edu/certificates/7f3a"


def qr_pixmap(text: str, scale: int = 4) -> pymupdf.Pixmap:
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    img = np.array(code.to_image(scale=scale, add_quiet_zones=True))
    return pymupdf.Pixmap(pymupdf.csGRAY, img.shape[1], img.shape[0], img.tobytes(), 0)


def test_png_with_a_link() -> None:
    rec = inspect_bytes(qr_pixmap(LINK).tobytes("png"), name="qr.png")
    assert rec.error is None
    assert rec.verification.status == "unverifiable-offline"
    expected = f"the QR code points to {LINK} — open it on a connected computer to check"
    assert expected in rec.verification.checks[0].detail


def test_jpeg_with_a_link() -> None:
    rec = inspect_bytes(qr_pixmap(LINK).tobytes("jpg"), name="qr.jpg")
    assert rec.error is None, rec.error
    assert LINK in rec.verification.message


def test_png_with_a_credential_is_verified() -> None:
    token = forgeries()["3-jwk-header.jwt"].decode()
    rec = inspect_bytes(qr_pixmap(token, scale=3).tobytes("png"), name="qr-cred.png")
    assert rec.error is None, rec.error
    assert rec.format == "openbadges-3.0"
    assert rec.verification.status == "verified"
    assert rec.verification.issuer_binding == "self-asserted"
    assert rec.verification.checks[0].name == "qr code"


def test_image_without_qr_code_says_so() -> None:
    blank = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 50, 50), False)
    blank.clear_with(255)
    rec = inspect_bytes(blank.tobytes("png"), name="blank.png")
    assert rec.error is not None and "no QR code" in rec.error


def test_pdf_page_with_a_qr_link() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Certificate of completion\nIvan Petrenko\nData literacy, 30 hours", fontsize=12)
    page.insert_image(pymupdf.Rect(72, 200, 232, 360), stream=qr_pixmap(LINK).tobytes("png"))
    rec = inspect_bytes(doc.tobytes(), name="cert.pdf")
    assert rec.error is None, rec.error
    qr = [c for c in rec.verification.checks if c.name == "qr code"]
    assert qr and LINK in qr[0].detail and "page 1" in qr[0].detail
    assert "open it on a connected computer" in rec.verification.message


@pytest.mark.parametrize("as_jwt", [False, True])
def test_verifiable_presentation_is_read(as_jwt: bool) -> None:
    cred = json.loads(fixture("ob3/simple.json").read_text())
    vp = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
          "verifiableCredential": [cred]}  # fmt: skip
    if as_jwt:
        import base64

        def b64(o: object) -> str:
            return base64.urlsafe_b64encode(json.dumps(o).encode()).rstrip(b"=").decode()

        data = f"{b64({'alg': 'none'})}.{b64({'vp': vp})}.".encode()
        data = data + b"AA"
    else:
        data = json.dumps(vp).encode()
    rec = inspect_bytes(data, name="vp")
    assert rec.error is None, rec.error
    assert rec.verification.status == "verified"
    assert rec.verification.checks[0].name == "presentation"


def _vector_qr(page: pymupdf.Page, text: str, inside_a_form: bool) -> None:
    """The QR code drawn as filled squares (as many certificate generators do), not as an image."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    modules = np.array(code.to_image(scale=1, add_quiet_zones=True)) < 128
    target = page
    if inside_a_form:
        src = pymupdf.open()
        target = src.new_page(width=page.rect.width, height=page.rect.height)
    shape = target.new_shape()
    for row, col in zip(*np.nonzero(modules), strict=True):
        x, y = 72 + col * 4, 200 + row * 4
        shape.draw_rect(pymupdf.Rect(x, y, x + 4, y + 4))
    shape.finish(fill=(0, 0, 0), color=None)
    shape.commit()
    if inside_a_form:
        page.show_pdf_page(page.rect, src, 0)


@pytest.mark.parametrize("inside_a_form", [False, True])
def test_pdf_page_with_a_qr_code_drawn_as_vectors(inside_a_form: bool) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Certificate of completion", fontsize=12)
    _vector_qr(page, LINK, inside_a_form)
    rec = inspect_bytes(doc.tobytes(), name="vector-qr.pdf")
    assert rec.error is None, rec.error
    assert any(c.name == "qr code" and LINK in c.detail for c in rec.verification.checks)


def test_a_text_only_page_is_not_rendered_for_qr_codes() -> None:
    from app.importers.credentials.qr import may_carry_a_qr_code

    doc = pymupdf.open()
    text_page = doc.new_page()
    text_page.insert_htmlbox(text_page.rect + (50, 50, -50, -50), "<h1>Certificate</h1><p>Olena Kovalenko</p>")
    text_page.draw_line((50, 120), (500, 120))  # a rule under the title
    image_page = doc.new_page()
    image_page.insert_image(pymupdf.Rect(72, 200, 232, 360), stream=qr_pixmap(LINK).tobytes("png"))
    assert not may_carry_a_qr_code(doc[0])  # text in a form XObject and one line: nothing to decode
    assert may_carry_a_qr_code(doc[1])


def test_an_image_inside_forms_inside_forms_is_found() -> None:
    """The XObjects are read from their dictionaries, forms inside forms too (a page placed on a page, as PDF tools
    and HTML renderers make them)."""
    from app.importers.credentials.qr import _xobjects_below, may_carry_a_qr_code

    inner = pymupdf.open()
    inner_page = inner.new_page()
    inner_page.insert_image(pymupdf.Rect(72, 200, 232, 360), stream=qr_pixmap(LINK).tobytes("png"))
    middle = pymupdf.open()
    middle.new_page().show_pdf_page(pymupdf.Rect(0, 0, 595, 842), inner, 0)
    doc = pymupdf.open()
    doc.new_page().show_pdf_page(pymupdf.Rect(0, 0, 595, 842), middle, 0)
    below = _xobjects_below(doc, doc[0].xref)
    assert below is not None and below[0] and len(below[1]) >= 2  # the image, below two forms
    assert may_carry_a_qr_code(doc[0])


def test_path_operators_are_counted_as_tokens() -> None:
    from app.importers.credentials.qr import path_operators

    # Operators after numbers, at a line's end and against a delimiter; "cm", "re" and "Tf" are told apart.
    assert path_operators(b"1 0 0 1 50 50 cm\n0 0 10 10 re f\n0 0 m 5 5 l/GS0 gs\nh S") == 4
    # Letters inside a hex string or a name are no operators ("4c0050", "/Fm1").
    assert path_operators(b"BT /F1 12 Tf [<004c0050>]TJ ET /Fm1 Do") == 0
    assert path_operators(b"") == 0
