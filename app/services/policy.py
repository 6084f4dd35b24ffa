"""Versioned policy profiles: list, read, create, copy, and save an edit as a new version.

A profile is identified by its name; each row of ``policy_profile`` is one version of it. An edit never rewrites
a stored version: it writes version N+1, so every case keeps the rules it was decided under (cases point at the
row of their version). The rules are validated by ``app.matching.policy.PolicyRules``; this module only adds the
checks that rules alone cannot make (a grade table with holes in it, duplicate letters) and names the setting
that is wrong.

Besides the settings (and ``rules_version``), the stored JSON may hold documented extras: keys starting with
``x_`` (``app.matching.policy.EXTRA_PREFIX``), the institution's own notes, which no rule reads and which are
carried over unchanged to the next version. Any other key is reported, not ignored: a version that has one
lists it in ``ProfileVersion.unknown``, the rules refuse it (``recognition_rules.policy_rules``), a copy is
refused, and the next version does not keep it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import Database
from app.domain.policy_rules import MISSING_VALUES
from app.errors import ConflictError, UserError
from app.matching.policy import RULES_VERSION, TIME_LIMITS, GradeBand, PolicyRules, is_extra_key, whole_days
from app.models import Applicant, Case, PolicyProfile
from app.services import audit

NAME_MAX = 200
INSTITUTION_MAX = 300
RULE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(PolicyRules))
_DEFAULTS = PolicyRules()


# --- plain values ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleProblem:
    """One problem with the rules: the setting it concerns (a ``PolicyRules`` field name, '' when it concerns
    several), the grade table rows involved (0-based, in the order given) and the message."""

    field: str
    message: str
    rows: tuple[int, ...] = ()


class RulesInvalid(UserError):
    """The rules cannot be saved; ``problems`` lists each problem with the setting it concerns."""

    def __init__(self, name: str, problems: Sequence[RuleProblem]) -> None:
        self.problems = list(problems)
        listed = "; ".join(dict.fromkeys(p.message for p in self.problems))
        where = f"Policy profile “{name}” was" if name else "The policy rules were"
        super().__init__(f"{where} not saved: {listed}.")


@dataclass(frozen=True)
class CaseUse:
    case_id: int
    reg_no: str
    applicant: str
    status: str


@dataclass(frozen=True)
class VersionRow:
    id: int
    name: str
    version: int
    valid_from: date | None
    institution: str
    note: str
    created_by: str
    created_at: datetime
    cases: int  # cases that use this version


@dataclass(frozen=True)
class ProfileRow:
    name: str
    institution: str  # of the latest version
    versions: list[VersionRow]  # newest first

    @property
    def latest(self) -> VersionRow:
        return self.versions[0]

    @property
    def cases(self) -> int:
        return sum(v.cases for v in self.versions)


@dataclass(frozen=True)
class ProfileVersion:
    """One stored version, with its rules as ``PolicyRules`` and what distinguishes it from the one before."""

    id: int
    name: str
    version: int
    valid_from: date | None
    institution: str
    note: str
    created_by: str
    created_at: datetime
    rules: PolicyRules  # the defaults when the stored rules are invalid (see ``problem``)
    extras: dict[str, Any]  # documented extras (``x_…`` keys): no rule reads them; kept in later versions
    latest_version: int
    cases: list[CaseUse]
    changes: dict[str, dict[str, Any]] = field(default_factory=dict)  # against the previous version
    problem: str = ""  # why the stored rules could not be read, if they could not
    unknown: dict[str, Any] = field(default_factory=dict)  # stored keys that are neither settings nor extras

    @property
    def is_latest(self) -> bool:
        return self.version == self.latest_version

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}"

    def rules_dict(self) -> dict[str, Any]:
        """The rules as stored: extras first, then the validated settings."""
        return {**self.extras, **self.rules.to_dict()}


@dataclass(frozen=True)
class SavedVersion:
    id: int
    name: str
    version: int
    action: str  # "created", "copied", "new_version"
    changes: dict[str, dict[str, Any]] = field(default_factory=dict)

    def summary(self) -> str:
        if self.action == "new_version":
            return (f"Saved policy profile “{self.name}” as version {self.version} "
                    f"({len(self.changes)} setting(s) changed); earlier versions are unchanged.")
        return f"Created policy profile “{self.name}” (version {self.version})."


# --- validation --------------------------------------------------------------------------------------------


def _band(value: Any) -> GradeBand:
    if isinstance(value, GradeBand):
        return value
    if isinstance(value, Mapping):
        return GradeBand(**value)
    raise TypeError(f"a grade table row must be a mapping, not {type(value).__name__}")


def _normalise(key: str, value: Any) -> Any:
    if key in ("eligible_component_types", "excluded_issuer_countries", "working_languages"):
        return tuple(str(x) for x in value)
    if key == "grade_table":
        return tuple(_band(b) for b in value)
    if key in TIME_LIMITS:
        return whole_days(value)
    return value


def _unchecked(values: Mapping[str, Any]) -> PolicyRules:
    """A PolicyRules holding ``values`` without running its validation (so that every problem can be listed)."""
    rules = object.__new__(PolicyRules)
    for name in RULE_FIELDS:
        object.__setattr__(rules, name, values.get(name, getattr(_DEFAULTS, name)))
    return rules


def _messages(values: Mapping[str, Any]) -> list[str]:
    try:
        return _unchecked(values).validate()
    except TypeError:
        return ["a setting has a value of the wrong type"]


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def grade_table_problems(table: Sequence[GradeBand]) -> list[RuleProblem]:
    """What the rules' own validation does not check in a grade table: points outside 0..100, empty or repeated
    letters, and points between two bands (or at either end of the scale) that no band converts.

    Scores are whole numbers or have decimals; a hole counts when a whole number of points has no band
    (89 / 90 and 89.99 / 90 are no holes)."""
    problems: list[RuleProblem] = []
    letters: dict[str, list[int]] = {}
    for row, band in enumerate(table):
        letter = band.letter.strip().upper()
        if not letter:
            problems.append(RuleProblem("grade_table", f"row {row + 1}: the ECTS letter is empty", (row,)))
        else:
            letters.setdefault(letter, []).append(row)
        if not (0 <= band.min_points <= 100 and 0 <= band.max_points <= 100):
            problems.append(RuleProblem("grade_table", f"grade {band.letter}: points must be within 0..100", (row,)))
    for letter, rows in letters.items():
        if len(rows) > 1:
            problems.append(RuleProblem("grade_table", f"grade {letter} appears {len(rows)} times", tuple(rows)))
    ordered = sorted(range(len(table)), key=lambda r: (table[r].min_points, table[r].max_points))
    if not ordered:
        return problems
    first = table[ordered[0]]
    if first.min_points > 0:
        top = math.ceil(first.min_points) - 1
        span = "0" if top <= 0 else f"0–{top}"
        problems.append(RuleProblem("grade_table", f"no grade for {span} points (below {first.letter})",
                                    (ordered[0],)))
    for lower_row, upper_row in zip(ordered, ordered[1:], strict=False):
        lower, upper = table[lower_row], table[upper_row]
        start = math.floor(lower.max_points) + 1
        if start < upper.min_points and lower.max_points < upper.min_points:
            end = math.ceil(upper.min_points) - 1
            span = _fmt(start) if end <= start else f"{_fmt(start)}–{_fmt(end)}"
            problems.append(RuleProblem("grade_table",
                                        f"no grade for {span} points (between {lower.letter} and {upper.letter})",
                                        (lower_row, upper_row)))
    highest = max(ordered, key=lambda r: table[r].max_points)
    if table[highest].max_points < 100:
        start = math.floor(table[highest].max_points) + 1
        span = "100" if start >= 100 else f"{start}–100"
        problems.append(RuleProblem("grade_table", f"no grade for {span} points (above {table[highest].letter})",
                                    (highest,)))
    return problems


def rules_problems(data: Mapping[str, Any]) -> list[RuleProblem]:
    """Every problem with a set of rules (``PolicyRules`` field names as keys; missing keys take the defaults;
    documented extras are no problem), each with the setting it concerns and, for the grade table, the rows
    involved. Empty when they can be saved.

    The messages come from ``PolicyRules.validate``; a message is put on the settings (and grade rows) whose
    default value (or removal) makes it go away."""
    problems: list[RuleProblem] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "rules_version" or is_extra_key(key):
            continue
        if key not in RULE_FIELDS:
            problems.append(RuleProblem(key, f"unknown setting {key!r}"))
            continue
        try:
            values[key] = _normalise(key, value)
        except (TypeError, ValueError) as exc:
            problems.append(RuleProblem(key, f"{key.replace('_', ' ')}: {exc}"))
    messages = _messages(values)
    owners: dict[str, list[str]] = {m: [] for m in messages}
    rows_of: dict[str, list[int]] = {m: [] for m in messages}
    for key in values:
        reverted = {k: v for k, v in values.items() if k != key}
        remaining = set(_messages(reverted))
        for message in messages:
            if message not in remaining:
                owners[message].append(key)
    table = values.get("grade_table")
    if table is not None:
        for row in range(len(table)):
            remaining = set(_messages({**values, "grade_table": table[:row] + table[row + 1:]}))
            for message in messages:
                if message not in remaining:
                    rows_of[message].append(row)
    for message in messages:
        named = owners[message] or [""]
        rows = tuple(rows_of[message])
        # A message may concern several settings (partial coverage above the full coverage): name each.
        problems.extend(RuleProblem(key, message, rows if key in ("grade_table", "") else ()) for key in named)
    if table is not None:
        known = {p.message for p in problems}
        problems.extend(p for p in grade_table_problems(table) if p.message not in known)
    return _unique(problems)


def _unique(problems: list[RuleProblem]) -> list[RuleProblem]:
    seen: set[tuple[str, str, tuple[int, ...]]] = set()
    out = []
    for problem in problems:
        key = (problem.field, problem.message, problem.rows)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return out


def build_rules(data: Mapping[str, Any], name: str = "") -> PolicyRules:
    """Rules from plain values (as an editor or a file gives them); ``RulesInvalid`` names every problem."""
    problems = rules_problems(data)
    if problems:
        raise RulesInvalid(name, problems)
    return PolicyRules.from_dict({k: v for k, v in data.items() if k in RULE_FIELDS})


def _check(rules: PolicyRules, name: str) -> None:
    problems = rules_problems(rules.to_dict())
    if problems:
        raise RulesInvalid(name, problems)


def split_rules(stored: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Stored JSON → (PolicyRules fields, documented extras). ``rules_version`` belongs to neither, nor do the
    keys ``unknown_keys`` lists."""
    known = {k: v for k, v in stored.items() if k in RULE_FIELDS}
    extras = {k: v for k, v in stored.items() if k not in RULE_FIELDS and is_extra_key(k)}
    return known, extras


