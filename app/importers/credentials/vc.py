"""Open Badges 3.0 and CLR 2.0 verifiable credentials: JSON-LD with Data Integrity proofs, or VC-JWT."""

from __future__ import annotations

import functools
import gzip
import re
import zlib
from typing import Any

from app.messages import Message, msg

from . import dataintegrity as di
from .common import STATUS_WORDS, Ctx, conclude, date_checks, then
from .jose import CompactJws, PublicKey, cert_from_b64, cert_public_key, key_from_jwk, verify_signature
from .record import Check, CredentialRecord, IssuerBinding
from .textparse import each_once, find_ects, find_eqf, find_hours, split_items, stated_and_aligned
from .util import (
    ImportFailure,
    as_list,
    b64url_decode,
    iso_date,
    load_json,
    parse_datetime,
    text_of,
    to_number,
    unwrapped,
)

VC_V1 = "https://www.w3.org/2018/credentials/v1"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_TYPES = ("OpenBadgeCredential", "AchievementCredential", "EndorsementCredential")
CLR_TYPES = ("ClrCredential",)
EQF_URL = re.compile(r"data\.europa\.eu/snb/eqf/(\d)")
MAX_PROOFS = 8
VERIFIED_OFFLINE = msg("Signature verified offline.")


def _after_lead(message: str, lead: str) -> str:
    """``message`` without its first sentence ``lead`` (as :func:`then` joined them), kept translatable."""
    if message == lead:
        return ""
    if isinstance(message, Message) and message.template == "{first} {second}" and message.values["first"] == lead:
        second: str = message.values["second"]
        return second
    return message
MAX_TAGS = 200
MAX_BLOB_CHARS = 20_000


def types_of(obj: Any) -> list[str]:
    return [t for t in as_list(obj.get("type") if isinstance(obj, dict) else None) if isinstance(t, str)]


def is_vc(obj: Any) -> bool:
    obj = unwrapped(obj)[0]
    if not isinstance(obj, dict):
        return False
    t = types_of(obj)
    return "VerifiableCredential" in t or any(x in t for x in OB_TYPES + CLR_TYPES)


def is_edc_payload(obj: Any) -> bool:
    obj = unwrapped(obj)[0]
    return isinstance(obj, dict) and "EuropeanDigitalCredential" in types_of(obj)


def vc_from_jwt_payload(payload: Any) -> dict[str, Any] | None:
    if isinstance(payload, dict):
        if isinstance(payload.get("vc"), dict):
            return payload["vc"]
        if "@context" in payload and is_vc(payload):
            return payload
    return None


def _issuer_id(vc: dict[str, Any]) -> str | None:
    iss = vc.get("issuer")
    if isinstance(iss, str):
        return iss
    if isinstance(iss, dict) and isinstance(iss.get("id"), str):
        return iss["id"]
    return None


def is_endorsement(vc: dict[str, Any]) -> bool:
    """Whether the credential is an endorsement (of an issuer or an achievement) and not itself an achievement."""
    t = types_of(vc)
    return "EndorsementCredential" in t and not any(x in t for x in ("OpenBadgeCredential", "AchievementCredential",
                                                                      *CLR_TYPES))


def _subject(vc: dict[str, Any]) -> dict[str, Any]:
    cs = vc.get("credentialSubject")
    return cs if isinstance(cs, dict) else {}


def structure_checks(vc: dict[str, Any], checks: list[Check]) -> None:
    ctx_list = as_list(vc.get("@context"))
    first = ctx_list[0] if ctx_list else None
    if first in (VC_V1, VC_V2):
        checks.append(Check("context", True, msg("@context starts with {context}", context=first)))
    else:
        checks.append(
            Check("context", False, msg("@context must start with {v2} (or {v1}); it starts with {first!r}",
                                        v2=VC_V2, v1=VC_V1, first=first))
        )
    t = types_of(vc)
    # an achievement by its type, or by its subject (older credentials name it in credentialSubject.hasCredential)
    achieved = any(x in t for x in OB_TYPES + CLR_TYPES) or _achievement(_subject(vc), "")[0] is not None
    if "VerifiableCredential" in t and is_endorsement(vc):
        checks.append(Check("type", True, msg(
            "an Open Badges endorsement (type {types}): it vouches for an organisation or an achievement, and is "
            "no record of a learner's learning outcomes", types=", ".join(t))))
    elif "VerifiableCredential" in t and achieved:
        checks.append(Check("type", True, msg("type {types}", types=", ".join(t))))
    elif "VerifiableCredential" in t:
        checks.append(
            Check(
                "type",
                True,
                msg("a W3C verifiable credential of type {types} (not an achievement: it carries no learning "
                    "outcomes)", types=", ".join(t)),
            )
        )
    else:
        checks.append(Check("type", False, msg("type {types} lacks VerifiableCredential or an Open Badges/CLR type",
                                                types=str(t))))
    problems: list[str] = []
    iss = vc.get("issuer")
    if iss is None:
        problems.append("no issuer")
    elif not (isinstance(iss, str) or (isinstance(iss, dict) and isinstance(iss.get("id"), str))):
        problems.append("the issuer has no id")
    if not isinstance(vc.get("credentialSubject"), dict):
        problems.append("no credentialSubject")
    achievement = any(x in t for x in OB_TYPES + CLR_TYPES)
    if first == VC_V2 and not vc.get("validFrom") and achievement:
        # Open Badges 3.0 requires validFrom; the VC Data Model 2.0 itself makes it optional.
        problems.append("no validFrom")
    if first == VC_V1 and not vc.get("issuanceDate"):
        problems.append("no issuanceDate")
    if problems:
        checks.append(
            Check("schema", False, msg("the credential does not follow the Open Badges schema: {problems}",
                                       problems=", ".join(problems)))
        )
    else:
        checks.append(Check("schema", True, msg("issuer, credentialSubject and dates present")))


