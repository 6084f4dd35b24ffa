"""Open Badges 2.0 (and 1.x) assertions: JSON, signed JWS, baked PNG/SVG.

Hosted badges are verified by fetching the assertion from its URL, which the app never does: offline the honest
verdict is ``unverifiable-offline`` with the URL a person should open. Signed badges need the issuer's hosted
CryptographicKey and RevocationList; when these were saved into the trusted-keys directory, they are used.
"""

from __future__ import annotations

from typing import Any

from app.messages import msg

from .common import Ctx, conclude, date_checks, then
from .jose import CompactJws, key_from_pem, verify_signature
from .record import Check, CredentialRecord
from .textparse import split_items, stated_and_aligned
from .util import as_list, iso_date, parse_datetime, text_of, unwrapped

OB2_CONTEXTS = ("https://w3id.org/openbadges/v2", "https://openbadgespec.org/v2/context.json")
OB1_CONTEXTS = ("https://w3id.org/openbadges/v1", "https://openbadgespec.org/v1/context.json")


def is_ob2_assertion(obj: Any) -> bool:
    obj = unwrapped(obj)[0]
    if not isinstance(obj, dict):
        return False
    if ("recipient" in obj or "identity" in obj) and ("badge" in obj or "verify" in obj or "verification" in obj):
        return True
    t = obj.get("type")
    return t == "Assertion" or (isinstance(t, list) and "Assertion" in t)


