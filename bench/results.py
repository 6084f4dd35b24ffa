"""Write one benchmark's section of bench/RESULTS.md, leaving the other sections as they are.

Each section sits between ``<!-- begin NAME -->`` and ``<!-- end NAME -->`` markers, so benchmarks can be run
one at a time and in any order.
"""

from __future__ import annotations

import platform
import re
from datetime import datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = (
    "# Benchmark results\n\n"
    "Each section is rewritten by its benchmark; ratios compare with a baseline measured in the same run.\n"
)


def compile_application() -> None:
    """Write the bytecode of the application's modules, as installing a package does (pip compiles what it
    installs; the frozen build ships bytecode), before fresh processes are timed: run from a source tree with
    PYTHONDONTWRITEBYTECODE set, every process would otherwise compile every module it imports (about 45 ms for
    the matching modules alone), which the baselines, imported from compiled packages, never pay."""
    import compileall

    compileall.compile_dir(Path(__file__).resolve().parents[1] / "app", quiet=1)


def machine() -> str:
    import os

    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{python}, {os.cpu_count()} CPUs, {platform.machine()}"


def write_section(name: str, body: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    block = f"<!-- begin {name} -->\n{body.rstrip()}\n\n_Measured {stamp} on {machine()}._\n<!-- end {name} -->"
    pattern = re.compile(rf"<!-- begin {re.escape(name)} -->.*?<!-- end {re.escape(name)} -->", re.S)
    text = pattern.sub(lambda _m: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(text, encoding="utf-8")