def read_vc(
    rec: CredentialRecord,
    vc: dict[str, Any],
    ctx: Ctx,
    *,
    jwt: CompactJws | None = None,
    jwt_payload: dict[str, Any] | None = None,
    where: str = "",
    depth: int = 0,
) -> None:
    vc, inside = unwrapped(vc)
    where += inside
    t = types_of(vc)
    if any(x in t for x in CLR_TYPES):
        rec.format = "clr-2.0"
    elif any(x in t for x in OB_TYPES):
        rec.format = "openbadges-3.0"
    else:  # a W3C verifiable credential of another type (a degree, an older Digital Credentials Consortium one)
        rec.format = "w3c-vc"
    checks: list[Check] = []
    structure_checks(vc, checks)
    issuer_id = _issuer_id(vc)

    # --- signature ------------------------------------------------------------------------------------------
    if jwt is not None:
        sig_status, sig_msg = _check_jwt(rec, vc, jwt, jwt_payload or {}, issuer_id, ctx, checks)
    else:
        sig_status, sig_msg = _check_proofs(rec, vc, issuer_id, ctx, checks)

    # --- dates ----------------------------------------------------------------------------------------------
    nb = parse_datetime(vc.get("validFrom") or vc.get("issuanceDate"))
    na = parse_datetime(vc.get("validUntil") or vc.get("expirationDate"))
    if jwt_payload:
        from datetime import UTC, datetime

        for claim, attr in (("nbf", "nb"), ("exp", "na")):
            v = jwt_payload.get(claim)
            if isinstance(v, int | float) and not isinstance(v, bool):
                try:
                    when = datetime.fromtimestamp(v, UTC)
                except (OverflowError, OSError, ValueError):
                    continue
                if attr == "nb":
                    nb = max(nb, when) if nb else when
                else:
                    na = min(na, when) if na else when
    date_checks(checks, ctx, not_before=nb, not_after=na, what="credential")

    # --- status ---------------------------------------------------------------------------------------------
    status_note, revocation = _check_status(vc, ctx, checks, depth)
    rec.verification.revocation = revocation

    # --- nested credentials (CLR) ----------------------------------------------------------------------------
    _nested(vc, ctx, checks)

    _elements(rec, vc, where)
    if sig_status == "verified" and revocation == "not-checked":
        # Never a plain "verified" when a declared status could not be checked: the profile decides if it suffices.
        rest = _after_lead(sig_msg, VERIFIED_OFFLINE)
        sig_msg = then(then(msg("Signature verified; revocation not checked."), rest), status_note)
    conclude(rec, checks, sig_status, sig_msg)


