"""Open Badges 3.0 and other W3C credentials as real issuers write them: alignments that state a level, a quality
assurance decision or the achievement itself are not outcomes (the level and the quality assurance are read as
their elements); the EU elements written as the achievement's own properties (as the Dutch edubadges do); a
description in Markdown; the criteria's one statement of what was learnt, not one of what was required; an
endorsement is no learner's record; a credential of another type is named as such; a Blockcerts certificate is
anchored in a blockchain; a CLR names each achievement once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.importers.credentials import inspect_file
from app.importers.credentials.record import CredentialRecord

CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]


def _read(tmp_path: Path, achievement: dict[str, Any], **top: Any) -> CredentialRecord:
    path = tmp_path / "credential.json"
    path.write_text(json.dumps({
        "@context": CONTEXT, "id": "urn:uuid:1", "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.edu/i", "type": ["Profile"], "name": "Hogeschool Voorbeeld",
                   "address": {"type": ["Address"], "addressCountry": "Nederland", "addressCountryCode": "NL"}},
        "validFrom": "2025-05-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner", "type": ["AchievementSubject"],
                              "achievement": {"id": "https://example.edu/a", "type": ["Achievement"],
                                              "name": "Databases", **achievement}},
        **top,
    }), encoding="utf-8")
    return inspect_file(path)


def _alignment(kind: str, name: str, **more: str) -> dict[str, Any]:
    return {"type": ["Alignment"], "targetType": kind, "targetName": name, **more}


def test_level_and_quality_alignments_are_their_elements_not_outcomes(tmp_path: Path) -> None:
    rec = _read(tmp_path, {
        "description": "Relationele databases ontwerpen en bevragen met SQL.",
        "alignment": [_alignment("ext:QualityAssurance", "B Informatica", targetDescription="Accreditatie",
                                 targetCode="AV-1"),
                      _alignment("ext:EQF", "EQF level 6", targetCode="6"),
                      _alignment("ceterms:Credential", "Bachelor Informatica"),
                      _alignment("CFItem", "Databases"),  # the achievement itself in a catalogue
                      _alignment("ceasn:Competency", "design relational databases"),
                      _alignment("CTDL", "Design relational databases")]})
    assert rec.value("learning_outcomes") == ["design relational databases"]
    assert rec.value("eqf_level") == 6
    assert rec.value("quality_assurance") == "B Informatica — Accreditatie — AV-1"
    assert rec.elements["issuer_country"].source.endswith("/addressCountryCode")


def test_the_eu_elements_as_properties_of_the_achievement(tmp_path: Path) -> None:
    rec = _read(tmp_path, {"description": "x", "ECTS": 5, "assessmentType": "testing", "participationType": "online",
                           "supervisionType": "supervised online", "identityChecked": True})
    assert (rec.value("workload_ects"), rec.value("assessment_type"), rec.value("participation_form")) == (
        5, "testing", "online")
    assert rec.value("supervision")
    hours = _read(tmp_path, {"description": "x", "SBU": 240, "identityChecked": False})
    assert hours.value("workload_hours") == 240 and hours.value("supervision")


def test_a_markdown_description_and_the_criteria_statement(tmp_path: Path) -> None:
    rec = _read(tmp_path, {
        "description": "# Badge\n## Overview\nThe course covers **relational design** and SQL.\n> \"A quote.\"",
        "criteria": {"narrative": "The student can design a relational schema and query it with SQL."}})
    assert rec.value("learning_outcomes") == ["The course covers relational design and SQL.",
                                              "The student can design a relational schema and query it with SQL."]
    required = _read(tmp_path, {"description": "A course on databases.",
                                "criteria": {"narrative": "To earn this badge, you must pass the final test."}})
    assert required.value("learning_outcomes") == ["A course on databases."]


def test_an_endorsement_is_no_learners_record(tmp_path: Path) -> None:
    path = tmp_path / "endorsement.json"
    path.write_text(json.dumps({
        "@context": CONTEXT, "id": "urn:uuid:2", "type": ["VerifiableCredential", "EndorsementCredential"],
        "name": "Endorsement", "issuer": {"id": "https://agency.example", "type": ["Profile"], "name": "Agency"},
        "validFrom": "2025-05-01T00:00:00Z",
        "credentialSubject": {"id": "https://example.edu/i", "type": ["EndorsementSubject"],
                              "endorsementComment": "A trusted provider."}}), encoding="utf-8")
    rec = inspect_file(path)
    assert rec.value("learner_id") is None and rec.value("learner_name") is None
    (kind,) = [c for c in rec.verification.checks if c.name == "type"]
    assert "endorsement" in str(kind.detail)


def test_a_credential_of_another_type_is_named_so(tmp_path: Path) -> None:
    path = tmp_path / "degree.json"
    path.write_text(json.dumps({
        "@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:3",
        "type": ["VerifiableCredential", "UniversityDegreeCredential"], "issuer": "https://example.edu/i",
        "validFrom": "2025-05-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:l", "degree": {"type": "BachelorDegree", "name": "BSc"}}}),
        encoding="utf-8")
    rec = inspect_file(path)
    assert rec.format == "w3c-vc" and rec.verification.status == "unsigned"


def test_a_blockcerts_certificate_is_anchored_in_a_blockchain(tmp_path: Path) -> None:
    path = tmp_path / "blockcerts.json"
    path.write_text(json.dumps({
        "@context": ["https://w3id.org/openbadges/v2", "https://w3id.org/blockcerts/v2"], "type": "Assertion",
        "id": "urn:uuid:4", "issuedOn": "2025-05-01T00:00:00Z",
        "recipient": {"type": "email", "identity": "a@example.org", "hashed": False},
        "recipientProfile": {"type": ["RecipientProfile", "Extension"], "name": "Olena Petrenko"},
        "badge": {"type": "BadgeClass", "id": "urn:uuid:5", "name": "Databases", "description": "A course.",
                  "criteria": {"narrative": "Pass the exam."},
                  "issuer": {"type": "Profile", "id": "https://example.edu/i", "name": "Example University"}},
        "verification": {"type": ["MerkleProofVerification2017", "Extension"], "publicKey": "ecdsa-koblitz:1"},
        "signature": {"type": ["MerkleProof2017", "Extension"], "merkleRoot": "ab", "targetHash": "cd",
                      "anchors": [{"sourceId": "ef", "type": "BTCOpReturn"}]}}), encoding="utf-8")
    rec = inspect_file(path)
    assert rec.verification.status == "unverifiable-offline"
    assert "Blockcerts" in str(rec.verification.message) and "Hosted" not in str(rec.verification.message)
    assert rec.value("learner_name") == "Olena Petrenko"
