"""Europass Digital Credentials: ELM 3 JSON-LD (JAdES-sealed or unsigned) and EDCI / ELM v1-v2 XML (XAdES)."""

from __future__ import annotations

import re
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from lxml import etree

from app.messages import Message, msg

from .common import Ctx, conclude, date_checks, then
from .jose import cert_from_b64, cert_public_key, sha256_b64url, verify_signature
from .record import Check, CredentialRecord, Element, Status
from .textparse import split_items
from .util import (
    ImportFailure,
    as_list,
    b64url_decode,
    clean_number,
    duration_hours,
    iso_date,
    load_json,
    parse_datetime,
    text_of,
    to_number,
    unwrapped,
)
from .x509trust import chain_check
from .xmlsig import cert_time_checks, verify_enveloped

ECTS_FRAMEWORK = "http://data.europa.eu/snb/education-credit/6fcec5c5af"
EQF_URI = re.compile(r"/eqf/(\d)\b")
UNDERSTOOD_CRIT = {"b64", "sigT", "adoTst", "x5t#S256", "sigD", "srCms", "srAts", "sigPl", "sigX5ts"}


def is_jades(obj: Any) -> bool:
    return (
        isinstance(obj, dict)
        and isinstance(obj.get("payload"), str)
        and (isinstance(obj.get("signatures"), list) or isinstance(obj.get("protected"), str))
    )


# ------------------------------------------------------------------------------------------------- JSON-LD


def read_jades(rec: CredentialRecord, outer: dict[str, Any], ctx: Ctx) -> None:  # noqa: C901 (the JAdES steps in the order of the specification, each refusing with its reason)
    sigs = outer.get("signatures") if isinstance(outer.get("signatures"), list) else [outer]
    sig = sigs[0] if sigs and isinstance(sigs[0], dict) else {}
    payload_str = outer["payload"]
    checks: list[Check] = []
    try:
        header = load_json(b64url_decode(str(sig.get("protected", ""))), "JAdES protected header")
        if not isinstance(header, dict):
            raise ImportFailure("the JAdES protected header is not an object")
    except (ValueError, ImportFailure) as exc:
        raise ImportFailure(f"malformed JAdES signature: {exc}") from None
    unencoded = header.get("b64") is False
    if unencoded:
        payload_bytes = payload_str.encode("utf-8")
    else:
        try:
            payload_bytes = b64url_decode(payload_str)
        except ValueError as exc:
            raise ImportFailure(f"malformed JAdES payload: {exc}") from None
    payload = load_json(payload_bytes, "EDC credential payload")
    if not isinstance(payload, dict):
        raise ImportFailure("the JAdES payload is not a credential object")
    status, message = "unverifiable-offline", ""
    signing_input = f"{sig.get('protected', '')}.{payload_str}".encode()
    alg = str(header.get("alg", ""))
    crit = [c for c in as_list(header.get("crit")) if isinstance(c, str)]
    unknown_crit = [c for c in crit if c not in UNDERSTOOD_CRIT]
    x5c = header.get("x5c")
    cert: x509.Certificate | None = None
    try:
        sig_bytes = b64url_decode(str(sig.get("signature", "")))
    except ValueError:
        sig_bytes = b""
    if unknown_crit:
        checks.append(
            Check("signature", None, msg("the signature declares critical parameters not understood: {parameters}",
                                         parameters=", ".join(unknown_crit)))
        )
        message = msg("The seal uses critical parameters this app does not understand; verify it with the EU DSS "
                      "validator.")
    elif not (isinstance(x5c, list) and x5c and isinstance(x5c[0], str)):
        checks.append(Check("signature", None, msg("the seal carries no certificate (x5c), so the key is unknown")))
        message = msg("The seal names no certificate; verify it with the EU DSS validator.")
    else:
        try:
            cert = cert_from_b64(x5c[0])
            good = verify_signature(alg, cert_public_key(cert), signing_input, sig_bytes, UNDERSTOOD_CRIT)
        except ValueError as exc:
            checks.append(Check("signature", False, msg("the seal cannot be checked: {problem}", problem=str(exc))))
            good = False
        if good:
            checks.append(Check("signature", True, msg("{alg} seal valid (certificate {certificate})", alg=alg,
                                                       certificate=_cn(cert))))
            status = "verified"
        elif not any(c.name == "signature" for c in checks):
            checks.append(Check("signature", False, msg("the seal does not match the credential (altered after "
                                                        "sealing)")))
        if cert is not None:
            from cryptography.hazmat.primitives.serialization import Encoding

            der = cert.public_bytes(Encoding.DER)
            thumb = header.get("x5t#S256")
            if isinstance(thumb, str):
                ok = thumb.rstrip("=") == sha256_b64url(der)
                checks.append(Check("certificate digest", ok, msg("x5t#S256 matches the certificate") if ok
                                    else msg("x5t#S256 does not match the embedded certificate")))  # fmt: skip
            sig_t = parse_datetime(header.get("sigT"))
            cert_time_checks(checks, cert, sig_t, ctx.now)
            _org_id_check(checks, cert, payload)
            extra = []
            for c in x5c[1:]:
                try:
                    extra.append(cert_from_b64(c))
                except ValueError:
                    continue
            checks.append(chain_check(cert, extra, ctx.trusted.certificates, ctx.trusted.certificate_files,
                                      ctx.trusted.listed))
            if status == "verified":
                message = _sealed(msg("Seal verified offline: the credential is unchanged since {signer} sealed it "
                                      "on {date}.", signer=_cn(cert), date=sig_t.date().isoformat()) if sig_t
                                  else msg("Seal verified offline: the credential is unchanged since {signer} sealed "
                                           "it.", signer=_cn(cert)), checks[-1])
    read_elm3(rec, payload, ctx, checks, status, message or msg("The seal could not be checked offline."))


