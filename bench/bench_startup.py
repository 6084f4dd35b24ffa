"""Start-up time: from launching the process to the first paint of the main window.

Baseline: a bare PySide6 program that opens an empty QMainWindow and quits at its first paint, measured in the
same run. Target: the application with the demo database paints within 1.5 s (warm: the first, cold run is
reported separately and not counted).

    python -m bench.bench_startup [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.results import compile_application, write_section

ROOT = Path(__file__).resolve().parent.parent
BARE_QT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
w = QMainWindow(); w.resize(1360, 820); f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def _app_times(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Seconds from launching the process to the first paint, and to the cases list being filled; how many of the
    matching stack's modules (numpy, rapidfuzz, simplemma) were loaded by then."""
    launched = time.time()
    out = subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=120).stdout
    fields = out.split()
    stamps = dict(zip(fields[::2], fields[1::2], strict=False))
    return (float(stamps["paint-epoch"]) - launched, float(stamps["ready-epoch"]) - launched,
            int(stamps.get("matching-modules-loaded", -1)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_application()  # each launch runs the application as installed, not compile it
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RD_DATA_DIR=tmp, RD_ACTOR="bench")
        subprocess.run([sys.executable, "main.py", "demo"], cwd=ROOT, env=env, check=True, capture_output=True)
        app_cmd = [sys.executable, "main.py", "gui", "--exit-after-paint"]
        base_cmd = [sys.executable, "-c", BARE_QT]
        cold_app = _app_times(app_cmd, env)[0]
        _time(base_cmd, env)
        app_times, ready_times, base_times = [], [], []
        matching_loaded = 0
        for _ in range(args.runs):
            base_times.append(_time(base_cmd, env))
            paint, ready, matching = _app_times(app_cmd, env)
            app_times.append(paint)
            ready_times.append(ready)
            matching_loaded = max(matching_loaded, matching)
    app_median, base_median = statistics.median(app_times), statistics.median(base_times)
    ready_median = statistics.median(ready_times)
    body = (
        "## Start-up to first paint (`python -m bench.bench_startup`)\n\n"
        "| measure | seconds |\n|---|---|\n"
        f"| baseline: bare PySide6 QMainWindow, launch to exit after first paint, median of {args.runs} | "
        f"{base_median:.3f} |\n"
        f"| Recognition Desk, launch to first paint, warm, median of {args.runs} | {app_median:.3f} |\n"
        f"| Recognition Desk, launch to cases list filled (demo database), warm | {ready_median:.3f} |\n"
        f"| Recognition Desk, first (cold) run | {cold_app:.3f} |\n"
        f"| ratio app / baseline (warm) | {app_median / base_median:.2f}× |\n"
        f"| matching stack (numpy, rapidfuzz, simplemma) loaded when the list is shown | "
        f"{'no' if matching_loaded == 0 else 'yes'} |\n\n"
        f"Target: warm start to first paint < 1.5 s — {'met' if app_median < 1.5 else 'NOT met'}. Times run from "
        "launching the process (Python interpreter start included; the application's modules compiled beforehand, "
        "as an installed application's are); the database layer is imported and opened "
        "after the first paint, and the cases are loaded in the background; the window's features (and with them "
        "the matching stack) are loaded in the background once the list is shown."
    )
    write_section("startup", body)
    print(body)


if __name__ == "__main__":
    main()
