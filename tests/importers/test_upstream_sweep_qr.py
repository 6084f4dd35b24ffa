"""QR codes in PNG images with an alpha channel, as digitalcredentials/vc-test-fixtures ships them (8-bit RGBA,
fully opaque, holding a link to the credential). That repository states no licence, so the images are made here in
the same shape, plus the transparent variants the decoder must see on white."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
import zxingcpp

from app.importers.credentials import inspect_bytes

LINK = ("https://digitalcredentials.github.io/vc-test-fixtures/verifiableCredentials/v1/ed25519/didKey/"
        "legacy-noStatus-noExpiry.json")  # fmt: skip


def _png(pixels: np.ndarray, colour_type: int) -> bytes:
    """An 8-bit PNG of ``pixels`` (height x width x channels), written chunk by chunk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    h, w = pixels.shape[:2]
    raw = b"".join(b"\x00" + pixels[y].tobytes() for y in range(h))
    header = struct.pack(">IIBBBBB", w, h, 8, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _qr(text: str) -> np.ndarray:
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    return np.array(code.to_image(scale=4, add_quiet_zones=True), dtype=np.uint8)


def _with_alpha(grey: np.ndarray, colour: bool, transparent_light: bool) -> tuple[np.ndarray, int]:
    """The code with an alpha channel: opaque everywhere, or light modules fully transparent (and black, as many
    tools leave a transparent pixel's colour)."""
    dark = grey < 128
    alpha = np.where(dark, 255, 0 if transparent_light else 255).astype(np.uint8)
    value = np.where(dark, 0, 0 if transparent_light else 255).astype(np.uint8)
    if colour:
        return np.dstack([value, value, value, alpha]), 6
    return np.dstack([value, alpha]), 4


@pytest.mark.parametrize("colour", [True, False], ids=["rgba", "grey-alpha"])
@pytest.mark.parametrize("transparent_light", [False, True], ids=["opaque", "transparent"])
def test_qr_code_in_a_png_with_alpha_is_decoded(colour: bool, transparent_light: bool) -> None:
    pixels, colour_type = _with_alpha(_qr(LINK), colour, transparent_light)
    rec = inspect_bytes(_png(pixels, colour_type), name="legacy-noStatus-noExpiry.png")
    assert rec.error is None, rec.error
    assert rec.verification.status == "unverifiable-offline"
    # the QR code holds only a link: one line says so and what to do with it
    assert rec.verification.checks[0].detail == (f"the QR code points to {LINK} — open it on a connected computer "
                                                 "to check")  # fmt: skip
    assert rec.verification.message == f"The QR code points to {LINK} — open it on a connected computer to check."


def _svg(grey: np.ndarray, module: int = 4) -> bytes:
    """The code drawn as SVG rectangles, one per run of dark pixels in a row, on no background (as the fixtures'
    SVG twins of the PNGs are drawn)."""
    rects = []
    for y, row in enumerate(grey < 128):
        x = 0
        while x < len(row):
            if row[x]:
                end = x
                while end < len(row) and row[end]:
                    end += 1
                rects.append(f'<rect x="{x}" y="{y}" width="{end - x}" height="1"/>')
                x = end
            else:
                x += 1
    h, w = grey.shape
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w * module}" height="{h * module}" '
            f'viewBox="0 0 {w} {h}">' + "".join(rects) + "</svg>").encode()


def test_qr_code_drawn_in_an_svg_is_decoded() -> None:
    rec = inspect_bytes(_svg(_qr(LINK)), name="legacy-noStatus-noExpiry.svg")
    assert rec.error is None, rec.error
    assert rec.verification.message == f"The QR code points to {LINK} — open it on a connected computer to check."


def test_an_svg_with_neither_badge_nor_code_says_both() -> None:
    rec = inspect_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" '
                        b'height="5"/></svg>', name="drawing.svg")
    assert rec.error is not None and "no baked badge" in rec.error and "no QR code" in rec.error


def test_a_baked_json_that_is_no_credential_is_named_as_baked() -> None:
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion>'
           b'{"verify": {"url": "http://example.org"}}</openbadges:assertion></svg>')
    rec = inspect_bytes(svg, name="baked.svg")
    assert rec.error == ("baked.svg: the JSON baked into the image (SVG <openbadges:assertion>) is not a recognised "
                         "credential (Open Badges, CLR or Europass)")
