"""``policy list | show``: the versioned policy profiles from the command line (editing is done in the GUI)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli import EXIT_OK, add_command, open_db


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("policy", help="policy profiles: list, show a version",
                                   description="The institution's policy profiles (recognition rules) and their "
                                               "versions. Every edit is a new version; cases keep theirs.")
    actions = parser.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    add_command(actions, "list", "list the policy profiles and their versions", list_)
    show = add_command(actions, "show", "show the rules of one version of a policy profile", show_)
    show.add_argument("name", metavar="NAME", help="profile name (case-insensitive)")
    show.add_argument("--version", type=int, metavar="N", help="version number (default: the latest)")
    show.add_argument("--json", action="store_true", help="print the version as JSON")


def list_(args: argparse.Namespace) -> int:
    from app.services.policy import list_profiles

    profiles = list_profiles(open_db(args))
    if not profiles:
        print("No policy profiles yet: create one in the application (Catalogue ▸ Policy profiles).")
        return EXIT_OK
    for profile in profiles:
        print(f"{profile.name} — {profile.institution or 'no institution'}")
        for v in profile.versions:
            valid = v.valid_from.isoformat() if v.valid_from else "—"
            note = f"  {v.note}" if v.note else ""
            print(f"  v{v.version}  valid from {valid}  saved {v.created_at:%Y-%m-%d %H:%M} by {v.created_by or '—'}"
                  f"  {v.cases} case(s){note}")
    return EXIT_OK


def _as_json(version: Any) -> dict[str, Any]:
    return {
        "id": version.id, "name": version.name, "version": version.version,
        "latest_version": version.latest_version, "is_latest": version.is_latest,
        "valid_from": version.valid_from.isoformat() if version.valid_from else None,
        "institution": version.institution, "note": version.note, "created_by": version.created_by,
        "created_at": version.created_at.isoformat(timespec="seconds"),
        "rules": version.rules_dict(), "changes_from_previous": version.changes,
        "cases": [{"reg_no": c.reg_no, "applicant": c.applicant, "status": c.status} for c in version.cases],
        "problem": version.problem or None, "unknown_settings": version.unknown or None,
    }


def show_(args: argparse.Namespace) -> int:
    from app.services.policy import find_version

    version = find_version(open_db(args), args.name, args.version)
    data = _as_json(version)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    latest = "latest" if version.is_latest else f"latest is v{version.latest_version}"
    print(f"{version.name} v{version.version} ({latest})")
    print(f"  institution: {version.institution or '—'}")
    print(f"  valid from: {data['valid_from'] or '—'}; saved {data['created_at']} by {version.created_by or '—'}")
    if version.note:
        print(f"  note: {version.note}")
    if version.problem:
        print(f"  problem: {version.problem}")
    if version.unknown:
        print(f"  unknown settings (a typo?), not used and not kept in new versions: "
              f"{', '.join(f'{k} = {v}' for k, v in sorted(version.unknown.items()))}")
    for key, value in data["rules"].items():
        if key == "grade_table":
            continue
        print(f"  {key}: {value}")
    print("  grade table:")
    for band in version.rules.grade_table:
        passed = "pass" if band.passed else "fail"
        print(f"    {band.letter:<3} {band.min_points:g}–{band.max_points:g}  {band.national} ({band.national_uk}, "
              f"{band.national_en}), {passed}")
    print(f"  used by {len(version.cases)} case(s)" + (": " + ", ".join(c.reg_no for c in version.cases)
                                                        if version.cases else ""))
    return EXIT_OK
