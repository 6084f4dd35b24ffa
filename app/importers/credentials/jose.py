"""JSON Web Signatures (compact JWS, VC-JWT, JAdES with detached unencoded payload) verified offline.

Only public-key verification is done here; every algorithm goes through ``cryptography``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from .util import ImportFailure, b64_decode_any, b64url_decode, load_json

PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey | ed25519.Ed25519PublicKey

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "256": hashes.SHA256,
    "384": hashes.SHA384,
    "512": hashes.SHA512,
}
SUPPORTED_ALGS = {f"{p}{n}" for p in ("RS", "PS", "ES") for n in _HASHES} | {"EdDSA"}


@dataclass
class CompactJws:
    header: dict[str, Any]
    payload_bytes: bytes
    signing_input: bytes
    signature: bytes
    raw_parts: list[str] = field(default_factory=list)

    def payload_json(self, what: str = "JWS payload") -> Any:
        return load_json(self.payload_bytes, what)


def looks_like_compact_jws(text: str) -> bool:
    t = text.strip()
    parts = t.split(".")
    return (
        len(parts) == 3
        and t.startswith("eyJ")
        and all(
            p and set(p) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=") for p in parts[:2]
        )
    )


def parse_compact(text: str) -> CompactJws:
    t = text.strip()
    parts = t.split(".")
    if len(parts) != 3:
        if len(parts) == 1 and t.startswith("eyJ"):
            try:
                hdr = load_json(b64url_decode(t), "JOSE header")
            except (ValueError, ImportFailure):
                hdr = None
            if isinstance(hdr, dict) and "alg" in hdr:
                raise ImportFailure(
                    "malformed JWT: the file holds only a JOSE header (no payload and no signature)", "invalid"
                )
        raise ImportFailure(f"malformed JWS: expected 3 dot-separated parts, found {len(parts)}", "invalid")
    try:
        header = load_json(b64url_decode(parts[0]), "JWS header")
        payload = b64url_decode(parts[1])
        signature = b64url_decode(parts[2])
    except ValueError as exc:
        raise ImportFailure(f"malformed JWS: {exc}", "invalid") from None
    if not isinstance(header, dict):
        raise ImportFailure("malformed JWS: the header is not a JSON object", "invalid")
    return CompactJws(header, payload, f"{parts[0]}.{parts[1]}".encode("ascii"), signature, parts)


def key_from_jwk(jwk: Any) -> PublicKey:
    if not isinstance(jwk, dict):
        raise ValueError("the jwk is not an object")
    kty = jwk.get("kty")
    try:
        if kty == "RSA":
            n = int.from_bytes(b64url_decode(jwk["n"]), "big")
            e = int.from_bytes(b64url_decode(jwk["e"]), "big")
            return rsa.RSAPublicNumbers(e, n).public_key()
        if kty == "EC":
            curve = {"P-256": ec.SECP256R1(), "P-384": ec.SECP384R1(), "P-521": ec.SECP521R1()}[jwk["crv"]]
            x = int.from_bytes(b64url_decode(jwk["x"]), "big")
            y = int.from_bytes(b64url_decode(jwk["y"]), "big")
            return ec.EllipticCurvePublicNumbers(x, y, curve).public_key()
        if kty == "OKP" and jwk.get("crv") == "Ed25519":
            return ed25519.Ed25519PublicKey.from_public_bytes(b64url_decode(jwk["x"]))
    except (KeyError, TypeError, ValueError, UnsupportedAlgorithm) as exc:
        raise ValueError(f"unusable jwk ({exc})") from None
    raise ValueError(f"unsupported key type {kty!r}")


def key_from_pem(pem: str) -> PublicKey:
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnsupportedAlgorithm, UnicodeEncodeError) as exc:
        raise ValueError(f"unusable PEM public key ({exc})") from None
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey | ed25519.Ed25519PublicKey):
        raise ValueError("unsupported public key type")
    return key


def cert_from_b64(der_b64: str) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(b64_decode_any(der_b64))
    except ValueError as exc:
        raise ValueError(f"unreadable certificate ({exc})") from None


def cert_public_key(cert: x509.Certificate) -> PublicKey:
    key = cert.public_key()
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey | ed25519.Ed25519PublicKey):
        raise ValueError("unsupported certificate key type")
    return key


def verify_signature(alg: str, key: PublicKey, signing_input: bytes, signature: bytes) -> bool:
    """True when the signature is good; False when it is not; ValueError for an unusable alg/key pair."""
    if alg not in SUPPORTED_ALGS:
        raise ValueError(f"unsupported signature algorithm {alg!r}")
    try:
        if alg == "EdDSA":
            if not isinstance(key, ed25519.Ed25519PublicKey):
                raise ValueError("EdDSA needs an Ed25519 key")
            key.verify(signature, signing_input)
            return True
        h = _HASHES[alg[2:]]()
        if alg.startswith("RS"):
            if not isinstance(key, rsa.RSAPublicKey):
                raise ValueError(f"{alg} needs an RSA key")
            key.verify(signature, signing_input, padding.PKCS1v15(), h)
        elif alg.startswith("PS"):
            if not isinstance(key, rsa.RSAPublicKey):
                raise ValueError(f"{alg} needs an RSA key")
            key.verify(signature, signing_input, padding.PSS(mgf=padding.MGF1(h), salt_length=h.digest_size), h)
        else:
            if not isinstance(key, ec.EllipticCurvePublicKey):
                raise ValueError(f"{alg} needs an EC key")
            half = len(signature) // 2
            if len(signature) % 2 or half == 0:
                return False
            der = encode_dss_signature(int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big"))
            key.verify(der, signing_input, ec.ECDSA(h))
        return True
    except InvalidSignature:
        return False


def sha256_b64url(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def json_compact(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
