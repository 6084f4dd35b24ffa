"""W3C Data Integrity proofs verified offline: ``eddsa-rdfc-2022`` (and its older name ``eddsa-2022``) and
``Ed25519Signature2020``, over RDFC-1.0 (URDNA2015) canonical N-Quads made with the bundled contexts.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field
from typing import Any

from cachetools import LRUCache
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519
from pyld import jsonld
from pyld.canon import URDNA2015
from pyld.context_resolver import ContextResolver

from app.messages import Message, msg

from . import contexts
from .record import IssuerBinding
from .trusted import TrustedAssets
from .util import Deadline, as_list, multibase_decode

ED25519_MULTICODEC = b"\xed\x01"
EDDSA_SUITES = ("eddsa-rdfc-2022", "eddsa-2022")
MAX_BLANK_NODES = 400
# JSON-LD processing in pyld grows with the square of list entries (its node map merges every list item into the
# graph), so the size of the document is checked before the expensive step. Real credentials, even a CLR with
# dozens of nested achievements, stay far below these.
MAX_LD_VALUES = 6_000  # JSON values (objects, arrays, strings, numbers) in the signed document
MAX_LD_LIST_ENTRIES = 1_500  # entries of all arrays together


class CanonicalisationError(Exception):
    """The document cannot be canonicalised offline (unknown context, too complex, malformed JSON-LD)."""


class KeyUnresolvable(Exception):
    """The verification method names a key that cannot be obtained offline."""


def exception_text(exc: BaseException) -> str:
    """An exception's message, kept translatable when it was raised with one (``str(exc)`` loses that)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


class _BoundedURDNA2015(URDNA2015):
    """URDNA2015 that gives up when the per-file deadline passes (adversarial blank-node graphs)."""

    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def hash_n_degree_quads(self, id_: Any, issuer: Any) -> Any:
        if self._deadline.expired():
            raise CanonicalisationError("canonicalisation took too long (blank-node graph too complex)")
        return super().hash_n_degree_quads(id_, issuer)


@dataclass
class Canonical:
    nquads: str
    dropped: list[str] = field(default_factory=list)
    relative: list[str] = field(default_factory=list)


_RESOLVER_CACHES: dict[tuple[tuple[str, str], ...], LRUCache[Any, Any]] = {}


def _resolver(choice: dict[str, str], loader: Any) -> ContextResolver:
    key = tuple(sorted(choice.items()))
    cache = _RESOLVER_CACHES.setdefault(key, LRUCache(maxsize=64))
    return ContextResolver(cache, loader)


def context_urls(doc: Any) -> list[str]:
    return [c for c in as_list(doc.get("@context") if isinstance(doc, dict) else None) if isinstance(c, str)]


def _relative_iris(expanded: Any) -> list[str]:
    found: list[str] = []
    stack: list[Any] = [expanded]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            for t in as_list(cur.get("@type")):
                if isinstance(t, str) and ":" not in t and "@value" not in cur:
                    found.append(f"@type {t}")
            ident = cur.get("@id")
            if isinstance(ident, str) and ":" not in ident:
                found.append(f"@id {ident}")
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
    return found


def check_budget(doc: Any) -> None:
    """Refuse a document too large to canonicalise within the per-file time limit (CanonicalisationError)."""
    values = entries = 0
    stack: list[Any] = [doc]
    while stack:
        cur = stack.pop()
        values += 1
        if isinstance(cur, dict):
            stack.extend(cur.values())
        elif isinstance(cur, list):
            entries += len(cur)
            stack.extend(cur)
        if values > MAX_LD_VALUES or entries > MAX_LD_LIST_ENTRIES:
            raise CanonicalisationError(
                f"the signed document is too large to canonicalise safely (more than {MAX_LD_VALUES:,} values or "
                f"{MAX_LD_LIST_ENTRIES:,} list entries)"
            )


