"""Ten years of a faculty's data: the audit log, the lists and the reports at scale, against baselines.

Builds ten-year databases with ``bench.make_decade`` at two sizes (SQLite; PostgreSQL too with ``--pg URL`` when
its driver is installed) and measures, each in a fresh process so that peak memory is that run's own:

- ``audit verify`` (``app.services.audit.verify_database``: the chain of entries, then every sealed row against its
  latest row entry) against a plain DB-API cursor computing the same hashes over the same rows, with the column
  conversions done by hand; target within 2×, memory flat in the number of entries;
- ``report register`` (``export_register``) against the same rows written to a bare write-only openpyxl workbook;
  target within 1.3×, memory flat;
- the statistics (``app.services.reports.statistics``, SQL aggregates) and the statistics workbook; target < 1 s;
- the cases list: the service call on its own (and whether the matching stack or numpy was imported on the way),
  and the application from launch to the cases shown, warm and cold (file cache emptied, needs root); targets
  1.5 s warm, 2.5 s cold;
- backups: the copy made before a migration (``app.migrations.backup_sqlite``), the backup the office makes
  (``app.services.backup.backup_database``: online copy, then checked; ``pg_dump`` on PostgreSQL) and the restore
  of that backup into a new file (``restore_database``, which verifies the whole audit log).

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
def _plain_cursor_verify(url: str) -> tuple[int, int]:
    """The baseline: the same hashes from a bare DB-API cursor (no ORM, no SQLAlchemy result processing): the
    chain of entries, then every sealed row against its latest row entry, as ``audit verify`` checks them."""
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
        checked_rows = _plain_cursor_rows(raw)
    finally:
        raw.close()
        engine.dispose()
    return checked, checked_rows


def _raw_value(sql_type: Any) -> Any:
    """What SQLAlchemy's result processing does for a column, done by hand for the bare cursor (SQLite hands back
    text for dates and JSON, and 0/1 for booleans; PostgreSQL's driver already gives Python values)."""
    from datetime import date, datetime

    from sqlalchemy import JSON, Boolean, Date, DateTime

    if isinstance(sql_type, DateTime):
        return lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(sql_type, Date):
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(sql_type, JSON):
        return lambda v: json.loads(v) if isinstance(v, str) else v
    if isinstance(sql_type, Boolean):
        return lambda v: bool(v) if isinstance(v, int) else v
    return None


def _plain_cursor_rows(raw: Any) -> int:
    """The baseline of the second half of ``audit verify``: every sealed row's hash against its latest row entry,
    from a bare cursor (the same SQL shape: the latest entry found by the database for each row)."""
    from app.models.row_hashes import ROW_ACTIONS, SEALED_TABLES, hashed_columns, row_hash

    checked = 0
    actions = ", ".join(f"'{a}'" for a in ROW_ACTIONS)
    for table in SEALED_TABLES:
        columns = hashed_columns(table)
        names = [c.name for c in columns]
        convert = [(i, f) for i, c in enumerate(columns) if (f := _raw_value(c.type)) is not None]
        cursor = raw.cursor()
        cursor.execute(f'SELECT {", ".join(f"t.{chr(34)}{n}{chr(34)}" for n in names)}, '
                       f"(SELECT a.payload FROM audit_entry AS a WHERE a.entity = '{table.name}' "
                       f"AND a.entity_id = t.id AND a.action IN ({actions}) ORDER BY a.id DESC LIMIT 1) "
                       f'FROM "{table.name}" AS t ORDER BY t.id')
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                break
            for row in rows:
                checked += 1
                values = list(row)
                for i, f in convert:
                    values[i] = f(values[i])
                sealed = json.loads(row[-1]) if isinstance(row[-1], str) else row[-1]
                if row_hash(table, dict(zip(names, values, strict=False))) != (sealed or {}).get("hash"):
                    raise SystemExit(f"baseline: {table.name} row {values[names.index('id')]} does not match")
        cursor.close()
    return checked


