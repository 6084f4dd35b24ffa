"""Forged credentials in the shapes a forger would try: a credential naming "Harvard University" as its issuer,
signed with a key the forger wrote into the file itself.

Run as a script (``python -m tests.importers.forgeries OUT_DIR``) to write the six files; the tests build them in
memory with :func:`forgeries`. Each signature is cryptographically valid: what must stop the forgery is that
nothing outside the file ties the key to Harvard.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

from app.importers.credentials.dataintegrity import canonicalize
from app.importers.credentials.util import Deadline

ISSUER_URL = "https://www.harvard.edu/issuers/1"
ISSUER_NAME = "Harvard University"


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b58(data: bytes) -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + out


def multikey(key: ed25519.Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "z" + b58(b"\xed\x01" + raw)


def credential(issuer: str = ISSUER_URL, name: str = "Master of Public Health") -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:4b1d5f0e-0000-4000-8000-000000000001",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer, "type": ["Profile"], "name": ISSUER_NAME,
                   "address": {"type": ["Address"], "addressCountryCode": "US"}},
        "validFrom": "2024-06-01T00:00:00Z",
        "name": name,
        "credentialSubject": {"type": ["AchievementSubject"], "name": "Ivan Petrenko",
                              "achievement": {"id": "urn:uuid:4b1d5f0e-0000-4000-8000-000000000002",
                                              "type": ["Achievement"], "name": name,
                                              "criteria": {"narrative": "- plan studies\n- analyse data"},
                                              "creditsAvailable": 60}},
    }  # fmt: skip


def sign_data_integrity(doc: dict[str, Any], key: ed25519.Ed25519PrivateKey, vm: str) -> dict[str, Any]:
    """An ``eddsa-rdfc-2022`` proof over ``doc`` (RDFC-1.0 canonical N-Quads, the bundled contexts)."""
    proof: dict[str, Any] = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": "2024-06-01T00:00:00Z",
        "verificationMethod": vm,
        "proofPurpose": "assertionMethod",
    }
    deadline = Deadline(30)
    doc_c = canonicalize(doc, {}, deadline).nquads
    opt_c = canonicalize({**proof, "@context": doc["@context"]}, {}, deadline).nquads
    data = hashlib.sha256(opt_c.encode()).digest() + hashlib.sha256(doc_c.encode()).digest()
    proof["proofValue"] = "z" + b58(key.sign(data))
    return {**doc, "proof": proof}


def jwt(header: dict[str, Any], payload: dict[str, Any], sign: Any) -> str:
    h = b64u(json.dumps(header).encode())
    p = b64u(json.dumps(payload).encode())
    return f"{h}.{p}.{b64u(sign(f'{h}.{p}'.encode()))}"


def _es256(key: ec.EllipticCurvePrivateKey) -> Any:
    def sign(data: bytes) -> bytes:
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")

    return sign


def _ec_jwk(key: ec.EllipticCurvePrivateKey) -> dict[str, str]:
    nums = key.public_key().public_numbers()
    return {"kty": "EC", "crv": "P-256", "x": b64u(nums.x.to_bytes(32, "big")), "y": b64u(nums.y.to_bytes(32, "big"))}


def self_signed_certificate(key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, ISSUER_NAME),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"{ISSUER_NAME} e-seal")])  # fmt: skip
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )


def forgeries() -> dict[str, bytes]:
    """The six shapes, by file name."""
    out: dict[str, bytes] = {}
    ed = ed25519.Ed25519PrivateKey.generate()
    mk = multikey(ed)
    # 1. the key as a multikey fragment of the issuer's URL
    out["1-multikey-fragment.json"] = json.dumps(sign_data_integrity(credential(), ed, f"{ISSUER_URL}#{mk}")).encode()
    # 2. a did:key verification method for an issuer URL
    did_key = f"did:key:{mk}"
    out["2-did-key.json"] = json.dumps(sign_data_integrity(credential(), ed, f"{did_key}#{mk}")).encode()
    ek = ec.generate_private_key(ec.SECP256R1())
    vc = credential()
    claims = {"vc": vc, "iss": ISSUER_URL, "jti": vc["id"]}
    # 3. a JWK in the JWT header
    out["3-jwk-header.jwt"] = jwt({"alg": "ES256", "jwk": _ec_jwk(ek)}, claims, _es256(ek)).encode()
    # 4. a did:jwk, the key encoded in the DID itself (issuer = that DID)
    did_jwk = "did:jwk:" + b64u(json.dumps(_ec_jwk(ek)).encode())
    vc4 = credential(issuer=did_jwk)
    out["4-did-jwk.jwt"] = jwt({"alg": "ES256", "kid": f"{did_jwk}#0"}, {"vc": vc4, "iss": did_jwk, "jti": vc4["id"]},
                               _es256(ek)).encode()  # fmt: skip
    # 5. a self-signed "e-seal" certificate in x5c
    cert = self_signed_certificate(ek)
    x5c = [base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()]
    out["5-self-signed-x5c.jwt"] = jwt({"alg": "ES256", "x5c": x5c}, claims, _es256(ek)).encode()
    # 6. two proofs: the forger's own valid one and an "issuer's" proof of a type this app cannot check
    signed = sign_data_integrity(credential(), ed, f"{did_key}#{mk}")
    unsupported = {"type": "DataIntegrityProof", "cryptosuite": "ecdsa-sd-2023", "created": "2024-06-01T00:00:00Z",
                   "verificationMethod": f"{ISSUER_URL}#key-1", "proofPurpose": "assertionMethod",
                   "proofValue": "u2V0AhVhA" + "A" * 80}  # fmt: skip
    signed["proof"] = [unsupported, signed["proof"]]
    out["6-second-unsupported-proof.json"] = json.dumps(signed).encode()
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.importers.forgeries OUT_DIR", file=sys.stderr)
        return 2
    target = Path(argv[0])
    target.mkdir(parents=True, exist_ok=True)
    for name, data in forgeries().items():
        (target / name).write_bytes(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
