"""A badge that lists what its learners can do in its criteria and also aligns to framework skills: both are its
outcomes (the list in its own words first), where it used to give only the aligned skills' names."""

from __future__ import annotations

import json
from pathlib import Path

from app.importers.credentials import inspect_file

NARRATIVE = "Learners who earn this badge can:\n\n- design a relational schema\n- write SQL queries with joins"
ALIGNMENT = [{"targetName": "use databases", "targetUrl": "http://data.europa.eu/esco/skill/x"},
             {"targetName": "Write SQL queries with joins", "targetUrl": "http://data.europa.eu/esco/skill/y"}]


def test_an_open_badges_3_achievement(tmp_path: Path) -> None:
    path = tmp_path / "ob3.json"
    path.write_text(json.dumps({
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:1", "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.edu/i", "type": ["Profile"], "name": "Example University"},
        "validFrom": "2025-05-01T00:00:00Z", "name": "Databases",
        "credentialSubject": {"type": ["AchievementSubject"], "achievement": {
            "id": "https://example.edu/a", "type": ["Achievement"], "name": "Databases", "description": "A course.",
            "criteria": {"narrative": NARRATIVE}, "alignment": [{"type": ["Alignment"], **a} for a in ALIGNMENT]}},
    }), encoding="utf-8")
    rec = inspect_file(path)
    assert rec.value("learning_outcomes") == ["design a relational schema", "write SQL queries with joins",
                                              "use databases"]


def test_an_open_badges_2_badge_class(tmp_path: Path) -> None:
    path = tmp_path / "ob2.json"
    path.write_text(json.dumps({
        "@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "urn:uuid:2",
        "recipient": {"type": "email", "identity": "a@example.org", "hashed": False},
        "issuedOn": "2025-05-01", "verification": {"type": "HostedBadge"},
        "badge": {"type": "BadgeClass", "id": "urn:uuid:3", "name": "Databases", "description": "A course.",
                  "criteria": {"narrative": NARRATIVE}, "alignment": ALIGNMENT,
                  "issuer": {"type": "Profile", "id": "urn:uuid:4", "name": "Example University"}},
    }), encoding="utf-8")
    rec = inspect_file(path)
    assert rec.value("learning_outcomes") == ["design a relational schema", "write SQL queries with joins",
                                              "use databases"]
