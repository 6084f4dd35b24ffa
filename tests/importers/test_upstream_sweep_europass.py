"""Europass files found by running the European Commission's test-suite files through ``inspect``.

The upstream files are large or cannot be added as fixtures here (``test_fixtures`` wants every fixture in its
table), so the XML tests hold minimal files of the same shape, and the JSON tests wrap a fixture already here.
"""

from __future__ import annotations

import json

from app.importers.credentials import CredentialRecord, inspect_bytes

from .conftest import fixture

# The shape of edci-commons diploma_credential.xml (european-commission-empl/european-digital-credentials): the
# issuer and the awarding body are references (idref) to organisations listed under agentReferences, and the
# issuer's tool reused the same ids for specifications listed before them.
DIPLOMA = """<?xml version="1.0" encoding="UTF-8"?>
<europassCredential xmlns="http://data.europa.eu/snb"
        xmlns:cred="http://data.europa.eu/europass/model/credentials/w3c#" cred:id="urn:credential:1">
    <cred:issued>2020-07-15T16:41:47+02:00</cred:issued>
    <cred:issuer idref="urn:epass:org:1"/>
    <title><text lang="en" content-type="text/plain">Professional Doctorate Training</text></title>
    <credentialSubject id="urn:epass:person:1">
        <fullName><text lang="ES" content-type="text/plain">Karolina Ostrowska</text></fullName>
        {achievements}
    </credentialSubject>
    <learningSpecificationReferences>
        <learningActivitySpecification id="urn:epass:org:3">
            <title><text lang="en" content-type="text/plain">Seminar</text></title>
        </learningActivitySpecification>
        <learningActivitySpecification id="urn:epass:org:1">
            <title><text lang="en" content-type="text/plain">Research</text></title>
        </learningActivitySpecification>
    </learningSpecificationReferences>
    <agentReferences>
        <organization id="urn:epass:org:3">
            <prefLabel><text lang="en">The Psychological Sciences Department</text></prefLabel>
        </organization>
        <organization id="urn:epass:org:1">
            <prefLabel><text lang="en">The Awesome University of Psychology</text></prefLabel>
        </organization>
    </agentReferences>
    {processes}
</europassCredential>
"""
ACHIEVEMENT = """<achievements>
            <learningAchievement id="urn:epass:learningAchievement:1">
                <title><text lang="en" content-type="text/plain">Forensic Clinical Psychology Expertise</text></title>
                <wasAwardedBy idref="urn:epass:awardingProcess:1"/>
            </learningAchievement>
        </achievements>"""
PROCESSES = """<awardingProcessReferences>
        <awardingProcess id="urn:epass:awardingProcess:1"><awardingBody idref="urn:epass:org:3"/></awardingProcess>
    </awardingProcessReferences>"""

# The shape of edci-issuer credential-b656dcdd-….xml: texts written as <contents language="…"> instead of <text>.
CONTENTS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<europassCredential>
    <issuanceDate>2019-09-15T00:00:00+02:00</issuanceDate>
    <title>
        <contents language="mt">Diploma fis-Soċjoloġija</contents>
        <contents language="en">Diploma in Sociology</contents>
    </title>
    <credentialSubject>
        <fullName>
            <contents language="ca">Jordi Castillo</contents>
            <contents language="fr">Georges Château</contents>
        </fullName>
    </credentialSubject>
</europassCredential>
"""


def _read(data: str | bytes, name: str) -> CredentialRecord:
    rec = inspect_bytes(data.encode() if isinstance(data, str) else data, name=name)
    assert rec.error is None, rec.error
    return rec


def test_issuer_given_by_reference_is_the_awarding_body() -> None:
    rec = _read(DIPLOMA.format(achievements="", processes=""), "diploma_credential.xml")
    assert rec.value("awarding_body") == "The Awesome University of Psychology"
    assert rec.elements["awarding_body"].source == "/europassCredential/agentReferences/organization/prefLabel"


def test_awarding_body_given_by_reference_is_the_organisation() -> None:
    rec = _read(DIPLOMA.format(achievements=ACHIEVEMENT, processes=PROCESSES), "diploma_credential.xml")
    # the achievement names who awarded it: that organisation, not a specification with the same id, nor the issuer
    assert rec.value("awarding_body") == "The Psychological Sciences Department"
    assert rec.value("title") == "Professional Doctorate Training"


def test_texts_written_as_contents_are_read() -> None:
    rec = _read(CONTENTS, "credential-b656dcdd-0c4a-4353-a1ed-5c3d495070d9.xml")
    assert rec.value("title") == "Diploma in Sociology"  # English preferred, as with <text lang="en">
    assert rec.value("learner_name") == "Jordi Castillo"  # no preferred language: the first one
    assert "learner_name" not in rec.missing_mandatory and "title" not in rec.missing_mandatory


def test_uploadable_wrapper_is_unwrapped() -> None:
    # Sample-*-unsigned-uploadable.json (european-commission-empl/European-Learning-Model) hold the credential as
    # {"credential": {...}}; the same wrapper around the unsigned ELM 3 fixture
    raw = fixture("edc/edci-elm3-rich-unsigned.trimmed.jsonld").read_bytes()
    bare = _read(raw, "bare.jsonld")
    wrapped = _read(json.dumps({"credential": json.loads(raw)}), "Sample-unsigned-uploadable.json")
    assert wrapped.format == bare.format == "edc-jsonld"
    assert wrapped.verification.status == bare.verification.status == "unsigned"
    assert {k: e.value for k, e in wrapped.elements.items()} == {k: e.value for k, e in bare.elements.items()}
    assert wrapped.elements["learner_name"].source == "/credential" + bare.elements["learner_name"].source


def test_unsigned_elm3_verdict_says_it_is_unsigned() -> None:
    rec = _read(fixture("edc/edci-elm3-rich-unsigned.trimmed.jsonld").read_bytes(), "unsigned.jsonld")
    assert rec.verification.message.startswith("The credential carries no seal: nothing guarantees who issued it")


def test_wrapped_open_badge_is_read_like_the_bare_one() -> None:
    raw = fixture("ob3/simple.json").read_bytes()
    rec = _read(json.dumps({"credential": json.loads(raw)}), "wrapped.json")
    assert rec.verification.status == "verified", rec.verification.message
    assert rec.elements["title"].source.startswith("/credential/")


def test_only_a_single_key_wrapper_of_a_credential_is_unwrapped() -> None:
    cred = json.loads(fixture("ob3/simple.json").read_text())
    for doc in ({"credential": cred, "options": {}}, {"credential": {"name": "not a credential"}}):
        rec = inspect_bytes(json.dumps(doc).encode(), name="other.json")
        assert rec.error is not None and "not a recognised credential" in rec.error
