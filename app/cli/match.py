"""``match --programme CODE --credential FILE...``: match credentials against a programme's components.

For each component (or each one named with ``--components``): coverage of its outcomes, the best incoming
outcome for each (score and the layer that produced it: lexical, glossary or embedding), whether the workload is
enough, and the proposal of the policy profile with its reasons. Nothing is written: the committee decides.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli import EXIT_OK, add_command, open_db


def register(subparsers: Any) -> None:
    from app.translation import available_languages

    parser = add_command(
        subparsers,
        "match",
        "match credential files against a programme's components and show the proposed decisions",
        run,
    )
    parser.add_argument("--programme", required=True, metavar="CODE", help="programme code in the catalogue")
    parser.add_argument("--year", metavar="YYYY/YYYY", help="academic year of the programme (default: the latest)")
    parser.add_argument(
        "--credential",
        required=True,
        nargs="+",
        action="extend",
        metavar="FILE",
        help="credential files (badge, verifiable credential, Europass, PDF); repeatable",
    )
    parser.add_argument("--components", metavar="CODES", help="only these components, comma-separated: ОК5,ОК7")
    parser.add_argument("--profile", metavar="NAME", help="policy profile (default: the most recent one)")
    parser.add_argument(
        "--cap-used",
        type=float,
        default=0.0,
        metavar="CREDITS",
        help="credits already recognised for the student (counted towards the cap)",
    )
    parser.add_argument("--no-embedding", action="store_true", help="do not use the optional embedding layer")
    parser.add_argument("--json", action="store_true", help="print JSON: one object per component")
    parser.add_argument("--lang", choices=available_languages(), default="en",
                        help="language of the reasons and statements (default: English)")


def run(args: argparse.Namespace) -> int:
    from app.domain.explanation import matched_part_message
    from app.matching.policy import decision_message
    from app.messages import msg
    from app.reports.vocabulary import name
    from app.services.matching import match_programme
    from app.translation import load_translator, render_message

    tr = load_translator(args.lang)

    codes = [c.strip() for c in (args.components or "").split(",") if c.strip()] or None
    db = open_db(args)
    report = match_programme(
        db,
        args.programme,
        args.credential,
        components=codes,
        academic_year=args.year,
        profile=args.profile,
        cap_used=args.cap_used,
        embedding=False if args.no_embedding else None,
    )
    if args.json:
        json.dump([c.to_json(tr) for c in report.components], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print(render_message(msg("Programme {programme} ({year}); rules: {profile}", programme=report.programme,
                             year=report.academic_year, profile=report.profile), tr))
    for comp in report.components:
        print()
        proposal = render_message(decision_message(comp.proposal), tr).upper()
        print(render_message(msg("{code} {title} — {ects} ECTS: {proposal} (coverage {coverage}%)", code=comp.code,
                                 title=comp.title, ects=comp.ects, proposal=proposal,
                                 coverage=round(comp.coverage * 100)), tr))
        for pair in comp.pairs:
            mark = {"covered": "+", "partly": "~", "not": "-"}.get(pair["status"], " ")
            print(f"  {mark} {pair['component_outcome']}")
            if pair["credential_outcome"]:
                layer = name("layer", pair["layer"], tr)
                print(f"      ← {pair['credential_outcome']}  [{tr.number(pair['score'], 2)} {layer}]")
                if pair.get("credential_part"):
                    print(f"        {render_message(matched_part_message(pair['credential_part']), tr)}")
        if comp.statement:
            print(f"  {render_message(comp.statement, tr)}")
        for note in comp.notes:
            print("  " + render_message(msg("note: {note}", note=note), tr))
        for text in comp.reason_texts(tr):
            print(f"  - {text}")
    return EXIT_OK
