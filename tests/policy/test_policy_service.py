"""Versioned policy profiles: an edit is a new version, nothing stored is rewritten, conflicts and bad rules are
refused with a message that names the setting."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.db import Database
from app.errors import ConflictError, UserError
from app.matching.policy import DEFAULT_GRADE_TABLE, GradeBand, PolicyRules, band_for_points
from app.models import Case, PolicyProfile
from app.services import audit
from app.services import policy as svc
from tests.policy.helpers import DEMO_PROFILE, audit_entries, stored_rows


def _edited(rules: PolicyRules, **changes: Any) -> PolicyRules:
    return dataclasses.replace(rules, **changes)


def _table(*rows: tuple[str, float, float]) -> tuple[GradeBand, ...]:
    return tuple(GradeBand(letter, low, high, 3, "задовільно", "satisfactory") for letter, low, high in rows)


def test_demo_profile_is_listed_with_its_cases(demo_db: Database) -> None:
    profiles = svc.list_profiles(demo_db)
    assert [p.name for p in profiles] == [DEMO_PROFILE]
    assert [v.version for v in profiles[0].versions] == [1]
    assert profiles[0].cases == 5
    latest = svc.find_version(demo_db, DEMO_PROFILE.upper())
    assert latest.version == 1 and latest.is_latest
    assert sorted(c.reg_no for c in latest.cases) == [f"RD-DEMO-00{i}" for i in range(1, 6)]
    # The demo names its regulation and contacts for the papers; every rule is the default.
    from app.domain.policy_rules import PAPER_TEXTS

    assert latest.rules.regulation.startswith("Положення") and latest.rules.appeal_contact
    assert _edited(latest.rules, **{k: getattr(PolicyRules(), k) for k in PAPER_TEXTS}) == PolicyRules()


def test_an_edit_is_a_new_version_and_never_rewrites_the_old_one(demo_db: Database) -> None:
    before = stored_rows(demo_db)
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    table = list(v1.rules.grade_table)
    table[1] = dataclasses.replace(table[1], min_points=80)  # B 80–89.99
    table[2] = dataclasses.replace(table[2], max_points=79.99)  # C 74–79.99
    rules = _edited(v1.rules, hours_per_ects=25.0, grade_table=tuple(table))

    saved = svc.save_new_version(demo_db, "secretary", DEMO_PROFILE, rules, "Academic council, minutes 7",
                                 date(2026, 9, 1), 1)

    assert (saved.version, saved.action) == (2, "new_version")
    assert set(saved.changes) == {"hours_per_ects", "grade_table"}
    assert saved.changes["hours_per_ects"] == {"from": 30, "to": 25}
    after = stored_rows(demo_db)
    assert after[: len(before)] == before  # version 1 is byte for byte what it was
    assert len(after) == len(before) + 1
    v2 = svc.get_version(demo_db, saved.id)
    assert (v2.version, v2.created_by, v2.note, v2.valid_from) == (2, "secretary", "Academic council, minutes 7",
                                                                   date(2026, 9, 1))
    assert v2.rules.hours_per_ects == 25.0 and v2.rules.grade_table[1].min_points == 80
    assert v2.cases == []  # the demo cases stay with the version they were registered under
    old = svc.get_version(demo_db, v1.id)
    assert not old.is_latest and old.latest_version == 2 and len(old.cases) == 5
    assert old.rules == v1.rules
    with demo_db.read() as session:
        assert set(session.execute(select(Case.policy_profile_id)).scalars()) == {v1.id}
    entry = audit_entries(demo_db, "policy.version")[-1]
    assert entry.actor == "secretary" and entry.entity_id == saved.id
    assert entry.payload["previous_version"] == 1 and entry.payload["version"] == 2
    assert entry.payload["changes"]["hours_per_ects"] == {"from": 30, "to": 25}
    assert [b["min_points"] for b in entry.payload["changes"]["grade_table"]["to"]][1] == 80
    with demo_db.read() as session:
        assert audit.verify_chain(session).ok
    assert svc.find_version(demo_db, DEMO_PROFILE, 1).rules.hours_per_ects == 30.0
    assert svc.find_version(demo_db, DEMO_PROFILE).version == 2
    assert [v.version for v in svc.list_profiles(demo_db)[0].versions] == [2, 1]


def test_second_save_from_the_same_version_is_a_conflict(demo_db: Database) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    svc.save_new_version(demo_db, "alice", DEMO_PROFILE, _edited(v1.rules, cap_percent=10.0), "", None, 1)
    rows, entries = stored_rows(demo_db), len(audit_entries(demo_db, "policy.version"))
    with pytest.raises(ConflictError, match=r"version 2 was saved by alice"):
        svc.save_new_version(demo_db, "bob", DEMO_PROFILE, _edited(v1.rules, cap_percent=25.0), "", None, 1)
    assert stored_rows(demo_db) == rows
    assert len(audit_entries(demo_db, "policy.version")) == entries


def test_a_version_number_taken_meanwhile_is_a_conflict(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two writers that both read version 1 before either saved: the database's unique key stops the second."""
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    svc.save_new_version(demo_db, "alice", DEMO_PROFILE, _edited(v1.rules, cap_percent=10.0), "", None, 1)
    rows = stored_rows(demo_db)
    real_latest = svc._latest

    def stale(session: Any, name: str) -> PolicyProfile | None:
        return session.get(PolicyProfile, v1.id) if name == DEMO_PROFILE else real_latest(session, name)

    monkeypatch.setattr(svc, "_latest", stale)
    with pytest.raises(ConflictError, match="saved by someone else"):
        svc.save_new_version(demo_db, "bob", DEMO_PROFILE, _edited(v1.rules, cap_percent=25.0), "", None, None)
    assert stored_rows(demo_db) == rows