def _sealed(verdict: str, trust: Check) -> str:
    """A verified seal's verdict, with what is missing when the chain to a trusted certificate is not there."""
    if trust.passed:
        return verdict
    detail = trust.detail
    if isinstance(detail, Message) and detail.template == "certificate issued by {issuer}: {hint}":
        why = detail.values["hint"]
    else:
        why = detail.split(": ", 1)[-1] if not isinstance(detail, Message) else detail
    return then(verdict, msg("Issuer trust not established: {why}.", why=why))


def _cn(cert: x509.Certificate | None) -> str:
    if cert is None:
        return "?"
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        attrs = cert.subject.get_attributes_for_oid(oid)
        if attrs:
            return str(attrs[0].value)
    return cert.subject.rfc4514_string()


def _norm_org_id(s: str) -> str:
    s = s.strip().upper()
    m = re.match(r"^(?:VAT|NTR|PSD|LEI|EUI|IDC|PAS|CDX|EUID)[A-Z]{2}-(.+)$", s)
    if m:
        s = m.group(1)
    m = re.match(r"^[A-Z]{2}(\d.*)$", s)
    if m:
        s = m.group(1)
    return re.sub(r"[^A-Z0-9]", "", s)


def _org_id_check(checks: list[Check], cert: x509.Certificate, payload: dict[str, Any]) -> None:
    attrs = cert.subject.get_attributes_for_oid(x509.ObjectIdentifier("2.5.4.97"))
    if not attrs:
        return
    cert_id = str(attrs[0].value)
    issuer = payload.get("issuer") if isinstance(payload.get("issuer"), dict) else {}
    assert isinstance(issuer, dict)
    stated = None
    for key in ("eIDASIdentifier", "vatIdentifier", "registration"):
        for ident in as_list(issuer.get(key)):
            if isinstance(ident, dict) and isinstance(ident.get("notation"), str):
                stated = ident["notation"]
                break
        if stated:
            break
    if not stated:
        return
    same = _norm_org_id(cert_id) == _norm_org_id(stated)
    checks.append(
        Check(
            "sealing organisation",
            True if same else None,
            msg("certificate organisation identifier {certificate} matches the issuer's identifier {stated}",
                certificate=cert_id, stated=stated) if same
            else msg("certificate organisation identifier {certificate} differs from the issuer's identifier {stated}",
                     certificate=cert_id, stated=stated),
        )
    )