def _when(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        from datetime import UTC, datetime

        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return parse_datetime(value)


def read_assertion(
    rec: CredentialRecord, a: dict[str, Any], ctx: Ctx, *, jws: CompactJws | None = None, where: str = ""
) -> None:
    rec.format = "openbadges-2.0"
    checks: list[Check] = []
    a, inside = unwrapped(a)
    prefix = (where or "") + inside

    # --- structure and context ---------------------------------------------------------------------------
    ob1 = _context_checks(a, checks) != "2.0"
    if not ob1:
        t = a.get("type")
        if t == "Assertion" or (isinstance(t, list) and "Assertion" in t):
            checks.append(Check("structure", True, msg("type Assertion")))
        else:
            checks.append(Check("structure", False, msg("type is {type!r}, expected 'Assertion'", type=t)))
    recipient = _recipient(a)
    if not isinstance(recipient, dict) and not (ob1 and isinstance(recipient, str)):
        checks.append(Check("structure", False, msg("the assertion has no recipient")))

    # --- badge class and issuer (embedded, or from the trusted directory) -------------------------------
    badge_ref = a.get("badge")
    badge: dict[str, Any] | None = badge_ref if isinstance(badge_ref, dict) else None
    badge_src = f"{prefix}/badge"
    if badge is None and isinstance(badge_ref, str):
        got = ctx.trusted.get(badge_ref)
        if isinstance(got, dict):
            badge = got
            badge_src = f"trusted:{badge_ref}"
    issuer_ref = badge.get("issuer") if badge else None
    issuer: dict[str, Any] | None = issuer_ref if isinstance(issuer_ref, dict) else None
    issuer_src = f"{badge_src}/issuer"
    if issuer is None and isinstance(issuer_ref, str):
        got = ctx.trusted.get(issuer_ref)
        if isinstance(got, dict):
            issuer = got
            issuer_src = f"trusted:{issuer_ref}"

    # --- elements ---------------------------------------------------------------------------------------
    _elements(rec, a, badge, badge_src, issuer, issuer_src, prefix, badge_ref)

    # --- dates --------------------------------------------------------------------------------------------
    issued_key = _issued_key(a)
    issued = _when(a.get(issued_key))
    expires = _when(a.get("expires"))
    if a.get(issued_key) is not None and issued is None:
        checks.append(Check("dates", False, msg("issuedOn {value!r} is not a date", value=a.get(issued_key))))
    if issued is not None and issued > ctx.now:
        checks.append(
            Check("issued-date", False, msg("the badge claims to be issued in the future ({date})",
                                            date=issued.date().isoformat()))
        )
    date_checks(checks, ctx, not_before=None, not_after=expires, what="badge")

    # --- authenticity -------------------------------------------------------------------------------------
    verification = a.get("verification") or a.get("verify") or {}
    # (one type, or a list of them with "Extension": Blockcerts' ["MerkleProofVerification2017", "Extension"])
    vtypes = {str(t).casefold() for t in as_list(verification.get("type"))} if isinstance(verification, dict) else set()
    assertion_id = a.get("id") or (verification.get("url") if isinstance(verification, dict) else None)
    if jws is not None or vtypes & {"signed", "signedbadge"}:
        status, message = _signed(rec, a, jws, verification, issuer, ctx, checks)
    elif any(t.startswith("merkleproofverification") for t in vtypes):
        # Blockcerts: the assertion's hash is anchored in a blockchain transaction, which only the network shows
        anchor = a.get("signature")
        kinds = [str(t) for t in as_list(anchor.get("type") if isinstance(anchor, dict) else None)
                 if str(t) != "Extension"]
        checks.append(Check("proof", None, msg(
            "Blockcerts {kind}: the certificate's hash is anchored in a blockchain transaction, which cannot be read "
            "offline", kind=", ".join(kinds) or "MerkleProof")))
        status, message = "unverifiable-offline", msg(
            "A Blockcerts certificate: its proof is a blockchain transaction, which cannot be checked offline; check "
            "it with the issuer's Blockcerts verifier.")
    else:
        status, message = _hosted(rec, a, assertion_id, ctx, checks)
    if badge is None and isinstance(badge_ref, str):
        message = then(message, msg("The badge description (title, criteria, issuer) is not in the file: it is "
                                    "published at {url}.", url=badge_ref))
    conclude(rec, checks, status, message)


def _context_checks(a: dict[str, Any], checks: list[Check]) -> str:
    """The Open Badges version the assertion's @context names ("2.0" when it names none known), its checks added
    to ``checks``. A list may hold extension contexts beside the Open Badges one (as the 2.0 extensions do)."""
    context = a.get("@context")
    if context is None and _is_ob05(a):
        checks.append(Check("context", None, msg("no @context: an Open Badges 0.5 assertion")))
        return "0.5"
    if context is None:
        checks.append(Check("context", None, msg("no @context: an Open Badges 1.0 assertion")))
        return "1.0"
    entries = as_list(context)
    ob2 = next((c for c in entries if isinstance(c, str) and c in OB2_CONTEXTS), None)
    ob1 = next((c for c in entries if isinstance(c, str) and c in OB1_CONTEXTS), None)
    if ob2 is not None:
        checks.append(Check("context", True, msg("@context {context}", context=ob2)))
    elif ob1 is not None:
        checks.append(Check("context", True, msg("@context {context} (Open Badges 1.1)", context=ob1)))
    else:
        checks.append(Check("context", False, msg("unknown Open Badges @context {context!r}", context=context)))
        return "2.0"
    unchecked = [c if isinstance(c, str) else "(inline context)" for c in entries if c not in (ob2, ob1)]
    unchecked += _extension_nodes(a)
    if unchecked:
        # Extensions are defined by contexts and schemas published online: never fetched, so never judged.
        checks.append(Check("context", None, msg("not checked: {what}", what=", ".join(dict.fromkeys(unchecked)))))
    return "2.0" if ob2 is not None else "1.1"


def _is_ob05(a: dict[str, Any]) -> bool:
    """The Open Badges 0.5 shape: the badge embedded with its "version" 0.5.x, or the 0.5 name of the issue date
    (1.0 renamed issued_on to issuedOn and dropped the version)."""
    badge = a.get("badge")
    version = badge.get("version") if isinstance(badge, dict) else None
    return (isinstance(version, str) and version.startswith("0.5")) or "issued_on" in a


def _extension_nodes(a: dict[str, Any]) -> list[str]:
    """The assertion's extension properties ("extensions:…"), each with the contexts it names."""
    out = []
    for key, node in a.items():
        if isinstance(key, str) and key.startswith("extensions:"):
            own = [c for c in as_list(node.get("@context")) if isinstance(c, str)] if isinstance(node, dict) else []
            out.append(f"{key} ({', '.join(own)})" if own else key)
    return out


def _hosted(
    rec: CredentialRecord, a: dict[str, Any], assertion_id: Any, ctx: Ctx, checks: list[Check]
) -> tuple[Any, str]:
    saved = ctx.trusted.get(assertion_id)
    if isinstance(saved, dict):
        same = all(saved.get(k) == a.get(k) for k in ("recipient", "badge", "issuedOn"))
        revoked = saved.get("revoked") is True
        if revoked:
            checks.append(Check("hosted-assertion", False, msg("the issuer's copy at {url} is revoked",
                                                               url=assertion_id)))
            return "invalid", msg("Revoked: the issuer's copy at {url} is marked revoked.", url=assertion_id)
        if same:
            checks.append(Check("hosted-assertion", True, msg("matches the saved copy of {url}", url=assertion_id)))
            rec.verification.bind("confirmed", msg("the issuer's copy saved in {file}",
                                                   file=ctx.trusted.source_of(assertion_id)))
            return "verified", msg("Hosted badge: matches the issuer's copy saved from {url}.", url=assertion_id)
        checks.append(Check("hosted-assertion", False, msg("differs from the saved copy of {url}", url=assertion_id)))
        return "invalid", msg("The badge differs from the issuer's copy saved from {url}: it was altered.",
                              url=assertion_id)
    where = assertion_id if isinstance(assertion_id, str) and assertion_id else msg("the issuer's site")
    checks.append(Check("hosted-assertion", None, msg("hosted badge: only {where} can confirm it (needs the network)",
                                                      where=where)))
    return (
        "unverifiable-offline",
        msg("Hosted badge: open {where} and check that it still shows this badge for this recipient, issued by the "
            "stated organisation and not revoked.", where=where),
    )


def _signed(
    rec: CredentialRecord,
    a: dict[str, Any],
    jws: CompactJws | None,
    verification: Any,
    issuer: dict[str, Any] | None,
    ctx: Ctx,
    checks: list[Check],
) -> tuple[Any, str]:
    if jws is None:
        checks.append(
            Check("signature", False, msg("the assertion says it is signed, but the file holds it without its "
                                          "signature"))
        )
        return "invalid", msg("The assertion says it is signed, but the file holds it without its signature.")
    creator = verification.get("creator") if isinstance(verification, dict) else None
    alg = str(jws.header.get("alg", ""))
    if not isinstance(creator, str) and issuer is not None:
        creator = next((k for k in as_list(issuer.get("publicKey")) if isinstance(k, str)), None)
    key_obj = ctx.trusted.get(creator) if isinstance(creator, str) else None
    if not isinstance(key_obj, dict) or not isinstance(key_obj.get("publicKeyPem"), str):
        checks.append(
            Check("signature", None, msg("the signing key {key} is hosted online and not available",
                                         key=creator or msg("(not named)")))
        )
        return (
            "unverifiable-offline",
            msg("Signed badge: the signature can be checked only with the issuer's key published at {where}; save "
                "that key (and the issuer profile) into the trusted-keys directory, or check the badge with an "
                "online validator.", where=creator or msg("the issuer profile")),
        )
    try:
        key = key_from_pem(key_obj["publicKeyPem"])
        good = verify_signature(alg, key, jws.signing_input, jws.signature)
    except ValueError as exc:
        checks.append(Check("signature", False, msg("cannot check the JWS signature: {problem}", problem=str(exc))))
        return "invalid", msg("Cannot check the JWS signature: {problem}.", problem=str(exc))
    if not good:
        checks.append(Check("signature", False, msg("the {alg} signature does not match the key {key}", alg=alg,
                                                    key=creator)))
        return "invalid", msg("The {alg} signature does not match the key {key}: the badge was altered or forged.",
                              alg=alg, key=creator)
    checks.append(Check("signature", True, msg("{alg} signature valid with the key {key}", alg=alg, key=creator)))
    source = ctx.trusted.source_of(creator) or msg("the trusted-keys directory")
    owner = key_obj.get("owner")
    if issuer is not None and isinstance(owner, str) and owner != issuer.get("id"):
        rec.verification.bind("self-asserted", msg("the key in {source} belongs to {owner}, not to the issuer",
                                                   source=source, owner=owner))
    else:
        rec.verification.bind("confirmed", msg("the issuer's key saved in {source}", source=source))
    # the key must belong to the issuer
    if issuer is not None:
        owner = key_obj.get("owner")
        listed = [k if isinstance(k, str) else k.get("id") for k in as_list(issuer.get("publicKey"))
                  if isinstance(k, str | dict)]  # fmt: skip
        if owner == issuer.get("id") or creator in listed:
            checks.append(Check("key-owner", True, msg("the key belongs to the issuer {issuer}",
                                                       issuer=issuer.get("id"))))
        else:
            checks.append(Check("key-owner", False, msg("the key {key} is not one of the issuer's keys", key=creator)))
        rl_ref = issuer.get("revocationList")
        if isinstance(rl_ref, str):
            rl = ctx.trusted.get(rl_ref)
            if isinstance(rl, dict):
                reason = _revocation(rl, a.get("id"))
                if reason is not None:
                    checks.append(Check("revocation", False, msg("revoked by the issuer: {reason}", reason=reason)))
                    return "invalid", msg("Revoked by the issuer: {reason}", reason=reason)
                checks.append(Check("revocation", True, msg("not in the revocation list {url}", url=rl_ref)))
            else:
                checks.append(Check("revocation", None, msg("revocation list {url} not available offline",
                                                            url=rl_ref)))
                return (
                    "verified",
                    msg("Signature verified; check that the badge is not in the issuer's revocation list {url}.",
                        url=rl_ref),
                )
    else:
        checks.append(Check("key-owner", None, msg("the issuer profile is not available, so key ownership is "
                                                   "unchecked")))
    return "verified", msg("Signature verified with the issuer's key {key}.", key=creator)


def _revocation(rl: dict[str, Any], assertion_id: Any) -> str | None:
    for entry in as_list(rl.get("revokedAssertions")):
        if isinstance(entry, str) and entry == assertion_id:
            return "no reason given"
        if isinstance(entry, dict) and entry.get("id") == assertion_id:
            return str(entry.get("revocationReason") or "no reason given")
    return None


def _elements(  # noqa: C901 (one branch per credential element, in the order of Annex I (a flat mapping))
    rec: CredentialRecord,
    a: dict[str, Any],
    badge: dict[str, Any] | None,
    badge_src: str,
    issuer: dict[str, Any] | None,
    issuer_src: str,
    prefix: str,
    badge_ref: Any,
) -> None:
    profile = a.get("recipientProfile")  # the learner's name, in the extension Blockcerts and others use
    if isinstance(profile, dict) and text_of(profile.get("name")):
        rec.set("learner_name", text_of(profile.get("name")), f"{prefix}/recipientProfile/name")
    recipient = _recipient(a)
    if isinstance(recipient, dict):
        identity = recipient.get("identity")
        if isinstance(identity, str):
            where = "/identity/recipient" if "identity" in a and "recipient" not in a else "/recipient/identity"
            rec.set("learner_id", identity, f"{prefix}{where}")
            rec.identities.append(
                {
                    "type": recipient.get("type", "email"),
                    "identity": identity,
                    "hashed": bool(recipient.get("hashed")),
                    "salt": recipient.get("salt"),
                }
            )
    elif isinstance(recipient, str):
        rec.set("learner_id", recipient, f"{prefix}/recipient")
        rec.identities.append(
            {"type": "email", "identity": recipient, "hashed": recipient.startswith("sha"), "salt": a.get("salt")}
        )
    issued_key = _issued_key(a)
    rec.set("issued_on", iso_date(a.get(issued_key)) or _date_from_ts(a.get(issued_key)), f"{prefix}/{issued_key}")
    if badge:
        rec.set("title", text_of(badge.get("name")), f"{badge_src}/name")
        outcomes: list[str] = []
        for i, al in enumerate(as_list(badge.get("alignment"))):
            if isinstance(al, dict):
                name = text_of(al.get("targetName"))
                if name:
                    outcomes.append(name)
                    if i == 0:
                        src = f"{badge_src}/alignment"
        crit = badge.get("criteria")
        narrative = crit.get("narrative") if isinstance(crit, dict) else None
        listed = split_items(narrative) if isinstance(narrative, str) and narrative.strip() else []
        if outcomes and len(listed) > 1:  # a list of what the learner can do, and the skills it aligns to
            rec.set("learning_outcomes", stated_and_aligned(listed, outcomes),
                    f"{badge_src}/criteria/narrative + {src}")
        if outcomes:
            rec.set("learning_outcomes", outcomes, src)
        if isinstance(narrative, str) and narrative.strip():
            rec.set("learning_outcomes", split_items(narrative), f"{badge_src}/criteria/narrative")
        desc = text_of(badge.get("description"))
        if desc:
            rec.set("learning_outcomes", split_items(desc), f"{badge_src}/description")
        crit_url = crit if isinstance(crit, str) else (crit.get("id") if isinstance(crit, dict) else None)
        if isinstance(crit_url, str):
            rec.set("further_information", f"criteria: {crit_url}", f"{badge_src}/criteria")
        endorsements = as_list(badge.get("endorsement")) + as_list((issuer or {}).get("endorsement"))
        if endorsements:
            rec.set("quality_assurance", f"endorsed ({len(endorsements)} endorsement(s))", f"{badge_src}/endorsement")
        tags = [t for t in as_list(badge.get("tags")) if isinstance(t, str)]
        from .textparse import find_ects, find_hours

        joined = " ; ".join(tags + ([desc] if desc else []))
        hours = find_hours(joined)
        if hours:
            rec.set("workload_hours", hours[0], f"{badge_src}/tags|description ('{hours[1]}')")
        ects = find_ects(joined)
        if ects:
            rec.set("workload_ects", ects[0], f"{badge_src}/tags|description ('{ects[1]}')")
    elif isinstance(badge_ref, str):
        rec.set("further_information", f"badge: {badge_ref}", f"{prefix}/badge")
    if issuer:
        rec.set("awarding_body", text_of(issuer.get("name")) or issuer.get("url"), f"{issuer_src}/name")
    ev = a.get("evidence")
    if isinstance(ev, str):
        rec.set("further_information", f"evidence: {ev}", f"{prefix}/evidence")
    elif isinstance(ev, list | dict):
        first = as_list(ev)[0] if as_list(ev) else None
        if isinstance(first, dict) and (first.get("id") or first.get("narrative")):
            rec.set("further_information", f"evidence: {first.get('id') or first.get('narrative')}",
                    f"{prefix}/evidence")  # fmt: skip


def _recipient(a: dict[str, Any]) -> Any:
    """OB 2.0 ``recipient``, or the OB 1.0 ``identity`` block rewritten to the same shape."""
    if "recipient" in a:
        return a["recipient"]
    ident = a.get("identity")
    if isinstance(ident, dict):
        return {
            "identity": ident.get("recipient") or ident.get("identity"),
            "type": ident.get("type", "email"),
            "hashed": ident.get("hashed", False),
            "salt": ident.get("salt"),
        }
    return None


def _issued_key(a: dict[str, Any]) -> str:
    """Where the issue date is: ``issuedOn`` (1.0 and later), or ``issued_on`` in an Open Badges 0.5 assertion."""
    return "issued_on" if "issuedOn" not in a and "issued_on" in a else "issuedOn"


def _date_from_ts(value: Any) -> str | None:
    when = _when(value)
    return when.date().isoformat() if when is not None else None