def unknown_keys(stored: Mapping[str, Any]) -> dict[str, Any]:
    """The stored keys that are neither settings, nor ``rules_version``, nor documented extras (a typo, or a
    setting of another version of the application)."""
    return {k: v for k, v in stored.items()
            if k not in RULE_FIELDS and k != "rules_version" and not is_extra_key(k)}


def diff_rules(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """{setting: {"from": old value, "to": new value}} for each setting that differs (JSON values). A setting
    missing on one side counts as its default (rules stored before the setting existed follow the default)."""
    old, new = _with_defaults(old), _with_defaults(new)
    out: dict[str, dict[str, Any]] = {}
    for key in sorted(set(old) | set(new)):
        if key == "rules_version":
            continue
        before, after = _plain(old.get(key)), _plain(new.get(key))
        if before != after:
            out[key] = {"from": before, "to": after}
    return out


def _with_defaults(rules: Mapping[str, Any]) -> dict[str, Any]:
    defaults = {**_DEFAULTS.to_dict(), **MISSING_VALUES}  # a missing newer setting means what it did before
    return {**{k: v for k, v in defaults.items() if k in RULE_FIELDS and k not in rules}, **rules}


def _plain(value: Any) -> Any:
    if isinstance(value, GradeBand):
        return {f.name: getattr(value, f.name) for f in fields(GradeBand)}
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# --- reading -----------------------------------------------------------------------------------------------


def _case_counts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(Case.policy_profile_id, func.count(Case.id))
        .where(Case.policy_profile_id.is_not(None))
        .group_by(Case.policy_profile_id)
    ).all()
    return {int(pid): int(n) for pid, n in rows if pid is not None}


