"""``gui`` (the default): the desktop application."""

from __future__ import annotations

import argparse
import time
from typing import Any

from app.cli import add_command

_STARTED = time.perf_counter()


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "gui", "start the desktop application (the default)", run_gui)
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--open", dest="open_files", action="append", metavar="FILE",
                        help="show what the importers find in FILE and offer to add it to a case")


def run_gui(args: argparse.Namespace) -> int:
    from app.logs import setup_logging
    from app.ui.application import run

    return run(getattr(args, "db", None), log_file=str(setup_logging()),
               exit_after_paint=getattr(args, "exit_after_paint", False), started=_STARTED,
               open_files=getattr(args, "open_files", None) or [])