def _check_proofs(
    rec: CredentialRecord, vc: dict[str, Any], issuer_id: str | None, ctx: Ctx, checks: list[Check]
) -> tuple[Any, str]:
    proofs = [p for p in as_list(vc.get("proof")) if isinstance(p, dict)]
    if not proofs and not any(t in (*OB_TYPES, *CLR_TYPES) for t in types_of(vc)):
        # A W3C credential of no Open Badges or CLR type ("UniversityDegreeCredential") need not be signed: unsigned,
        # it is the holder's word, as an unsealed Europass credential is.
        checks.append(Check("proof", None, msg("the credential carries no proof")))
        return "unsigned", msg(
            "The credential carries no seal: nothing guarantees who issued it or that it is unchanged."
        )
    if not proofs:
        if any(t in CLR_TYPES for t in types_of(vc)):
            checks.append(Check("proof", False, msg("the credential carries no proof (CLR 2.0 credentials must be "
                                                    "signed)")))
            return "invalid", msg("The credential carries no proof: CLR 2.0 credentials must be signed.")
        checks.append(
            Check("proof", False, msg("the credential carries no proof (Open Badges 3.0 credentials must be signed)"))
        )
        return "invalid", msg("The credential carries no proof: Open Badges 3.0 credentials must be signed.")
    # Every proof is checked: a forger may add a valid proof of their own next to one this app cannot check.
    results = []
    for p in proofs[:MAX_PROOFS]:
        r = di.verify_proof(vc, p, issuer_id, ctx.deadline, ctx.trusted)
        results.append(r)
        name = "proof" if len(proofs) == 1 else f"proof {len(results)}"
        checks.append(Check(name, r.passed, r.detail))
        if r.safe_mode_problem and r.passed is False:
            checks.append(
                Check("json-ld-terms", False, msg("terms not defined by the contexts: {terms}",
                                                  terms=r.safe_mode_problem[:200]))
            )
    if len(proofs) > MAX_PROOFS:
        checks.append(Check("proof", False, msg("the credential carries {count} proofs (at most {most})",
                                                count=len(proofs), most=MAX_PROOFS)))
    bad = next((r for r in results if r.passed is False), None)
    if bad is not None:
        return "invalid", msg("Invalid proof: {detail}.", detail=bad.detail)
    good = [r for r in results if r.passed]
    if good:
        for r in good:
            rec.verification.bind(r.binding, r.binding_by)
        unchecked = [i + 1 for i, r in enumerate(results) if r.passed is None]
        note = ""
        if unchecked:
            which = ", ".join(str(i) for i in unchecked)
            note = msg("Proof {which} of {count} could not be checked offline ({detail}); the verdict rests on the "
                       "other proof(s) only.", which=which, count=len(results), detail=results[unchecked[0] - 1].detail)
        return "verified", then(VERIFIED_OFFLINE, note)
    r0 = results[0]
    if r0.unsupported:
        return "unverifiable-offline", msg("{detail}; verify it with the issuer's or an online validator.",
                                           detail=r0.detail)
    if r0.cannot_canonicalise:
        return "unverifiable-offline", msg("Cannot check the signature offline: {detail}.", detail=r0.detail)
    return (
        "unverifiable-offline",
        msg("Cannot check the signature offline: {detail}. Check the credential with an online verifier, or save "
            "the issuer's key into the trusted-keys directory.", detail=r0.detail),
    )


def _jwt_key(
    header: dict[str, Any], issuer_id: str | None, ctx: Ctx, checks: list[Check]
) -> tuple[PublicKey, str, IssuerBinding, str]:
    """The key a JWT names and who vouches for it. A key saved outside the file wins over one inside it."""
    kid = header.get("kid")
    if isinstance(kid, str):
        obj = ctx.trusted.get(kid)
        if isinstance(obj, dict):
            source = ctx.trusted.source_of(kid) or f"trusted key {kid}"
            binding, by = di.owner_binding(obj, issuer_id, source)
            if isinstance(obj.get("publicKeyJwk"), dict):
                return key_from_jwk(obj["publicKeyJwk"]), source, binding, by
            if isinstance(obj.get("publicKeyMultibase"), str):
                return di.ed25519_from_multikey(obj["publicKeyMultibase"]), source, binding, by
    x5c = header.get("x5c")
    if isinstance(x5c, list) and x5c and isinstance(x5c[0], str):
        return _x5c_key(x5c, ctx, checks)
    if isinstance(kid, str) and kid.startswith("did:key:"):
        base = kid.split("#", 1)[0]
        return (di.resolve_did_key(kid), msg("did:key (resolved offline)"),
                *di.did_binding(base, issuer_id, ctx.trusted, "did:key"))  # fmt: skip
    if isinstance(kid, str) and kid.startswith("did:jwk:"):
        base = kid.split("#", 1)[0]
        jwk = load_json(b64url_decode(base[len("did:jwk:") :]), "did:jwk")
        return (key_from_jwk(jwk), msg("did:jwk (resolved offline)"),
                *di.did_binding(base, issuer_id, ctx.trusted, "did:jwk"))  # fmt: skip
    if isinstance(header.get("jwk"), dict):
        return (key_from_jwk(header["jwk"]), msg("the JWK in the JWT header"), "self-asserted",
                msg("the key is the JWK in the JWT header, inside the credential"))  # fmt: skip
    if isinstance(kid, str):
        if kid.startswith("did:web:"):
            raise di.KeyUnresolvable(msg("{method} is a did:web key: save the issuer's DID document (did.json) into "
                                         "the trusted-keys directory", method=kid))
        raise di.KeyUnresolvable(msg("the key {method} is published online and cannot be fetched offline",
                                     method=kid))
    raise di.KeyUnresolvable(msg("the JWT header names no key (no jwk, kid or x5c)"))


