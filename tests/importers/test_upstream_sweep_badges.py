"""Open Badges and older W3C credential shapes found by running upstream test-suite files through ``inspect``.

The upstream files cannot be added as fixtures here (``test_fixtures`` wants every fixture in its table), so each
test holds the upstream object itself, field for field, with its source named above it.
"""

from __future__ import annotations

import json
from typing import Any

from app.importers.credentials import CredentialRecord, inspect_bytes

HASHED = {"type": "email", "hashed": True, "salt": "deadsea",
          "identity": "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"}  # fmt: skip


def _assertion(context: Any, **extra: Any) -> dict[str, Any]:
    """The hosted assertion of the 1EdTech validator's extension tests (digital-credentials-public-validator,
    inspector-vc/src/test/resources/ob20/assertion-with-*.json, commit 38254719cf0a, Apache-2.0)."""
    return {"@context": context, "id": "http://example.org/assertion", "type": "Assertion", "recipient": HASHED,
            "image": "https://example.org/beths-robot-badge.png", "badge": "https://example.org/robotics-badge.json",
            "issuedOn": "2016-12-31T23:59:59Z", "verification": {"type": "hosted"}, **extra,
            "evidence": {"id": "_:b1", "narrative": "Rocked the free world"}}  # fmt: skip


EXT = "https://w3id.org/openbadges/extensions/exampleExtension/context.json"
APPLY_LINK = "https://w3id.org/openbadges/extensions/applyLinkExtension/context.json"
# assertion-with-extension-node-basic.json (testExtensionNode: valid)
BASIC = _assertion(["https://w3id.org/openbadges/v2"], **{"extensions:exampleExtension": {
    "@context": [EXT], "type": ["Extension", "extensions:ExampleExtension"],
    "http://schema.org/text": "I'm a property, short and sweet"}})  # fmt: skip
# assertion-with-multiple-extensions.json (testMultipleExtensionNode: valid)
MULTIPLE = _assertion(["https://w3id.org/openbadges/v2"], **{"extensions:exampleExtension": {
    "@context": [EXT, APPLY_LINK], "type": ["Extension", "extensions:ExampleExtension", "extensions:ApplyLink"],
    "exampleProperty": "I'm a property, short and sweet", "url": "http://www.1edtech.org"}})  # fmt: skip
# assertion-with-extension-node-invalid.json: the extension context beside the Open Badges one
BESIDE = _assertion(["https://w3id.org/openbadges/v2", EXT], **{"extensions:exampleExtension": {
    "id": "_:b0", "type": ["Extension", "obi:extensions/#ExampleExtension"], "http://schema.org/text": 1337}})


def _read(obj: dict[str, Any]) -> CredentialRecord:
    rec = inspect_bytes(json.dumps(obj).encode(), name="badge.json")
    assert rec.error is None, rec.error
    return rec


def _context_checks(rec: CredentialRecord) -> list[tuple[bool | None, str]]:
    return [(c.passed, c.detail) for c in rec.verification.checks if c.name == "context"]


def test_ob2_context_list_with_extensions_is_accepted() -> None:
    for doc, unchecked in ((BASIC, [EXT]), (MULTIPLE, [EXT, APPLY_LINK])):
        rec = _read(doc)
        assert rec.verification.status == "unverifiable-offline", rec.verification.message  # hosted, as before
        checks = _context_checks(rec)
        assert checks[0] == (True, "@context https://w3id.org/openbadges/v2")
        # the extension is named as not checked (its context and schema are online): never a failure
        assert checks[1][0] is None and checks[1][1].startswith("not checked: extensions:exampleExtension")
        assert all(url in checks[1][1] for url in unchecked)
        assert not [c for c in rec.verification.checks if c.passed is False]


def test_extension_context_beside_the_ob2_one_is_not_checked_but_not_invalid() -> None:
    rec = _read(BESIDE)
    assert rec.verification.status == "unverifiable-offline"
    assert _context_checks(rec) == [(True, "@context https://w3id.org/openbadges/v2"),
                                    (None, f"not checked: {EXT}, extensions:exampleExtension")]  # fmt: skip


def test_context_list_without_an_open_badges_context_stays_unknown() -> None:
    rec = _read(_assertion([EXT]))
    assert rec.verification.status == "invalid"
    assert _context_checks(rec)[0][0] is False