def _row(profile: PolicyProfile, cases: int) -> VersionRow:
    return VersionRow(profile.id, profile.name, profile.version, profile.valid_from, profile.institution or "",
                      profile.note or "", profile.created_by or "", profile.created_at, cases)


def list_profiles(db: Database) -> list[ProfileRow]:
    """Every profile (by name) with its versions, newest first; profiles in name order."""
    with db.read() as session:
        counts = _case_counts(session)
        rows = session.execute(
            select(PolicyProfile).order_by(PolicyProfile.name, PolicyProfile.version.desc())
        ).scalars().all()
        by_name: dict[str, list[VersionRow]] = {}
        for profile in rows:
            by_name.setdefault(profile.name, []).append(_row(profile, counts.get(profile.id, 0)))
    out = [ProfileRow(name, versions[0].institution, versions) for name, versions in by_name.items()]
    out.sort(key=lambda p: p.name.casefold())
    return out


def _cases_of(session: Session, profile_id: int) -> list[CaseUse]:
    rows = session.execute(
        select(Case.id, Case.reg_no, Applicant.full_name, Case.status)
        .join(Applicant, Case.applicant_id == Applicant.id)
        .where(Case.policy_profile_id == profile_id)
        .order_by(Case.reg_no)
    ).all()
    return [CaseUse(int(i), str(r), str(n), str(s)) for i, r, n, s in rows]