def _x5c_key(x5c: list[Any], ctx: Ctx, checks: list[Check]) -> tuple[PublicKey, str, IssuerBinding, str]:
    """A certificate chain in the header, validated like an EDC seal's: the key counts only through a chain to a
    certificate in the trusted-keys directory."""
    from .x509trust import chain_check
    from .xmlsig import cert_time_checks

    leaf = cert_from_b64(x5c[0])
    extra = []
    for item in x5c[1:10]:
        try:
            extra.append(cert_from_b64(str(item)))
        except ValueError:
            continue
    cert_time_checks(checks, leaf, None, ctx.now)
    trust = chain_check(leaf, extra, ctx.trusted.certificates, ctx.trusted.certificate_files, ctx.trusted.listed)
    checks.append(trust)
    subject = leaf.subject.rfc4514_string()[:120]
    if trust.passed:
        return cert_public_key(leaf), f"the certificate {subject}", "confirmed", trust.detail
    self_signed = leaf.issuer == leaf.subject
    why = "a self-signed certificate" if self_signed else "a certificate that does not chain to a trusted anchor"
    return (cert_public_key(leaf), f"the certificate {subject} in the JWT header", "self-asserted",
            f"the key is {why} carried in the JWT header")  # fmt: skip


def _check_jwt(
    rec: CredentialRecord,
    vc: dict[str, Any],
    jwt: CompactJws,
    payload: dict[str, Any],
    issuer_id: str | None,
    ctx: Ctx,
    checks: list[Check],
) -> tuple[Any, str]:
    alg = str(jwt.header.get("alg", ""))
    try:
        key, source, binding, by = _jwt_key(jwt.header, issuer_id, ctx, checks)
    except di.KeyUnresolvable as exc:
        checks.append(Check("signature", None, di.exception_text(exc)))
        return (
            "unverifiable-offline",
            msg("Cannot check the signature offline: {problem}. Check the credential with the issuer or an online "
                "verifier.", problem=di.exception_text(exc)),
        )
    except (ValueError, ImportFailure) as exc:
        checks.append(Check("signature", False, msg("the key in the JWT header is unusable: {problem}",
                                                    problem=str(exc))))
        return "invalid", msg("The key in the JWT header is unusable: {problem}.", problem=str(exc))
    try:
        good = verify_signature(alg, key, jwt.signing_input, jwt.signature)
    except ValueError as exc:
        checks.append(Check("signature", False, msg("cannot check the JWT signature: {problem}", problem=str(exc))))
        return "invalid", msg("Cannot check the JWT signature: {problem}.", problem=str(exc))
    if not good:
        checks.append(Check("signature", False, msg("the {alg} signature does not match ({source}): altered or forged",
                                                    alg=alg, source=source)))
        return "invalid", msg("The {alg} signature does not match ({source}): the credential was altered or forged.",
                              alg=alg, source=source)
    checks.append(Check("signature", True, msg("{alg} signature valid, key from {source}", alg=alg, source=source)))
    rec.verification.bind(binding, by)
    # claims must agree with the credential
    cs = vc.get("credentialSubject")
    cs_id = cs.get("id") if isinstance(cs, dict) else None
    for claim, expected, label in (
        ("iss", issuer_id, "issuer id"),
        ("jti", vc.get("id"), "credential id"),
        ("sub", cs_id, "subject id"),
    ):
        got = payload.get(claim)
        if got is not None and expected is not None and got != expected:
            checks.append(
                Check(f"jwt-{claim}", False, msg("JWT claim {claim} {got!r} differs from the {label} {expected!r}",
                                                 claim=claim, got=got, label=label, expected=expected))
            )
    return "verified", msg("Signature verified offline (key from {source}).", source=source)


def _status_bits(encoded: str) -> bytes:
    raw = b64url_decode(encoded[1:] if encoded.startswith("u") else encoded)
    try:
        d = zlib.decompressobj(wbits=31)
        out = d.decompress(raw, 16 * 1024 * 1024)
        if d.unconsumed_tail:
            raise ValueError("status list too large")
        return out
    except zlib.error:
        return gzip.decompress(raw)[: 16 * 1024 * 1024]


STATUS_LIST_TYPES = {
    "BitstringStatusListEntry": ("BitstringStatusListCredential", "BitstringStatusList"),
    "StatusList2021Entry": ("StatusList2021Credential", "StatusList2021"),
}