def canonicalize(doc: dict[str, Any], choice: dict[str, str], deadline: Deadline) -> Canonical:
    """RDFC-1.0 N-Quads of ``doc`` using only bundled contexts; reports dropped terms and relative IRIs."""
    check_budget(doc)
    if deadline.expired():
        raise CanonicalisationError(f"the {deadline.seconds:g} s allowed per file ran out before canonicalisation")
    loader = contexts.make_loader(choice)
    dropped: list[str] = []
    proc = jsonld.JsonLdProcessor(on_property_dropped=lambda p: dropped.append(str(p)))
    opts: dict[str, Any] = {
        "documentLoader": loader,
        "contextResolver": _resolver(choice, loader),
        "base": "",
        "processingMode": "json-ld-1.1",
    }
    try:
        expanded = proc.expand(copy.deepcopy(doc), dict(opts))
        if deadline.expired():
            raise CanonicalisationError(f"JSON-LD expansion took longer than the {deadline.seconds:g} s allowed")
        relative = _relative_iris(expanded)
        dataset = proc.to_rdf(expanded, {**opts, "produceGeneralizedRdf": False})
        if deadline.expired():
            raise CanonicalisationError(f"JSON-LD processing took longer than the {deadline.seconds:g} s allowed")
    except contexts.UnknownContext as exc:
        raise CanonicalisationError(f"context {exc.url} is not bundled") from None
    except jsonld.JsonLdError as exc:
        cause: BaseException | None = exc
        while cause is not None:
            if isinstance(cause, contexts.UnknownContext):
                raise CanonicalisationError(f"context {cause.url} is not bundled") from None
            cause = cause.__cause__ or getattr(cause, "cause", None)
        raise CanonicalisationError(f"JSON-LD processing failed: {_short(exc)}") from None
    except (RecursionError, TypeError, ValueError, KeyError, AttributeError) as exc:
        raise CanonicalisationError(f"JSON-LD processing failed: {type(exc).__name__}") from None
    blank = {
        c["value"]
        for triples in dataset.values()
        for q in triples
        for c in (q.get("subject", {}), q.get("object", {}))
        if c.get("type") == "blank node"
    }
    if len(blank) > MAX_BLANK_NODES:
        raise CanonicalisationError(f"too many anonymous nodes ({len(blank)}) to canonicalise safely")
    try:
        nquads = _BoundedURDNA2015(deadline).main(dataset, {"format": "application/n-quads"})
    except RecursionError:
        raise CanonicalisationError("canonicalisation recursed too deeply") from None
    return Canonical(nquads, dropped, relative)


def _short(exc: BaseException) -> str:
    msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return msg[:200]


def ed25519_from_multikey(mb: str) -> ed25519.Ed25519PublicKey:
    raw = multibase_decode(mb)
    if raw[:2] != ED25519_MULTICODEC or len(raw) != 34:
        raise KeyUnresolvable(msg("{key}… is not an Ed25519 multikey", key=mb[:16]))
    return ed25519.Ed25519PublicKey.from_public_bytes(raw[2:])


def resolve_did_key(did: str) -> ed25519.Ed25519PublicKey:
    """Offline did:key resolution (Ed25519 keys)."""
    base = did.split("#", 1)[0]
    if not base.startswith("did:key:"):
        raise KeyUnresolvable(msg("{did} is not a did:key", did=did))
    return ed25519_from_multikey(base[len("did:key:") :])


@dataclass
class ProofResult:
    passed: bool | None
    detail: str
    key_source: str = ""
    unsupported: bool = False
    unresolvable: bool = False
    cannot_canonicalise: bool = False
    safe_mode_problem: str = ""
    binding: IssuerBinding = "none"
    binding_by: str = ""


@dataclass(frozen=True)
class ResolvedKey:
    key: ed25519.Ed25519PublicKey
    source: str
    binding: IssuerBinding
    binding_by: str


