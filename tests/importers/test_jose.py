"""JWS verification through joserfc: the algorithm allow-list, the curve an ECDSA algorithm names, critical header
parameters (RFC 7515 §4.1.11) and unencoded payloads (RFC 7797)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from app.importers.credentials import inspect_bytes
from app.importers.credentials.jose import key_from_jwk, verify_signature

from .forgeries import ISSUER_URL, b64u, credential, jwt


def _ecdsa(key: ec.EllipticCurvePrivateKey, size: int) -> Any:
    def sign(data: bytes) -> bytes:
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")

    return sign


def _jwk(key: ec.EllipticCurvePrivateKey, curve: str, size: int) -> dict[str, str]:
    nums = key.public_key().public_numbers()
    return {"kty": "EC", "crv": curve, "x": b64u(nums.x.to_bytes(size, "big")), "y": b64u(nums.y.to_bytes(size, "big"))}


def _claims() -> dict[str, Any]:
    vc = credential()
    return {"vc": vc, "iss": ISSUER_URL, "jti": vc["id"]}


def test_a_well_formed_vc_jwt_still_verifies() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    token = jwt({"alg": "ES256", "jwk": _jwk(key, "P-256", 32)}, _claims(), _ecdsa(key, 32))
    v = inspect_bytes(token.encode(), name="ok.jwt").verification
    assert v.status == "verified" and v.issuer_binding == "self-asserted", v.message


def test_unknown_critical_header_parameter_is_refused() -> None:
    """A verifier must reject a JWS whose ``crit`` names a parameter it does not understand."""
    key = ec.generate_private_key(ec.SECP256R1())
    header = {"alg": "ES256", "jwk": _jwk(key, "P-256", 32), "crit": ["exp-policy"], "exp-policy": "strict"}
    v = inspect_bytes(jwt(header, _claims(), _ecdsa(key, 32)).encode(), name="crit.jwt").verification
    assert v.status == "invalid", v.message
    assert "critical parameters not understood" in v.message, v.message


def test_es256_with_a_p384_key_is_refused() -> None:
    """ES256 means P-256 with SHA-256 (RFC 7518 §3.4): a P-384 key does not pass for it."""
    key = ec.generate_private_key(ec.SECP384R1())
    token = jwt({"alg": "ES256", "jwk": _jwk(key, "P-384", 48)}, _claims(), _ecdsa(key, 48))
    v = inspect_bytes(token.encode(), name="curve.jwt").verification
    assert v.status == "invalid", v.message
    assert "ES256 cannot be used with this key" in v.message, v.message


@pytest.mark.parametrize("alg", ["none", "HS256", "ES256K", "Ed448"])
def test_algorithms_outside_the_allow_list(alg: str) -> None:
    key = ed25519.Ed25519PrivateKey.generate().public_key()
    with pytest.raises(ValueError, match="unsupported signature algorithm"):
        verify_signature(alg, key, b"eyJ9.e30", b"\x00" * 64)


def test_unencoded_payload_needs_b64_in_crit() -> None:
    """RFC 7797: ``"b64": false`` counts only when it is also listed in ``crit``."""
    key = ed25519.Ed25519PrivateKey.generate()
    payload = b'{"credential": "a.b.c"}'
    for header, understood, expected in (
        ({"alg": "EdDSA", "b64": False, "crit": ["b64"]}, (), True),
        ({"alg": "EdDSA", "b64": False, "crit": ["b64", "sigT"], "sigT": "2026-01-01T00:00:00Z"}, ("sigT",), True),
        ({"alg": "EdDSA", "b64": False}, (), None),
        ({"alg": "EdDSA", "b64": False, "crit": ["b64", "sigT"], "sigT": "2026-01-01T00:00:00Z"}, (), None),
    ):
        signing_input = b64u(json.dumps(header).encode()).encode() + b"." + payload
        signature = key.sign(signing_input)
        if expected is None:
            with pytest.raises(ValueError, match="critical"):
                verify_signature("EdDSA", key.public_key(), signing_input, signature, understood)
        else:
            assert verify_signature("EdDSA", key.public_key(), signing_input, signature, understood) is expected
            assert verify_signature("EdDSA", key.public_key(), signing_input + b" ", signature, understood) is False


def test_jwk_import() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    imported = key_from_jwk(_jwk(key, "P-256", 32))
    assert isinstance(imported, ec.EllipticCurvePublicKey)
    assert imported.public_numbers() == key.public_key().public_numbers()
    with pytest.raises(ValueError, match="unusable jwk"):
        key_from_jwk({"kty": "EC", "crv": "P-256", "x": "AAAA", "y": "AAAA"})
    with pytest.raises(ValueError, match="unsupported key type"):
        key_from_jwk({"kty": "oct", "k": "c2VjcmV0"})
    with pytest.raises(ValueError, match="unsupported key type"):
        key_from_jwk({"kty": "OKP", "crv": "X25519", "x": b64u(b"\x01" * 32)})