def _status_list_problem(lst: dict[str, Any], stype: str, purpose: str, issuer_id: str | None, ctx: Ctx,
                         depth: int) -> tuple[bool | None, str]:  # fmt: skip
    """Is the saved status-list credential itself trustworthy? (False, why) / (None, why unchecked) / (True, '')."""
    cred_type, subj_type = STATUS_LIST_TYPES[stype]
    if cred_type not in types_of(lst):
        return False, f"it is not a {cred_type} (type {types_of(lst)})"
    subj = lst.get("credentialSubject")
    if not isinstance(subj, dict) or subj_type not in types_of(subj):
        return False, f"its credentialSubject is not a {subj_type}"
    list_purposes = [p for p in as_list(subj.get("statusPurpose")) if isinstance(p, str)]
    if list_purposes and purpose not in list_purposes:
        return False, f"it is a {'/'.join(list_purposes)} list, not a {purpose} list"
    nb = parse_datetime(lst.get("validFrom") or lst.get("issuanceDate"))
    na = parse_datetime(lst.get("validUntil") or lst.get("expirationDate"))
    if nb is not None and nb > ctx.now:
        return False, f"it is valid only from {nb.date().isoformat()}"
    if na is not None and na < ctx.now:
        return False, f"it expired on {na.date().isoformat()}"
    list_issuer = _issuer_id(lst)
    if issuer_id and list_issuer and list_issuer != issuer_id:
        return False, f"it was issued by {list_issuer}, not by the credential's issuer {issuer_id}"
    if depth > 0:
        return None, "a status list that itself declares a status list is not followed"
    sub = CredentialRecord(file="status list")
    read_vc(sub, lst, ctx, depth=depth + 1)
    st = sub.verification.status
    if st == "invalid":
        return False, f"its signature does not hold ({sub.verification.message[:160]})"
    if st != "verified":
        return None, f"its signature could not be checked offline ({sub.verification.message[:160]})"
    return True, ""


