"""A local directory of keys, certificates and hosted objects the user trusts (``--trusted-keys DIR``).

What a hosted URL would return can be saved here and used instead of the network:

- ``*.json`` objects with an ``id`` (Open Badges 2.0 CryptographicKey, Issuer, BadgeClass, RevocationList,
  hosted Assertion; a BitstringStatusList / StatusList2021 credential; a key object with ``publicKeyMultibase``,
  ``publicKeyJwk`` or ``publicKeyPem``) are served for that id;
- an optional ``index.json`` maps further URLs to file names (``{"https://…/list": "list.json"}``), for
  objects saved from an address other than their ``id``;
- ``*.pem`` / ``*.crt`` / ``*.cer`` certificates are trust anchors for X.509 chains (EDC seals, PDF signatures).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography import x509

from .util import json_depth_ok

MAX_TRUSTED_FILE = 5 * 1024 * 1024


def _norm(url: str) -> str:
    u = url.strip()
    for prefix in ("https://", "http://"):
        if u.startswith(prefix):
            u = u[len(prefix) :]
            break
    return u.rstrip("/")


@dataclass
class TrustedAssets:
    root: Path | None = None
    objects: dict[str, Any] = field(default_factory=dict)
    certificates: list[x509.Certificate] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def get(self, url: Any) -> Any:
        if not isinstance(url, str) or not url:
            return None
        hit = self.objects.get(url)
        if hit is None:
            hit = self.objects.get(_norm(url))
        return hit

    def __bool__(self) -> bool:
        return bool(self.objects or self.certificates)

    def describe(self) -> str:
        return str(self.root) if self.root else "no trusted-keys directory"


def _load_json_file(path: Path) -> Any:
    if path.stat().st_size > MAX_TRUSTED_FILE:
        raise ValueError("file too large")
    obj = json.loads(path.read_text(encoding="utf-8-sig"))
    if not json_depth_ok(obj):
        raise ValueError("nested too deeply")
    return obj


@lru_cache(maxsize=8)
def _load(root_str: str, stamp: float) -> TrustedAssets:
    root = Path(root_str)
    assets = TrustedAssets(root=root)
    index: dict[str, str] = {}
    for path in sorted(root.iterdir()):
        if not path.is_file():
            continue
        suffix = path.suffix.lower()
        try:
            if path.name == "index.json":
                raw = _load_json_file(path)
                if isinstance(raw, dict):
                    index = {str(k): str(v) for k, v in raw.items()}
            elif suffix in (".json", ".jsonld", "") and path.stat().st_size <= MAX_TRUSTED_FILE:
                obj = _load_json_file(path)
                if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                    assets.objects[obj["id"]] = obj
                    assets.objects[_norm(obj["id"])] = obj
            elif suffix in (".pem", ".crt", ".cer", ".der"):
                data = path.read_bytes()[:MAX_TRUSTED_FILE]
                if b"-----BEGIN CERTIFICATE-----" in data:
                    assets.certificates.extend(x509.load_pem_x509_certificates(data))
                else:
                    assets.certificates.append(x509.load_der_x509_certificate(data))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            if suffix in (".json", ".jsonld", ".pem", ".crt", ".cer", ".der"):
                assets.problems.append(f"{path.name}: {exc}")
    for url, name in index.items():
        target = root / name
        try:
            if target.is_file() and target.resolve().parent == root.resolve():
                obj = _load_json_file(target)
                assets.objects[url] = obj
                assets.objects[_norm(url)] = obj
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            assets.problems.append(f"{name}: {exc}")
    return assets


def load_trusted(root: Path | None) -> TrustedAssets:
    if root is None:
        return TrustedAssets()
    if not root.is_dir():
        raise ValueError(f"{root}: the trusted-keys directory does not exist")
    stamp = max((p.stat().st_mtime for p in root.iterdir()), default=0.0)
    return _load(str(root.resolve()), stamp)