class _Graph:
    """Resolve ``{"id": …}`` references to the richest node with that id elsewhere in the document."""

    def __init__(self, doc: Any) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        stack = [doc]
        while stack:
            cur = stack.pop()
            if isinstance(cur, dict):
                i = cur.get("id")
                if isinstance(i, str) and len(cur) > len(self.nodes.get(i, {})):
                    self.nodes[i] = cur
                stack.extend(cur.values())
            elif isinstance(cur, list):
                stack.extend(cur)

    def r(self, node: Any) -> Any:
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            return self.nodes.get(node["id"], node)
        if isinstance(node, str) and node in self.nodes:
            return self.nodes[node]
        return node

    def get(self, node: Any, *path: str) -> Any:
        cur = self.r(node)
        for step in path:
            if isinstance(cur, list):
                cur = self.r(cur[0]) if cur else None
            if not isinstance(cur, dict):
                return None
            cur = self.r(cur.get(step))
        return cur

    def all(self, node: Any, key: str) -> list[Any]:
        n = self.r(node)
        if isinstance(n, list):
            n = self.r(n[0]) if n else None
        if not isinstance(n, dict):
            return []
        return [self.r(x) for x in as_list(n.get(key))]


def _concept_label(g: _Graph, node: Any) -> str | None:
    n = g.r(node)
    if isinstance(n, list):
        labels = [_concept_label(g, x) for x in n]
        return "; ".join(x for x in labels if x) or None
    if isinstance(n, dict):
        return text_of(n.get("prefLabel")) or text_of(n.get("title")) or text_of(n.get("noteLiteral"))
    return text_of(n)


