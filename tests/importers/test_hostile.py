"""Hostile and broken input: every case gives a failed record with a clear message, never an exception."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest

from app.importers.credentials import inspect_bytes, inspect_file

from .conftest import fixture
from .pdfgen import EN_CERT, encrypted_pdf, html_pdf, image_only_pdf


def _chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


def _png(*chunks: bytes) -> bytes:
    ihdr = _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    idat = _chunk(b"IDAT", zlib.compress(b"\x00\x00"))
    return b"\x89PNG\r\n\x1a\n" + ihdr + b"".join(chunks) + idat + _chunk(b"IEND", b"")


def _failed(rec: object, *words: str) -> None:
    err = rec.error  # type: ignore[attr-defined]
    assert err is not None
    for w in words:
        assert w in err, err


def test_png_text_chunk_decompression_bomb() -> None:
    bomb = zlib.compress(b"{" + b" " * (64 * 1024 * 1024), 9)
    body = b"openbadges\x00\x01\x00\x00\x00" + bomb
    _failed(inspect_bytes(_png(_chunk(b"iTXt", body)), name="bomb.png"), "bomb.png", "decompression bomb")


def test_png_pixel_bomb_is_never_decoded() -> None:
    # A 100000 x 100000 image header with a tiny IDAT: the pixels are never inflated.
    ihdr = _chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0))
    data = b"\x89PNG\r\n\x1a\n" + ihdr + _chunk(b"IDAT", zlib.compress(b"\x00" * 10_000_000)) + _chunk(b"IEND", b"")
    _failed(inspect_bytes(data, name="pixels.png"), "no baked badge")


def test_truncated_png() -> None:
    data = fixture("ob3/baked/simple-json.png").read_bytes()
    _failed(inspect_bytes(data[: len(data) // 2], name="half.png"), "half.png", "truncated")


def test_png_bad_crc() -> None:
    body = b'openbadges\x00\x00\x00\x00\x00{"a": 1}'
    chunk = bytearray(_chunk(b"iTXt", body))
    chunk[-1] ^= 0xFF
    _failed(inspect_bytes(_png(bytes(chunk)), name="crc.png"), "checksum")


def test_compressed_itxt_is_read() -> None:
    assertion = fixture("ob2/basic-assertion.json").read_bytes()
    body = b"openbadges\x00\x01\x00\x00\x00" + zlib.compress(assertion)
    rec = inspect_bytes(_png(_chunk(b"iTXt", body)), name="z.png")
    assert rec.error is None and rec.format == "openbadges-2.0"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<europassCredential xmlns="http://data.europa.eu/snb"><title>&lol3;</title></europassCredential>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<europassCredential xmlns="http://data.europa.eu/snb"><title>&xxe;</title></europassCredential>"""

SVG_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">
<openbadges:assertion>&xxe;</openbadges:assertion></svg>"""


@pytest.mark.parametrize("data,name", [(BILLION_LAUGHS, "laughs.xml"), (XXE, "xxe.xml"), (SVG_XXE, "xxe.svg")])
def test_xml_entities_are_refused(data: bytes, name: str) -> None:
    rec = inspect_bytes(data, name=name)
    _failed(rec, name, "forbidden")


def test_deeply_nested_json() -> None:
    data = b"[" * 100_000 + b"]" * 100_000
    _failed(inspect_bytes(data, name="deep.json"), "deep.json", "nested")
    data = ('{"a":' * 150 + "1" + "}" * 150).encode()
    _failed(inspect_bytes(data, name="deep2.json"), "nested")


def test_huge_file_is_refused_by_size(tmp_path: Path) -> None:
    f = tmp_path / "big.pdf"
    f.write_bytes(b"%PDF-1.7\n" + b"0" * 3_000_000)
    rec = inspect_file(f, max_bytes=1_000_000)
    _failed(rec, "big.pdf", "too large")


def test_truncated_and_corrupt_pdf() -> None:
    good = html_pdf(EN_CERT)
    rec = inspect_bytes(good[:400], name="cut.pdf")
    _failed(rec, "cut.pdf")
    rec = inspect_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 50, name="junk.pdf")
    _failed(rec, "junk.pdf")


def test_encrypted_pdf() -> None:
    _failed(inspect_bytes(encrypted_pdf(EN_CERT), name="locked.pdf"), "locked.pdf", "encrypted")


def test_scanned_pdf_has_no_text_layer() -> None:
    _failed(inspect_bytes(image_only_pdf(), name="scan.pdf"), "scan.pdf", "no text layer")


def test_wrong_extension_is_detected_from_content(tmp_path: Path) -> None:
    f = tmp_path / "certificate.json"
    f.write_bytes(html_pdf(EN_CERT))
    rec = inspect_file(f)
    assert rec.error is None and rec.format == "pdf"
    g = tmp_path / "badge.pdf"
    g.write_bytes(fixture("ob3/simple.json").read_bytes())
    assert inspect_file(g).format == "openbadges-3.0"


@pytest.mark.parametrize(
    "data,words",
    [
        (b"", ["empty"]),
        (b"   \n", ["empty"]),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 100, ["JPEG"]),
        (b"PK\x03\x04" + b"\x00" * 100, ["ZIP"]),
        (bytes(range(256)), ["unrecognised"]),
        (b"https://example.org/badge", ["web address"]),
        (b"{not json", ["not valid JSON"]),
        (b'{"a": 1}', ["not a recognised credential"]),
        (b"[1, 2]", ["list"]),
        (json.dumps({"type": "BadgeClass", "name": "x"}).encode(), ["BadgeClass"]),
        (b"eyJhbGciOiJIUzI1NiJ9.e30", ["malformed"]),
        (b"eyJhbGciOiJSUzI1NiJ9.!!!.abc", ["malformed"]),
        (b"<html><body>hi</body></html>", ["not a Europass credential"]),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><g/>", ["not well-formed"]),
    ],
)
def test_garbage(data: bytes, words: list[str]) -> None:
    rec = inspect_bytes(data, name="x.bin")
    _failed(rec, "x.bin", *words)
    assert rec.verification.status in ("invalid", "unverifiable-offline")
    assert rec.to_json()["error"] == rec.error


def test_missing_file_and_folder(tmp_path: Path) -> None:
    _failed(inspect_file(tmp_path / "nope.pdf"), "does not exist")
    _failed(inspect_file(tmp_path), "folder")


def test_adversarial_blank_nodes_are_bounded() -> None:
    """Many symmetric anonymous nodes: refused before canonicalisation, never a hang."""
    doc = json.loads(fixture("ob3/simple.json").read_text())
    doc["credentialSubject"]["achievement"]["alignment"] = [
        {"type": ["Alignment"], "targetName": "x", "targetUrl": "https://a.example/"} for _ in range(600)
    ]
    rec = inspect_bytes(json.dumps(doc).encode(), name="poison.json", time_limit=5)
    assert rec.verification.status == "unverifiable-offline"
    assert "anonymous nodes" in rec.verification.message
