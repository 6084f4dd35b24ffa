"""Start-up of the frozen one-folder build (installer/build.sh) against the same application run from source.

Launch to first paint of the main window (``gui --exit-after-paint``) on a demo database, offscreen:
- cold: the operating system's file cache is emptied first (``/proc/sys/vm/drop_caches``, needs root on Linux;
  reported as "not measured" elsewhere), as after a reboot of an office PC;
- warm: median of several runs right after each other.
Baseline, measured in the same run: a bare PySide6 program that paints an empty QMainWindow and quits.

    bash installer/build.sh && python -m bench.bench_frozen_startup [--runs 5]
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

from bench.bench_startup import BARE_QT
from bench.results import write_section

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "RecognitionDesk" / ("RecognitionDesk.exe" if sys.platform == "win32" else "RecognitionDesk")
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def _drop_caches() -> bool:
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
        return True
    except OSError:
        return False


def _paint_time(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from launching the process to the main window's first paint (wall clock)."""
    launched = time.time()
    out = subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=180).stdout
    fields = out.split()
    stamps = dict(zip(fields[::2], fields[1::2], strict=False))
    if "paint-epoch" in stamps:
        return float(stamps["paint-epoch"]) - launched
    return time.time() - launched  # a build without the stamp: whole run as an upper bound


def _wall(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=180)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not FROZEN.exists():
        raise SystemExit(f"{FROZEN} not found: run installer/build.sh first")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RD_DATA_DIR=tmp)
        subprocess.run([sys.executable, "main.py", "demo"], cwd=ROOT, env=env, check=True, capture_output=True)
        commands = {
            "frozen": [str(FROZEN), "gui", "--exit-after-paint"],
            "source": [sys.executable, "main.py", "gui", "--exit-after-paint"],
        }
        base_cmd = [sys.executable, "-c", BARE_QT]
        cold: dict[str, float | None] = {}
        for name, cmd in commands.items():
            cold[name] = _paint_time(cmd, env) if _drop_caches() else None
        cold_base = _wall(base_cmd, env) if _drop_caches() else None
        warm: dict[str, list[float]] = {name: [] for name in commands}
        base: list[float] = []
        for cmd in commands.values():
            _paint_time(cmd, env)  # fill the cache
        for _ in range(args.runs):
            base.append(_wall(base_cmd, env))
            for name, cmd in commands.items():
                warm[name].append(_paint_time(cmd, env))

    def cell(value: float | None) -> str:
        return "not measured (no permission to empty the file cache)" if value is None else f"{value:.2f}"

    base_median = statistics.median(base)
    frozen_warm, source_warm = statistics.median(warm["frozen"]), statistics.median(warm["source"])
    size = sum(p.stat().st_size for p in FROZEN.parent.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    body = (
        "## Frozen build start-up (`python -m bench.bench_frozen_startup`)\n\n"
        f"Launch to first paint of the main window on the demo database, offscreen; one-folder build of "
        f"{size:.0f} MB.\n\n"
        "| measure | cold (file cache emptied) s | warm s, median of " f"{args.runs} |\n|---|---|---|\n"
        f"| baseline: bare PySide6 QMainWindow from source | {cell(cold_base)} | {base_median:.2f} |\n"
        f"| Recognition Desk, frozen (dist/RecognitionDesk) | {cell(cold['frozen'])} | {frozen_warm:.2f} |\n"
        f"| Recognition Desk, from source (python main.py) | {cell(cold['source'])} | {source_warm:.2f} |\n"
        f"| ratio frozen / baseline (warm) | | {frozen_warm / base_median:.2f}× |\n"
        f"| ratio frozen / source (warm) | | {frozen_warm / source_warm:.2f}× |\n\n"
        "Target (as for the source start-up): first paint within 1.5 s warm — "
        f"{'met' if frozen_warm < 1.5 else 'NOT met'} by the frozen build."
    )
    write_section("frozen-startup", body)
    print(body)


if __name__ == "__main__":
    main()
