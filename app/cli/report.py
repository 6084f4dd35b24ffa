"""``report``: case report, register of decisions and statistics as Excel workbooks; the protocol, its extract,
the order and the applicant's notice as PDF; the decision record as JSON."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from app.cli import EXIT_OK, add_command, open_db
from app.errors import UserError


def _date(text: str) -> date:
    for parse in (date.fromisoformat, _dotted):
        try:
            return parse(text)
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD or DD.MM.YYYY")


def _dotted(text: str) -> date:
    day, month, year = text.split(".")
    return date(int(year), int(month), int(day))


def _lang(parser: argparse.ArgumentParser) -> None:
    from app.translation import available_languages

    parser.add_argument("--lang", choices=available_languages(), default="uk",
                        help="language of the report (any language with a catalogue in resources/i18n)")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("report", help="reports: case, register, statistics; protocol, order, notice, "
                                   "extract, decision",
                                   description="Excel reports and the commission's protocol.")
    actions = parser.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    case = add_command(actions, "case", "one case as a workbook (Summary, Evidence, Outcomes, Decisions)", run_case)
    case.add_argument("case_no", metavar="CASE_NO", help="registration number of the case")
    case.add_argument("--out", required=True, metavar="FILE.xlsx")
    _lang(case)

    reg = add_command(actions, "register", "register of decisions, one row per current decision line", run_register)
    reg.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="decisions on or after this date")
    reg.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="decisions on or before this date")
    reg.add_argument("--programme", metavar="CODE", help="only this programme (code)")
    reg.add_argument("--faculty", metavar="NAME", help="only this faculty (exact name)")
    reg.add_argument("--out", required=True, metavar="FILE.xlsx")
    _lang(reg)

    stats = add_command(actions, "stats", "statistics with charts (cases per month, decisions, credits, providers, "
                        "authenticity of evidence)", run_stats)
    stats.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    stats.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    stats.add_argument("--out", required=True, metavar="FILE.xlsx")
    _lang(stats)

    protocol = add_command(actions, "protocol", "the commission's protocol for a case as a PDF (a draft until "
                           "it is signed)", run_protocol)
    protocol.add_argument("case_no", metavar="CASE_NO")
    protocol.add_argument("--out", required=True, metavar="FILE.pdf")
    protocol.add_argument("--lang", choices=("uk", "en"), default="uk",
                          help="uk (the signed original) or en (a version for a foreign applicant)")

    order = add_command(actions, "order", "the order (наказ) from the institution's template, as a PDF", run_order)
    order.add_argument("case_no", metavar="CASE_NO")
    order.add_argument("--out", required=True, metavar="FILE.pdf")

    notice = add_command(actions, "notice", "the applicant's notice of the decision, as a PDF", run_notice)
    notice.add_argument("case_no", metavar="CASE_NO")
    notice.add_argument("--out", required=True, metavar="FILE.pdf")
    notice.add_argument("--lang", choices=("uk", "en"), default="uk")

    extract = add_command(actions, "extract", "an extract from the signed protocol for the applicant, as a PDF",
                          run_extract)
    extract.add_argument("case_no", metavar="CASE_NO")
    extract.add_argument("--out", required=True, metavar="FILE.pdf")
    extract.add_argument("--lang", choices=("uk", "en"), default="uk")

    decision = add_command(actions, "decision", "the decision record as JSON (resources/schemas/"
                           "decision-record.schema.json)", run_decision)
    decision.add_argument("case_no", metavar="CASE_NO")
    decision.add_argument("--out", required=True, metavar="FILE.json")


class _Printer:
    """Progress on the terminal: one updated line, only for long work."""

    def __init__(self) -> None:
        self.shown = False

    def report(self, done: int, total: int, message: str = "") -> None:
        import sys

        if total and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
            self.shown = True

    @property
    def cancelled(self) -> bool:
        return False

    def close(self) -> None:
        import sys

        if self.shown:
            print(file=sys.stderr)


def run_case(args: argparse.Namespace) -> int:
    from app.services.reports import export_case_report

    path = export_case_report(open_db(args), args.case_no, args.out, args.lang)
    print(f"case report written to {path}")
    return EXIT_OK


def run_register(args: argparse.Namespace) -> int:
    from app.reports.data import RegisterFilter
    from app.services.reports import export_register

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UserError(f"--from {args.date_from:%d.%m.%Y} is after --to {args.date_to:%d.%m.%Y}.")
    flt = RegisterFilter(args.date_from, args.date_to, args.programme, args.faculty)
    printer = _Printer()
    try:
        count = export_register(open_db(args), args.out, flt, args.lang, progress=printer)
    finally:
        printer.close()
    print(f"register written to {args.out}: {count} decision lines")
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    from app.services.reports import export_statistics

    stats = export_statistics(open_db(args), args.out, args.lang, args.date_from, args.date_to)
    print(f"statistics written to {args.out}: {stats.cases} cases, {stats.lines_decided} decisions, "
          f"{stats.credits_recognised:g} ECTS credits recognised")
    return EXIT_OK


def run_protocol(args: argparse.Namespace) -> int:
    from app.services.reports import export_protocol

    path = export_protocol(open_db(args), args.case_no, args.out, lang=args.lang)
    print(f"protocol written to {path}")
    return EXIT_OK


def run_order(args: argparse.Namespace) -> int:
    from app.services.reports import export_order

    print(f"order written to {export_order(open_db(args), args.case_no, args.out)}")
    return EXIT_OK


def run_notice(args: argparse.Namespace) -> int:
    from app.services.reports import export_notice

    print(f"notice written to {export_notice(open_db(args), args.case_no, args.out, args.lang)}")
    return EXIT_OK


def run_extract(args: argparse.Namespace) -> int:
    from app.services.reports import export_extract

    print(f"extract written to {export_extract(open_db(args), args.case_no, args.out, args.lang)}")
    return EXIT_OK


def run_decision(args: argparse.Namespace) -> int:
    from app.services.reports import export_decision

    print(f"decision record written to {export_decision(open_db(args), args.case_no, args.out)}")
    return EXIT_OK
