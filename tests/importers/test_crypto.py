"""Offline signature checks: canonicalisation, tampering, JWS algorithms, did:key, JAdES, XAdES, PDF."""

from __future__ import annotations

import base64
import json
import time

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from app.importers.credentials import inspect_bytes
from app.importers.credentials.dataintegrity import canonicalize, resolve_did_key
from app.importers.credentials.util import Deadline, b58_decode, multibase_decode

from .conftest import fixture


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def test_canonical_nquads_match_the_spec_test_vector() -> None:
    doc = json.loads(fixture("ob3/spec-ldp-test-vector-signed.json").read_text())
    doc.pop("proof")
    canon = canonicalize(doc, {}, Deadline(10))
    assert canon.nquads == fixture("ob3/spec-test-vector-document-canon.nq").read_text()


def test_tampered_name_breaks_the_proof() -> None:
    doc = json.loads(fixture("ob3/dcc-v2-ed25519-didkey-nostatus.json").read_text())
    doc["credentialSubject"]["achievement"]["name"] = "tampered!"
    rec = inspect_bytes(json.dumps(doc).encode(), name="t.json")
    assert rec.verification.status == "invalid"


def test_unknown_context_is_unverifiable_not_invalid() -> None:
    doc = json.loads(fixture("ob3/simple.json").read_text())
    doc["@context"].append("https://example.org/unbundled-context.json")
    rec = inspect_bytes(json.dumps(doc).encode(), name="t.json")
    assert rec.verification.status == "unverifiable-offline"
    assert "not bundled" in rec.verification.message


def test_did_key_and_base58() -> None:
    key = resolve_did_key("did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q")
    assert len(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)) == 32
    assert b58_decode("1112") == b"\x00\x00\x00\x01"
    assert multibase_decode("uAQID") == b"\x01\x02\x03"


def _vc(issuer: str, name: str = "Data literacy") -> dict[str, object]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:1", "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer, "type": ["Profile"], "name": "Test University",
                   "address": {"type": ["Address"], "addressCountryCode": "UA"}},
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {"type": ["AchievementSubject"], "name": "Шевченко Тарас",
                              "achievement": {"id": "urn:uuid:2", "type": ["Achievement"], "name": name,
                                              "criteria": {"narrative": "- read data\n- explain data"},
                                              "creditsAvailable": 3}},
    }  # fmt: skip


def _jwt(header: dict[str, object], payload: dict[str, object], sign: object) -> str:
    h = _b64u(json.dumps(header).encode())
    p = _b64u(json.dumps(payload).encode())
    sig = sign(f"{h}.{p}".encode())  # type: ignore[operator]
    return f"{h}.{p}.{_b64u(sig)}"


def test_vc_jwt_es256_with_jwk_header() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    nums = key.public_key().public_numbers()
    jwk = {"kty": "EC", "crv": "P-256", "x": _b64u(nums.x.to_bytes(32, "big")), "y": _b64u(nums.y.to_bytes(32, "big"))}

    def sign(data: bytes) -> bytes:
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")

    vc = _vc("https://uni.example/issuer")
    token = _jwt(
        {"alg": "ES256", "jwk": jwk}, {"vc": vc, "iss": "https://uni.example/issuer", "jti": "urn:uuid:1"}, sign
    )
    rec = inspect_bytes(token.encode(), name="c.jwt", applicant_names=["Taras Shevchenko"])
    assert rec.verification.status == "verified", rec.verification.message
    assert rec.value("workload_ects") == 3
    assert rec.value("issuer_country") == "UA"
    assert rec.learning_outcomes == ["read data", "explain data"]
    assert rec.learner_match.status == "match"
    # one changed character in the payload
    h, p, s = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(p + "=="))
    payload["vc"]["credentialSubject"]["achievement"]["name"] = "Data literacy!"
    forged = f"{h}.{_b64u(json.dumps(payload).encode())}.{s}"
    assert inspect_bytes(forged.encode(), name="f.jwt").verification.status == "invalid"


def test_vc_jwt_eddsa_did_key_and_claims() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    did = "did:key:z" + _b58(b"\xed\x01" + raw)
    vc = _vc(did)
    good = _jwt({"alg": "EdDSA", "kid": did + "#" + did[8:]}, {"vc": vc, "iss": did}, key.sign)
    assert inspect_bytes(good.encode(), name="g.jwt").verification.status == "verified"
    wrong_iss = _jwt({"alg": "EdDSA", "kid": did}, {"vc": vc, "iss": "did:example:someone-else"}, key.sign)
    rec = inspect_bytes(wrong_iss.encode(), name="w.jwt")
    assert rec.verification.status == "invalid"
    assert any(c.name == "jwt-iss" and c.passed is False for c in rec.verification.checks)
    expired = _jwt({"alg": "EdDSA", "kid": did}, {"vc": vc, "iss": did, "exp": int(time.time()) - 10}, key.sign)
    assert inspect_bytes(expired.encode(), name="e.jwt").verification.status == "invalid"


def _b58(data: bytes) -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + out


def test_jades_tampered_payload_is_invalid() -> None:
    outer = json.loads(fixture("edc/elm3-Sample-MC-Annex1-signed.jsonld").read_text())
    outer["payload"] = outer["payload"].replace("Ana Andromeda", "Ana Andromedb")
    rec = inspect_bytes(json.dumps(outer).encode(), name="t.jsonld")
    assert rec.verification.status == "invalid"
    assert any(c.name == "signature" and c.passed is False for c in rec.verification.checks)


def test_jades_with_trusted_ca(tmp_path: object) -> None:
    from pathlib import Path

    outer = json.loads(fixture("edc/elm3-Sample-MC-Annex1-signed.jsonld").read_text())
    prot = json.loads(base64.urlsafe_b64decode(outer["signatures"][0]["protected"] + "=="))
    d = Path(str(tmp_path))
    (d / "seal.cer").write_bytes(base64.b64decode(prot["x5c"][0]))
    rec = inspect_bytes(fixture("edc/elm3-Sample-MC-Annex1-signed.jsonld").read_bytes(), name="a", trusted_keys=d)
    trust = [c for c in rec.verification.checks if c.name == "issuer trust"]
    assert trust and trust[0].passed is True


def test_xades_tampered_text_is_invalid() -> None:
    data = fixture("edc/elmv2-xml-DiplomaSupplement-signed.xml").read_bytes()
    forged = data.replace(b">Ana<", b">Anna<", 1)
    assert forged != data
    rec = inspect_bytes(forged, name="d.xml")
    assert rec.verification.status == "invalid"
    assert any(c.name == "reference digests" and c.passed is False for c in rec.verification.checks)


def test_pdf_signed_range_tampered_is_invalid() -> None:
    data = bytearray(fixture("pdf/pyhanko-pades-with-old-style-signing-cert-attr.pdf").read_bytes())
    i = data.index(b"Hello World")
    data[i] = ord("J")
    rec = inspect_bytes(bytes(data), name="p.pdf")
    assert rec.verification.status == "invalid"
