"""``programme import | list | export | template``: the programme catalogue from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import EXIT_BAD_INPUT, EXIT_OK, actor_of, add_command, open_db


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("programme", help="programme catalogue: import, list, export",
                                   description="The programme catalogue: import from the Excel template or a "
                                               "programme PDF, list, export to the template.")
    actions = parser.add_subparsers(dest="programme_command", metavar="ACTION", required=True)
    imp = add_command(actions, "import", "import a programme from the Excel template (.xlsx) or a programme PDF",
                      import_)
    imp.add_argument("file", metavar="FILE", help="the .xlsx template or the programme document (.pdf)")
    imp.add_argument("--replace", action="store_true",
                     help="replace the version with the same code and academic year (refused if decisions use it)")
    imp.add_argument("--check", action="store_true", help="only check the file and list problems; save nothing")
    imp.add_argument("--code", help="programme code to use (PDF documents usually carry none)")
    imp.add_argument("--year", metavar="YYYY/YYYY", help="academic year to use instead of the one in the file")
    add_command(actions, "list", "list the programme versions in the catalogue", list_)
    exp = add_command(actions, "export", "export a programme version to the Excel template", export)
    exp.add_argument("code", metavar="CODE", help="programme code")
    exp.add_argument("--year", metavar="YYYY/YYYY", help="academic year (default: the latest version)")
    exp.add_argument("--out", metavar="FILE.xlsx", required=True, help="the workbook to write")
    tpl = add_command(actions, "template", "write the blank Excel template", template)
    tpl.add_argument("--out", metavar="FILE.xlsx", required=True, help="the workbook to write")


def _print_problems(lines: list[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def import_(args: argparse.Namespace) -> int:
    from app.domain.programme import clean_text, normalize_academic_year
    from app.errors import UserError
    from app.services.catalogue import ProgrammeInvalid, problems_before_saving, read_programme_file, save_programme

    path = Path(args.file)
    data = read_programme_file(path)
    if args.code:
        data.code = clean_text(args.code)
        data.problems = [p for p in data.problems if "programme code" not in p.message]
    if args.year:
        year = normalize_academic_year(args.year)
        if year is None:
            raise UserError(f"--year {args.year!r} is not an academic year like 2025/2026.")
        data.academic_year = year
        data.problems = [p for p in data.problems if "academic year" not in p.message]
    if args.check:
        problems = problems_before_saving(data)
        _print_problems([p.describe(path.name) for p in problems])
        errors = sum(1 for p in problems if p.is_error)
        print(f"{path.name}: {errors} error(s), {len(problems) - errors} warning(s); nothing was saved.")
        return EXIT_BAD_INPUT if errors else EXIT_OK
    try:
        result = save_programme(open_db(args), actor_of(args), data, replace=args.replace)
    except ProgrammeInvalid as exc:
        _print_problems(exc.lines())
        errors = sum(1 for p in exc.problems if p.is_error)
        print(f"{path.name}: {errors} error(s); nothing was saved.", file=sys.stderr)
        return EXIT_BAD_INPUT
    _print_problems([p.describe(path.name) for p in result.warnings])
    print(result.summary())
    return EXIT_OK


def list_(args: argparse.Namespace) -> int:
    from app.domain.programme import format_number
    from app.services.catalogue import list_programmes

    rows = list_programmes(open_db(args))
    if not rows:
        print("The catalogue is empty: import a programme with 'programme import FILE'.")
        return EXIT_OK
    widths = (max(len(r.code) for r in rows), 9)
    print(f"{'code':<{widths[0]}}  {'year':<{widths[1]}}  {'ECTS':>5}  {'comp.':>5}  {'PLO':>4}  {'cases':>5}  title")
    for row in rows:
        print(f"{row.code:<{widths[0]}}  {row.academic_year:<{widths[1]}}  {format_number(row.total_ects):>5}  "
              f"{row.components:>5}  {row.outcomes:>4}  {row.cases:>5}  {row.title}")
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    from app.services.catalogue import export_programme, find_programme

    db = open_db(args)
    programme_id = find_programme(db, args.code, args.year)
    path = export_programme(db, programme_id, args.out)
    print(f"Exported programme {args.code} to {path}")
    return EXIT_OK


def template(args: argparse.Namespace) -> int:
    from app.importers.catalogue.excel_writer import write_template

    print(f"Wrote the blank programme template to {write_template(args.out)}")
    return EXIT_OK
