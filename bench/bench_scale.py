"""Ten years of a faculty's data: the audit log, the lists and the reports at scale, against baselines.

Builds ten-year databases with ``bench.make_decade`` at two sizes (SQLite; PostgreSQL too with ``--pg URL`` when
its driver is installed) and measures, each in a fresh process so that peak memory is that run's own:

- ``audit verify`` (``app.services.audit.verify_database``) against a plain DB-API cursor computing the same
  hashes over the same rows; target within 2×, memory flat in the number of entries;
- ``report register`` (``export_register``) against the same rows written to a bare write-only openpyxl workbook;
  target within 1.3×, memory flat;
- the statistics (``app.services.reports.statistics``, SQL aggregates) and the statistics workbook; target < 1 s;
- the cases list: the service call on its own (and whether the matching stack or numpy was imported on the way),
  and the application from launch to the cases shown, warm and cold (file cache emptied, needs root); targets
  1.5 s warm, 2.5 s cold;
- the backup copy made before a migration (``app.migrations.backup_sqlite``).

Peak memory is the growth of the process's peak resident set size during the measured call (VmHWM reset after
start-up, Linux). Each target is judged in code and the section of ``bench/RESULTS.md`` is rewritten.

    python -m bench.bench_scale [--sizes 1000,5000] [--runs 3] [--dir DIR] [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_register import _reset_peak, _rss_now_mb, _rss_peak_mb
from bench.results import write_section

ROOT = Path(__file__).resolve().parent.parent
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
VERIFY_TARGET, REGISTER_TARGET, STATS_TARGET = 2.0, 1.3, 1.0
LIST_WARM_TARGET, LIST_COLD_TARGET = 1.5, 2.5
FLAT_SLACK_MB = 8.0  # memory counts as flat when the larger database needs at most this much more


# --- measured children ----------------------------------------------------------------------------------------
def _plain_cursor_verify(url: str) -> int:
    """The baseline: the same hashes from a bare DB-API cursor (no ORM, no SQLAlchemy result processing)."""
    from datetime import datetime

    from sqlalchemy import create_engine

    from app.services.audit import GENESIS_HASH, entry_hash

    engine = create_engine(url)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute('SELECT id, at, actor, action, entity, entity_id, payload, prev_hash, hash '
                       'FROM audit_entry ORDER BY id')
        expected, checked = GENESIS_HASH, 0
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                break
            for _id, at, actor, action, entity, entity_id, payload, prev_hash, digest in rows:
                checked += 1
                when = datetime.fromisoformat(at) if isinstance(at, str) else at
                data = json.loads(payload) if isinstance(payload, str) else payload
                if prev_hash != expected or entry_hash(prev_hash, when, actor, action, entity, entity_id,
                                                       data) != digest:
                    raise SystemExit(f"baseline: chain broken at entry {_id}")
                expected = digest
        cursor.close()
    finally:
        raw.close()
        engine.dispose()
    return checked


def run_child(variant: str, url: str, out: str) -> dict[str, Any]:
    import gc

    result: dict[str, Any] = {"variant": variant}
    if variant == "list":  # a fresh process: what the way to the cases list imports, and how long it takes
        t0 = time.perf_counter()
        from app.db import Database
        from app.services.cases import list_cases

        db = Database(url)
        imported = time.perf_counter() - t0
        t1 = time.perf_counter()
        rows = list_cases(db)
        result.update(seconds=time.perf_counter() - t1, import_seconds=imported, rows=len(rows),
                      matching_imported="app.matching" in sys.modules or "numpy" in sys.modules)
        return result
    from app.db import Database

    db = Database(url)
    with db.read() as session:  # connect before measuring
        session.connection()
    gc.collect()
    start_rss = _rss_now_mb()
    reset = _reset_peak()
    t0 = time.perf_counter()
    if variant == "verify-baseline":
        result["count"] = _plain_cursor_verify(url)
    elif variant == "verify":
        from app.services.audit import verify_database

        report = verify_database(db)
        assert report.ok, report.problem
        result["count"] = report.checked
    elif variant == "register-baseline":
        from openpyxl import Workbook

        from app.reports.data import RegisterFilter
        from app.services import reports

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Register")
        result["count"] = sum(1 for row in reports.iter_register(db, RegisterFilter()) if ws.append(row) is None)
        wb.save(out)
    elif variant == "register":
        from app.reports.data import RegisterFilter
        from app.services import reports

        result["count"] = reports.export_register(db, out, RegisterFilter(), "uk")
    elif variant == "stats":
        from app.services.reports import statistics as stats_of

        first = time.perf_counter()
        stats = stats_of(db)
        result["first_seconds"] = time.perf_counter() - first
        times = []
        for _ in range(3):
            t = time.perf_counter()
            stats_of(db)
            times.append(time.perf_counter() - t)
        result["warm_seconds"] = statistics.median(times)
        result["count"] = stats.lines_decided
    elif variant == "stats-export":
        from app.services.reports import export_statistics

        result["count"] = export_statistics(db, out, "uk").lines_decided
    elif variant == "backup":
        from app.migrations import backup_sqlite

        assert db.path is not None
        target = backup_sqlite(db.path, "bench")
        result["count"] = target.stat().st_size
        target.unlink()
    else:
        raise SystemExit(f"unknown variant {variant}")
    result["seconds"] = time.perf_counter() - t0
    peak = _rss_peak_mb()
    result["rss_growth_mb"] = peak - start_rss if reset else None
    result["peak_rss_mb"] = peak
    db.dispose()
    return result


def _child(variant: str, url: str, out: Path, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "bench.bench_scale", "--child", variant, "--db", url,
                           "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise SystemExit(f"{variant} failed:\n{done.stderr[-2000:]}")
    data: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    out.unlink(missing_ok=True)
    return data


def _drop_caches() -> bool:
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
        return True
    except OSError:
        return False


def _cases_shown(url: str, env: dict[str, str]) -> float:
    """Seconds from launching the application to the cases list filled (offscreen)."""
    launched = time.time()
    done = subprocess.run([sys.executable, "main.py", "--db", url, "gui", "--exit-after-paint"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        raise SystemExit(f"the application failed:\n{done.stderr[-2000:]}")
    fields = done.stdout.split()
    stamps = dict(zip(fields[::2], fields[1::2], strict=False))
    return float(stamps["ready-epoch"]) - launched


# --- the run --------------------------------------------------------------------------------------------------
def _median(runs: list[dict[str, Any]], key: str) -> float:
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else float("nan")


def measure_size(url: str, runs: int, tmp: Path, env: dict[str, str], gui: bool) -> dict[str, Any]:
    m: dict[str, Any] = {}
    for variant in ("verify-baseline", "verify", "register-baseline", "register"):
        m[variant] = [_child(variant, url, tmp / f"{variant}.xlsx", env) for _ in range(runs)]
        print(variant, m[variant][-1], flush=True)
    for variant in ("stats", "stats-export", "list"):
        m[variant] = [_child(variant, url, tmp / f"{variant}.xlsx", env)]
        print(variant, m[variant][-1], flush=True)
    if url.startswith("sqlite"):
        m["backup"] = [_child("backup", url, tmp / "backup.xlsx", env)]
        print("backup", m["backup"][-1], flush=True)
    if gui:
        m["cold"] = _cases_shown(url, env) if _drop_caches() else None
        _cases_shown(url, env)
        m["warm"] = statistics.median(_cases_shown(url, env) for _ in range(runs))
        print("cases shown", m["cold"], m["warm"], flush=True)
    return m


def _verdict(ok: bool) -> str:
    return "**met**" if ok else "**missed**"


def report(results: dict[str, dict[str, Any]], builds: dict[str, str], runs: int) -> str:
    lines: list[str] = []
    judged: list[str] = []
    sizes = list(results)
    big = sizes[-1]
    for label in sizes:
        r = results[label]
        vb, vs = _median(r["verify-baseline"], "seconds"), _median(r["verify"], "seconds")
        rb, rs = _median(r["register-baseline"], "seconds"), _median(r["register"], "seconds")
        lines.append(
            f"### {label}: {builds[label]}\n\n"
            "| measure | baseline | Recognition Desk | ratio | RSS growth baseline / ours |\n|---|---|---|---|---|\n"
            f"| audit verify, {r['verify'][0]['count']:,} entries (baseline: plain DB-API cursor, same hashes), "
            f"median of {runs} | {vb:.2f} s | {vs:.2f} s | {vs / vb:.2f}× | "
            f"{_median(r['verify-baseline'], 'rss_growth_mb'):.0f} / {_median(r['verify'], 'rss_growth_mb'):.0f} MB |\n"
            f"| report register, {r['register'][0]['count']:,} lines (baseline: same rows, bare write-only "
            f"workbook), median of {runs} | {rb:.2f} s | {rs:.2f} s | {rs / rb:.2f}× | "
            f"{_median(r['register-baseline'], 'rss_growth_mb'):.0f} / "
            f"{_median(r['register'], 'rss_growth_mb'):.0f} MB |\n"
            f"| statistics (SQL aggregates), first call / warm median of 3 | | "
            f"{r['stats'][0]['first_seconds']:.3f} / {r['stats'][0]['warm_seconds']:.3f} s | | |\n"
            f"| report stats (statistics workbook with charts) | | {r['stats-export'][0]['seconds']:.2f} s | | |\n"
            f"| cases list service: imports / query, {r['list'][0]['rows']:,} cases | | "
            f"{r['list'][0]['import_seconds']:.3f} / {r['list'][0]['seconds']:.3f} s | | "
            f"matching or numpy imported: {'yes' if r['list'][0]['matching_imported'] else 'no'} |\n"
        )
        if "backup" in r:
            lines[-1] += (f"| backup before a migration (SQLite online backup, "
                          f"{r['backup'][0]['count'] / 1e6:.0f} MB) | | {r['backup'][0]['seconds']:.2f} s | | |\n")
        if "warm" in r:
            cold = f"{r['cold']:.2f} s" if r.get("cold") is not None else "not measured (needs root)"
            lines[-1] += (f"| application, launch to cases shown: warm median of {runs} / cold | | "
                          f"{r['warm']:.2f} s / {cold} | | |\n")
    # judged on the largest SQLite database
    r = results[big]
    small = results[sizes[0]]
    vb, vs = _median(r["verify-baseline"], "seconds"), _median(r["verify"], "seconds")
    rb, rs = _median(r["register-baseline"], "seconds"), _median(r["register"], "seconds")
    verify_flat = _median(r["verify"], "rss_growth_mb") <= _median(small["verify"], "rss_growth_mb") + FLAT_SLACK_MB
    register_flat = (_median(r["register"], "rss_growth_mb")
                     <= _median(small["register"], "rss_growth_mb") + FLAT_SLACK_MB)
    judged.append(f"- audit verify within {VERIFY_TARGET:g}× the plain cursor: {vs / vb:.2f}× — "
                  f"{_verdict(vs / vb <= VERIFY_TARGET)}")
    if len(sizes) == 1:  # one size (PostgreSQL): speed only
        judged = [j for j in (
            f"- audit verify within {VERIFY_TARGET:g}× the plain cursor: {vs / vb:.2f}× — "
            f"{_verdict(vs / vb <= VERIFY_TARGET)}",
            f"- register within {REGISTER_TARGET:g}× bare openpyxl: {rs / rb:.2f}× — "
            f"{_verdict(rs / rb <= REGISTER_TARGET)}",
            f"- statistics under {STATS_TARGET:g} s: {r['stats'][0]['first_seconds']:.3f} s — "
            f"{_verdict(r['stats'][0]['first_seconds'] < STATS_TARGET)}")]
        return "\n".join(lines) + f"\nTargets, judged on {big}:\n\n" + "\n".join(judged) + "\n"
    judged.append(f"- audit verify memory flat in the number of entries ({small['verify'][0]['count']:,} → "
                  f"{r['verify'][0]['count']:,} entries: {_median(small['verify'], 'rss_growth_mb'):.0f} → "
                  f"{_median(r['verify'], 'rss_growth_mb'):.0f} MB) — {_verdict(verify_flat)}")
    judged.append(f"- register within {REGISTER_TARGET:g}× bare openpyxl: {rs / rb:.2f}× — "
                  f"{_verdict(rs / rb <= REGISTER_TARGET)}")
    judged.append(f"- register memory flat ({small['register'][0]['count']:,} → {r['register'][0]['count']:,} lines: "
                  f"{_median(small['register'], 'rss_growth_mb'):.0f} → {_median(r['register'], 'rss_growth_mb'):.0f}"
                  f" MB) — {_verdict(register_flat)}")
    stats_s = r["stats"][0]["first_seconds"]
    judged.append(f"- statistics under {STATS_TARGET:g} s (first call in a fresh process): {stats_s:.3f} s — "
                  f"{_verdict(stats_s < STATS_TARGET)}")
    judged.append(f"- the way to the cases list imports neither the matching stack nor numpy — "
                  f"{_verdict(not r['list'][0]['matching_imported'])}")
    if "warm" in r:
        judged.append(f"- cases shown within {LIST_WARM_TARGET:g} s of launch, warm: {r['warm']:.2f} s — "
                      f"{_verdict(r['warm'] <= LIST_WARM_TARGET)}")
        if r.get("cold") is not None:
            judged.append(f"- cases shown within {LIST_COLD_TARGET:g} s of launch, cold: {r['cold']:.2f} s — "
                          f"{_verdict(r['cold'] <= LIST_COLD_TARGET)}")
        else:
            judged.append("- cold start: not measured (emptying the file cache needs root)")
    return "\n".join(lines) + f"\nTargets, judged on {big}:\n\n" + "\n".join(judged) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000", help="numbers of cases, comma-separated (two sizes)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", help="keep the databases here and reuse them in later runs")
    parser.add_argument("--pg", metavar="URL", help="also measure on this (empty) PostgreSQL database, largest size")
    parser.add_argument("--no-write", action="store_true", help="print the section without writing RESULTS.md")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child, args.db, args.out)))
        return
    from bench.make_decade import build, describe

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory(prefix="rd-bench-scale-") as tmp_name:
        tmp = Path(tmp_name)
        folder = Path(args.dir) if args.dir else tmp
        folder.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RD_DATA_DIR=str(tmp))
        results: dict[str, dict[str, Any]] = {}
        builds: dict[str, str] = {}
        for n in sizes:
            path = folder / f"decade-{n}.sqlite3"
            url = "sqlite:///" + path.as_posix()
            label = f"SQLite, {n:,} cases"
            info = folder / f"decade-{n}.json"
            if not path.exists():
                summary = build(url, n)
                info.write_text(json.dumps({"text": describe(summary)}), encoding="utf-8")
            builds[label] = "built by `python -m bench.make_decade`: " + json.loads(info.read_text())["text"]
            print(builds[label], flush=True)
            results[label] = measure_size(url, args.runs, tmp, env, gui=n == sizes[-1])
        pg_note = "PostgreSQL: not measured in this run (no `--pg URL`, or its driver is not installed)."
        if args.pg:
            try:
                summary = build(args.pg, sizes[-1])
                label = f"PostgreSQL, {sizes[-1]:,} cases"
                builds[label] = "built by `python -m bench.make_decade`: " + describe(summary)
                results[label] = measure_size(args.pg, args.runs, tmp, env, gui=False)
                pg_note = ""
            except Exception as exc:  # the driver is missing or the server refuses: say so in the results
                pg_note = f"PostgreSQL: not measured ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})."
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    sqlite_only = {k: v for k, v in results.items() if k.startswith("SQLite")}
    body = (
        "## Ten years of data (`python -m bench.bench_scale`)\n\n"
        + report(sqlite_only, builds, args.runs)
        + ("\n" + report({k: v for k, v in results.items() if k.startswith("PostgreSQL")}, builds, args.runs)
           if any(k.startswith("PostgreSQL") for k in results) else "")
        + (f"\n{pg_note}\n" if pg_note else "")
        + f"\nLoad average (1 min) at the start and the end of the run: {load_before:.1f} and {load_after:.1f} on "
        f"{os.cpu_count()} CPUs: absolute times stretch with the machine's other work, ratios to the baselines "
        "measured alongside much less.\n"
        + "\nEach figure comes from a fresh process; memory is the growth of the peak RSS during the call. "
        "The GUI never blocking more than 100 ms during verify and statistics is checked by "
        "`tests/ui/test_scale_responsive.py` (a timer on the event loop)."
    )
    if not args.no_write:
        write_section("scale", body)
    print(body)


if __name__ == "__main__":
    main()