def run_child(variant: str, url: str, out: str) -> dict[str, Any]:
    import gc

    result: dict[str, Any] = {"variant": variant}
    if variant == "list":  # a fresh process: what the way to the cases list imports, and how long it takes
        t0, c0 = time.perf_counter(), time.process_time()
        from app.services.case_list import first_page

        page = first_page(url)
        result.update(first_page_seconds=time.perf_counter() - t0, first_page_cpu=time.process_time() - c0,
                      first_page_rows=None if page is None else len(page),
                      first_page_sqlalchemy="sqlalchemy" in sys.modules)
        t0 = time.perf_counter()
        from app.db import Database
        from app.services.cases import list_cases

        db = Database(url)
        imported = time.perf_counter() - t0
        t1, c1 = time.perf_counter(), time.process_time()
        rows = list_cases(db)
        result.update(seconds=time.perf_counter() - t1, cpu_seconds=time.process_time() - c1,
                      import_seconds=imported, rows=len(rows),
                      matching_imported="app.matching" in sys.modules or "numpy" in sys.modules)
        return result
    from app.db import Database

    db = Database(url)
    with db.read() as session:  # connect before measuring
        session.connection()
    gc.collect()
    start_rss = _rss_now_mb()
    reset = _reset_peak()
    t0, c0 = time.perf_counter(), time.process_time()
    if variant == "verify-baseline":
        result["count"], result["rows"] = _plain_cursor_verify(url)
    elif variant == "verify":
        from app.services.audit import verify_database

        report = verify_database(db)
        assert report.ok, report.problem
        result["count"], result["rows"] = report.checked, report.rows_checked
    elif variant == "register-baseline":
        from openpyxl import Workbook

        from app.reports.data import RegisterFilter
        from app.services import reports

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Register")
        # Every printed field of the row (the last, the stored proposal reasons, is what the register renders
        # the reasons column from, not a cell; openpyxl refuses it).
        result["count"] = sum(1 for row in reports.iter_register(db, RegisterFilter()) if ws.append(row[:-1]) is None)
        wb.save(out)
    elif variant == "register":
        from app.reports.data import RegisterFilter
        from app.services import reports

        result["count"] = reports.export_register(db, out, RegisterFilter(), "uk")
    elif variant == "stats":
        from app.services.reports import statistics as stats_of

        first, first_cpu = time.perf_counter(), time.process_time()
        stats = stats_of(db)
        result["first_seconds"] = time.perf_counter() - first
        result["first_cpu"] = time.process_time() - first_cpu
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
    elif variant == "backup-service":  # the daily backup and File ▸ Back up: online copy, then checked
        from app.errors import UserError
        from app.services.backup import backup_database, restore_database

        copy = Path(out).with_suffix(".backup")
        try:
            written = backup_database(db, target=copy)
        except UserError as exc:  # e.g. no pg_dump on PATH
            result["unavailable"] = str(exc)
        else:
            result["count"] = written.stat().st_size
            result["seconds"] = time.perf_counter() - t0
            result["cpu_seconds"] = time.process_time() - c0
            if db.path is not None:  # and restored into a new file: copy, schema, audit entry, whole-log check
                restored = Path(out).with_suffix(".restored.sqlite3")
                t1, c1 = time.perf_counter(), time.process_time()
                outcome = restore_database("sqlite:///" + restored.as_posix(), written, "bench")
                result.update(restore_seconds=time.perf_counter() - t1, restore_cpu=time.process_time() - c1,
                              restore_entries=outcome.entries)
                restored.unlink()
            written.unlink()
        peak = _rss_peak_mb()
        result["rss_growth_mb"] = peak - start_rss if reset else None
        result["peak_rss_mb"] = peak
        db.dispose()
        return result
    else:
        raise SystemExit(f"unknown variant {variant}")
    result["seconds"] = time.perf_counter() - t0
    result["cpu_seconds"] = time.process_time() - c0  # this process's own processor time: what load does not stretch
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