def test_saving_the_same_rules_again_is_refused(demo_db: Database) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    with pytest.raises(UserError, match="Nothing to save"):
        svc.save_new_version(demo_db, "bob", DEMO_PROFILE, v1.rules, "no change", v1.valid_from, 1)
    # A new date alone is a change worth a version.
    saved = svc.save_new_version(demo_db, "bob", DEMO_PROFILE, v1.rules, "from September", date(2026, 9, 1), 1)
    assert saved.version == 2 and saved.changes == {}


def test_unknown_profile_and_version_are_named(demo_db: Database) -> None:
    with pytest.raises(UserError, match="no policy profile named “Nope”"):
        svc.find_version(demo_db, "Nope")
    with pytest.raises(UserError, match="has no version 7"):
        svc.find_version(demo_db, DEMO_PROFILE, 7)
    with pytest.raises(UserError, match="no policy profile named"):
        svc.save_new_version(demo_db, "bob", "Nope", PolicyRules(), "", None, 1)
    with pytest.raises(UserError, match="#999"):
        svc.get_version(demo_db, 999)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"hours_per_ects": 0}, "hours_per_ects", "hours per ECTS credit"),
        ({"cap_percent": 120}, "cap_percent", "cap must be a percentage"),
        ({"workload_rule": "sometimes"}, "workload_rule", "workload rule"),
        ({"required_verification": "notary"}, "required_verification", "required verification"),
        ({"eligible_component_types": ["mandatory", "optional"]}, "eligible_component_types", "optional"),
        ({"max_evidence_age_years": -1}, "max_evidence_age_years", "maximum evidence age"),
        ({"outcome_threshold": 0}, "outcome_threshold", "outcome threshold"),
    ],
)
def test_bad_settings_are_named(changes: dict[str, Any], field: str, words: str) -> None:
    data = {**PolicyRules().to_dict(), **changes}
    problems = svc.rules_problems(data)
    assert [p.field for p in problems] == [field]
    with pytest.raises(svc.RulesInvalid, match=words) as caught:
        svc.build_rules(data, "Test")
    assert str(caught.value).startswith("Policy profile “Test” was not saved:")
    assert caught.value.problems[0].field == field


