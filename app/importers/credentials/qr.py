"""QR codes in images (PNG, JPEG) and on PDF pages, decoded with zxing-cpp.

Many certificates carry a QR code: a link to the issuer's verification page, or the credential itself (JSON, a
signed JWT, a verifiable presentation). Image sizes are checked from the header before any pixel is decoded, so a
small file that claims an enormous image is never inflated.
"""

from __future__ import annotations

import re
import struct
from collections import Counter
from dataclasses import dataclass
from typing import Any

MAX_PIXELS = 30_000_000  # about a 6000 x 5000 photo
MAX_QR_TEXT = 8_000  # a QR code holds at most about 7,000 characters
PDF_QR_PAGES = 2  # pages of a PDF searched for QR codes
PDF_QR_DPI = 150


@dataclass(frozen=True)
class QrCode:
    text: str
    where: str  # "the image", "page 1"


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header, None when the header cannot be read."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        w, h = struct.unpack(">II", data[16:24])
        return int(w), int(h)
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker = data[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            length = int.from_bytes(data[i + 2 : i + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                h = int.from_bytes(data[i + 5 : i + 7], "big")
                w = int.from_bytes(data[i + 7 : i + 9], "big")
                return w, h
            i += 2 + length
    return None


def _decode_pixmap(pix: object) -> list[str]:
    import numpy as np
    import zxingcpp

    n = pix.n  # type: ignore[attr-defined]
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, n)  # type: ignore[attr-defined]
    if n == 1:
        arr = arr[:, :, 0]
    found = zxingcpp.read_barcodes(arr, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return [r.text[:MAX_QR_TEXT] for r in found if r.valid and r.text]


def _grey_on_white(pix: Any) -> Any:
    """``pix`` in grey without alpha, which the decoder needs (it reads 1 or 3 channels only). Transparency is laid
    over white: a transparent pixel's own colour is arbitrary (often black), and only on white does a code drawn
    in dark modules on a transparent background stay readable."""
    import numpy as np
    import pymupdf

    grey = pymupdf.Pixmap(pymupdf.csGRAY, pix) if pix.colorspace is not None and pix.colorspace.n != 1 else pix
    if not grey.alpha:
        return grey
    arr = np.frombuffer(grey.samples, dtype=np.uint8).reshape(grey.height, grey.width, 2).astype(np.uint16)
    # MuPDF keeps colour premultiplied by alpha: over white, a pixel is its colour plus the white it lets through.
    flat = np.minimum(arr[:, :, 0] + (255 - arr[:, :, 1]), 255).astype(np.uint8)
    return pymupdf.Pixmap(pymupdf.csGRAY, grey.width, grey.height, flat.tobytes(), 0)


def decode_image(data: bytes) -> list[QrCode] | str:
    """The QR codes in a PNG/JPEG image, or a sentence saying why the image was not decoded."""
    import pymupdf

    size = image_size(data)
    if size is None:
        return "its size cannot be read from the header"
    if size[0] * size[1] > MAX_PIXELS or 0 in size:
        return f"it claims {size[0]} x {size[1]} pixels, more than the {MAX_PIXELS:,} this app decodes"
    try:
        pix = pymupdf.Pixmap(data)
        if pix.alpha or pix.n not in (1, 3):
            pix = _grey_on_white(pix)
        return [QrCode(t, "the image") for t in _decode_pixmap(pix)]
    except (RuntimeError, ValueError) as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:120]
        return f"it cannot be decoded ({first})"


MAX_SVG_BYTES = 2 * 2**20  # a QR code drawn in SVG is kilobytes; a larger drawing is not rendered to look for one
SVG_QR_SIDE = 1200  # pixels of the longer side an SVG is drawn at: enough for a version-40 code's 177 modules


def decode_svg(data: bytes) -> list[QrCode] | str:
    """The QR codes in an SVG image (drawn on white by PyMuPDF), or a sentence saying why it was not decoded."""
    import pymupdf

    if len(data) > MAX_SVG_BYTES:
        return f"it is larger than the {MAX_SVG_BYTES // 2**20} MB a drawing of a QR code takes"
    try:
        with pymupdf.open(stream=data, filetype="svg") as doc:
            page = doc[0]
            side = max(page.rect.width, page.rect.height)
            if side <= 0:
                return "it has no size"
            zoom = SVG_QR_SIDE / side
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False)
            return [QrCode(t, "the SVG image") for t in _decode_pixmap(pix)]
    except (RuntimeError, ValueError) as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:120]
        return f"it cannot be drawn ({first})"