def test_ob05_assertion_reads_its_issue_date_and_version() -> None:
    # 1EdTech/openbadges-validator-core tests/testfiles/test_components.py [0_5_1_assertion], commit 6fe7402373d1,
    # Apache-2.0
    doc = {"recipient": "sha256$85c4196c5516561cef673642157499b70066cb1070852b2a37fdbf3cc599b087",
           "salt": "sel gris", "issued_on": "2011-06-01",
           "badge": {"version": "0.5.0", "name": "Basic McBadge", "image": "http://oldstyle.com/images/2",
                     "description": "A basic badge.", "criteria": "http://oldsyle.com/criteria/2",
                     "issuer": {"origin": "http://oldstyle.com", "name": "Basic Issuer"}}}  # fmt: skip
    rec = _read(doc)
    assert rec.value("issued_on") == "2011-06-01"
    assert rec.elements["issued_on"].source == "/issued_on"
    assert "issued_on" not in rec.missing_mandatory
    assert (rec.value("title"), rec.value("awarding_body")) == ("Basic McBadge", "Basic Issuer")
    assert _context_checks(rec) == [(None, "no @context: an Open Badges 0.5 assertion")]
    future = _read({**doc, "issued_on": "2999-01-01"})
    assert any(c.name == "issued-date" and c.passed is False for c in future.verification.checks)


def test_ob10_assertion_is_still_named_10() -> None:
    # openbadges-validator-core [1_0_basic_assertion]
    doc = {"uid": "123abc", "recipient": {"identity": "test@example.com", "hashed": False, "type": "email"},
           "badge": "http://a.com/badgeclass", "issuedOn": "2015-04-30",
           "verify": {"type": "hosted", "url": "http://a.com/instance"}}  # fmt: skip
    rec = _read(doc)
    assert _context_checks(rec) == [(None, "no @context: an Open Badges 1.0 assertion")]
    assert rec.elements["issued_on"].source == "/issuedOn"


def _dcc(subject: dict[str, Any]) -> dict[str, Any]:
    """The shape of digitalcredentials/vc-test-fixtures legacyRegistry-noStatus-noExpiry-oldDCCExample.json (that
    repository states no licence, so the file itself is not copied; the proof is left out)."""
    return {"@context": ["https://www.w3.org/2018/credentials/v1", "https://w3id.org/security/suites/ed25519-2020/v1",
                         "https://w3id.org/dcc/v1", "https://w3id.org/security/data-integrity/v2"],
            "id": "urn:uuid:09u09audf0sudf", "type": ["VerifiableCredential"],
            "issuer": {"name": "Your friendly issuer.",
                       "id": "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q"},
            "issuanceDate": "2021-09-06T00:00:00.000Z", "credentialSubject": subject}  # fmt: skip


def test_old_dcc_credential_reads_its_title_from_has_credential() -> None:
    rec = _read(_dcc({"name": "Ya Ya Na", "hasCredential": {"name": "GT Guide"}}))
    assert rec.value("title") == "GT Guide"
    assert rec.elements["title"].source == "/credentialSubject/hasCredential/name"
    type_check = next(c for c in rec.verification.checks if c.name == "type")
    assert "not an achievement" not in type_check.detail
    described = _read(_dcc({"name": "Ya Ya Na", "hasCredential": {
        "type": ["EducationalOccupationalCredential"], "name": "GT Guide",
        "description": "The holder of this credential is qualified to lead new student orientations.",
        "criteria": {"id": "https://example.edu/gt-guide"}}}))  # fmt: skip
    assert described.learning_outcomes == ["The holder of this credential is qualified to lead new student "
                                           "orientations."]  # fmt: skip
    assert described.elements["learning_outcomes"].source == "/credentialSubject/hasCredential/description"
    assert described.value("further_information") == "criteria: https://example.edu/gt-guide"


def test_achievement_wins_over_has_credential() -> None:
    rec = _read(_dcc({"achievement": {"name": "Open Badge"}, "hasCredential": {"name": "GT Guide"}}))
    assert rec.value("title") == "Open Badge"


# The W3C Verifiable Credentials Data Model 2.0's example of a university degree (w3c/vc-data-model, example 4):
# a credential of no Open Badges or CLR type, unsigned.
DEGREE = {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
    "id": "http://example.edu/credentials/3732", "type": ["VerifiableCredential", "UniversityDegreeCredential"],
    "issuer": "https://example.edu/issuers/565049", "validFrom": "2010-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
                          "degree": {"type": "BachelorDegree", "name": "Bachelor of Science and Arts"}},
}  # fmt: skip


def test_an_unsigned_w3c_degree_credential_is_unsigned_and_named_by_its_degree() -> None:
    rec = inspect_bytes(json.dumps(DEGREE).encode(), name="degree.json")
    assert rec.error is None
    assert rec.verification.status == "unsigned"  # the holder's word, not a broken Open Badges credential
    assert rec.value("title") == "Bachelor of Science and Arts"


def test_an_unsigned_open_badges_credential_stays_invalid() -> None:
    badge = {**DEGREE, "type": ["VerifiableCredential", "OpenBadgeCredential"]}
    assert inspect_bytes(json.dumps(badge).encode(), name="badge.json").verification.status == "invalid"
