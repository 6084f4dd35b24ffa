"""What the officer reads: invalid verdicts explain themselves, ML vocabulary is not taken for exam supervision,
and a plain (unhashed) badge identity is not described as hashed."""

from __future__ import annotations

import base64
import json

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.importers.credentials import inspect_bytes

from .conftest import fixture
from .pdfgen import html_pdf


def _b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_tampered_data_integrity_proof_says_what_is_wrong() -> None:
    doc = json.loads(fixture("ob3/dcc-v2-ed25519-didkey-nostatus.json").read_text())
    doc["credentialSubject"]["achievement"]["name"] = "tampered!"
    rec = inspect_bytes(json.dumps(doc).encode(), name="t.json")
    assert rec.verification.status == "invalid"
    assert "does not match the document" in rec.verification.message
    assert "altered" in rec.verification.message


def test_credential_without_proof_says_so() -> None:
    doc = json.loads(fixture("ob3/dcc-v2-ed25519-didkey-nostatus.json").read_text())
    doc.pop("proof")
    rec = inspect_bytes(json.dumps(doc).encode(), name="t.json")
    assert rec.verification.status == "invalid"
    assert "carries no proof" in rec.verification.message


def test_forged_vc_jwt_says_what_is_wrong() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    jwk = {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": _b64u(key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)),
    }
    vc = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential",
          "OpenBadgeCredential"], "issuer": {"id": "https://issuer.example"}, "validFrom": "2024-01-01T00:00:00Z",
          "credentialSubject": {"achievement": {"name": "Data literacy"}}}  # fmt: skip
    head = _b64u(json.dumps({"alg": "EdDSA", "jwk": jwk}).encode())
    body = _b64u(json.dumps({"vc": vc}).encode())
    signature = _b64u(key.sign(f"{head}.{body}".encode()))
    vc["credentialSubject"]["achievement"]["name"] = "Data science"  # type: ignore[index]
    forged = f"{head}.{_b64u(json.dumps({'vc': vc}).encode())}.{signature}"
    rec = inspect_bytes(forged.encode(), name="f.jwt")
    assert rec.verification.status == "invalid"
    assert "EdDSA signature does not match" in rec.verification.message
    assert "altered or forged" in rec.verification.message


def test_supervised_learning_is_not_exam_supervision() -> None:
    html = """<h2>Certificate of Completion</h2><p>This is to certify that</p><p>Olena Kovalenko</p>
    <p>has successfully completed the course</p><p>Machine Learning Foundations</p><h3>Learning outcomes</h3>
    <ul><li>Apply supervised learning methods to regression problems.</li>
    <li>Group data with unsupervised learning.</li></ul><p>Workload: 40 hours</p>"""
    rec = inspect_bytes(html_pdf(html), name="ml.pdf")
    assert rec.value("title") == "Machine Learning Foundations"
    assert rec.value("supervision") is None
    exam = html.replace("<p>Workload: 40 hours</p>", "<p>Final exam: supervised online, identity checked</p>")
    rec = inspect_bytes(html_pdf(exam), name="ml.pdf")
    assert rec.value("supervision") == "supervised online, identity checked"  # one of the four EU values


def test_plain_badge_identity_is_not_called_hashed() -> None:
    badge = {
        "@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://badges.example/a/1",
        "recipient": {"type": "email", "hashed": False, "identity": "learner@example.org"},
        "issuedOn": "2025-01-10T10:00:00Z", "verification": {"type": "hosted"},
        "badge": {"type": "BadgeClass", "id": "https://badges.example/b/1", "name": "SQL",
                  "issuer": {"type": "Profile", "id": "https://badges.example/i", "name": "Example"}},
    }  # fmt: skip
    rec = inspect_bytes(json.dumps(badge).encode(), name="b.json", applicant_names=["Шевченко Тарас"])
    assert rec.learner_match.status == "mismatch"
    assert "hashed" not in rec.learner_match.detail
    assert "learner@example.org" in rec.learner_match.detail
    same = inspect_bytes(json.dumps(badge).encode(), name="b.json", applicant_ids=["learner@example.org"])
    assert same.learner_match.status == "match"