def cases_using(db: Database, profile_id: int) -> list[CaseUse]:
    """The cases decided (or to be decided) under this version."""
    with db.read() as session:
        return _cases_of(session, profile_id)


def _read_rules(profile: PolicyProfile) -> tuple[PolicyRules, dict[str, Any], str]:
    known, extras = split_rules(dict(profile.rules or {}))
    try:
        return PolicyRules.from_dict(known), extras, ""
    except (TypeError, ValueError) as exc:
        return PolicyRules(), extras, f"the stored rules of {profile.name} v{profile.version} are invalid: {exc}"


def _unknown_problem(profile: PolicyProfile, unknown: Mapping[str, Any]) -> str:
    return (f"the stored rules of {profile.name} v{profile.version} have unknown setting(s) "
            f"{', '.join(sorted(unknown))} (a typo?): no rule reads them and a new version does not keep them")


def _latest(session: Session, name: str) -> PolicyProfile | None:
    return session.execute(
        select(PolicyProfile).where(PolicyProfile.name == name).order_by(PolicyProfile.version.desc()).limit(1)
    ).scalar()


def _version(session: Session, profile: PolicyProfile) -> ProfileVersion:
    rules, extras, problem = _read_rules(profile)
    latest = _latest(session, profile.name)
    previous = session.execute(
        select(PolicyProfile).where(PolicyProfile.name == profile.name, PolicyProfile.version < profile.version)
        .order_by(PolicyProfile.version.desc()).limit(1)
    ).scalar()
    changes = diff_rules(dict(previous.rules or {}), dict(profile.rules or {})) if previous is not None else {}
    return ProfileVersion(
        id=profile.id, name=profile.name, version=profile.version, valid_from=profile.valid_from,
        institution=profile.institution or "", note=profile.note or "", created_by=profile.created_by or "",
        created_at=profile.created_at, rules=rules, extras=extras,
        latest_version=latest.version if latest is not None else profile.version,
        cases=_cases_of(session, profile.id), changes=changes, problem=problem,
        unknown=unknown_keys(dict(profile.rules or {})),
    )


def get_version(db: Database, profile_id: int) -> ProfileVersion:
    """One stored version by its row id."""
    with db.read() as session:
        profile = session.get(PolicyProfile, profile_id)
        if profile is None:
            raise UserError(f"Policy profile version #{profile_id} does not exist (it may have been removed).")
        return _version(session, profile)