# A QR code drawn as vector graphics is hundreds of path operators (a 21 x 21 code has at least ~200 dark modules);
# a page with fewer path operators, no image and no form XObject is text and rules only.
MIN_QR_PATH_OPERATORS = 100
_PATH_OPERATORS = frozenset((b"re", b"l", b"m", b"c", b"v", b"y", b"h"))
# A content stream's tokens are separated by white space and by the delimiters (PDF 32000-1, 7.2.2); each delimiter
# becomes a space, so that one split gives the tokens ("0 0 m/GS0 gs" → "m", "GS0", "gs").
_DELIMITERS_TO_SPACE = bytes.maketrans(b"()<>[]{}/%", b" " * 10)


def path_operators(stream: bytes) -> int:
    """How many path construction operators a content stream has (counted in C: one translate, one split, one
    count; a regular expression over the stream cost 5 % of a PDF import). Operators inside a text string count
    too; the pre-check only needs a rough figure."""
    counts = Counter(stream.translate(_DELIMITERS_TO_SPACE).split())
    return sum(counts[op] for op in _PATH_OPERATORS)


MAX_FORMS_LOOKED_AT = 20


# A name and the object it refers to in an XObject dictionary ("<</fzFrm0 43 0 R/Im1 12 0 R>>")
_XOBJECT_ENTRY = re.compile(r"/[^\s/<>\[\]()]+\s*(\d+)\s+\d+\s+R")


def _xobjects_below(doc: Any, xref: int) -> tuple[bool, list[int]] | None:
    """Whether an image is among the XObjects of a page or form (``xref``) and of the forms inside them, and those
    forms; read from the objects' dictionaries alone (PyMuPDF's own scans of the resources cost a tenth of a PDF
    import). None where that cannot be told so: resources inherited from the page tree or not readable, or more
    forms than are looked at."""
    forms: list[int] = []
    todo, seen = [xref], {xref}
    while todo:
        kind, value = doc.xref_get_key(todo.pop(), "Resources/XObject")
        if kind == "xref":
            value = doc.xref_object(int(value.split()[0]), compressed=True)
        elif kind == "null":
            if not forms and not _has_own_resources(doc, xref):
                return None  # the page's resources come from the page tree
            continue
        elif kind != "dict":
            return None
        for found in map(int, _XOBJECT_ENTRY.findall(value)):
            if found in seen:
                continue
            seen.add(found)
            subtype = doc.xref_get_key(found, "Subtype")[1]
            if subtype == "/Image":
                return True, forms
            if subtype == "/Form":
                forms.append(found)
                todo.append(found)
                if len(forms) > MAX_FORMS_LOOKED_AT:
                    return None
    return False, forms


def _has_own_resources(doc: Any, page_xref: int) -> bool:
    return doc.xref_get_key(page_xref, "Resources")[0] in ("dict", "xref")


def may_carry_a_qr_code(page: object) -> bool:
    """Whether the page has anything a QR code can be made of: an image (also inside a form XObject), or many drawn
    paths (in the page's content or its form XObjects). Rendering a page costs more than reading its text, and most
    certificates are text only. Anything that cannot be read is taken as a maybe."""
    try:
        doc = page.parent  # type: ignore[attr-defined]
        below = _xobjects_below(doc, page.xref)  # type: ignore[attr-defined]
        if below is None:  # PyMuPDF's own reading of the resources, inherited ones too
            if page.get_images(full=False):  # type: ignore[attr-defined]
                return True
            forms = [form[0] for form in page.get_xobjects()]  # type: ignore[attr-defined]
        else:
            has_image, forms = below
            if has_image:
                return True
        streams = [page.read_contents()]  # type: ignore[attr-defined]
        if len(forms) > MAX_FORMS_LOOKED_AT:
            return True
        streams += [doc.xref_stream(form) or b"" for form in forms]
    except (RuntimeError, ValueError):
        return True
    count = 0
    for stream in streams:  # a stream at a time: a page of drawings answers before its forms are counted
        count += path_operators(stream)
        if count >= MIN_QR_PATH_OPERATORS:
            return True
    return False


def decode_pdf(doc: object, deadline: object) -> list[QrCode]:
    """QR codes on the first pages of an open PyMuPDF document (rendered in grey at 150 dpi)."""
    import pymupdf

    out: list[QrCode] = []
    for index in range(min(doc.page_count, PDF_QR_PAGES)):  # type: ignore[attr-defined]
        if deadline.expired():  # type: ignore[attr-defined]
            break
        try:
            page = doc[index]  # type: ignore[index]
            if not may_carry_a_qr_code(page):
                continue
            rect = page.rect
            zoom = PDF_QR_DPI / 72
            if rect.width * rect.height * zoom * zoom > MAX_PIXELS:
                zoom = (MAX_PIXELS / max(rect.width * rect.height, 1)) ** 0.5
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False)
            out.extend(QrCode(t, f"page {index + 1}") for t in _decode_pixmap(pix))
        except (RuntimeError, ValueError):
            continue
    return out