def test_partial_above_full_coverage_names_both_settings() -> None:
    data = {**PolicyRules().to_dict(), "full_coverage": 0.8, "partial_coverage": 0.9}
    problems = svc.rules_problems(data)
    assert {p.field for p in problems} == {"full_coverage", "partial_coverage"}
    assert all("partial coverage" in p.message for p in problems)


def test_grade_table_overlap_gap_and_letters_are_put_on_their_rows() -> None:
    table = [dict(dataclasses.asdict(b)) for b in DEFAULT_GRADE_TABLE]
    table[1]["min_points"] = 80  # B 80–89.99
    table[2]["max_points"] = 81  # C 74–81: overlaps B
    table[4]["max_points"] = 62  # E 60–62: 63 has no grade (D starts at 64)
    table[6]["letter"] = "FX"  # two FX rows
    problems = svc.rules_problems({**PolicyRules().to_dict(), "grade_table": table})
    by_message = {p.message: p for p in problems}
    assert all(p.field == "grade_table" for p in problems)
    assert by_message["grades C and B overlap"].rows == (1, 2)
    assert by_message["no grade for 63 points (between E and D)"].rows == (4, 3)
    assert by_message["grade FX appears 2 times"].rows == (5, 6)


def test_gaps_at_the_ends_and_between_whole_number_bands() -> None:
    whole = _table(("A", 90, 100), ("B", 82, 89), ("C", 75, 81), ("E", 60, 74), ("F", 0, 59))
    assert svc.grade_table_problems(whole) == []  # 89 / 90: whole-number bands touch
    holes = _table(("A", 90, 99), ("B", 60, 88), ("F", 1, 59))
    messages = [p.message for p in svc.grade_table_problems(holes)]
    assert messages == ["no grade for 0 points (below F)", "no grade for 89 points (between B and A)",
                        "no grade for 100 points (above A)"]
    assert [p.message for p in svc.grade_table_problems(_table(("A", 90, 100), ("F", 0, 59.5)))] == [
        "no grade for 60–89 points (between F and A)"]


def test_a_grade_table_with_a_gap_is_not_saved(demo_db: Database) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    table = list(v1.rules.grade_table)
    table[2] = dataclasses.replace(table[2], max_points=78)  # C 74–78, B from 82: 79–81 missing
    rules = _edited(v1.rules, grade_table=tuple(table))  # PolicyRules itself accepts holes
    rows = stored_rows(demo_db)
    with pytest.raises(svc.RulesInvalid, match=r"no grade for 79–81 points \(between C and B\)") as caught:
        svc.save_new_version(demo_db, "bob", DEMO_PROFILE, rules, "", None, 1)
    assert caught.value.problems[0].field == "grade_table"
    assert stored_rows(demo_db) == rows


@st.composite
def typed_tables(draw: st.DrawFn) -> tuple[GradeBand, ...]:
    """A table as a person types one: a partition of 0..100 into bands, with a few bounds mistyped by a point or
    two (holes, overlaps, inverted bands), in any row order."""
    cuts = sorted(draw(st.sets(st.integers(min_value=1, max_value=100), max_size=7)))
    starts = [0, *cuts]
    bounds = [[low, (starts[i + 1] - 1) if i + 1 < len(starts) else 100] for i, low in enumerate(starts)]
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        row = draw(st.integers(min_value=0, max_value=len(bounds) - 1))
        end = draw(st.integers(min_value=0, max_value=1))
        bounds[row][end] += draw(st.integers(min_value=-2, max_value=2))
    order = draw(st.permutations(range(len(bounds))))
    return tuple(GradeBand(chr(ord("A") + i), bounds[i][0], bounds[i][1], 3, "", "") for i in order)


