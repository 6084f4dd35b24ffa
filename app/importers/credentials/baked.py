"""Unbaking: the credential hidden in a badge image (PNG text chunk or SVG element).

The PNG reader walks the chunk list itself and never decodes image data, so a decompression bomb in the
pixels costs nothing; compressed text chunks are inflated with a hard output limit.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from .util import ImportFailure

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
BADGE_KEYWORDS = ("openbadges", "openbadgecredential")
MAX_TEXT = 16 * 1024 * 1024
MAX_CHUNKS = 100_000

OB2_SVG_NS = "http://openbadges.org"
OB3_SVG_NS = "https://purl.imsglobal.org/ob/v3p0"


@dataclass
class Baked:
    keyword: str  # "openbadges" (OB 1.x/2.0) or "openbadgecredential" (OB 3.0 / CLR)
    text: str  # JSON text, compact JWS or a URL
    location: str  # e.g. "PNG iTXt 'openbadges'" or "SVG <openbadges:assertion>"


def _inflate(data: bytes, what: str) -> bytes:
    d = zlib.decompressobj()
    try:
        out = d.decompress(data, MAX_TEXT)
    except zlib.error as exc:
        raise ImportFailure(f"{what} is corrupt ({exc})") from None
    if d.unconsumed_tail:
        raise ImportFailure(f"{what} expands to more than {MAX_TEXT // (1024 * 1024)} MiB (decompression bomb?)")
    return out


def unbake_png(data: bytes) -> Baked | None:
    if not data.startswith(PNG_MAGIC):
        raise ImportFailure("not a PNG image")
    pos = len(PNG_MAGIC)
    found: list[Baked] = []
    count = 0
    while pos + 8 <= len(data):
        count += 1
        if count > MAX_CHUNKS:
            raise ImportFailure("PNG has too many chunks")
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        body_start = pos + 8
        body_end = body_start + length
        if body_end + 4 > len(data):
            raise ImportFailure(f"PNG is truncated (chunk {ctype!r} runs past the end of the file)")
        body = data[body_start:body_end]
        if ctype == b"IEND":
            break
        if ctype in (b"iTXt", b"tEXt", b"zTXt"):
            crc = struct.unpack(">I", data[body_end : body_end + 4])[0]
            if zlib.crc32(ctype + body) & 0xFFFFFFFF != crc:
                raise ImportFailure(f"PNG {ctype.decode()} chunk has a bad checksum (file damaged)")
            b = _text_chunk(ctype, body)
            if b is not None:
                found.append(b)
        pos = body_end + 4
    else:
        if not found:
            raise ImportFailure("PNG is truncated (no IEND chunk)")
    if not found:
        return None
    # Prefer the OB 3.0 credential, then an iTXt over a legacy tEXt.
    found.sort(key=lambda b: (b.keyword != "openbadgecredential", "tEXt" in b.location))
    return found[0]


def _text_chunk(ctype: bytes, body: bytes) -> Baked | None:
    keyword, sep, rest = body.partition(b"\x00")
    if not sep:
        return None
    kw = keyword.decode("latin-1")
    if kw not in BADGE_KEYWORDS:
        return None
    where = f"PNG {ctype.decode()} '{kw}'"
    if ctype == b"tEXt":
        return Baked(kw, rest.decode("latin-1").strip(), where)
    if ctype == b"zTXt":
        if len(rest) < 1:
            return None
        return Baked(kw, _inflate(rest[1:], f"{where} chunk").decode("latin-1").strip(), where)
    if len(rest) < 2:
        raise ImportFailure(f"{where} chunk is truncated")
    flag, _method = rest[0], rest[1]
    rest = rest[2:]
    _lang, _, rest = rest.partition(b"\x00")
    _translated, _, text = rest.partition(b"\x00")
    if flag == 1:
        text = _inflate(text, f"{where} chunk")
    try:
        return Baked(kw, text.decode("utf-8").strip(), where)
    except UnicodeDecodeError:
        raise ImportFailure(f"{where} chunk is not UTF-8 text") from None


def unbake_svg(data: bytes) -> Baked | None:
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ImportFailure(f"SVG uses forbidden XML features ({type(exc).__name__}: DTD or entities)") from None
    except SafeET.ParseError as exc:
        raise ImportFailure(f"SVG is not well-formed XML ({exc})") from None
    if not str(root.tag).endswith("svg"):
        raise ImportFailure("XML file is not an SVG image")
    for el in root.iter():
        tag = str(el.tag)
        for ns, name, kw in (
            (OB3_SVG_NS, "credential", "openbadgecredential"),
            (OB2_SVG_NS, "assertion", "openbadges"),
        ):
            if tag == f"{{{ns}}}{name}":
                body = (el.text or "").strip()
                verify = (el.get("verify") or "").strip()
                where = f"SVG <openbadges:{name}>"
                if body:
                    return Baked(kw, body, where)
                if verify:
                    return Baked(kw, verify, where + " verify attribute")
                raise ImportFailure(f"{where} element is empty")
    return None