def _cases_shown(url: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from launching the application to the first cases shown and to the whole list (offscreen), and
    the processor time the process had used when the first cases were shown."""
    launched = time.time()
    done = subprocess.run([sys.executable, "main.py", "--db", url, "gui", "--exit-after-paint"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        raise SystemExit(f"the application failed:\n{done.stderr[-2000:]}")
    fields = done.stdout.split()
    stamps = dict(zip(fields[::2], fields[1::2], strict=False))
    return {"shown": float(stamps["shown-epoch"]) - launched, "all": float(stamps["ready-epoch"]) - launched,
            "cpu": float(stamps["cpu-when-shown"]), "sqlalchemy": float(stamps["sqlalchemy-loaded-when-shown"])}


# --- the run --------------------------------------------------------------------------------------------------
def _median(runs: list[dict[str, Any]], key: str) -> float:
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else float("nan")


HEAVY = ("verify-baseline", "verify", "register-baseline", "register")


def measure_size(url: str, runs: int, tmp: Path, env: dict[str, str], gui: bool, cold: bool,
                 skip: set[str]) -> dict[str, Any]:
    m: dict[str, Any] = {}
    for variant in HEAVY:
        if variant.removesuffix("-baseline") not in skip:
            m[variant] = [_child(variant, url, tmp / f"{variant}.xlsx", env) for _ in range(runs)]
            print(variant, m[variant][-1], flush=True)
    for variant in ("stats", "stats-export", "list"):
        m[variant] = [_child(variant, url, tmp / f"{variant}.xlsx", env)]
        print(variant, m[variant][-1], flush=True)
    if url.startswith("sqlite"):
        m["backup"] = [_child("backup", url, tmp / "backup.xlsx", env)]
        print("backup", m["backup"][-1], flush=True)
    m["backup-service"] = [_child("backup-service", url, tmp / "backup-service.xlsx", env)]
    print("backup-service", m["backup-service"][-1], flush=True)
    if gui:
        m["cold"] = _cases_shown(url, env) if cold and _drop_caches() else None
        _cases_shown(url, env)
        m["warm"] = [_cases_shown(url, env) for _ in range(max(runs, 3))]  # (a launch is quick: always 3)
        print("cases shown", m["cold"], m["warm"], flush=True)
    return m


def _verdict(ok: bool) -> str:
    return "**met**" if ok else "**missed**"


def _cpu(runs: list[dict[str, Any]], key: str = "cpu_seconds") -> str:
    return f"{_median(runs, key):.2f} s"


def _table(label: str, build: str, r: dict[str, Any], runs: int) -> str:
    rows = [f"### {label}: {build}\n",
            "| measure | baseline | Recognition Desk | ratio | processor time baseline / ours "
            "| RSS growth baseline / ours |",
            "|---|---|---|---|---|---|"]
    for name, what, unit in (("verify", "audit verify", "entries"), ("register", "report register", "lines")):
        if name not in r:
            rows.append(f"| {what} | | not measured at this size (see the note below) | | | |")
            continue
        base, ours = r[f"{name}-baseline"], r[name]
        b, o = _median(base, "seconds"), _median(ours, "seconds")
        baseline_what = ("plain DB-API cursor, same entry and row hashes" if name == "verify"
                         else "same rows, bare write-only workbook")
        sealed = f" and {ours[0]['rows']:,} sealed rows" if name == "verify" and ours[0].get("rows") else ""
        rows.append(f"| {what}, {ours[0]['count']:,} {unit}{sealed} (baseline: {baseline_what}), median of {runs} "
                    f"| {b:.2f} s | {o:.2f} s | {o / b:.2f}× | {_cpu(base)} / {_cpu(ours)} "
                    f"| {_median(base, 'rss_growth_mb'):.0f} / {_median(ours, 'rss_growth_mb'):.0f} MB |")
    st = r["stats"][0]
    rows.append(f"| statistics (SQL aggregates), first call / warm median of 3 | | {st['first_seconds']:.3f} / "
                f"{st['warm_seconds']:.3f} s | | {st['first_cpu']:.2f} s (first call) | |")
    rows.append(f"| report stats (statistics workbook with charts) | | {r['stats-export'][0]['seconds']:.2f} s | | "
                f"{_cpu(r['stats-export'])} | |")
    li = r["list"][0]
    page = (f"{li['first_page_rows']:,} rows in {li['first_page_seconds']:.3f} s"
            if li["first_page_rows"] is not None else "not taken")
    sqlalchemy = "yes" if li["first_page_sqlalchemy"] else "no"
    rows.append(f"| cases list: first page read from the file (standard library) | | {page} | | "
                f"{li['first_page_cpu']:.2f} s | SQLAlchemy imported: {sqlalchemy} |")
    rows.append(f"| cases list service: imports / query, {li['rows']:,} cases | | {li['import_seconds']:.3f} / "
                f"{li['seconds']:.3f} s | | {li['cpu_seconds']:.2f} s (query) | matching or numpy imported: "
                f"{'yes' if li['matching_imported'] else 'no'} |")
    if "backup" in r:
        rows.append(f"| backup before a migration (SQLite online backup, {r['backup'][0]['count'] / 1e6:.0f} MB) | | "
                    f"{r['backup'][0]['seconds']:.2f} s | | {_cpu(r['backup'])} | |")
    bs = r.get("backup-service", [{}])[0]
    if bs.get("unavailable"):
        rows.append(f"| backup (File ▸ Back up, the daily backup) | | not available: {bs['unavailable']} | | | |")
    elif bs:
        rows.append(f"| backup (File ▸ Back up, the daily backup: online copy, then checked), "
                    f"{bs['count'] / 1e6:.0f} MB | | {bs['seconds']:.2f} s | | {bs['cpu_seconds']:.2f} s | |")
        if "restore_seconds" in bs:
            rows.append(f"| restore of that backup into a new file (copy, schema, audit entry, whole log verified, "
                        f"{bs['restore_entries']:,} entries) | | {bs['restore_seconds']:.2f} s | | "
                        f"{bs['restore_cpu']:.2f} s | |")
    if "warm" in r:
        warm = r["warm"]
        shown, whole = statistics.median(w["shown"] for w in warm), statistics.median(w["all"] for w in warm)
        cpu = statistics.median(w["cpu"] for w in warm)
        rows.append(f"| application, launch to the first cases shown / to the whole list, warm, median of "
                    f"{len(warm)} | | {shown:.2f} / {whole:.2f} s | | {cpu:.2f} s (until shown) | |")
        if r.get("cold") is not None:
            c = r["cold"]
            rows.append(f"| the same, cold (file cache emptied first) | | {c['shown']:.2f} / {c['all']:.2f} s | | "
                        f"{c['cpu']:.2f} s | |")
    return "\n".join(rows) + "\n"


def _largest_with(results: dict[str, dict[str, Any]], key: str) -> list[str]:
    return [label for label, r in results.items() if key in r]


def report(results: dict[str, dict[str, Any]], builds: dict[str, str], runs: int) -> str:
    """Tables for every size, then each target judged on the largest size where it was measured."""
    tables = "\n".join(_table(label, builds[label], r, runs) for label, r in results.items())
    judged: list[str] = []
    for name, target in (("verify", VERIFY_TARGET), ("register", REGISTER_TARGET)):
        measured = _largest_with(results, name)
        if not measured:
            judged.append(f"- {name}: not measured in this run")
            continue
        big = results[measured[-1]]
        ratio = _median(big[name], "seconds") / _median(big[f"{name}-baseline"], "seconds")
        what = "audit verify within" if name == "verify" else "register within"
        base = "the plain cursor" if name == "verify" else "bare openpyxl"
        judged.append(f"- {what} {target:g}× {base} ({measured[-1]}): {ratio:.2f}× — {_verdict(ratio <= target)}")
        if len(measured) >= 2:
            small = results[measured[0]]
            grow_s, grow_b = _median(small[name], "rss_growth_mb"), _median(big[name], "rss_growth_mb")
            unit = "entries" if name == "verify" else "lines"
            judged.append(f"- {name} memory flat ({small[name][0]['count']:,} → {big[name][0]['count']:,} {unit}: "
                          f"{grow_s:.0f} → {grow_b:.0f} MB) — {_verdict(grow_b <= grow_s + FLAT_SLACK_MB)}")
        else:
            judged.append(f"- {name} memory flat: measured at one size only in this run — not judged")
    big_label = list(results)[-1]
    big = results[big_label]
    stats_s, stats_cpu = big["stats"][0]["first_seconds"], big["stats"][0]["first_cpu"]
    judged.append(f"- statistics under {STATS_TARGET:g} s ({big_label}, first call in a fresh process): "
                  f"{stats_s:.3f} s — {_verdict(stats_s < STATS_TARGET)} (processor time {stats_cpu:.2f} s — "
                  f"{_verdict(stats_cpu < STATS_TARGET)} on an otherwise idle machine)")
    judged.append(f"- the way to the cases list imports neither the matching stack nor numpy — "
                  f"{_verdict(not big['list'][0]['matching_imported'])}")
    if "warm" in big:
        warm = big["warm"]
        shown = statistics.median(w["shown"] for w in warm)
        cpu = statistics.median(w["cpu"] for w in warm)
        before = all(w["sqlalchemy"] == 0 for w in warm)
        judged.append(f"- cases shown within {LIST_WARM_TARGET:g} s of launch, warm ({big_label}): {shown:.2f} s — "
                      f"{_verdict(shown <= LIST_WARM_TARGET)} (processor time {cpu:.2f} s — "
                      f"{_verdict(cpu <= LIST_WARM_TARGET)} on an otherwise idle machine; the database layer "
                      f"{'not yet' if before else 'already'} imported when they were shown)")
        if big.get("cold") is not None:
            cold = big["cold"]
            judged.append(f"- cases shown within {LIST_COLD_TARGET:g} s of launch, cold: {cold['shown']:.2f} s — "
                          f"{_verdict(cold['shown'] <= LIST_COLD_TARGET)}")
        else:
            judged.append("- cold start: not measured (emptying the file cache needs root)")
    return tables + "\nTargets, judged in code:\n\n" + "\n".join(judged) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000", help="numbers of cases, comma-separated (two sizes)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", help="keep the databases here and reuse them in later runs")
    parser.add_argument("--pg", metavar="URL", help="also measure on this (empty) PostgreSQL database")
    parser.add_argument("--pg-cases", type=int, help="cases in the PostgreSQL database (default: the largest size)")
    parser.add_argument("--skip-at-largest", default="", metavar="NAMES",
                        help="comma-separated measures (verify, register) left out at the largest size, where on a "
                             "slow machine each takes a quarter of an hour")
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
    skip = {s.strip() for s in args.skip_at_largest.split(",") if s.strip()}
    loads = [os.getloadavg()[0]] if hasattr(os, "getloadavg") else []
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
            results[label] = measure_size(url, args.runs, tmp, env, gui=n == sizes[-1], cold=True,
                                          skip=skip if n == sizes[-1] else set())
            loads += [os.getloadavg()[0]] if hasattr(os, "getloadavg") else []
        pg_note = "PostgreSQL: not measured in this run (no `--pg URL`, or its driver is not installed)."
        pg_results: dict[str, dict[str, Any]] = {}
        if args.pg:
            n = args.pg_cases or sizes[-1]
            try:
                summary = build(args.pg, n)
                label = f"PostgreSQL, {n:,} cases"
                builds[label] = "built by `python -m bench.make_decade`: " + describe(summary)
                pg_results[label] = measure_size(args.pg, args.runs, tmp, env, gui=True, cold=False, skip=skip)
                pg_note = ""
            except Exception as exc:  # the driver is missing or the server refuses: say so in the results
                pg_note = f"PostgreSQL: not measured ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})."
            loads += [os.getloadavg()[0]] if hasattr(os, "getloadavg") else []
    skipped = (f"\nLeft out at the largest size in this run: {', '.join(sorted(skip))} (on this shared, loaded machine "
               "each would take a quarter of an hour at that size; their targets are judged on the largest size "
               "where they were measured).\n" if skip else "")
    body = (
        "## Ten years of data (`python -m bench.bench_scale`)\n\n"
        + f"Command: `python -m bench.bench_scale {' '.join(sys.argv[1:])}`\n\n"
        + report(results, builds, args.runs)
        + ("\n" + report(pg_results, builds, args.runs) if pg_results else "")
        + (f"\n{pg_note}\n" if pg_note else "")
        + skipped
        + f"\nLoad average (1 min) at the start, after each database and at the end: "
        f"{', '.join(f'{x:.1f}' for x in loads)} on {os.cpu_count()} CPUs. Absolute times stretch with the "
        "machine's other work (at a load of 10 on 2 CPUs a process gets a fraction of a core); the processor time "
        "each process used itself is shown beside them, and is what the same work takes on an otherwise idle "
        "machine. Ratios compare with baselines measured alongside.\n"
        + "\nEach figure comes from a fresh process; memory is the growth of the peak RSS during the call. The "
        "first cases are read straight from the SQLite file and shown before the database layer is imported "
        "(`app.services.case_list`); the whole list follows from the background. The GUI never blocking more "
        "than 100 ms while the database opens, the list loads, the audit log is verified and the statistics are "
        "computed is checked by `tests/ui/test_scale_responsive.py` (a timer on the event loop)."
    )
    if not args.no_write:
        write_section("scale", body)
    print(body)


if __name__ == "__main__":
    main()
