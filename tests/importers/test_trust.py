"""Who vouches for the key: forged credentials with a key the forger put in the file are never "confirmed", and
what the user saved for offline use (keys, DID documents, registry snapshots, certificates) confirms the issuer."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from app.importers.credentials import inspect_bytes
from app.importers.credentials.trusted import load_trusted
from app.matching.coverage import MatchResult
from app.matching.policy import ComponentFacts, EvidenceFacts, PolicyRules, propose, verification_level

from .forgeries import (
    ISSUER_NAME,
    ISSUER_URL,
    _es256,
    credential,
    forgeries,
    jwt,
    multikey,
    self_signed_certificate,
    sign_data_integrity,
)

FORGED = forgeries()


@pytest.mark.parametrize("name", sorted(FORGED))
def test_forgeries_are_never_confirmed(name: str) -> None:
    rec = inspect_bytes(FORGED[name], name=name)
    v = rec.verification
    assert rec.error is None, rec.error
    assert v.status in ("verified", "unverifiable-offline", "invalid"), v.message
    if v.status == "verified":
        assert v.issuer_binding == "self-asserted", (v.issuer_binding, v.issuer_binding_by)
        assert v.issuer_binding_by
        assert f"nothing outside the file confirms that this key belongs to {ISSUER_NAME}" in v.message
    else:
        assert v.issuer_binding == "none"
    level = verification_level(v.status, False, v.issuer_binding)
    assert level != "signature"
    js = rec.to_json()["verification"]
    assert js["issuer_binding"] == v.issuer_binding and "issuer_binding_by" in js


def test_second_unsupported_proof_is_reported() -> None:
    rec = inspect_bytes(FORGED["6-second-unsupported-proof.json"], name="6.json")
    proofs = [c for c in rec.verification.checks if c.name.startswith("proof ")]
    assert len(proofs) == 2
    assert proofs[0].passed is None and "ecdsa-sd-2023" in proofs[0].detail
    assert proofs[1].passed is True
    assert "could not be checked offline" in rec.verification.message


def test_self_asserted_signature_is_its_own_policy_level() -> None:
    rec = inspect_bytes(FORGED["3-jwk-header.jwt"], name="3.jwt")
    assert rec.verification.status == "verified"
    ev = EvidenceFacts(id="mph", hours=90, verification_status="verified",
                       issuer_binding=rec.verification.issuer_binding, issuer=ISSUER_NAME)  # fmt: skip
    assert verification_level("verified", False, "self-asserted") == "self-asserted"
    assert verification_level("verified", False, "confirmed") == "signature"
    assert verification_level("verified", True, "self-asserted") == "checked"
    component = ComponentFacts(code="ОК1", title="Public health", ects=3)
    strict = PolicyRules(required_verification="signature")
    p = propose(component, _full_match(), [ev], strict, 0, 240)
    codes = {r.code for r in p.reasons}
    assert "verification_insufficient" in codes and "signature_self_asserted" in codes
    assert p.decision == "reject"
    text = p.text_en
    expected = f"the signature is valid, but nothing outside the file confirms that this key belongs to {ISSUER_NAME}"
    assert expected in text
    lenient = PolicyRules(required_verification="self-asserted")
    p2 = propose(component, _full_match(), [ev], lenient, 0, 240)
    assert "verification_insufficient" not in {r.code for r in p2.reasons}


def _full_match() -> MatchResult:
    return MatchResult((), 0.5, 0.375)


# ------------------------------------------------------------------------------------------ what confirms a key


def _save(d: Path, name: str, obj: object) -> None:
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_text(json.dumps(obj))


def test_trusted_key_file_confirms(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    vm = f"{ISSUER_URL}#key-1"
    doc = sign_data_integrity(credential(), key, vm)
    rec = inspect_bytes(json.dumps(doc).encode(), name="c.json")
    assert rec.verification.status == "unverifiable-offline"
    _save(tmp_path, "harvard-key.json", {"id": vm, "type": "Multikey", "controller": ISSUER_URL,
                                         "publicKeyMultibase": multikey(key)})  # fmt: skip
    rec = inspect_bytes(json.dumps(doc).encode(), name="c.json", trusted_keys=tmp_path)
    assert rec.verification.status == "verified", rec.verification.message
    assert rec.verification.issuer_binding == "confirmed"
    assert "harvard-key.json" in rec.verification.issuer_binding_by


def test_trusted_key_of_another_controller_does_not_confirm(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    vm = "https://other.example/keys#1"
    _save(tmp_path, "other.json", {"id": vm, "controller": "https://other.example/",
                                   "publicKeyMultibase": multikey(key)})  # fmt: skip
    doc = sign_data_integrity(credential(), key, vm)
    rec = inspect_bytes(json.dumps(doc).encode(), name="c.json", trusted_keys=tmp_path)
    assert rec.verification.status == "verified"
    assert rec.verification.issuer_binding == "self-asserted"
    assert "not to the issuer" in rec.verification.issuer_binding_by


def test_saved_did_web_document_resolves_and_confirms(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    did = "did:web:credentials.harvard.edu"
    doc = sign_data_integrity(credential(issuer=did), key, f"{did}#key-1")
    rec = inspect_bytes(json.dumps(doc).encode(), name="c.json")
    assert rec.verification.status == "unverifiable-offline"
    assert "DID document" in rec.verification.message
    _save(tmp_path, "did.json", {
        "@context": ["https://www.w3.org/ns/did/v1"], "id": did,
        "verificationMethod": [{"id": "#key-1", "type": "Multikey", "controller": did,
                                "publicKeyMultibase": multikey(key)}],
        "assertionMethod": ["#key-1"]})  # fmt: skip
    rec = inspect_bytes(json.dumps(doc).encode(), name="c.json", trusted_keys=tmp_path)
    assert rec.verification.status == "verified", rec.verification.message
    assert rec.verification.issuer_binding == "confirmed"
    assert "saved DID document did.json" in rec.verification.issuer_binding_by


def test_did_key_issuer_listed_in_dcc_registry(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    did = f"did:key:{multikey(key)}"
    doc = sign_data_integrity(credential(issuer=did), key, f"{did}#{multikey(key)}")
    rec = inspect_bytes(json.dumps(doc).encode(), name="c.json")
    assert rec.verification.issuer_binding == "self-asserted"
    _save(tmp_path, "dcc-registry.json", {
        "meta": {"created": "2020-12-02T02:32:16+0000", "updated": "2025-03-01T10:00:00+0000"},
        "registry": {did: {"name": ISSUER_NAME, "url": "https://www.harvard.edu", "location": "Cambridge, MA"}}})
    assets = load_trusted(tmp_path)
    assert assets.registries and assets.registries[0].date == "2025-03-01"
    rec = inspect_bytes(json.dumps(doc).encode(), name="c.json", trusted_keys=tmp_path)
    assert rec.verification.issuer_binding == "confirmed"
    assert "issuer listed in dcc-registry as of 2025-03-01" in rec.verification.issuer_binding_by


def test_openid_federation_entity_statement_lists_issuer(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    did = f"did:key:{multikey(key)}"
    anchor = ec.generate_private_key(ec.SECP256R1())
    nums = anchor.public_key().public_numbers()
    jwk = {"kty": "EC", "crv": "P-256", "kid": "fed-1",
           "x": base64.urlsafe_b64encode(nums.x.to_bytes(32, "big")).rstrip(b"=").decode(),
           "y": base64.urlsafe_b64encode(nums.y.to_bytes(32, "big")).rstrip(b"=").decode()}  # fmt: skip
    statement = jwt({"alg": "ES256", "kid": "fed-1", "typ": "entity-statement+jwt"},
                    {"iss": did, "sub": did, "iat": 1735689600, "exp": 1893456000, "jwks": {"keys": [jwk]},
                     "metadata": {"federation_entity": {"organization_name": ISSUER_NAME}}},
                    _es256(anchor))  # fmt: skip
    (tmp_path / "harvard.jwt").write_text(statement)
    doc = sign_data_integrity(credential(issuer=did), key, f"{did}#{multikey(key)}")
    rec = inspect_bytes(json.dumps(doc).encode(), name="c.json", trusted_keys=tmp_path)
    assert rec.verification.issuer_binding == "confirmed", rec.verification.issuer_binding_by
    assert "as of 2025-01-01" in rec.verification.issuer_binding_by
    # a tampered statement is refused when the folder is read
    h, p, s = statement.split(".")
    (tmp_path / "harvard.jwt").write_text(f"{h}.{p}.{s[:-4]}AAAA")
    assets = load_trusted(tmp_path)
    assert not assets.registries and any("harvard.jwt" in x for x in assets.problems)


def test_x5c_chain_to_trusted_anchor_confirms(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = self_signed_certificate(key)
    der = cert.public_bytes(serialization.Encoding.DER)
    vc = credential()
    token = jwt({"alg": "ES256", "x5c": [base64.b64encode(der).decode()]}, {"vc": vc, "iss": ISSUER_URL}, _es256(key))
    assert inspect_bytes(token.encode(), name="t.jwt").verification.issuer_binding == "self-asserted"
    (tmp_path / "harvard-ca.cer").write_bytes(der)
    rec = inspect_bytes(token.encode(), name="t.jwt", trusted_keys=tmp_path)
    assert rec.verification.status == "verified"
    assert rec.verification.issuer_binding == "confirmed"
    assert "harvard-ca.cer" in rec.verification.issuer_binding_by


def test_unverified_credential_has_no_binding() -> None:
    data = bytearray(FORGED["3-jwk-header.jwt"])
    data[-5] = ord("A") if data[-5] != ord("A") else ord("B")
    rec = inspect_bytes(bytes(data), name="x.jwt")
    assert rec.verification.status == "invalid"
    assert rec.verification.issuer_binding == "none"
