"""A local directory of keys, certificates and hosted objects the user trusts (``--trusted-keys DIR``).

What a hosted URL would return can be saved here and used instead of the network:

- ``*.json`` objects with an ``id`` (Open Badges 2.0 CryptographicKey, Issuer, BadgeClass, RevocationList,
  hosted Assertion; a BitstringStatusList / StatusList2021 credential; a key object with ``publicKeyMultibase``,
  ``publicKeyJwk`` or ``publicKeyPem``) are served for that id;
- an optional ``index.json`` maps further URLs to file names (``{"https://…/list": "list.json"}``), for
  objects saved from an address other than their ``id``;
- ``*.pem`` / ``*.crt`` / ``*.cer`` certificates are trust anchors for X.509 chains (EDC seals, PDF signatures);
- a saved DID document (``{"id": "did:web:…", "verificationMethod": […]}``) serves its verification methods, so
  ``did:web:…#key-1`` resolves offline;
- issuer registries as dated snapshots: a Digital Credentials Consortium registry (``{"meta": {"created",
  "updated"}, "registry" | "entries": {DID: {name, url, location}}}``) or an OpenID Federation entity statement
  saved as a file (a signed JWT with ``iss``, ``sub``, ``iat``); the verdict then names the registry and the date
  of its snapshot;
- EU trusted lists (``*.xml``, ETSI TS 119 612): the List of Trusted Lists and national lists, each used only when
  its XML signature verifies and its signer is vouched for (``trustlist.py``); a seal certificate that chains to a
  CA service of a national list is then confirmed by "a qualified trust service of COUNTRY listed in TL as of DATE".

Everything found here lies outside the credential, so a key found here *confirms* who the issuer is; every object
remembers the file it came from, and the verdict names it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from .trustlist import MAX_TRUSTED_LIST, ListedService, TrustedList, listed_services, parse_trusted_list, vouch
from .util import json_depth_ok
from .x509trust import certificate_from_der, readable

MAX_TRUSTED_FILE = 5 * 1024 * 1024


def _norm(url: str) -> str:
    u = url.strip()
    for prefix in ("https://", "http://"):
        if u.startswith(prefix):
            u = u[len(prefix) :]
            break
    return u.rstrip("/")


@dataclass(frozen=True)
class RegistrySnapshot:
    """A dated copy of an issuer registry or trust list saved in the trusted folder."""

    name: str
    date: str  # ISO date of the snapshot (when the registry was last updated / the statement issued)
    file: str
    kind: str  # "DCC registry" | "OpenID Federation entity statement"
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def describe(self) -> str:
        return f"{self.name} as of {self.date} ({self.file})"


@dataclass
class TrustedAssets:
    root: Path | None = None
    objects: dict[str, Any] = field(default_factory=dict)
    certificates: list[x509.Certificate] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # object id -> where it came from ("trusted-folder file key1.json", "saved DID document did.json (did:web:…)")
    sources: dict[str, str] = field(default_factory=dict)
    # certificate fingerprint (hex) -> file name
    certificate_files: dict[str, str] = field(default_factory=dict)
    registries: list[RegistrySnapshot] = field(default_factory=list)
    trusted_lists: list[TrustedList] = field(default_factory=list)
    # certificate fingerprint (hex) -> the CA service of a trusted list it belongs to
    listed: dict[str, ListedService] = field(default_factory=dict)
    # file name -> (kind, id) of the DID documents ("did-document") and other saved objects ("object")
    saved: dict[str, tuple[str, str]] = field(default_factory=dict)

    def get(self, url: Any) -> Any:
        if not isinstance(url, str) or not url:
            return None
        hit = self.objects.get(url)
        if hit is None:
            hit = self.objects.get(_norm(url))
        return hit

    def source_of(self, url: Any) -> str:
        if not isinstance(url, str):
            return ""
        return self.sources.get(url) or self.sources.get(_norm(url)) or ""

    def listing(self, issuer: Any) -> tuple[RegistrySnapshot, dict[str, Any]] | None:
        """The first registry snapshot that lists ``issuer`` (a DID or URL), with its entry."""
        if not isinstance(issuer, str) or not issuer:
            return None
        for reg in self.registries:
            entry = reg.entries.get(issuer)
            if entry is None:
                entry = reg.entries.get(_norm(issuer))
            if entry is not None:
                return reg, entry
        return None

    def __bool__(self) -> bool:
        return bool(self.objects or self.certificates or self.registries or self.trusted_lists)

    def describe(self) -> str:
        return str(self.root) if self.root else "no trusted-keys directory"


def _load_json_file(path: Path) -> Any:
    if path.stat().st_size > MAX_TRUSTED_FILE:
        raise ValueError("file too large")
    obj = json.loads(path.read_text(encoding="utf-8-sig"))
    if not json_depth_ok(obj):
        raise ValueError("nested too deeply")
    return obj


def _add(assets: TrustedAssets, key: str, obj: Any, source: str) -> None:
    assets.objects[key] = obj
    assets.objects[_norm(key)] = obj
    assets.sources[key] = source
    assets.sources[_norm(key)] = source


def _add_did_document(assets: TrustedAssets, doc: dict[str, Any], file: str) -> None:
    did = str(doc["id"])
    source = f"saved DID document {file} ({did})"
    _add(assets, did, doc, source)
    methods: list[Any] = list(doc.get("verificationMethod") or [])
    for rel in ("assertionMethod", "authentication"):
        methods += [m for m in (doc.get(rel) or []) if isinstance(m, dict)]
    for vm in methods:
        if not isinstance(vm, dict) or not isinstance(vm.get("id"), str):
            continue
        vm_id = did + vm["id"] if vm["id"].startswith("#") else vm["id"]
        if not vm_id.startswith(did):
            continue  # a DID document can only speak for its own keys
        _add(assets, vm_id, {**vm, "id": vm_id, "controller": vm.get("controller") or did}, source)


def _snapshot_date(value: Any) -> str:
    from .util import iso_date

    return iso_date(value) or "an unknown date"


def _dcc_registry(obj: dict[str, Any], file: str) -> RegistrySnapshot | None:
    meta = obj.get("meta")
    entries = obj.get("registry", obj.get("entries"))
    if not isinstance(meta, dict) or not isinstance(entries, dict):
        return None
    clean = {str(k): (v if isinstance(v, dict) else {}) for k, v in entries.items()}
    name = str(meta.get("name") or Path(file).stem)
    return RegistrySnapshot(name, _snapshot_date(meta.get("updated") or meta.get("created")), file, "DCC registry",
                            clean)  # fmt: skip


def _entity_statement(text: str, file: str) -> RegistrySnapshot:
    """An OpenID Federation entity statement: ``iss`` vouches for ``sub`` (and its keys) as of ``iat``."""
    from .jose import key_from_jwk, parse_compact, verify_signature
    from .util import ImportFailure

    try:
        jws = parse_compact(text)
        claims = jws.payload_json("the entity statement")
    except ImportFailure as exc:
        raise ValueError(str(exc)) from None
    if not isinstance(claims, dict) or not all(isinstance(claims.get(k), str) for k in ("iss", "sub")):
        raise ValueError("not an OpenID Federation entity statement (no iss and sub)")
    iat = claims.get("iat")
    if not isinstance(iat, int | float) or isinstance(iat, bool):
        raise ValueError("the entity statement has no issue time (iat)")
    # The statement is signed by the issuer's federation key; a self-issued entity configuration carries it.
    jwks = claims.get("jwks") if claims["iss"] == claims["sub"] else None
    keys = [k for k in (jwks or {}).get("keys", []) if isinstance(k, dict)] if isinstance(jwks, dict) else []
    kid = jws.header.get("kid")
    candidates = [k for k in keys if kid is None or k.get("kid") == kid]
    if candidates and not any(_verifies(jws, k, key_from_jwk, verify_signature) for k in candidates):
        raise ValueError("the entity statement's signature does not match its key")
    from datetime import UTC, datetime

    date = datetime.fromtimestamp(float(iat), UTC).date().isoformat()
    entry = {"name": _entity_name(claims), "metadata": claims.get("metadata") or {}}
    kind = "OpenID Federation entity statement" + ("" if candidates else " (signed by a superior: signature not "
                                                                      "checked, trusted as saved)")
    return RegistrySnapshot(str(claims["iss"]), date, file, kind, {str(claims["sub"]): entry})


def _verifies(jws: Any, jwk: dict[str, Any], key_from_jwk: Any, verify_signature: Any) -> bool:
    try:
        return bool(verify_signature(str(jws.header.get("alg", "")), key_from_jwk(jwk), jws.signing_input,
                                     jws.signature))  # fmt: skip
    except ValueError:
        return False


def _entity_name(claims: dict[str, Any]) -> str:
    meta = claims.get("metadata")
    if isinstance(meta, dict):
        for part in meta.values():
            if isinstance(part, dict):
                for key in ("organization_name", "display_name", "name"):
                    if isinstance(part.get(key), str):
                        return str(part[key])
    return str(claims.get("sub"))


@lru_cache(maxsize=8)
def _load(root_str: str, stamp: int) -> TrustedAssets:  # noqa: C901 - one branch per kind of saved file
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
            elif suffix in (".jwt", ".jws") or (
                suffix in ("", ".txt") and path.stat().st_size <= MAX_TRUSTED_FILE and path.read_bytes()[:3] == b"eyJ"
            ):
                if path.stat().st_size > MAX_TRUSTED_FILE:
                    raise ValueError("file too large")
                assets.registries.append(_entity_statement(path.read_text(encoding="ascii", errors="replace"),
                                                           path.name))  # fmt: skip
            elif suffix in (".json", ".jsonld", "") and path.stat().st_size <= MAX_TRUSTED_FILE:
                obj = _load_json_file(path)
                registry = _dcc_registry(obj, path.name) if isinstance(obj, dict) else None
                if registry is not None:
                    assets.registries.append(registry)
                elif isinstance(obj, dict) and isinstance(obj.get("id"), str):
                    if obj["id"].startswith("did:") and (
                        "verificationMethod" in obj or "assertionMethod" in obj or "authentication" in obj
                    ):
                        _add_did_document(assets, obj, path.name)
                        assets.saved[path.name] = ("did-document", obj["id"])
                    else:
                        _add(assets, obj["id"], obj, f"trusted-folder file {path.name}")
                        assets.saved[path.name] = ("object", obj["id"])
            elif suffix == ".xml":
                assets.trusted_lists.append(_trusted_list(path))
            elif suffix in (".pem", ".crt", ".cer", ".der"):
                data = path.read_bytes()[:MAX_TRUSTED_FILE]
                if b"-----BEGIN CERTIFICATE-----" in data:
                    certs = [readable(c) for c in x509.load_pem_x509_certificates(data)]
                else:
                    certs = [certificate_from_der(data)]
                for cert in certs:
                    assets.certificates.append(cert)
                    assets.certificate_files[cert.fingerprint(hashes.SHA256()).hex()] = path.name
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            if suffix in (".json", ".jsonld", ".pem", ".crt", ".cer", ".der", ".jwt", ".jws", ".xml"):
                assets.problems.append(f"{path.name}: {exc}")
    assets.problems += vouch(assets.trusted_lists, assets.certificate_files, assets.certificates)
    assets.listed = listed_services(assets.trusted_lists)
    for url, name in index.items():
        target = root / name
        try:
            if target.is_file() and target.resolve().parent == root.resolve():
                obj = _load_json_file(target)
                _add(assets, url, obj, f"trusted-folder file {name}")
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            assets.problems.append(f"{name}: {exc}")
    return assets


def _trusted_list(path: Path) -> TrustedList:
    from datetime import UTC, datetime

    from .edc import _lxml_parse
    from .util import ImportFailure

    if path.stat().st_size > MAX_TRUSTED_LIST:
        raise ValueError(f"file too large (over {MAX_TRUSTED_LIST // (1024 * 1024)} MB)")
    try:
        root = _lxml_parse(path.read_bytes())
    except ImportFailure as exc:
        raise ValueError(str(exc)) from None
    return parse_trusted_list(root, path.name, datetime.now(UTC))


def load_trusted(root: Path | None) -> TrustedAssets:
    if root is None:
        return TrustedAssets()
    if not root.is_dir():
        raise ValueError(f"{root}: the trusted-keys directory does not exist")
    # Every file's name, size and time: a removed or replaced file must not be served from the cache.
    stamp = hash(tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in root.iterdir())))
    return _load(str(root.resolve()), stamp)
