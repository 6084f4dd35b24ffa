"""One deadline per file and a structure budget before JSON-LD canonicalisation: a generated Open Badges 3.0 file
whose list entries would make pyld's work grow with their square is refused (or finishes) within the deadline."""

from __future__ import annotations

import json
import time

from app.importers.credentials import DEFAULT_TIME_LIMIT, inspect_bytes
from app.importers.credentials.dataintegrity import MAX_LD_LIST_ENTRIES

from .conftest import fixture


def _with_entries(n: int) -> bytes:
    doc = json.loads(fixture("ob3/simple.json").read_text())
    doc["credentialSubject"]["achievement"]["tag"] = [f"t{i}" for i in range(n)]
    return json.dumps(doc).encode()


def test_default_deadline_is_at_most_ten_seconds() -> None:
    assert DEFAULT_TIME_LIMIT <= 10


def test_quadratic_json_ld_finishes_under_the_deadline() -> None:
    data = _with_entries(8000)
    assert len(data) > 60_000
    start = time.monotonic()
    rec = inspect_bytes(data, name="big.json")
    elapsed = time.monotonic() - start
    assert elapsed < DEFAULT_TIME_LIMIT, elapsed
    assert rec.error is None
    assert rec.verification.status == "unverifiable-offline"
    assert "too large to canonicalise" in rec.verification.message
    assert "\n" not in rec.verification.message


def test_list_budget_leaves_room_for_real_credentials() -> None:
    for rel in ("clr2/complex.json", "ob3/simple.json", "clr2/simple.json", "ob3/endorsement-valid.json"):
        rec = inspect_bytes(fixture(rel).read_bytes(), name=rel)
        assert "too large" not in rec.verification.message, rel
    # just under the budget still canonicalises (the tag list changes the signed data, so the proof fails)
    rec = inspect_bytes(_with_entries(MAX_LD_LIST_ENTRIES // 2), name="mid.json")
    assert rec.verification.status == "invalid", rec.verification.message


def test_tiny_deadline_gives_one_clear_line() -> None:
    rec = inspect_bytes(fixture("clr2/complex.json").read_bytes(), name="c.json", time_limit=0.0)
    assert rec.verification.status in ("unverifiable-offline", "invalid")
    assert "\n" not in rec.verification.message
    assert "allowed" in rec.verification.message or "took longer" in rec.verification.message


def test_long_text_pdf_finishes_under_the_deadline() -> None:
    import pymupdf

    doc = pymupdf.open()
    line = "Learning outcome text about data analysis and 30 hours of study in ECTS credits. "
    for _ in range(100):
        doc.new_page().insert_textbox(pymupdf.Rect(20, 20, 580, 820), line * 80, fontsize=5)
    start = time.monotonic()
    rec = inspect_bytes(doc.tobytes(), name="long.pdf")
    assert time.monotonic() - start < DEFAULT_TIME_LIMIT
    assert rec.error is None or "allowed per file" in rec.error
    if rec.error is None:
        assert any(c.name == "pages" and "characters" in c.detail for c in rec.verification.checks)


def test_huge_tag_list_stays_cheap() -> None:
    start = time.monotonic()
    rec = inspect_bytes(_with_entries(100_000), name="tags.json")
    assert time.monotonic() - start < DEFAULT_TIME_LIMIT
    assert rec.error is None
