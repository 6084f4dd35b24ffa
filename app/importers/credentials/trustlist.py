"""EU trusted lists (ETSI TS 119 612): the List of Trusted Lists and national trusted lists, saved as dated snapshots.

A trusted list names, for one country, the trust service providers supervised under eIDAS and the certificates of
their services (a qualified CA for seals is ``Svctype/CA/QC``) with each service's status. The EU List of Trusted
Lists (LOTL) names, for every country, the certificates allowed to sign that country's list.

A saved list is used only when its enveloped XML signature verifies *and* its signer is vouched for from outside the
list: the LOTL by a signing certificate saved in the trusted-keys directory (the Commission publishes it in the
Official Journal), a national list by that certificate or by a saved LOTL that names it for the list's country.
A list whose signature fails, or whose signer nobody vouches for, is refused with one line naming the file.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from lxml import etree

from .util import parse_datetime
from .x509trust import certificate_from_der

TSL = "http://uri.etsi.org/02231/v2#"
NS = {"tsl": TSL}
MAX_TRUSTED_LIST = 20 * 1024 * 1024  # national lists reach a few MB
LOTL_TYPE = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUlistofthelists"
QUALIFIED_CA = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC"
# Statuses under which a qualified service may be relied on (TS 119 612 v2: granted; national level: recognised).
GOOD_STATUSES = {
    "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted",
    "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/recognisedatnationallevel",
}
# Trusted-list territory codes that are not ISO 3166 alpha-2.
TERRITORY_ISO = {"EL": "GR", "UK": "GB"}


@dataclass(frozen=True)
class TrustService:
    """One service of a trust service provider, as listed."""

    provider: str
    name: str
    type_uri: str
    status_uri: str
    status_since: str
    certificates: tuple[x509.Certificate, ...]

    @property
    def qualified_ca(self) -> bool:
        return self.type_uri == QUALIFIED_CA

    @property
    def status(self) -> str:
        return self.status_uri.rsplit("/", 1)[-1] or "unknown"

    @property
    def usable(self) -> bool:
        return self.status_uri in GOOD_STATUSES


@dataclass
class TrustedList:
    file: str
    territory: str
    operator: str
    issued: str  # ISO date of ListIssueDateTime
    next_update: str  # ISO date of NextUpdate ("" when the list is closed)
    sequence: str
    is_lotl: bool
    signer: x509.Certificate
    services: list[TrustService] = field(default_factory=list)
    # LOTL only: territory -> certificates allowed to sign that territory's list
    pointers: dict[str, list[x509.Certificate]] = field(default_factory=dict)
    vouched_by: str = ""  # who vouches for the list's signer; empty while nobody does

    @property
    def name(self) -> str:
        what = "EU List of Trusted Lists" if self.is_lotl else f"trusted list of {self.territory}"
        return f"{what} no. {self.sequence}" if self.sequence else what

    def describe(self) -> str:
        return f"{self.name} as of {self.issued} ({self.file})"


def country_name(code: str) -> str:
    """``DE`` -> ``Germany (DE)``; an unknown code is returned as it is."""
    import pycountry  # imported on first use: the table takes a moment to build

    hit = pycountry.countries.get(alpha_2=TERRITORY_ISO.get(code, code))
    return f"{hit.name} ({code})" if hit is not None else code


def _text(el: etree._Element | None, path: str) -> str:
    if el is None:
        return ""
    return " ".join("".join(el.xpath(path, namespaces=NS)).split())


def _name(el: etree._Element | None, path: str) -> str:
    """A multilingual name: English when there is one, else the first."""
    if el is None:
        return ""
    names = el.xpath(path + "/tsl:Name", namespaces=NS)
    for n in names:
        if n.get("{http://www.w3.org/XML/1998/namespace}lang") == "en":
            return " ".join((n.text or "").split())
    return " ".join((names[0].text or "").split()) if names else ""


def _certs(el: etree._Element, path: str) -> list[x509.Certificate]:
    out = []
    for txt in el.xpath(path, namespaces=NS):
        try:
            out.append(certificate_from_der(base64.b64decode("".join(str(txt).split()))))
        except (ValueError, binascii.Error):
            continue  # an unreadable certificate vouches for nobody
    return out


def _date(value: str) -> str:
    dt = parse_datetime(value)
    return dt.date().isoformat() if dt is not None else ""


def parse_trusted_list(root: etree._Element, file: str, now: datetime) -> TrustedList:
    """Read and check one saved list; ``ValueError`` with the reason when it cannot be used."""
    from .xmlsig import verify_enveloped

    if root.tag != f"{{{TSL}}}TrustServiceStatusList":
        raise ValueError("not an ETSI TS 119 612 trusted list")
    scheme = root.find("tsl:SchemeInformation", NS)
    if scheme is None:
        raise ValueError("the trusted list has no SchemeInformation")
    territory = _text(scheme, "tsl:SchemeTerritory/text()")
    issued = _date(_text(scheme, "tsl:ListIssueDateTime/text()"))
    if not territory or not issued:
        raise ValueError("the trusted list names no territory or issue date")
    sig = verify_enveloped(root, now=now)
    if not sig.present:
        raise ValueError("the trusted list is not signed")
    failed = next((c for c in sig.checks if c.passed is False), None)
    if failed is not None:
        raise ValueError(f"the trusted list's signature does not verify: {failed.detail}")
    if not sig.crypto_ok or sig.certificate is None:
        why = next((c.detail for c in sig.checks if c.passed is None), "the signature could not be checked")
        raise ValueError(f"the trusted list's signature could not be checked ({why})")
    tl = TrustedList(
        file=file,
        territory=territory,
        operator=_name(scheme, "tsl:SchemeOperatorName"),
        issued=issued,
        next_update=_date(_text(scheme, "tsl:NextUpdate/tsl:dateTime/text()")),
        sequence=_text(scheme, "tsl:TSLSequenceNumber/text()"),
        is_lotl=_text(scheme, "tsl:TSLType/text()") == LOTL_TYPE,
        signer=sig.certificate,
    )
    for ptr in scheme.xpath("tsl:PointersToOtherTSL/tsl:OtherTSLPointer", namespaces=NS):
        where = ptr.xpath(".//*[local-name()='SchemeTerritory']/text()")
        certs = _certs(ptr, ".//tsl:ServiceDigitalIdentity/tsl:DigitalId/tsl:X509Certificate/text()")
        if where and certs:
            tl.pointers.setdefault(str(where[0]).strip(), []).extend(certs)
    for tsp in root.xpath("tsl:TrustServiceProviderList/tsl:TrustServiceProvider", namespaces=NS):
        provider = _name(tsp.find("tsl:TSPInformation", NS), "tsl:TSPName")
        for info in tsp.xpath("tsl:TSPServices/tsl:TSPService/tsl:ServiceInformation", namespaces=NS):
            tl.services.append(TrustService(
                provider=provider,
                name=_name(info, "tsl:ServiceName"),
                type_uri=_text(info, "tsl:ServiceTypeIdentifier/text()"),
                status_uri=_text(info, "tsl:ServiceStatus/text()"),
                status_since=_date(_text(info, "tsl:StatusStartingTime/text()")),
                certificates=tuple(_certs(info, "tsl:ServiceDigitalIdentity/tsl:DigitalId/tsl:X509Certificate/text()")),
            ))  # fmt: skip
    return tl


def _fp(cert: x509.Certificate) -> bytes:
    return cert.fingerprint(hashes.SHA256())


def vouch(lists: list[TrustedList], anchors: dict[str, str], anchor_certs: list[x509.Certificate]) -> list[str]:
    """Decide who vouches for each list's signer; returns one problem line per list nobody vouches for (those lists
    are dropped from ``lists``). ``anchors`` maps trusted-folder certificate fingerprints (hex) to file names."""
    by_fp = {_fp(c).hex(): c for c in anchor_certs}
    for tl in lists:
        fp = _fp(tl.signer).hex()
        if fp in anchors and fp in by_fp:
            tl.vouched_by = f"its signing certificate is the trusted-folder file {anchors[fp]}"
    for lotl in [t for t in lists if t.is_lotl and t.vouched_by]:
        for tl in lists:
            if tl.vouched_by or tl.is_lotl:
                continue
            allowed = {_fp(c) for c in lotl.pointers.get(tl.territory, [])}
            if _fp(tl.signer) in allowed:
                tl.vouched_by = f"its signer is named for {tl.territory} in the {lotl.describe()}"
    problems = []
    for tl in list(lists):
        if not tl.vouched_by:
            lists.remove(tl)
            where = ("save the Commission's LOTL signing certificate (Official Journal) into the trusted-keys "
                     "directory") if tl.is_lotl else "save the EU List of Trusted Lists that names its signer"
            problems.append(f"{tl.file}: the signature of the {tl.name} is valid, but nothing vouches for its "
                            f"signer {tl.signer.subject.rfc4514_string()[:100]}; {where}")  # fmt: skip
    return problems


@dataclass(frozen=True)
class ListedService:
    """A certificate of a trust service found in a vouched-for trusted list, for chain building."""

    certificate: x509.Certificate
    service: TrustService
    trusted_list: TrustedList

    def describe(self) -> str:
        tl = self.trusted_list
        what = "a qualified trust service" if self.service.qualified_ca else "a trust service"
        return (f"{what} of {country_name(tl.territory)} ({self.service.name} of {self.service.provider}) listed in "
                f"the {tl.describe()}")  # fmt: skip


def listed_services(lists: list[TrustedList]) -> dict[str, ListedService]:
    """Certificate fingerprint (hex) -> the CA service it belongs to, over every national list."""
    out: dict[str, ListedService] = {}
    for tl in lists:
        if tl.is_lotl:
            continue
        for svc in tl.services:
            if not svc.type_uri.startswith("http://uri.etsi.org/TrstSvc/Svctype/CA/"):
                continue  # timestamping, OCSP, … do not issue seal certificates
            for cert in svc.certificates:
                out.setdefault(_fp(cert).hex(), ListedService(cert, svc, tl))
    return out
