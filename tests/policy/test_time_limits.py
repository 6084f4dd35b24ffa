"""The procedure's time limits are settings of the versioned policy profile: they round-trip, are validated,
take their defaults in rules stored before they existed, and are edited on the editor's Procedure tab. Keys of
the stored rules that are neither settings nor documented extras are reported, not ignored."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.db import Database
from app.errors import UserError
from app.matching.policy import TIME_LIMITS, PolicyRules
from app.models import PolicyProfile
from app.services import policy as svc
from app.services.recognition_rules import policy_rules
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.policy_view import describe_changes, open_policy_profiles
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.policy.helpers import DEMO_PROFILE, demo_rules, stored_rows


def _old_rules() -> dict[str, Any]:
    """Rules as stored before the time limits were settings (format version 1)."""
    data = {k: v for k, v in PolicyRules(pass_mark=55.0).to_dict().items() if k not in TIME_LIMITS}
    return {**data, "rules_version": 1}


def test_defaults_and_round_trip() -> None:
    rules = PolicyRules()
    assert (rules.decision_days, rules.order_days, rules.appeal_days, rules.appeal_decision_days) == (30, 10, 10, 30)
    changed = PolicyRules(decision_days=45, order_days=5, appeal_days=14, appeal_decision_days=365)
    data = json.loads(json.dumps(changed.to_dict()))
    assert {k: data[k] for k in TIME_LIMITS} == {"decision_days": 45, "order_days": 5, "appeal_days": 14,
                                                 "appeal_decision_days": 365}
    assert PolicyRules.from_dict(data) == changed
    assert PolicyRules.from_dict({"appeal_days": 14.0}).appeal_days == 14  # JSON written by another tool


def test_rules_stored_without_the_time_limits_take_the_defaults() -> None:
    rules = PolicyRules.from_dict(_old_rules())
    assert rules == PolicyRules(pass_mark=55.0)
    assert policy_rules(_old_rules(), "“Old v1”").appeal_days == 10


@pytest.mark.parametrize("value", [0, -3, 366, 10.5, "10", True, None])
@pytest.mark.parametrize("key", TIME_LIMITS)
def test_time_limits_are_whole_days_1_to_365(key: str, value: Any) -> None:
    with pytest.raises(ValueError, match="whole number of days 1..365"):
        PolicyRules.from_dict({key: value})
    problems = svc.rules_problems({key: value})
    assert [p.field for p in problems] == [key] and "1..365" in problems[0].message


@pytest.mark.parametrize("value", [1, 365])
def test_the_bounds_are_allowed(value: int) -> None:
    assert PolicyRules(order_days=value).order_days == value
    assert svc.rules_problems({"order_days": value}) == []


def test_each_bad_limit_is_named() -> None:
    problems = svc.rules_problems({"decision_days": 0, "appeal_days": 400})
    assert {p.field for p in problems} == {"decision_days", "appeal_days"}
    with pytest.raises(svc.RulesInvalid, match="appeal window must be"):
        svc.build_rules({"appeal_days": 400}, "KhNU")


def test_unknown_keys_are_errors_documented_extras_are_not() -> None:
    with pytest.raises(ValueError, match="unknown policy setting\\(s\\): apeal_days"):
        PolicyRules.from_dict({"apeal_days": 20})
    with pytest.raises(UserError, match="“KhNU v2” has invalid rules: unknown policy setting\\(s\\): apeal_days"):
        policy_rules({"apeal_days": 20}, "“KhNU v2”")
    with pytest.raises(UserError, match="invalid rules: unknown policy setting"):
        policy_rules({"deadlines": {"appeal_days": 20}})
    assert policy_rules({"x_council": "minutes 7", "appeal_days": 20}).appeal_days == 20
    assert svc.rules_problems({"x_council": "minutes 7"}) == []
    assert [p.field for p in svc.rules_problems({"apeal_days": 20})] == ["apeal_days"]


def test_old_stored_version_reads_with_defaults_and_an_edit_changes_only_what_changed(demo_db: Database) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    with demo_db.write() as session:
        session.execute(update(PolicyProfile).where(PolicyProfile.id == v1.id).values(rules=_old_rules()))
    old = svc.get_version(demo_db, v1.id)
    assert old.rules == PolicyRules(pass_mark=55.0) and not old.problem and old.unknown == {}
    with pytest.raises(UserError, match="Nothing to save"):  # the defaults are what version 1 had
        svc.save_new_version(demo_db, "bob", DEMO_PROFILE, old.rules, "", old.valid_from, 1)
    saved = svc.save_new_version(demo_db, "bob", DEMO_PROFILE, dataclasses.replace(old.rules, appeal_days=14),
                                 "council", None, 1)
    assert saved.changes == {"appeal_days": {"from": 10, "to": 14}}
    v2 = svc.get_version(demo_db, saved.id)
    assert v2.rules.appeal_days == 14 and v2.changes == saved.changes


def test_a_stored_typo_is_reported_and_not_carried_over(demo_db: Database) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    with demo_db.write() as session:
        session.execute(update(PolicyProfile).where(PolicyProfile.id == v1.id)
                        .values(rules={**v1.rules.to_dict(), "apeal_days": 20, "x_council": "minutes 7"}))
    stored = svc.get_version(demo_db, v1.id)
    assert stored.unknown == {"apeal_days": 20} and stored.extras == {"x_council": "minutes 7"}
    assert stored.rules == demo_rules() and not stored.problem
    with pytest.raises(UserError, match="Cannot copy: .*unknown setting\\(s\\) apeal_days"):
        svc.copy_profile(demo_db, "admin", v1.id, "Copy")
    saved = svc.save_new_version(demo_db, "bob", DEMO_PROFILE, stored.rules, "typo removed", None, 1)
    assert saved.changes == {"apeal_days": {"from": 20, "to": None}}
    v2 = svc.get_version(demo_db, saved.id)
    assert v2.unknown == {} and v2.extras == {"x_council": "minutes 7"}
    with pytest.raises(svc.RulesInvalid, match="unknown setting 'apeal_days'"):
        svc.create_profile(demo_db, "admin", "KhNU", extras={"apeal_days": 20})


# --- the editor -------------------------------------------------------------------------------------------------


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=db))
    qtbot.addWidget(window)
    return window


def test_time_limits_are_edited_on_the_procedure_tab(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, demo_db)
    dialog = open_policy_profiles(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=5000)
    window.ctx.runner.wait()
    editor = dialog.editor
    assert editor.tabs.tabText(3) == "Procedure"
    assert [editor.time_limits[k].value() for k in TIME_LIMITS] == [30, 10, 10, 30]
    assert editor.appeal_days.suffix() == " days"
    assert (editor.appeal_days.minimum(), editor.appeal_days.maximum()) == (1, 365)
    before = stored_rows(demo_db)

    editor.tabs.setCurrentIndex(3)
    editor.appeal_days.setValue(14)
    with qtbot.waitSignal(editor.checked, timeout=2000):
        pass
    assert editor.last_problems == [] and dialog.save_button.isEnabled()
    dialog.grab().save(str(tmp_path / "procedure.png"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.version == 2, timeout=5000)
    window.ctx.runner.wait()
    assert stored_rows(demo_db)[: len(before)] == before
    assert svc.find_version(demo_db, DEMO_PROFILE).rules.appeal_days == 14
    assert "Time for filing an appeal: 10 day" in dialog.info.text()

    dialog.history.selectRow(1)  # version 1 opens read-only with its own limits
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.version == 1, timeout=5000)
    window.ctx.runner.wait()
    assert editor.appeal_days.value() == 10 and editor.appeal_days.isReadOnly()


def test_a_stored_typo_is_shown_in_the_dialog(qtbot: QtBot, demo_db: Database) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    with demo_db.write() as session:
        session.execute(update(PolicyProfile).where(PolicyProfile.id == v1.id)
                        .values(rules={**v1.rules.to_dict(), "apeal_days": 20}))
    window = _window(qtbot, demo_db)
    dialog = open_policy_profiles(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=5000)
    window.ctx.runner.wait()
    assert "Unknown settings (a typo?)" in dialog.info.text() and "apeal_days = 20" in dialog.info.text()


def test_changes_of_time_limits_in_words() -> None:
    lines = describe_changes(svc.diff_rules(PolicyRules().to_dict(), PolicyRules(decision_days=45).to_dict()))
    assert len(lines) == 1 and lines[0].startswith("Time limit for the decision: 30 day")
    assert "45 day" in lines[0]