def read_elm3(  # noqa: C901 (one branch per ELM 3 element, in the order of the standard)
    rec: CredentialRecord, p: dict[str, Any], ctx: Ctx, checks: list[Check], status: Any, message: str
) -> None:
    rec.format = "edc-jsonld"
    p, inside = unwrapped(p)
    g = _Graph(p)
    types = [t for t in as_list(p.get("type")) if isinstance(t, str)]
    if "EuropeanDigitalCredential" not in types:
        checks.append(Check("type", False, msg("type {types} is not a EuropeanDigitalCredential",
                                               types=", ".join(types))))
    cs = g.r(p.get("credentialSubject"))
    claims = g.all(cs, "hasClaim") if isinstance(cs, dict) else []
    hc = next((c for c in claims if isinstance(c, dict) and "LearningAchievement" in as_list(c.get("type"))), None)
    hc = hc or (claims[0] if claims else None)
    base = "/credentialSubject/hasClaim" + (
        "/0" if isinstance(cs, dict) and isinstance(cs.get("hasClaim"), list) else ""
    )
    sb = g.get(hc, "specifiedBy")
    pb = g.get(hc, "provenBy")
    ab = g.get(hc, "awardedBy", "awardingBody")
    sbp, pbp = f"{base}/specifiedBy", f"{base}/provenBy"

    # schema-level problems an EDC validator would reject
    problems = []
    if isinstance(ab, dict) and not ab.get("legalName"):
        problems.append("the awarding body has no legalName")
    if not isinstance(cs, dict):
        problems.append("no credentialSubject")
    if problems:
        checks.append(Check("schema", False, msg("does not conform to the EDC profile: {problems}",
                                                 problems="; ".join(problems))))

    # 1 learner
    if isinstance(cs, dict):
        name = text_of(cs.get("fullName"))
        src = "/credentialSubject/fullName"
        if not name:
            name = " ".join(x for x in (text_of(cs.get("givenName")), text_of(cs.get("familyName"))) if x) or None
            src = "/credentialSubject/givenName+familyName"
        rec.set("learner_name", name, src)
        nid = g.get(cs, "nationalID", "notation")
        rec.set("learner_id", text_of(nid), "/credentialSubject/nationalID/notation")
        ident = g.get(cs, "identifier", "notation")
        rec.set("learner_id", text_of(ident), "/credentialSubject/identifier/notation")
        email = g.get(cs, "contactPoint", "emailAddress")
        if isinstance(email, dict) and str(email.get("id", "")).startswith("mailto:"):
            rec.identities.append({"type": "email", "identity": email["id"][7:], "hashed": False})
        if nid:
            rec.identities.append({"type": "nationalID", "identity": str(text_of(nid)), "hashed": False})
    # 2 title
    rec.set("title", text_of(g.get(hc, "title")), f"{base}/title")
    rec.set("title", text_of(g.get(sb, "title")), f"{sbp}/title")
    rec.set("title", text_of(g.get(p, "displayParameter", "title")), "/displayParameter/title")
    # 3 country
    country = g.get(ab, "location", "address", "countryCode")
    src = f"{base}/awardedBy/awardingBody/location/address/countryCode"
    if not country:
        country = g.get(p, "issuer", "location", "address", "countryCode")
        src = "/issuer/location/address/countryCode"
    if not country:
        country = g.get(p, "issuer", "eIDASIdentifier", "spatial")
        src = "/issuer/eIDASIdentifier/spatial"
    if isinstance(country, dict):
        cid = str(country.get("id", ""))
        label = text_of(country.get("prefLabel"))
        code = cid.rsplit("/", 1)[-1] if "/country/" in cid else None
        rec.set("issuer_country", f"{label} ({code})" if label and code else (label or code), src)
    # 4 awarding body
    rec.set("awarding_body", text_of(g.get(ab, "legalName")) or text_of(g.get(ab, "prefLabel")),
            f"{base}/awardedBy/awardingBody/legalName")  # fmt: skip
    rec.set("awarding_body", text_of(g.get(p, "issuer", "legalName")), "/issuer/legalName")
    # 5 issued
    for key in ("issued", "issuanceDate", "validFrom"):
        d = iso_date(p.get(key))
        if d:
            rec.set("issued_on", d, f"/{key}")
            break
    rec.set("issued_on", iso_date(g.get(hc, "awardedBy", "awardingDate")), f"{base}/awardedBy/awardingDate")
    # 6 outcomes
    outcomes = []
    for lo in g.all(sb, "learningOutcome"):
        t = text_of(lo.get("title")) if isinstance(lo, dict) else text_of(lo)
        if t:
            outcomes.append(t)
    if outcomes:
        rec.set("learning_outcomes", outcomes, f"{sbp}/learningOutcome/*/title")
    summary = text_of(g.get(sb, "learningOutcomeSummary"))
    if summary:
        rec.set("learning_outcomes", split_items(summary), f"{sbp}/learningOutcomeSummary")
    # 7 workload
    for i, cp in enumerate(g.all(sb, "creditPoint")):
        fw = g.get(cp, "framework")
        fw_id = fw.get("id") if isinstance(fw, dict) else fw
        if isinstance(cp, dict) and str(fw_id) == ECTS_FRAMEWORK:
            v = to_number(cp.get("point"))
            if v is not None:
                rec.set("workload_ects", clean_number(v), f"{sbp}/creditPoint/{i}/point")
                break
    vol = g.get(sb, "volumeOfLearning")
    h = duration_hours(vol)
    if h:
        rec.set("workload_hours", clean_number(h), f"{sbp}/volumeOfLearning ({vol})")
    # 8 EQF
    eqf = g.get(sb, "eqfLevel")
    m = EQF_URI.search(str(eqf.get("id", "") if isinstance(eqf, dict) else eqf or ""))
    if m:
        rec.set("eqf_level", int(m.group(1)), f"{sbp}/eqfLevel")
    # 9 assessment
    assess = _concept_label(g, g.get(pb, "specifiedBy", "dcType")) or _concept_label(
        g, g.get(pb, "specifiedBy", "mode")
    )
    title = text_of(g.get(pb, "title")) or text_of(g.get(pb, "specifiedBy", "title"))
    if assess or title:
        rec.set("assessment_type", " — ".join(x for x in (title, assess) if x), f"{pbp}/specifiedBy/dcType")
    # 10 participation
    mode = _concept_label(g, g.get(sb, "mode"))
    setting = _concept_label(g, g.get(sb, "learningSetting"))
    if mode:
        rec.set("participation_form", mode + (f" ({setting})" if setting else ""), f"{sbp}/mode")
    # 11 QA
    accr = g.get(p, "evidence", "accreditation") or g.get(ab, "accreditation")
    if accr:
        label = text_of(g.get(accr, "title")) or text_of(g.get(accr, "accreditingAgent", "legalName")) or "accredited"
        rec.set("quality_assurance", label, "/evidence/accreditation")
    prof = _concept_label(g, p.get("credentialProfiles"))
    if prof and "accredited" in prof.lower():
        rec.set("quality_assurance", f"credential profile: {prof}", "/credentialProfiles")
    # 12 prerequisites
    rec.set("prerequisites", text_of(g.get(sb, "entryRequirement")), f"{sbp}/entryRequirement")
    # 13 supervision
    rec.set("supervision", _concept_label(g, g.get(pb, "idVerification")), f"{pbp}/idVerification")
    # 14 grade
    rec.set("grade", text_of(g.get(pb, "grade")), f"{pbp}/grade")
    # 15 stackability
    parts = []
    if isinstance(sb, dict) and "isPartialQualification" in sb:
        # Element 15 is about integration: part of (stackable towards) a qualification, or stand-alone.
        parts.append("stackable: part of a qualification" if sb["isPartialQualification"]
                     else "stand-alone: not part of a qualification")
    for key in ("hasPart", "isPartOf", "entitlesTo"):
        items = [text_of(x.get("title")) for x in g.all(hc, key) if isinstance(x, dict)]
        if items:
            parts.append(f"{key}: " + ", ".join(i for i in items if i))
    if parts:
        rec.set("stackability", "; ".join(parts), f"{sbp}/isPartialQualification|{base}/hasPart")
    # 16 further info
    hp = g.get(sb, "homepage", "contentURL") or g.get(sb, "supplementaryDocument", "contentURL")
    note = text_of(g.get(sb, "additionalNote"))
    if hp or note:
        rec.set("further_information", "; ".join(str(x) for x in (hp, note) if x), f"{sbp}/homepage|additionalNote")

    # dates and status
    nb = parse_datetime(p.get("validFrom"))
    na = parse_datetime(p.get("validUntil") or p.get("expirationDate"))
    date_checks(checks, ctx, not_before=nb, not_after=na, what="credential")
    note_status = ""
    for st in as_list(p.get("credentialStatus")):
        if isinstance(st, dict):
            where = st.get("statusListCredential") or st.get("id") or msg("the issuer's status service")
            checks.append(Check("status", None, msg("revocation status can only be checked online ({where})",
                                                    where=where)))
            note_status = msg("Check the revocation status at {url}.", url=where)
    _sources_under(rec, inside)
    if status == "unverifiable-offline" and not any(c.name == "signature" for c in checks):
        status = "unsigned"
    if status == "unsigned":  # a credential read without its seal, or handed over unsealed: the verdict says so
        message = msg("The credential carries no seal: nothing guarantees who issued it or that it is unchanged.")
    conclude(rec, checks, status, then(message, note_status) if status == "verified" else message)