def _resolve_name(session: Session, name: str) -> str:
    wanted = name.strip()
    names = session.execute(select(PolicyProfile.name).distinct()).scalars().all()
    if wanted in names:
        return wanted
    matches = [n for n in names if n.casefold() == wanted.casefold()]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(f"“{n}”" for n in sorted(names)) or "none"
    raise UserError(f"There is no policy profile named “{wanted}” (profiles: {known}).")


def find_version(db: Database, name: str, version: int | None = None) -> ProfileVersion:
    """A profile's version by name (case-insensitive) and number; the latest when ``version`` is None."""
    with db.read() as session:
        resolved = _resolve_name(session, name)
        if version is None:
            profile = _latest(session, resolved)
        else:
            profile = session.execute(
                select(PolicyProfile).where(PolicyProfile.name == resolved, PolicyProfile.version == version)
            ).scalar()
        if profile is None:
            latest = _latest(session, resolved)
            raise UserError(f"Policy profile “{resolved}” has no version {version} "
                            f"(versions 1..{latest.version if latest else 0}).")
        return _version(session, profile)


# --- writing -----------------------------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError("A policy profile needs a name.")
    if len(cleaned) > NAME_MAX:
        raise UserError(f"The policy profile name is too long ({len(cleaned)} characters, at most {NAME_MAX}).")
    return cleaned


def _clean_institution(institution: str) -> str:
    cleaned = " ".join(institution.split())
    if len(cleaned) > INSTITUTION_MAX:
        raise UserError(f"The institution name is too long ({len(cleaned)} characters, at most {INSTITUTION_MAX}).")
    return cleaned


def _stored(rules: PolicyRules, extras: Mapping[str, Any], name: str) -> dict[str, Any]:
    """The JSON to store: the documented extras, then the settings. Any other extra key is refused."""
    clean_extras = {k: v for k, v in extras.items() if k not in RULE_FIELDS and k != "rules_version"}
    wrong = sorted(k for k in clean_extras if not is_extra_key(k))
    if wrong:
        raise RulesInvalid(name, [RuleProblem(k, f"unknown setting {k!r} (the institution's own notes are kept "
                                                 "under keys starting with 'x_')") for k in wrong])
    return {**clean_extras, **rules.to_dict()}


def _insert(session: Session, *, name: str, version: int, rules: dict[str, Any], institution: str, note: str,
            valid_from: date | None, actor: str) -> PolicyProfile:
    profile = PolicyProfile(name=name, version=version, valid_from=valid_from, institution=institution,
                            rules=rules, note=note.strip(), created_by=actor)
    session.add(profile)
    try:
        session.flush()
    except IntegrityError:
        raise ConflictError(f"Policy profile “{name}” version {version} was saved by someone else a moment ago. "
                            "Your change was not saved: reload the profile and make it again.") from None
    return profile


def create_profile(db: Database, actor: str, name: str, rules: PolicyRules | None = None, *, institution: str = "",
                   note: str = "", valid_from: date | None = None,
                   extras: Mapping[str, Any] | None = None) -> SavedVersion:
    """A new profile (version 1) with the given rules, or the defaults."""
    cleaned = _clean_name(name)
    rules = rules if rules is not None else PolicyRules()
    _check(rules, cleaned)
    stored = _stored(rules, extras or {}, cleaned)
    with db.write() as session:
        _require_new_name(session, cleaned)
        profile = _insert(session, name=cleaned, version=1, rules=stored,
                          institution=_clean_institution(institution), note=note, valid_from=valid_from, actor=actor)
        audit.record(session, actor, "policy.create", "policy_profile", profile.id,
                     {"name": cleaned, "version": 1, "valid_from": valid_from, "note": profile.note,
                      "rules": stored})
        return SavedVersion(profile.id, cleaned, 1, "created")


def _require_new_name(session: Session, name: str) -> None:
    names = session.execute(select(PolicyProfile.name).distinct()).scalars().all()
    clash = next((n for n in names if n.casefold() == name.casefold()), None)
    if clash is not None:
        raise UserError(f"A policy profile named “{clash}” already exists: choose another name, or save a new "
                        "version of that profile.")