def ed25519_of(obj: dict[str, Any]) -> ed25519.Ed25519PublicKey | None:
    """The Ed25519 key of a saved key object / verification method (multikey or JWK), if it has one."""
    mb = obj.get("publicKeyMultibase")
    jwk = obj.get("publicKeyJwk")
    try:
        if isinstance(mb, str):
            return ed25519_from_multikey(mb)
        if isinstance(jwk, dict) and jwk.get("kty") == "OKP" and jwk.get("crv") == "Ed25519":
            from .util import b64url_decode

            return ed25519.Ed25519PublicKey.from_public_bytes(b64url_decode(str(jwk.get("x", ""))))
    except (ValueError, KeyUnresolvable):
        return None
    return None


def owner_binding(obj: dict[str, Any], issuer_id: str | None, source: str) -> tuple[IssuerBinding, str]:
    """A key saved outside the credential confirms the issuer, unless it names another controller."""
    controller = obj.get("controller") or obj.get("owner")
    if isinstance(controller, dict):
        controller = controller.get("id")
    if isinstance(controller, str) and issuer_id and controller != issuer_id:
        return "self-asserted", msg("the key in {source} belongs to {controller}, not to the issuer {issuer}",
                                    source=source, controller=controller, issuer=issuer_id)
    return "confirmed", source


def did_binding(did: str, issuer_id: str | None, trusted: TrustedAssets, method: str) -> tuple[IssuerBinding, str]:
    """A key that *is* its DID (did:key, did:jwk) is tied to an issuer only by a registry that lists the DID."""
    if issuer_id == did:
        hit = trusted.listing(did)
        if hit is not None:
            return "confirmed", msg("issuer listed in {registry}", registry=hit[0].describe())
    if issuer_id and issuer_id != did:
        return "self-asserted", msg("the key is the {method} {did} given in the credential, not the issuer's DID",
                                    method=method, did=did[:60])
    return "self-asserted", msg("the key is the {method} given in the credential itself", method=method)


def resolve_verification_method(vm: str, issuer_id: str | None, trusted: TrustedAssets | None = None) -> ResolvedKey:
    """Find the Ed25519 key for a verification method without the network, and who vouches for it.

    - a key object or saved DID document in the trusted folder: confirmed by that file;
    - ``did:key:z6Mk…`` (with or without fragment): decoded locally, self-asserted unless a registry lists it;
    - ``<controller>#z6Mk…`` where the controller is the issuer (1EdTech convention): the key is the fragment,
      self-asserted (anyone can write a key into a URL fragment);
    - anything else cannot be resolved offline.
    """
    trusted = trusted if trusted is not None else TrustedAssets()
    obj = trusted.get(vm)
    if isinstance(obj, dict):
        key = ed25519_of(obj)
        if key is not None:
            source = trusted.source_of(vm) or msg("the trusted-keys directory")
            binding, by = owner_binding(obj, issuer_id, source)
            return ResolvedKey(key, source, binding, by)
    if vm.startswith("did:key:"):
        key = resolve_did_key(vm)
        base = vm.split("#", 1)[0]
        frag = vm.split("#", 1)[1] if "#" in vm else None
        if frag and frag != base[len("did:key:") :]:
            raise KeyUnresolvable(msg("did:key fragment does not match the key in {method}", method=vm))
        binding, by = did_binding(base, issuer_id, trusted, "did:key")
        return ResolvedKey(key, msg("did:key (resolved offline)"), binding, by)
    if "#" in vm:
        controller, frag = vm.split("#", 1)
        if frag.startswith("z6Mk") and not controller.startswith("did:web:"):
            if issuer_id and controller == issuer_id:
                return ResolvedKey(
                    ed25519_from_multikey(frag),
                    msg("multikey in the verification method of the issuer"),
                    "self-asserted",
                    msg("the key is written into the verification method's address inside the credential"),
                )
            if issuer_id and controller != issuer_id:
                raise KeyUnresolvable(msg("the verification method {method} belongs to {controller}, not to the "
                                          "issuer {issuer}", method=vm, controller=controller, issuer=issuer_id))
    if vm.startswith("did:web:"):
        raise KeyUnresolvable(msg("{method} is a did:web key: save the issuer's DID document (did.json) into the "
                                  "trusted-keys directory", method=vm))
    raise KeyUnresolvable(msg("the key {method} is published online and cannot be fetched offline", method=vm))


