"""``policy list`` and ``policy show``."""

from __future__ import annotations

import dataclasses
import json

import pytest

from app.cli import main
from app.db import Database
from app.services import policy as svc
from tests.policy.helpers import DEMO_PROFILE


def test_list_and_show(demo_db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    svc.save_new_version(demo_db, "secretary", DEMO_PROFILE, dataclasses.replace(v1.rules, hours_per_ects=25.0),
                         "council 7", None, 1)
    assert main(["policy", "list", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert DEMO_PROFILE in out and "v2" in out and "v1" in out and "5 case(s)" in out and "council 7" in out

    assert main(["policy", "show", DEMO_PROFILE, "--version", "1", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1 and data["latest_version"] == 2 and not data["is_latest"]
    assert data["rules"]["hours_per_ects"] == 30 and len(data["cases"]) == 5

    assert main(["policy", "show", DEMO_PROFILE, "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 2 and data["rules"]["hours_per_ects"] == 25
    assert data["changes_from_previous"] == {"hours_per_ects": {"from": 30, "to": 25}}

    assert main(["policy", "show", DEMO_PROFILE, "--db", db_url]) == 0
    text = capsys.readouterr().out
    assert "hours_per_ects: 25" in text and "grade table:" in text and "A   90–100" in text


def test_unknown_profile_or_version_exits_2(demo_db: Database, db_url: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "show", "Nope", "--db", db_url]) == 2
    assert "no policy profile named “Nope”" in capsys.readouterr().err
    assert main(["policy", "show", DEMO_PROFILE, "--version", "4", "--db", db_url]) == 2
    assert "has no version 4" in capsys.readouterr().err


def test_empty_database(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "list", "--db", db_url]) == 0
    assert "No policy profiles yet" in capsys.readouterr().out