def _sources_under(rec: CredentialRecord, inside: str) -> None:
    """The elements' sources as paths in the file, when the credential was read from inside a wrapper."""
    if inside:
        rec.elements = {name: Element(el.value, inside + el.source.replace("|/", f"|{inside}/"))
                        for name, el in rec.elements.items()}


# ------------------------------------------------------------------------------------------------------ XML


def _lxml_parse(data: bytes) -> Any:
    # defusedxml first: it refuses DTDs, entity declarations and external references outright.
    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ImportFailure(
            f"XML uses forbidden features ({type(exc).__name__}: DTD, entities or external references)"
        ) from None
    except SafeET.ParseError as exc:
        raise ImportFailure(f"XML is not well-formed ({exc})") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=False)  # fmt: skip
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ImportFailure(f"XML is not well-formed ({exc})") from None


def _ln(el: Any) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _child(el: Any, *names: str) -> Any:
    cur = el
    for name in names:
        if cur is None:
            return None
        cur = next((c for c in cur if _ln(c) == name), None)
    return cur


# A text in each language: <text lang="en"> in the schemas; older EDCI files write <text language="en_GB"> or
# <contents language="en">.
_TEXT_TAGS = ("text", "contents")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _lang(el: Any) -> str:
    return str(el.get("lang") or el.get("language") or el.get(_XML_LANG) or "").lower()