def verify_proof(  # noqa: C901 (the Data Integrity steps in the order of the specification, each refusing with its reason)
    doc: dict[str, Any],
    proof: dict[str, Any],
    issuer_id: str | None,
    deadline: Deadline,
    trusted: TrustedAssets | None = None,
) -> ProofResult:
    ptype = proof.get("type")
    suite = proof.get("cryptosuite")
    if ptype == "DataIntegrityProof" and suite in EDDSA_SUITES:
        name = str(suite)
    elif ptype == "Ed25519Signature2020":
        name = "Ed25519Signature2020"
    else:
        label = f"{ptype}/{suite}" if suite else str(ptype)
        return ProofResult(None, msg("proof type {label} is not supported offline", label=label), unsupported=True)

    vm = proof.get("verificationMethod")
    if isinstance(vm, dict):
        vm = vm.get("id")
    if not isinstance(vm, str):
        return ProofResult(False, msg("the proof names no verification method"))
    try:
        resolved = resolve_verification_method(vm, issuer_id, trusted)
    except (KeyUnresolvable, ValueError) as exc:
        return ProofResult(None, exception_text(exc), unresolvable=True)
    key, key_source = resolved.key, resolved.source

    pv = proof.get("proofValue")
    if not isinstance(pv, str):
        return ProofResult(False, msg("the proof has no proofValue"))
    try:
        signature = multibase_decode(pv)
    except ValueError as exc:
        return ProofResult(False, f"the proofValue is unreadable ({exc})")
    if len(signature) != 64:
        return ProofResult(False, f"the proofValue is {len(signature)} bytes, an Ed25519 signature has 64")

    unsigned = {k: v for k, v in doc.items() if k != "proof"}
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    options["@context"] = doc.get("@context")

    urls = context_urls(unsigned)
    unknown = [u for u in urls if not contexts.known_url(u)]
    if unknown:
        return ProofResult(
            None,
            msg("context {context} is not bundled, so the document cannot be canonicalised offline",
                context=unknown[0]),
            cannot_canonicalise=True,
        )
    last_problem = ""
    tried = 0
    for choice in contexts.context_variants(urls):
        tried += 1
        try:
            doc_c = canonicalize(unsigned, choice, deadline)
            opt_c = canonicalize(options, choice, deadline)
        except CanonicalisationError as exc:
            return ProofResult(None, str(exc), cannot_canonicalise=True)
        data = hashlib.sha256(opt_c.nquads.encode()).digest() + hashlib.sha256(doc_c.nquads.encode()).digest()
        try:
            key.verify(signature, data)
        except InvalidSignature:
            problems = doc_c.dropped + doc_c.relative
            if problems and tried == 1:
                last_problem = "; ".join(sorted(set(problems))[:5])
            continue
        problems = doc_c.dropped + doc_c.relative
        if problems:
            return ProofResult(
                False,
                "the signature covers data the contexts do not define: " + "; ".join(sorted(set(problems))[:5]),
                key_source,
                safe_mode_problem="; ".join(problems),
            )
        valid = msg("{name} signature is valid, key from {source}", name=name, source=key_source)
        return ProofResult(
            True,
            msg("{valid} (contexts: {contexts})", valid=valid, contexts=contexts.variant_label(choice)) if choice
            else valid,
            key_source,
            binding=resolved.binding,
            binding_by=resolved.binding_by,
        )
    detail = msg("{name} signature does not match the document: it was altered or signed with another key", name=name)
    if last_problem:
        detail = msg("{detail}; terms not defined by the contexts: {terms}", detail=detail, terms=last_problem)
    return ProofResult(False, detail, key_source, safe_mode_problem=last_problem)
