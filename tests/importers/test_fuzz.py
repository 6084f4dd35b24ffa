"""Property-based tests: no parser lets an exception out, whatever the bytes."""

from __future__ import annotations

import contextlib
import json
import random

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.importers.credentials import STATUSES, inspect_bytes
from app.importers.credentials.baked import unbake_png, unbake_svg
from app.importers.credentials.learner import compare_names
from app.importers.credentials.pdf import find_outcomes
from app.importers.credentials.pdfsig import BYTE_RANGE, check_pdf_signatures
from app.importers.credentials.textparse import find_ects, find_eqf, find_hours, split_items
from app.importers.credentials.util import ImportFailure, now_utc

from .conftest import fixture

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SEEDS = {
    "png": fixture("ob3/baked/simple-jwt.png").read_bytes()[:4000] + fixture("ob2/baked_heart.png").read_bytes(),
    "badge_png": fixture("ob2/baked_heart.png").read_bytes(),
    "svg": fixture("ob3/baked/simple-jwt.svg").read_bytes(),
    "ob3": fixture("ob3/simple.json").read_bytes(),
    "jwt": fixture("clr2/simple.jwt").read_bytes(),
    "ob2": fixture("ob2/basic-assertion.json").read_bytes(),
    "edc_xml": fixture("edc/edci-pilot2019-xml-signed.xml").read_bytes()[:20000],
    "pdf": fixture("pdf/pyhanko-pades-with-old-style-signing-cert-attr.pdf").read_bytes(),
    "jades": fixture("edc/elm3-Sample-CertOfPart-signed.jsonld").read_bytes(),
}


def _assert_record(rec: object) -> None:
    assert rec.verification.status in STATUSES  # type: ignore[attr-defined]
    if rec.error is not None:  # type: ignore[attr-defined]
        assert rec.error.startswith("f: ")  # type: ignore[attr-defined]
    json.dumps(rec.to_json())  # type: ignore[attr-defined]


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    _assert_record(inspect_bytes(data, name="f", time_limit=5))


@SETTINGS
@given(
    st.sampled_from(sorted(SEEDS)),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    st.integers(0, 10**6),
)
def test_mutated_samples(kind: str, flips: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(SEEDS[kind])
    for pos, val in flips:
        data[pos % len(data)] = val
    if cut % 3 == 0:
        data = data[: max(1, cut % len(data))]
    _assert_record(inspect_bytes(bytes(data), name="f", time_limit=5))


JSON_LEAF = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
JSON = st.recursive(
    JSON_LEAF, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=10), c, max_size=4), max_leaves=30
)
KEYS = [
    "@context",
    "type",
    "issuer",
    "credentialSubject",
    "proof",
    "validFrom",
    "recipient",
    "badge",
    "verification",
    "payload",
    "signatures",
    "achievement",
    "name",
    "hasClaim",
    "issuedOn",
    "expires",
    "credentialStatus",
]


@SETTINGS
@given(
    st.dictionaries(st.sampled_from(KEYS), JSON, max_size=8),
    st.sampled_from(
        [
            ["VerifiableCredential", "OpenBadgeCredential"],
            "Assertion",
            ["VerifiableCredential", "EuropeanDigitalCredential"],
            ["VerifiableCredential", "ClrCredential"],
        ]
    ),
)
def test_credential_shaped_json(obj: dict[str, object], typ: object) -> None:
    obj.setdefault("type", typ)
    _assert_record(inspect_bytes(json.dumps(obj).encode(), name="f", time_limit=5))


@SETTINGS
@given(st.dictionaries(st.sampled_from(KEYS), JSON, max_size=6))
def test_mutated_ob3_structure(extra: dict[str, object]) -> None:
    doc = json.loads(SEEDS["ob3"])
    doc.update(extra)
    _assert_record(inspect_bytes(json.dumps(doc).encode(), name="f", time_limit=5))


@SETTINGS
@given(st.binary(max_size=3000))
def test_png_reader(data: bytes) -> None:
    for blob in (b"\x89PNG\r\n\x1a\n" + data, SEEDS["badge_png"][:33] + data):
        with contextlib.suppress(ImportFailure):
            unbake_png(blob)


@SETTINGS
@given(st.text(max_size=500))
def test_svg_reader(text: str) -> None:
    for blob in (text.encode(), f"<svg xmlns='http://www.w3.org/2000/svg'>{text}</svg>".encode()):
        with contextlib.suppress(ImportFailure):
            unbake_svg(blob)


@SETTINGS
@given(st.integers(0, len(SEEDS["pdf"]) - 1), st.binary(min_size=1, max_size=40))
@example(at=1726, junk=b"A")  # a certificate the X.509 reader refuses inside a CMS pyHanko still reads
def test_signed_pdf_bytes_changed(at: int, junk: bytes) -> None:
    """Bytes overwritten anywhere in a signed PDF (the CMS value, the xref, the signature dictionary): pyHanko's
    errors become checks, never an exception."""
    pdf = SEEDS["pdf"]
    changed = pdf[:at] + junk + pdf[at + len(junk) :]
    res = check_pdf_signatures(changed, [], now_utc())
    assert res.unreadable or res.count >= 1 or not BYTE_RANGE.search(changed)


@SETTINGS
@given(st.binary(max_size=400), st.integers(0, 5000), st.integers(0, 5000))
def test_pdf_signature_scanner(data: bytes, b: int, c: int) -> None:
    blob = b"%PDF-1.7\n" + data + f"/ByteRange [0 {b} {c} 10] /Contents <3082>".encode() + data
    check_pdf_signatures(blob, [], now_utc())


@SETTINGS
@given(st.text(max_size=800))
def test_text_patterns(text: str) -> None:
    find_hours(text)
    find_ects(text)
    find_eqf(text)
    split_items(text)
    lines = [(1, ln) for ln in text.splitlines() if ln.strip()]
    find_outcomes(lines)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "- ",
                "1) ",
                "• ",
                "Learning outcomes:",
                "Результати навчання",
                "Date: 1.1.2020",
                "text",
                "більше тексту",
                "\n",
            ]
        ),
        max_size=30,
    )
)
def test_outcome_lists(parts: list[str]) -> None:
    text = "\n".join(parts)
    got = find_outcomes([(1, ln) for ln in text.splitlines() if ln.strip()])
    if got is not None:
        assert all(item.strip() for item in got[0])


NAMES = st.text(alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГДЕЄЖЗИІЇКЛМНОПРСТУФХЦЧШЩЮЯ' ", min_size=2, max_size=30)


@SETTINGS
@given(NAMES, NAMES)
def test_name_comparison_is_symmetric_and_total(a: str, b: str) -> None:
    from app.domain.translit import transliterate

    assert compare_names(a, b)[0] == compare_names(b, a)[0]
    # A "name" of apostrophes and soft signs alone has no letter left in Latin script, so nothing to compare.
    if any(ch.isalpha() for ch in transliterate(a)):
        assert compare_names(a, transliterate(a))[0] == "match"
        words = a.split()
        random.Random(0).shuffle(words)
        assert compare_names(a, " ".join(words))[0] == "match"