def _text(el: Any, langs: tuple[str, ...] = ("uk", "en")) -> str | None:
    if el is None:
        return None
    texts = [c for c in el if _ln(c) in _TEXT_TAGS]
    if texts:
        for lang in langs:
            for t in texts:
                if _lang(t).startswith(lang) and (t.text or "").strip():
                    return " ".join((t.text or "").split())
        for t in texts:
            if (t.text or "").strip():
                return " ".join((t.text or "").split())
    for sub in ("targetName", "prefLabel"):
        s = _child(el, sub)
        if s is not None:
            return _text(s, langs)
    v = "".join(el.itertext()) if len(el) == 0 else (el.text or "")
    v = " ".join(v.split())
    return v or None


def _path(el: Any) -> str:
    parts = []
    cur = el
    while cur is not None:
        parts.append(_ln(cur))
        cur = cur.getparent()
    return "/" + "/".join(reversed(parts))


def read_edc_xml(rec: CredentialRecord, data: bytes, ctx: Ctx) -> None:
    root = _lxml_parse(data)
    rec.format = "edc-xml"
    ec = (
        root
        if _ln(root) == "europassCredential"
        else next((e for e in root.iter() if isinstance(e.tag, str) and _ln(e) == "europassCredential"), None)
    )
    if ec is None:
        raise ImportFailure("XML file is not a Europass credential (no europassCredential element)")
    checks: list[Check] = []
    status: Status
    message: str
    sig = verify_enveloped(root, now=ctx.now)
    if not sig.present:
        status, message = (
            "unsigned",
            msg("The credential carries no seal: nothing guarantees who issued it or that it is unchanged."),
        )
    else:
        checks.extend(sig.checks)
        if sig.certificate is not None:
            checks.append(chain_check(sig.certificate, sig.chain[1:], ctx.trusted.certificates,
                                      ctx.trusted.certificate_files, ctx.trusted.listed))
        if sig.crypto_ok:
            status = "verified"
            signer = _cn(sig.certificate)
            message = _sealed(msg("XAdES seal verified offline: the credential is unchanged since {signer} sealed it "
                                  "on {date}.", signer=signer, date=sig.signing_time.date().isoformat())
                              if sig.signing_time else
                              msg("XAdES seal verified offline: the credential is unchanged since {signer} sealed "
                                  "it.", signer=signer), checks[-1])
        else:
            status = "unverifiable-offline"
            message = msg("The XML seal could not be fully checked offline; verify it with the EU DSS validator.")
    _xml_elements(rec, ec)
    nb = parse_datetime(_text(_child(ec, "validFrom")))
    na = parse_datetime(_text(_child(ec, "expirationDate")) or _text(_child(ec, "validUntil")))
    date_checks(checks, ctx, not_before=nb, not_after=na, what="credential")
    conclude(rec, checks, status, message)


def _org_name(org: Any) -> Any:
    """The element that names an organisation, or None."""
    names = (_child(org, n) for n in ("prefLabel", "legalName", "preferredName"))
    return next((e for e in names if e is not None and _text(e)), None)