def _check_status(vc: dict[str, Any], ctx: Ctx, checks: list[Check], depth: int = 0) -> tuple[str, str]:
    """Status checks; returns (notes for the verdict, "checked" | "not-checked" | "" when none is declared)."""
    notes: list[str] = []
    state = ""
    issuer_id = _issuer_id(vc)
    for st in as_list(vc.get("credentialStatus")):
        if not isinstance(st, dict):
            continue
        stype = st.get("type")
        purpose = str(st.get("statusPurpose", "revocation"))
        list_url = st.get("statusListCredential")
        state = state or "checked"
        if stype in STATUS_LIST_TYPES and isinstance(list_url, str):
            lst = ctx.trusted.get(list_url)
            if not isinstance(lst, dict):
                checks.append(Check("status", None, msg("{purpose} list {url} is not available offline",
                                                        purpose=purpose, url=list_url)))
                notes.append(msg("Check the {purpose} status at {url}.", purpose=purpose, url=list_url))
                state = "not-checked"
                continue
            trusted_list, why = _status_list_problem(lst, str(stype), purpose, issuer_id, ctx, depth)
            if trusted_list is False:
                checks.append(Check("status list", False, msg("the {purpose} list {url} cannot be used: {why}",
                                                              purpose=purpose, url=list_url, why=why)))
                state = "not-checked"
                continue
            if trusted_list is None:
                checks.append(Check("status list", None, msg("the {purpose} list {url}: {why}", purpose=purpose,
                                                             url=list_url, why=why)))
                state = "not-checked"
            else:
                checks.append(Check("status list", True, msg("the {purpose} list {url} is signed by the issuer and "
                                                             "valid", purpose=purpose, url=list_url)))
            subj = lst.get("credentialSubject") or {}
            enc = subj.get("encodedList") if isinstance(subj, dict) else None
            try:
                index = int(st.get("statusListIndex"))  # type: ignore[arg-type]
                bits = _status_bits(str(enc))
            except (TypeError, ValueError, OSError, EOFError) as exc:
                checks.append(Check("status", None, f"{purpose} list {list_url} is unreadable ({exc})"))
                state = "not-checked"
                continue
            if index < 0 or index // 8 >= len(bits):
                checks.append(Check("status", False, f"status index {index} lies outside the {purpose} list"))
                continue
            set_ = bool(bits[index // 8] & (0x80 >> (index % 8)))
            if set_ and purpose == "revocation":
                checks.append(
                    Check("revocation", False, msg("revoked: bit {index} is set in the revocation list {url}",
                                                   index=index, url=list_url))
                )
            elif set_:
                checks.append(Check("status", False, msg("{purpose}: bit {index} is set in {url}", purpose=purpose,
                                                         index=index, url=list_url)))
            else:
                checks.append(Check("revocation" if purpose == "revocation" else "status", True,
                                    msg("bit {index} is clear in the {purpose} list", index=index,
                                        purpose=purpose)))  # fmt: skip
        elif stype:
            where = st.get("id") or list_url or msg("the issuer's service")
            checks.append(Check("status", None, msg("{type} status can only be checked online ({where})", type=stype,
                                                    where=where)))
            notes.append(msg("Check the revocation status at {url}.", url=where))
            state = "not-checked"
    return functools.reduce(then, notes, ""), state


def _nested(vc: dict[str, Any], ctx: Ctx, checks: list[Check]) -> None:
    cs = vc.get("credentialSubject")
    if not isinstance(cs, dict):
        return
    nested = as_list(cs.get("verifiableCredential"))
    for i, item in enumerate(nested[:50]):
        sub = CredentialRecord(file=f"nested[{i}]")
        try:
            if isinstance(item, str):
                from .jose import parse_compact

                jws = parse_compact(item)
                payload = jws.payload_json("nested JWT")
                inner = vc_from_jwt_payload(payload)
                if inner is None:
                    continue
                read_vc(sub, inner, ctx, jwt=jws, jwt_payload=payload)
            elif isinstance(item, dict) and "proof" in item:
                read_vc(sub, item, ctx)
            else:
                continue
        except ImportFailure as exc:
            checks.append(Check(f"nested credential {i + 1}", False, str(exc)))
            continue
        st = sub.verification.status
        # The outer proof already covers the nested content; a nested credential's own proof only tells
        # whether its original issuer's signature still checks out, so it never fails the outer verdict.
        checks.append(
            Check(
                f"nested credential {i + 1}",
                True if st == "verified" else None,
                msg("{name}: {status} — {verdict}",
                    name=((text_of(item.get("name")) or "") if isinstance(item, dict) else "JWT")[:120],
                    status=STATUS_WORDS.get(st, st), verdict=sub.verification.message),
            )
        )


# Alignments that say something else than what the learner can do: the level (EQF), the programme's quality
# assurance (an accreditation decision), or a credential the achievement counts towards.
_NOT_OUTCOME_ALIGNMENTS = ("ext:eqf", "ext:qualityassurance", "ceterms:credential")


# A criteria narrative that says what was required to earn the achievement, not what the learner can do
_REQUIREMENT = re.compile(r"(?i)\b(?:must|to earn|in order to|required|requirements?|needs? to|moet(?:en)?|muss|"
                          r"müssen|doit|doivent|debe|deben|повин(?:ен|на|ні)|необхідно|потрібно)\b")


def _kind_of_alignment(al: dict[str, Any]) -> str:
    """What an alignment of an achievement states: "eqf" (a level), "quality" (a quality assurance decision),
    "other" (a credential it counts towards) or "outcome" (a skill or competence)."""
    kind = str(al.get("targetType") or "").strip().casefold()
    if kind == "ext:eqf" or EQF_URL.search(str(al.get("targetUrl", ""))) or "eqf" in str(
            al.get("targetFramework", "")).casefold():
        return "eqf"
    if kind == "ext:qualityassurance":
        return "quality"
    return "other" if kind in _NOT_OUTCOME_ALIGNMENTS else "outcome"


def _achievement_outcomes(ach: dict[str, Any], base: str) -> tuple[list[str], str] | None:
    """What the learner can do: the statements of the criteria and the skills the achievement aligns to, else its
    description (and the criteria's one statement). Alignments to a level, a quality assurance decision or a
    credential are not outcomes, nor one that only names the achievement itself; each skill once."""
    title = (text_of(ach.get("name")) or "").casefold()
    aligned = each_once([str(name) for al in as_list(ach.get("alignment"))
                         if isinstance(al, dict) and _kind_of_alignment(al) == "outcome"
                         and (name := text_of(al.get("targetName"))) and str(name).casefold() != title])
    crit = ach.get("criteria")
    narrative = crit.get("narrative") if isinstance(crit, dict) else None
    listed = split_items(narrative) if isinstance(narrative, str) and narrative.strip() else []
    if len(listed) > 1 and aligned:  # a list of what the learner can do, and the skills it aligns to
        return stated_and_aligned(listed, aligned), f"{base}/criteria/narrative + {base}/alignment/*/targetName"
    if aligned:
        return aligned, f"{base}/alignment/*/targetName"
    if len(listed) > 1:
        return listed, f"{base}/criteria/narrative"
    desc = text_of(ach.get("description"))
    if desc:
        described = split_items(desc)
        if (len(listed) == 1 and listed[0].casefold() not in {d.casefold() for d in described}
                and not _REQUIREMENT.search(listed[0])):
            # "The student has mastered … and can apply it": the criteria's one statement of what was learnt
            return described + listed, f"{base}/description + {base}/criteria/narrative"
        return described, f"{base}/description"
    if isinstance(narrative, str) and narrative.strip():
        return split_items(narrative), f"{base}/criteria/narrative"
    return None


def _achievement(cs: dict[str, Any], base: str) -> tuple[dict[str, Any] | None, str]:
    """What was achieved, and where: ``achievement`` (Open Badges 3.0), else ``hasCredential`` (the schema.org
    EducationalOccupationalCredential of the older Digital Credentials Consortium credentials, named the same way),
    else ``degree`` (the W3C data model's examples: a degree with its type and name)."""
    for key in ("achievement", "hasCredential", "degree"):
        found = cs.get(key)
        if isinstance(found, dict):
            return found, f"{base}/{key}"
    return None, f"{base}/achievement"


def _elements(rec: CredentialRecord, vc: dict[str, Any], where: str) -> None:  # noqa: C901 (one branch per credential element, in the order of Annex I (a flat mapping))
    p = where
    cs = vc.get("credentialSubject") if isinstance(vc.get("credentialSubject"), dict) else {}
    assert isinstance(cs, dict)
    ach, ab = _achievement(cs, f"{p}/credentialSubject")
    if is_endorsement(vc):
        cs = {}  # its subject is the organisation or achievement it endorses: no learner
    # 1 learner
    name = text_of(cs.get("name"))
    if not name:
        given = text_of(cs.get("givenName"))
        family = text_of(cs.get("familyName"))
        name = " ".join(x for x in (given, family) if x) or None
    rec.set("learner_name", name, f"{p}/credentialSubject/name")
    for i, ident in enumerate(as_list(cs.get("identifier"))):
        if not isinstance(ident, dict):
            continue
        itype = str(ident.get("identityType", "identity"))
        value = ident.get("identityHash")
        if not isinstance(value, str):
            continue
        if itype == "name" and not ident.get("hashed"):
            rec.set("learner_name", value, f"{p}/credentialSubject/identifier/{i}/identityHash")
        else:
            rec.set("learner_id", value, f"{p}/credentialSubject/identifier/{i}/identityHash")
        rec.identities.append(
            {"type": itype, "identity": value, "hashed": bool(ident.get("hashed")), "salt": ident.get("salt")}
        )
    if isinstance(cs.get("id"), str):
        rec.set("learner_id", cs["id"], f"{p}/credentialSubject/id")
    # 2 title
    if ach:
        rec.set("title", text_of(ach.get("name")), f"{ab}/name")
    rec.set("title", text_of(vc.get("name")), f"{p}/name")
    # 3, 4 issuer
    iss = vc.get("issuer")
    if isinstance(iss, dict):
        addr = iss.get("address") if isinstance(iss.get("address"), dict) else {}
        assert isinstance(addr, dict)
        code = text_of(addr.get("addressCountryCode"))
        rec.set("issuer_country", code or text_of(addr.get("addressCountry")),
                f"{p}/issuer/address/{'addressCountryCode' if code else 'addressCountry'}")
        rec.set("awarding_body", text_of(iss.get("name")) or iss.get("id"), f"{p}/issuer/name")
    elif isinstance(iss, str):
        rec.set("awarding_body", iss, f"{p}/issuer")
    # 5 date
    for key in ("validFrom", "issuanceDate", "awardedDate"):
        d = iso_date(vc.get(key))
        if d:
            rec.set("issued_on", d, f"{p}/{key}")
            break
    # 6 outcomes
    if ach:
        got = _achievement_outcomes(ach, ab)
        if got:
            rec.set("learning_outcomes", got[0], got[1])
    # each achievement once (a CLR may name one both in its nested credential and in its own list)
    nested_names = each_once(_clr_achievements(cs))
    if nested_names:
        rec.set("learning_outcomes", nested_names, f"{p}/credentialSubject/verifiableCredential/*/achievement/name")
    # 7 workload
    if ach:
        credits = to_number(ach.get("creditsAvailable"))
        if credits is not None:
            rec.set("workload_ects", credits, f"{ab}/creditsAvailable (unit not stated)")
        # The text searches cost time in proportion to the text: a bounded blob keeps a huge tag list cheap.
        parts = [ach.get("description"), *as_list(ach.get("tag"))[:MAX_TAGS], ach.get("humanCode")]
        blob = " ; ".join(str(x) for x in parts if x)[:MAX_BLOB_CHARS]
        hours = find_hours(blob)
        if hours:
            rec.set("workload_hours", hours[0], f"{ab}/description|tag ('{hours[1]}')")
        ects = find_ects(blob)
        if ects:
            rec.set("workload_ects", ects[0], f"{ab}/description|tag ('{ects[1]}')")
    earned = to_number(cs.get("creditsEarned"))
    if earned is not None:
        rec.set("workload_ects", earned, f"{p}/credentialSubject/creditsEarned (unit not stated)")
    # 8 EQF: by convention an alignment to http://data.europa.eu/snb/eqf/N, or one of the type "ext:EQF"
    if ach:
        for i, al in enumerate(as_list(ach.get("alignment"))):
            if not isinstance(al, dict) or _kind_of_alignment(al) != "eqf":
                continue
            m = EQF_URL.search(str(al.get("targetUrl", "")))
            if m:
                rec.set("eqf_level", int(m.group(1)), f"{ab}/alignment/{i}/targetUrl")
                break
            lv = find_eqf(f"EQF {al.get('targetCode', '')} {al.get('targetName', '')}")
            if lv:
                rec.set("eqf_level", lv[0], f"{ab}/alignment/{i}")
                break
    # 7, 9, 10, 13 as extension properties of the achievement named after the EU elements (the Dutch edubadges
    # write "ECTS", "assessmentType", "participationType", "supervisionType" and "identityChecked")
    if ach:
        _annex_properties(rec, ach, ab)
    # 9 assessment
    if ach:
        rds = [r for r in as_list(ach.get("resultDescription")) if isinstance(r, dict)]
        if rds:
            label = "; ".join(
                str(text_of(r.get("name")) or r.get("resultType")) for r in rds if r.get("name") or r.get("resultType")
            )
            rec.set("assessment_type", label, f"{ab}/resultDescription")
    # 11 quality assurance: an alignment to the programme's quality assurance decision (an accreditation), else
    # who endorsed the credential
    for i, al in enumerate(as_list((ach or {}).get("alignment"))):
        if isinstance(al, dict) and _kind_of_alignment(al) == "quality":
            named = " — ".join(str(x) for x in (text_of(al.get("targetName")),
                                                 text_of(al.get("targetDescription")), text_of(al.get("targetCode")))
                                if x)
            rec.set("quality_assurance", " ".join(named.split()), f"{ab}/alignment/{i}")
            break
    endorsements = as_list(vc.get("endorsement")) + as_list((ach or {}).get("endorsement"))
    endorsements += as_list(iss.get("endorsement") if isinstance(iss, dict) else None)
    if endorsements:
        names = []
        for e in endorsements:
            if isinstance(e, dict):
                ei = e.get("issuer")
                names.append(text_of(ei.get("name")) if isinstance(ei, dict) else str(ei))
        rec.set("quality_assurance", "endorsed by " + ", ".join(dict.fromkeys(n for n in names if n)) if any(names)
                else f"{len(endorsements)} endorsement(s)", f"{p}/endorsement")  # fmt: skip
    # 14 grade
    for i, r in enumerate(as_list(cs.get("result"))):
        if isinstance(r, dict) and r.get("value") is not None:
            rec.set("grade", str(r.get("value")), f"{p}/credentialSubject/result/{i}/value")
            break
    # 15 stackability
    if ach and ach.get("related"):
        rel = [text_of(r.get("name")) or r.get("id") for r in as_list(ach.get("related")) if isinstance(r, dict)]
        rec.set("stackability", "related: " + ", ".join(str(r) for r in rel if r), f"{ab}/related")
    if cs.get("association") or vc.get("association"):
        rec.set("stackability", "CLR associations between achievements", f"{p}/credentialSubject/association")
    # 16 further info
    crit = (ach or {}).get("criteria")
    if isinstance(crit, dict) and isinstance(crit.get("id"), str):
        rec.set("further_information", f"criteria: {crit['id']}", f"{ab}/criteria/id")
    for i, ev in enumerate(as_list(vc.get("evidence"))):
        if isinstance(ev, dict) and (ev.get("id") or ev.get("narrative")):
            rec.set("further_information", f"evidence: {ev.get('id') or ev.get('narrative')}", f"{p}/evidence/{i}")
            break
    if ach and isinstance(ach.get("id"), str) and ach["id"].startswith("http"):
        rec.set("further_information", f"achievement: {ach['id']}", f"{ab}/id")


def _annex_properties(rec: CredentialRecord, ach: dict[str, Any], ab: str) -> None:
    """Elements the achievement states as properties of their own, named after the EU elements."""
    ects = to_number(ach.get("ECTS"))
    if ects is not None:
        rec.set("workload_ects", ects, f"{ab}/ECTS")
    hours = to_number(ach.get("SBU"))  # studiebelastingsuren: the Dutch vocational study load, in hours
    if hours is not None:
        rec.set("workload_hours", hours, f"{ab}/SBU (study load hours)")
    for key, element in (("assessmentType", "assessment_type"), ("participationType", "participation_form")):
        value = text_of(ach.get(key))
        if value:
            rec.set(element, str(value), f"{ab}/{key}")
    supervision = text_of(ach.get("supervisionType"))
    checked = ach.get("identityChecked")
    if supervision:
        rec.set("supervision", str(supervision), f"{ab}/supervisionType")
    elif isinstance(checked, bool):
        rec.set("supervision", "identity checked" if checked else "no identity check", f"{ab}/identityChecked")


def _clr_achievements(cs: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for item in as_list(cs.get("verifiableCredential"))[:200]:
        inner: Any = item
        if isinstance(item, str):
            try:
                parts = item.split(".")
                payload = load_json(b64url_decode(parts[1]), "nested JWT") if len(parts) == 3 else None
            except (ValueError, ImportFailure):
                continue
            inner = vc_from_jwt_payload(payload)
        if isinstance(inner, dict):
            ics = inner.get("credentialSubject")
            ach = ics.get("achievement") if isinstance(ics, dict) else None
            name = text_of(ach.get("name")) if isinstance(ach, dict) else text_of(inner.get("name"))
            if name:
                out.append(name)
    for a in as_list(cs.get("achievement"))[:200] if isinstance(cs.get("achievement"), list) else []:
        if isinstance(a, dict) and text_of(a.get("name")):
            out.append(str(text_of(a.get("name"))))
    return out
