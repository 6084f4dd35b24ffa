"""Rule: profile versions stored before the learner identity rule keep today's behaviour after the upgrade
(migration 0005_policy_rules); new profiles take the strict value; ``policy show --json`` shows the rule."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.db import Database
from app.services import policy as svc


def test_the_upgrade_keeps_old_versions_lenient(tmp_path: Path) -> None:
    from alembic import command

    from app.migrations import alembic_config, upgrade_to_head

    path = tmp_path / "old.sqlite3"
    database = Database("sqlite:///" + path.as_posix())
    with database.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004_scale_indexes")
    old = sqlite3.connect(path)
    old.execute("INSERT INTO policy_profile (name, version, institution, rules, note, created_by, created_at) "
                "VALUES ('Old', 1, '', ?, '', 'x', '2024-01-01 00:00:00')", (json.dumps({"cap_percent": 10}),))
    old.commit()
    old.close()
    upgrade_to_head(database)
    version = svc.find_version(database, "Old")
    assert version.rules.identity_rule == "warn" and version.rules.cap_percent == 10
    database.dispose()


def test_a_new_profile_is_strict_and_shown(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    svc.create_profile(db, "secretary", "New rules")
    assert main(["policy", "show", "New rules", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rules"]["identity_rule"] == "block" and data["rules"]["workload_rule"] == "warning"