def _xml_elements(rec: CredentialRecord, ec: Any) -> None:  # noqa: C901 (one branch per EDC element, in the order of the standard (a flat mapping))
    ids: dict[str, list[Any]] = {}
    for el in ec.iter():
        if isinstance(el.tag, str) and el.get("id") and len(el):
            ids.setdefault(el.get("id"), []).append(el)

    def deref(el: Any, kind: str = "") -> Any:
        """The element an ``idref`` points to. Some issuers reuse one id for elements of different kinds (an
        organisation and a specification both "urn:epass:org:1"), so the one of the expected ``kind`` wins."""
        found = ids.get(el.get("idref")) if el is not None else None
        if not found:
            return el
        return next((e for e in found if _ln(e) == kind), found[0])

    cs = _child(ec, "credentialSubject")
    if cs is not None:
        full = _text(_child(cs, "fullName"))
        src = "fullName"
        if not full:
            full = " ".join(x for x in (_text(_child(cs, "givenNames")), _text(_child(cs, "familyName"))) if x) or None
            src = "givenNames+familyName"
        rec.set("learner_name", full, f"{_path(cs)}/{src}")
        for key in ("nationalId", "nationalID", "nationalityId", "identifier"):
            el = _child(cs, key)
            if el is not None and _text(el):
                rec.set("learner_id", _text(el), _path(el))
                break
    ach_parent = _child(cs, "achievements") if cs is not None else None
    ach = next((c for c in ach_parent if isinstance(c.tag, str)), None) if ach_parent is not None else None
    title_el = _child(ec, "title")
    rec.set("title", _text(title_el), _path(title_el) if title_el is not None else "")
    if ach is not None:
        t = _child(ach, "title")
        rec.set("title", _text(t), _path(t) if t is not None else "")
    # learning specification
    spec = deref(_child(ach, "specifiedBy")) if ach is not None else None
    if spec is None or not len(spec):
        refs = _child(ec, "learningSpecificationReferences")
        spec = next((c for c in refs if isinstance(c.tag, str)), None) if refs is not None else None
    pilot_q = None
    if ach is not None:
        pilot_q = _child(ach, "NQFqualification")
    # issued
    for key in ("issued", "issuanceDate", "validFrom"):
        el = _child(ec, key)
        if el is not None and iso_date(_text(el)):
            rec.set("issued_on", iso_date(_text(el)), _path(el))
            break
    # awarding body and country
    body = None
    proc = deref(_child(ach, "wasAwardedBy"), "awardingProcess") if ach is not None else None
    if proc is not None:
        body = deref(_child(proc, "awardingBody"), "organization")
    if body is None:
        aps = _child(ec, "awardingProcessReferences", "awardingProcess")
        if aps is not None:
            body = deref(_child(aps, "awardingBody"), "organization")
    issuer = deref(_child(ec, "issuer"), "organization")
    issuer_org = deref(_child(issuer, "organization"), "organization") if issuer is not None else None
    if body is None or _org_name(body) is None:  # no awarding body named: the issuer is the one who awards
        body = issuer_org if issuer_org is not None else issuer
    if body is not None:
        name_el = _org_name(body)
        rec.set("awarding_body", _text(name_el), _path(name_el) if name_el is not None else _path(body))
        cc = None
        for el in body.iter():
            if isinstance(el.tag, str) and _ln(el) in ("countryCode", "country"):
                cc = el
                break
        if cc is not None:
            uri = cc.get("uri") or ""
            code = uri.rsplit("/", 1)[-1] if "/country/" in uri else None
            label = _text(cc)
            rec.set("issuer_country", f"{label} ({code})" if label and code and label != code else (label or code),
                    _path(cc))  # fmt: skip
    loc = _child(ec, "issuanceLocation")
    if loc is not None:
        rec.set("issuer_country", _text(loc), _path(loc))
    # outcomes
    outcomes: list[str] = []
    los = _child(spec, "learningOutcomes") if spec is not None else None
    if los is not None:
        for lo in los:
            lo_el = deref(lo)
            t = _text(_child(lo_el, "prefLabel")) or _text(_child(lo_el, "title")) or _text(lo_el)
            if t:
                outcomes.append(t)
    if not outcomes:
        ref = _child(ec, "learningOutcomeReferences")
        if ref is not None:
            for lo in ref:
                t = _text(_child(lo, "prefLabel"))
                if t:
                    outcomes.append(t)
    if outcomes:
        base_path = _path(los) if los is not None else "/europassCredential/learningOutcomeReferences"
        rec.set("learning_outcomes", outcomes, base_path + "/learningOutcome")
    for src_el in (spec, pilot_q):
        if src_el is None:
            continue
        for key in ("hasECTSCreditPoints", "ectsCreditPoints"):
            el = _child(src_el, key)
            if el is not None and to_number(_text(el)) is not None:
                rec.set("workload_ects", clean_number(to_number(_text(el))), _path(el))
        el = _child(src_el, "volumeOfLearning")
        if el is not None and duration_hours(_text(el)):
            rec.set("workload_hours", clean_number(duration_hours(_text(el))), f"{_path(el)} ({_text(el)})")
        el = _child(src_el, "eqfLevel")
        if el is not None:
            m = EQF_URI.search(el.get("uri") or "") or re.search(r"(\d)", _text(el) or "")
            if m:
                rec.set("eqf_level", int(m.group(1)), _path(el))
        el = _child(src_el, "mode")
        if el is not None:
            label = _text(el) or (el.get("uri") or "").rsplit("/", 1)[-1]
            setting = _text(_child(src_el, "learningSettingType"))
            rec.set("participation_form", label + (f" ({setting})" if setting else ""), _path(el))
        el = _child(src_el, "entryRequirementsNote")
        if el is not None:
            rec.set("prerequisites", _text(el), _path(el))
        el = _child(src_el, "homepage")
        if el is not None and el.get("uri"):
            rec.set("further_information", el.get("uri"), _path(el))
    if rec.value("eqf_level") is None:
        refs = _child(ec, "learningSpecificationReferences")
        for el in refs.iter() if refs is not None else ():
            if isinstance(el.tag, str) and _ln(el) == "eqfLevel":
                m = EQF_URI.search(el.get("uri") or "")
                if m:
                    rec.set("eqf_level", int(m.group(1)), _path(el) + " (of a component specification)")
                    break
    # assessment and grade
    if ach is not None:
        wd = _child(ach, "wasDerivedFrom")
        if wd is not None:
            g = _child(wd, "grade")
            rec.set("grade", _text(g), _path(g) if g is not None else "")
            aspec = deref(_child(wd, "specifiedBy"))
            mode = _child(aspec, "mode") if aspec is not None else None
            label = _text(_child(wd, "title"))
            mlabel = _text(mode) if mode is not None else None
            rec.set("assessment_type", " — ".join(x for x in (label, mlabel) if x), _path(wd))
        gd = _child(ach, "gradeDetailsDTO")
        if gd is not None:
            rec.set("grade", _text(gd), _path(gd))
        parts = [_text(_child(p, "title")) for p in ach if _ln(p) in ("hasPart", "entitlesTo")]
        if parts:
            rec.set("stackability", "; ".join(x for x in parts if x), _path(ach) + "/hasPart|entitlesTo")
    if not rec.value("assessment_type"):
        a = _child(ec, "assessmentSpecificationReferences", "assessmentSpecification")
        if a is not None:
            rec.set("assessment_type", _text(_child(a, "title")) or _text(_child(a, "mode")), _path(a))
    # quality assurance
    qa = _child(issuer, "hasQualityAssurance") if issuer is not None else None
    if qa is not None:
        parts_qa = (_text(_child(qa, "decision")), _text(_child(qa, "assurer")))
        rec.set("quality_assurance", " — ".join(x for x in parts_qa if x), _path(qa))
    if body is not None:
        acc = deref(_child(body, "hasAccreditation"), "accreditation")
        if acc is not None:
            rec.set("quality_assurance", _text(_child(acc, "title")) or "accredited", _path(acc))
    if rec.value("learner_name") is None and cs is not None:
        rec.set("learner_name", _text(_child(cs, "fullName")), _path(cs))