def copy_profile(db: Database, actor: str, source_id: int, new_name: str, *, institution: str | None = None,
                 note: str = "", valid_from: date | None = None) -> SavedVersion:
    """A new profile (version 1) starting from the rules of a stored version of another profile."""
    cleaned = _clean_name(new_name)
    with db.write() as session:
        source = session.get(PolicyProfile, source_id)
        if source is None:
            raise UserError(f"Policy profile version #{source_id} does not exist (it may have been removed).")
        rules, extras, problem = _read_rules(source)
        unknown = unknown_keys(dict(source.rules or {}))
        if problem or unknown:
            raise UserError(f"Cannot copy: {problem or _unknown_problem(source, unknown)}.")
        _require_new_name(session, cleaned)
        stored = _stored(rules, extras, cleaned)
        text = note.strip() or f"Copy of {source.name} v{source.version}"
        profile = _insert(session, name=cleaned, version=1, rules=stored,
                          institution=_clean_institution(source.institution if institution is None else institution),
                          note=text, valid_from=valid_from, actor=actor)
        audit.record(session, actor, "policy.create", "policy_profile", profile.id,
                     {"name": cleaned, "version": 1, "valid_from": valid_from, "note": text,
                      "copied_from": {"id": source.id, "name": source.name, "version": source.version},
                      "rules": stored})
        return SavedVersion(profile.id, cleaned, 1, "copied")


def save_new_version(db: Database, actor: str, name: str, rules: PolicyRules, note: str, valid_from: date | None,
                     expected_latest_version: int | None, *, institution: str | None = None,
                     extras: Mapping[str, Any] | None = None) -> SavedVersion:
    """Save an edit of profile ``name`` as version N+1; version N and all before stay as they are.

    ``expected_latest_version`` is the latest version the editor knew of: if someone saved another version
    since, nothing is written and ``ConflictError`` says so (None skips the check). The documented extras
    (``extras``; by default those of the latest version) are carried over; unknown keys of the latest version
    are not (the changes list them as removed). ``institution`` None keeps the latest version's. Saving the
    same rules, date and institution again is refused."""
    _check(rules, name.strip())
    with db.write() as session:
        resolved = _resolve_name(session, name)
        latest = _latest(session, resolved)
        assert latest is not None
        if expected_latest_version is not None and latest.version != expected_latest_version:
            raise ConflictError(
                f"Policy profile “{resolved}” was changed by someone else after you opened it: version "
                f"{latest.version} was saved by {latest.created_by or 'another user'} "
                f"(you edited from version {expected_latest_version}). Your change was not saved: reload the "
                "profile and make it again.")
        _known, latest_extras = split_rules(dict(latest.rules or {}))
        stored = _stored(rules, latest_extras if extras is None else extras, resolved)
        changes = diff_rules(dict(latest.rules or {}), stored)
        new_institution = latest.institution if institution is None else _clean_institution(institution)
        if not changes and valid_from == latest.valid_from and new_institution == latest.institution:
            raise UserError(f"Nothing to save: version {latest.version} of “{resolved}” already has these rules.")
        version = latest.version + 1
        profile = _insert(session, name=resolved, version=version, rules=stored, institution=new_institution,
                          note=note, valid_from=valid_from, actor=actor)
        payload: dict[str, Any] = {
            "name": resolved, "version": version, "previous_version": latest.version, "previous_id": latest.id,
            "valid_from": valid_from, "note": profile.note, "changes": changes,
        }
        if new_institution != latest.institution:
            payload["institution"] = {"from": latest.institution, "to": new_institution}
        if valid_from != latest.valid_from:
            payload["valid_from_changed"] = {"from": latest.valid_from, "to": valid_from}
        audit.record(session, actor, "policy.version", "policy_profile", profile.id, payload)
        return SavedVersion(profile.id, resolved, version, "new_version", changes)


__all__ = [
    "RULES_VERSION", "CaseUse", "ProfileRow", "ProfileVersion", "RuleProblem", "RulesInvalid", "SavedVersion",
    "VersionRow", "build_rules", "cases_using", "copy_profile", "create_profile", "diff_rules", "find_version",
    "get_version", "grade_table_problems", "list_profiles", "rules_problems", "save_new_version", "split_rules",
    "unknown_keys",
]
