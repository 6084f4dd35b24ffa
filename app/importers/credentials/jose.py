"""JSON Web Signatures (compact JWS, VC-JWT, JAdES with detached unencoded payload) verified offline.

Signature verification, the algorithm allow-list, the ``crit`` rule (RFC 7515 §4.1.11), unencoded payloads
(``b64: false``, RFC 7797) and JWK import are joserfc's. Kept here: splitting a compact JWS to read its header
before a key is chosen (the key comes from the header, the issuer's DID or the trusted folder), PEM keys and
certificates (``cryptography``), and the JAdES-specific checks in ``edc.py`` (``x5t#S256``, which critical JAdES
parameters are understood).
"""

from __future__ import annotations

import base64
import hashlib
import json
import warnings
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from .util import ImportFailure, b64_decode_any, b64url_decode, load_json
from .x509trust import certificate_from_der

PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey | ed25519.Ed25519PublicKey

# The allow-list: no "none", no HMAC (a shared secret proves nothing about an issuer), no ES256K or Ed448.
SUPPORTED_ALGS = frozenset({f"{p}{n}" for p in ("RS", "PS", "ES") for n in ("256", "384", "512")} | {"EdDSA"})
# joserfc's default size limits are for tokens in HTTP headers (512-byte header); a JAdES or VC-JWT header carries
# a certificate chain (x5c) and the payload a whole credential. The file's own size bound applies before this.
MAX_HEADER_BYTES = 256_000
MAX_PAYLOAD_BYTES = 16_000_000
MAX_SIGNATURE_BYTES = 4096


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
    """A public key from a JWK (RSA, EC P-256/384/521, OKP Ed25519), imported and checked by joserfc."""
    from joserfc.errors import JoseError
    from joserfc.jwk import JWKRegistry

    if not isinstance(jwk, dict):
        raise ValueError("the jwk is not an object")
    kty = jwk.get("kty")
    if kty not in ("RSA", "EC", "OKP") or (kty == "OKP" and jwk.get("crv") != "Ed25519"):
        raise ValueError(f"unsupported key type {kty!r}" + (f" ({jwk.get('crv')})" if kty == "OKP" else ""))
    try:
        key = JWKRegistry.import_key(jwk).public_key
    except (JoseError, KeyError, TypeError, ValueError, UnsupportedAlgorithm) as exc:
        raise ValueError(f"unusable jwk ({str(exc) or type(exc).__name__})") from None
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey | ed25519.Ed25519PublicKey):
        raise ValueError(f"unsupported key type {kty!r}")
    return key


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
        return certificate_from_der(b64_decode_any(der_b64))
    except ValueError as exc:
        raise ValueError(f"unreadable certificate ({exc})") from None


def cert_public_key(cert: x509.Certificate) -> PublicKey:
    key = cert.public_key()
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey | ed25519.Ed25519PublicKey):
        raise ValueError("unsupported certificate key type")
    return key


def _joserfc_key(key: PublicKey) -> Any:
    from joserfc.jwk import ECKey, OKPKey, RSAKey

    if isinstance(key, rsa.RSAPublicKey):
        return RSAKey(key, key)
    if isinstance(key, ec.EllipticCurvePublicKey):
        return ECKey(key, key)
    return OKPKey(key, key)


def verify_signature(
    alg: str, key: PublicKey, signing_input: bytes, signature: bytes, understood_crit: Collection[str] = ()
) -> bool:
    """True when the signature is good; False when it is not; ValueError for an unusable alg/key pair, a header
    joserfc refuses or a critical parameter (``crit``) not in ``understood_crit``.

    ``signing_input`` is ``BASE64URL(protected header) '.' payload`` as signed: the payload base64url-encoded, or
    as is when the header says ``"b64": false`` (RFC 7797; JAdES detached).
    """
    from joserfc import jws
    from joserfc.errors import BadSignatureError, JoseError
    from joserfc.registry import HeaderParameter

    if alg not in SUPPORTED_ALGS:
        raise ValueError(f"unsupported signature algorithm {alg!r}")
    header_segment, dot, payload = signing_input.partition(b".")
    if not dot:
        raise ValueError("the signing input has no header")
    registry = jws.JWSRegistry(
        header_registry={name: HeaderParameter("understood by the caller", _any_value) for name in understood_crit
                         if name not in jws.JWSRegistry.default_header_registry},
        algorithms=[alg],
        strict_check_header=False,  # JAdES and VC-JWT headers carry parameters of their own (sigT, x5t#S256, …)
    )
    registry.max_header_length = MAX_HEADER_BYTES
    registry.max_payload_length = MAX_PAYLOAD_BYTES
    registry.max_signature_length = MAX_SIGNATURE_BYTES
    sig_segment = base64.urlsafe_b64encode(signature).rstrip(b"=")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # joserfc warns that RFC 9864 deprecates the name "EdDSA"; still in use
            if b"." in payload or _unencoded(header_segment):
                # An unencoded payload may hold any byte, '.' too: pass it detached (RFC 7797 §5).
                jws.deserialize_compact(header_segment + b".." + sig_segment, _joserfc_key(key), registry=registry,
                                        payload=payload)  # fmt: skip
            else:
                jws.deserialize_compact(header_segment + b"." + payload + b"." + sig_segment, _joserfc_key(key),
                                        registry=registry)  # fmt: skip
    except BadSignatureError:
        return False
    except JoseError as exc:
        raise ValueError(_jose_reason(alg, exc)) from None
    return True


def _any_value(value: Any) -> None:
    """A JAdES parameter the caller checks itself (edc.py): joserfc only needs to know it is understood."""


def _unencoded(header_segment: bytes) -> bool:
    try:
        header = load_json(b64url_decode(header_segment.decode("ascii")), "JWS header")
    except (ValueError, ImportFailure):
        return False
    return isinstance(header, dict) and header.get("b64") is False


def _jose_reason(alg: str, exc: Exception) -> str:
    from joserfc.errors import InvalidKeyCurveError, InvalidKeyTypeError, MissingCritHeaderError, UnsupportedHeaderError

    text = getattr(exc, "description", "") or str(exc) or type(exc).__name__
    if isinstance(exc, InvalidKeyCurveError | InvalidKeyTypeError):
        return f"{alg} cannot be used with this key ({text})"
    if isinstance(exc, UnsupportedHeaderError | MissingCritHeaderError):
        return f"the signature declares critical parameters not understood ({text})"
    return f"the JWS header is refused ({text})"


def sha256_b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def json_compact(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
