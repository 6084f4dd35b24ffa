"""Precise verdicts: status lists are themselves verified, an unchecked status is never a plain "verified", a
plain W3C credential without validFrom is "not an achievement", damaged signed PDFs read "damaged", PDFs with
active content carry a warning, and the page limit is stated."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pymupdf

from app.importers.credentials import inspect_bytes, inspect_file
from app.importers.credentials.record import Check, CredentialRecord

from .conftest import fixture, make_trusted_dir

REVOKED = "ob3/bit-string-list_credential-status-revoked.json"


def _list_dir(tmp_path: Path, change: object = None) -> Path:
    d = make_trusted_dir(tmp_path / "trusted")
    if change is not None:
        lst = json.loads((d / "testlist.json").read_text())
        change(lst)  # type: ignore[operator]
        (d / "testlist.json").write_text(json.dumps(lst))
    return d


def _status_list_check(rec: CredentialRecord) -> Check:
    return next(c for c in rec.verification.checks if c.name == "status list")


def test_status_list_is_verified(tmp_path: Path) -> None:
    rec = inspect_file(fixture(REVOKED), trusted_keys=_list_dir(tmp_path))
    assert _status_list_check(rec).passed is True
    assert rec.verification.status == "invalid" and "revoked" in rec.verification.message


def test_tampered_status_list_is_refused(tmp_path: Path) -> None:
    def tamper(lst: dict) -> None:
        lst["credentialSubject"]["id"] = str(lst["credentialSubject"].get("id", "urn:x")) + "-altered"

    rec = inspect_file(fixture(REVOKED), trusted_keys=_list_dir(tmp_path, tamper))
    check = _status_list_check(rec)
    assert check.passed is False and "signature does not hold" in check.detail


def test_expired_status_list_is_refused(tmp_path: Path) -> None:
    rec = inspect_file(fixture(REVOKED), trusted_keys=_list_dir(tmp_path, lambda lst: lst.update(
        validUntil="2020-01-01T00:00:00Z")))  # fmt: skip
    check = _status_list_check(rec)
    assert check.passed is False and "expired on 2020-01-01" in check.detail


def test_wrong_typed_status_list_is_refused(tmp_path: Path) -> None:
    rec = inspect_file(fixture(REVOKED), trusted_keys=_list_dir(tmp_path, lambda lst: lst.update(
        type=["VerifiableCredential"])))  # fmt: skip
    check = _status_list_check(rec)
    assert check.passed is False and "not a BitstringStatusListCredential" in check.detail


def test_unchecked_status_is_not_a_plain_verified() -> None:
    rec = inspect_file(fixture("ob3/dcc-v2-eddsa-didkey-status.json"))
    assert rec.verification.status == "verified"
    assert rec.verification.revocation == "not-checked"
    assert rec.verification.message.startswith("Signature verified; revocation not checked.")
    assert rec.to_json()["verification"]["revocation"] == "not-checked"


def test_checked_status_is_stated(tmp_path: Path) -> None:
    rec = inspect_file(fixture("ob3/dcc-v2-eddsa-didkey-status.json"), trusted_keys=_list_dir(tmp_path))
    assert rec.verification.status == "verified"
    assert rec.verification.revocation == "checked"


def test_plain_w3c_credential_without_valid_from_is_not_an_achievement() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from .forgeries import b58, sign_data_integrity

    key = ed25519.Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    did = "did:key:z" + b58(b"\xed\x01" + raw)
    doc = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
           "issuer": did, "credentialSubject": {"id": "did:example:ebfeb1f712ebc6f1c276e12ec21"}}  # fmt: skip
    rec = inspect_bytes(json.dumps(sign_data_integrity(doc, key, f"{did}#{did[8:]}")).encode(), name="vc.json")
    assert rec.verification.status == "verified", rec.verification.message
    type_check = next(c for c in rec.verification.checks if c.name == "type")
    assert "not an achievement" in type_check.detail
    # an Open Badge still needs validFrom
    ob = json.loads(fixture("ob3/simple.json").read_text())
    ob2 = copy.deepcopy(ob)
    del ob2["validFrom"]
    rec = inspect_bytes(json.dumps(ob2).encode(), name="ob.json")
    assert any(c.name == "schema" and c.passed is False and "validFrom" in c.detail for c in rec.verification.checks)


def test_truncated_signed_pdf_reads_damaged() -> None:
    data = fixture("pdf/pyhanko-pades-with-old-style-signing-cert-attr.pdf").read_bytes()
    for frac in (0.3, 0.6, 0.9):
        rec = inspect_bytes(data[: int(len(data) * frac)], name="cut.pdf")
        assert rec.verification.status != "unsigned", frac
        assert rec.error is not None or "damaged" in rec.verification.message.lower() or "fit the file" in \
            rec.verification.message, (frac, rec.verification.message)  # fmt: skip


def _pdf(pages: int = 1, js: bool = False, attach: bool = False, object_streams: bool = False) -> bytes:
    doc = pymupdf.open()
    for i in range(pages):
        doc.new_page().insert_text((72, 72), f"Certificate of completion, page {i + 1}\nIvan Petrenko\n30 hours")
    if attach:
        doc.embfile_add("payload.exe", b"MZ" + b"\x00" * 64)
    if js:
        doc.set_pagemode("UseNone")
        xref = doc.get_new_xref()
        doc.update_object(xref, "<< /S /JavaScript /JS (app.alert('hi');) >>")
        doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{xref} 0 R")
    return doc.tobytes(use_objstms=1, deflate=1) if object_streams else doc.tobytes()


def test_active_content_is_warned_about() -> None:
    rec = inspect_bytes(_pdf(js=True, attach=True), name="active.pdf")
    assert rec.error is None, rec.error
    warn = next(c for c in rec.verification.checks if c.name == "active content")
    assert "JavaScript" in warn.detail and "embedded file" in warn.detail
    assert "Warning:" in rec.verification.message
    plain = inspect_bytes(_pdf(), name="plain.pdf")
    assert not any(c.name == "active content" for c in plain.verification.checks)


def test_active_content_is_found_however_the_file_writes_its_names() -> None:
    # The objects are read one by one only where the file's bytes may name active content: a name written with an
    # escape ("/J#61vaScript"), or objects compressed in an object stream, must still be found.
    escaped = _pdf(js=True).replace(b"/JavaScript", b"/J#61vaScript")
    compressed = _pdf(js=True, object_streams=True)
    assert b"/JavaScript" not in escaped and b"/JavaScript" not in compressed
    for data in (escaped, compressed):
        rec = inspect_bytes(data, name="active.pdf")
        warn = next(c for c in rec.verification.checks if c.name == "active content")
        assert "JavaScript" in warn.detail


def test_page_limit_is_stated() -> None:
    rec = inspect_bytes(_pdf(pages=103), name="long.pdf")
    assert rec.error is None, rec.error
    note = next(c for c in rec.verification.checks if c.name == "pages")
    assert "first 100 of 103 pages" in note.detail


def test_profile_decides_whether_an_unchecked_revocation_suffices() -> None:
    from app.matching.coverage import MatchResult
    from app.matching.policy import ComponentFacts, EvidenceFacts, PolicyRules, propose

    rec = inspect_file(fixture("ob3/dcc-v2-eddsa-didkey-status.json"))
    ev = EvidenceFacts(id="badge", hours=90, verification_status="verified",
                       issuer_binding="confirmed", revocation=rec.verification.revocation)  # fmt: skip
    component = ComponentFacts(code="ОК1", title="Data", ects=3)
    lenient = propose(component, MatchResult((), 0.5, 0.375), [ev], PolicyRules(), 0, 240)
    reason = next(r for r in lenient.reasons if r.code == "revocation_not_checked")
    assert reason.severity == "warning"
    assert "signature verified; revocation not checked" in lenient.text_en
    strict = propose(component, MatchResult((), 0.5, 0.375), [ev], PolicyRules(require_revocation_check=True), 0, 240)
    assert next(r for r in strict.reasons if r.code == "revocation_not_checked").severity == "blocking"
    assert strict.decision == "reject"
    assert PolicyRules.from_dict(PolicyRules(require_revocation_check=True).to_dict()).require_revocation_check
