"""``demo``: load the demo dataset into the database."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import EXIT_OK, actor_of, add_command, open_db


def register(subparsers: Any) -> None:
    add_command(subparsers, "demo", "load a demo programme, policy profile, commission and cases", run)


def run(args: argparse.Namespace) -> int:
    from app.services.demo import load_demo

    print(load_demo(open_db(args), actor_of(args)))
    return EXIT_OK