@settings(max_examples=200, deadline=None)
@given(typed_tables())
def test_a_table_without_problems_converts_every_score(table: tuple[GradeBand, ...]) -> None:
    """If nothing is flagged, every whole score 0..100 falls in exactly one band; if something is, it does not."""
    problems = svc.rules_problems({"grade_table": table})
    covering = {k: [b for b in table if b.contains(k)] for k in range(101)}
    well_formed = all(len(bands) == 1 for bands in covering.values()) and all(
        0 <= b.min_points <= b.max_points <= 100 for b in table)
    assert (not problems) == well_formed, problems
    if well_formed:
        assert all(band_for_points(k, table) is covering[k][0] for k in range(101))


def test_documented_extras_are_kept_in_new_versions(demo_db: Database) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    with demo_db.write() as session:
        session.execute(update(PolicyProfile).where(PolicyProfile.id == v1.id)
                        .values(rules={**v1.rules.to_dict(), "x_council": "minutes 7"}))
    v1 = svc.get_version(demo_db, v1.id)
    assert v1.extras == {"x_council": "minutes 7"} and v1.unknown == {} and not v1.problem
    saved = svc.save_new_version(demo_db, "bob", DEMO_PROFILE, _edited(v1.rules, pass_mark=50.0), "", None, 1)
    v2 = svc.get_version(demo_db, saved.id)
    assert v2.extras == {"x_council": "minutes 7"} and v2.rules.pass_mark == 50.0
    assert set(saved.changes) == {"pass_mark"}


def test_create_and_copy_profiles(demo_db: Database) -> None:
    created = svc.create_profile(demo_db, "admin", "  KhNU   2026 ", institution="KhNU", note="10% of the programme",
                                 rules=PolicyRules(cap_percent=10.0, cap_base="programme"))
    assert (created.name, created.version, created.action) == ("KhNU 2026", 1, "created")
    with pytest.raises(UserError, match="already exists"):
        svc.create_profile(demo_db, "admin", "khnu 2026")
    with pytest.raises(UserError, match="needs a name"):
        svc.create_profile(demo_db, "admin", "   ")
    with pytest.raises(UserError, match="too long"):
        svc.create_profile(demo_db, "admin", "x" * 201)
    copied = svc.copy_profile(demo_db, "admin", created.id, "SSPU 2026")
    copy = svc.get_version(demo_db, copied.id)
    assert copy.rules == PolicyRules(cap_percent=10.0, cap_base="programme")
    assert copy.institution == "KhNU" and copy.note == "Copy of KhNU 2026 v1" and copy.cases == []
    entry = audit_entries(demo_db, "policy.create")[-1]
    assert entry.payload["copied_from"] == {"id": created.id, "name": "KhNU 2026", "version": 1}
    assert [p.name for p in svc.list_profiles(demo_db)] == ["KhNU 2026", "SSPU 2026", DEMO_PROFILE]
    default = svc.create_profile(demo_db, "admin", "Defaults")
    assert svc.get_version(demo_db, default.id).rules == PolicyRules()


def test_stored_rules_that_do_not_validate_are_reported_not_raised(demo_db: Database) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    with demo_db.write() as session:
        session.execute(update(PolicyProfile).where(PolicyProfile.id == v1.id)
                        .values(rules={"hours_per_ects": 500}))
    broken = svc.get_version(demo_db, v1.id)
    assert "hours per ECTS credit" in broken.problem and broken.rules == PolicyRules()
    with pytest.raises(UserError, match="Cannot copy"):
        svc.copy_profile(demo_db, "admin", v1.id, "Copy")


def test_diff_rules_is_json_and_ignores_the_format_version() -> None:
    old = PolicyRules().to_dict()
    new = {**PolicyRules(workload_rule="hard").to_dict(), "rules_version": 99}
    diff = svc.diff_rules(old, new)
    assert diff == {"workload_rule": {"from": "warning", "to": "hard"}}
    json.dumps(diff)


def test_cases_using_a_version(demo_db: Database) -> None:
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    uses = svc.cases_using(demo_db, v1.id)
    assert len(uses) == 5 and uses[0].reg_no == "RD-DEMO-001" and uses[0].applicant
    assert svc.cases_using(demo_db, 999) == []
