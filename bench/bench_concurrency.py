"""Load test of the shared database: N client processes work on one database at once for S seconds.

Each client, like one person at their own PC, loops: register a case (the number is allocated by the database),
import a credential file onto it, move it to assessment, decide its component, record the vote in a protocol and
sign it, and also edits a case every client has open (so optimistic locking has to refuse stale saves). Every
client signs in with its own account when the database has accounts (secretary, member and chair roles).

Afterwards the benchmark checks the database itself: the audit chain, duplicate registration numbers, and that
every save a client was told succeeded is really there (lost writes). The last line is always:

    clients=N ops=… errors=… chain=intact|BROKEN duplicates=… lost=…

``errors`` counts raw failures (anything that is not a clear one-line message); clear conflict and "someone else
is saving" messages are counted separately as ``conflicts`` on the line before.

    python -m bench.bench_concurrency --db URL --clients N --seconds S
    python -m bench.bench_concurrency --matrix --pg-url URL [--seconds S]   # 2, 4, 8 clients on both engines,
                                                                           # rewrites its section of RESULTS.md
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BADGE = ROOT / "tests" / "fixtures" / "credentials" / "ob2" / "basic-assertion.json"


@dataclass
class ClientResult:
    client: int
    ops: int = 0
    conflicts: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    conflict_samples: Counter[str] = field(default_factory=Counter)
    cases: list[tuple[int, str]] = field(default_factory=list)  # (case id, reg no) the client was told are saved
    evidence_ids: list[int] = field(default_factory=list)
    signed_protocol_ids: list[int] = field(default_factory=list)
    audit_entries: int = 0  # entries the client's successful saves wrote (lower bound)


def _setup(url: str) -> dict[str, Any]:
    """Migrate, load the demo catalogue, policy and commission once, and return what the clients need."""
    from sqlalchemy import select

    from app.db import open_database
    from app.models import Case, Component
    from app.services.demo import load_demo

    db = open_database(url)
    with db.read() as session:
        has_case = session.execute(select(Case.id).limit(1)).scalar()
    if not has_case:
        load_demo(db, "bench-admin", procedure=False)
    with db.read() as session:
        first = session.execute(select(Case).order_by(Case.id).limit(1)).scalar_one()
        component = session.execute(
            select(Component.id).where(Component.programme_id == first.programme_id, Component.code == "ОК5")
        ).scalar()
        info = {"programme_id": first.programme_id, "policy_id": first.policy_profile_id,
                "commission_id": first.commission_id, "year": first.academic_year, "hot_case": first.id,
                "component_id": component}
    db.dispose()
    return info


def _attempt(result: ClientResult, fn: Any, audit: int = 1) -> Any:
    """Run one save: count it, a clear refusal (UserError) or a raw failure."""
    from app.errors import UserError

    try:
        value = fn()
    except UserError as exc:
        result.conflicts += 1
        result.conflict_samples[re.sub(r"\d+", "N", str(exc))[:90]] += 1
        return None
    except Exception as exc:  # a raw failure: exactly what this benchmark looks for
        result.errors += 1
        if len(result.error_samples) < 5:
            result.error_samples.append("".join(traceback.format_exception_only(type(exc), exc)).strip()[:400])
        return None
    result.ops += 1
    result.audit_entries += audit
    return value



def _cycle(db: Any, result: ClientResult, info: dict[str, Any], badge: dict[str, Any], folder: Path, n: int,
           deadline: float) -> None:
    """One case from registration to a signed protocol; stops at the first refused step."""
    from app.services import decisions, protocols, workflow
    from app.services.cases import ApplicantData, NewCase, get_case_detail, register_case, update_case
    from app.services.decisions import DecisionInput
    from app.services.evidence import import_files
    from app.services.protocols import ProtocolInput

    index, actor = result.client, f"client{result.client}"

    def attempt(fn: Any) -> Any:
        return _attempt(result, fn)

    def version(case_id: int) -> int:
        return int(workflow.workflow_state(db, case_id).row_version)

    hot = info["hot_case"]
    hot_seen = get_case_detail(db, hot).row_version  # the shared case, opened at the start of the round
    case_id = attempt(lambda: register_case(db, actor, NewCase(
        applicant=ApplicantData(full_name=f"Клієнт {index} Заявник {n}", student_id=f"B-{index}-{n}"),
        programme_id=info["programme_id"], policy_profile_id=info["policy_id"],
        commission_id=info["commission_id"], academic_year=info["year"], filed_on=date.today())))
    if case_id is None:
        return
    result.cases.append((case_id, get_case_detail(db, case_id).reg_no))
    # A file of its own (a different hash) for every case.
    badge["id"] = f"urn:bench:{index}:{n}"
    path = folder / f"badge-{n}.json"
    path.write_text(json.dumps(badge), encoding="utf-8")
    summary = attempt(lambda: import_files(db, actor, case_id, [path]))
    if summary is not None:
        result.evidence_ids.extend(summary.item_ids)
    # Everyone edits the same case too: stale versions must be refused, never silently overwritten.
    attempt(lambda: update_case(db, actor, hot, hot_seen, note=f"{actor} {n}"))
    if time.time() >= deadline:
        return
    if attempt(lambda: workflow.transition(db, actor, case_id, "documents_checked", version(case_id))) is None:
        return
    if attempt(lambda: decisions.request_components(db, actor, case_id, [info["component_id"]])) is None:
        return
    if attempt(lambda: workflow.transition(db, actor, case_id, "under_assessment", version(case_id))) is None:
        return
    for line in decisions.case_lines(db, case_id):
        if attempt(lambda line=line: decisions.save_decision(
                db, actor, line.id, line.row_version, DecisionInput("none", reasons="Bench: not covered"))) \
                is None:
            return
    if attempt(lambda: workflow.transition(db, actor, case_id, "decided", version(case_id))) is None:
        return
    draft = attempt(lambda: protocols.generate_protocol(db, actor, case_id, ProtocolInput()))
    if draft is None:
        return
    signed = attempt(lambda: protocols.sign_protocol(db, actor, draft))
    if signed is not None:
        result.signed_protocol_ids.append(signed.id)



def _client(url: str, index: int, seconds: float, info: dict[str, Any], ready: Any, go: Any, out: Any,
            workdir: str) -> None:
    os.environ["RD_DATA_DIR"] = str(Path(workdir) / f"client{index}")
    os.environ["RD_EMBEDDING"] = "off"
    from app.db import open_database
    from app.services import decisions
    from app.services.accounts import Identity

    result = ClientResult(index)
    actor = f"client{index}"
    db = open_database(url, migrate=False)
    db.identity = Identity(actor, f"Client {index}", frozenset({"secretary", "member", "chair"}))
    badge = json.loads(BADGE.read_text(encoding="utf-8"))
    folder = Path(workdir) / f"files{index}"
    folder.mkdir(parents=True, exist_ok=True)

    # Imports, parsers and a connection made before the clock starts (a person's app is already running).
    from app.importers.credentials import inspect_file
    from app.matching.policy import PolicyRules  # noqa: F401

    inspect_file(BADGE)
    decisions.case_lines(db, info["hot_case"])
    ready.put(index)
    go.wait()
    deadline = time.time() + seconds
    n = 0
    while time.time() < deadline:
        n += 1
        _cycle(db, result, info, badge, folder, n, deadline)
    db.dispose()
    out.put(result)


def _check(url: str, results: list[ClientResult]) -> dict[str, Any]:
    from sqlalchemy import func, select

    from app.db import open_database
    from app.models import AuditEntry, Case, EvidenceItem, Protocol
    from app.services.audit import verify_database

    db = open_database(url, migrate=False)
    report = verify_database(db)
    with db.read() as session:
        duplicates = session.execute(
            select(func.count()).select_from(
                select(Case.reg_no).group_by(Case.reg_no).having(func.count() > 1).subquery())
        ).scalar_one()
        forks = session.execute(
            select(func.count()).select_from(
                select(AuditEntry.prev_hash).group_by(AuditEntry.prev_hash).having(func.count() > 1).subquery())
        ).scalar_one()
        saved_cases = dict(session.execute(select(Case.id, Case.reg_no)).all())
        evidence = set(session.execute(select(EvidenceItem.id)).scalars())
        signed = set(session.execute(select(Protocol.id).where(Protocol.status == "signed")).scalars())
        audit_total = session.execute(select(func.count(AuditEntry.id))).scalar_one()
    db.dispose()
    lost = 0
    for r in results:
        lost += sum(1 for case_id, reg_no in r.cases if saved_cases.get(case_id) != reg_no)
        lost += sum(1 for item in r.evidence_ids if item not in evidence)
        lost += sum(1 for p in r.signed_protocol_ids if p not in signed)
    expected_audit = sum(r.audit_entries for r in results)
    return {"chain": "intact" if report.ok and forks == 0 else "BROKEN", "duplicates": duplicates + forks,
            "lost": lost, "audit_total": audit_total, "audit_expected_at_least": expected_audit,
            "problem": report.problem}


def run(url: str, clients: int, seconds: float) -> dict[str, Any]:
    workdir = tempfile.mkdtemp(prefix="rd-bench-conc-")
    os.environ.setdefault("RD_DATA_DIR", str(Path(workdir) / "setup"))
    info = _setup(url)
    ctx = mp.get_context("spawn")
    queue: Any = ctx.Queue()
    ready: Any = ctx.Queue()
    go = ctx.Event()
    procs = [ctx.Process(target=_client, args=(url, i, seconds, info, ready, go, queue, workdir))
             for i in range(clients)]
    for p in procs:
        p.start()
    for _ in procs:  # every process has imported the application and connected before the clock starts
        ready.get(timeout=300)
    go.set()
    results: list[ClientResult] = []
    for _ in procs:
        results.append(queue.get(timeout=seconds + 600))
    for p in procs:
        p.join(timeout=60)
    crashed = sum(1 for p in procs if p.exitcode != 0)
    checked = _check(url, results)
    ops = sum(r.ops for r in results)
    errors = sum(r.errors for r in results) + crashed
    if checked["audit_total"] < checked["audit_expected_at_least"]:
        checked["lost"] += checked["audit_expected_at_least"] - checked["audit_total"]
    conflicts: Counter[str] = Counter()
    for r in results:
        conflicts.update(r.conflict_samples)
    return {"clients": clients, "ops": ops, "errors": errors, "conflicts": sum(r.conflicts for r in results),
            "conflict_kinds": dict(conflicts.most_common(4)), "seconds": seconds,
            "cases": sum(len(r.cases) for r in results), "signed": sum(len(r.signed_protocol_ids) for r in results),
            "error_samples": [s for r in results for s in r.error_samples][:5], **checked}


def summary_line(r: dict[str, Any]) -> str:
    return (f"clients={r['clients']} ops={r['ops']} errors={r['errors']} chain={r['chain']} "
            f"duplicates={r['duplicates']} lost={r['lost']}")


def _fresh_sqlite(workdir: Path, name: str) -> str:
    return "sqlite:///" + (workdir / f"{name}.sqlite3").as_posix()


def _fresh_pg(base_url: str, name: str) -> str:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    base = make_url(base_url)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def matrix(pg_url: str, seconds: float) -> str:
    from bench.results import write_section

    workdir = Path(tempfile.mkdtemp(prefix="rd-bench-matrix-"))
    rows = []
    for engine in ("SQLite", "PostgreSQL"):
        for clients in (2, 4, 8):
            name = f"rd_bench_{clients}"
            url = _fresh_sqlite(workdir, name) if engine == "SQLite" else _fresh_pg(pg_url, name)
            r = run(url, clients, seconds)
            print(f"{engine}: {summary_line(r)} conflicts={r['conflicts']}", file=sys.stderr)
            rows.append(f"| {engine} | {clients} | {seconds:g} | {r['ops']} | {r['ops'] / seconds:.1f} | "
                        f"{r['cases']} | {r['signed']} | {r['conflicts']} | {r['errors']} | {r['chain']} | "
                        f"{r['duplicates']} | {r['lost']} |")
    body = "\n".join([
        "## Concurrent clients on one database (`bench.bench_concurrency`)",
        "",
        "Each client is a separate process working as its own signed-in person (secretary, member and chair",
        "roles): it registers a case, imports a credential, moves the case to assessment, decides, records the vote",
        "and signs the protocol, and edits a case all clients share. *Conflicts* are clear one-line refusals (a stale",
        "edit of the shared case, \"someone else is saving\"); *errors* are raw failures. The check afterwards",
        "recomputes the audit chain, counts duplicate registration numbers and forked chain entries, and looks up",
        "every save a client was told succeeded (*lost*).",
        "",
        f"`python -m bench.bench_concurrency --matrix --pg-url URL --seconds {seconds:g}`; PostgreSQL 15 on the",
        "same machine (a throw-away server as in the tests), SQLite in WAL mode on a local disk. Throughput is bound",
        "by the machine's CPU cores (the clients' Python work), not by locking: what matters here are the last five",
        "columns.",
        "",
        "| engine | clients | seconds | ops | ops/s | cases | protocols signed | conflicts | errors | chain "
        "| duplicates | lost |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|",
        *rows,
    ])
    write_section("concurrency", body)
    return body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", help="SQLAlchemy URL of the database to load (a SQLite file or PostgreSQL)")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--matrix", action="store_true", help="2, 4 and 8 clients on SQLite and PostgreSQL")
    parser.add_argument("--pg-url", help="server URL for --matrix (a database per run is created on it)")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON before the last line")
    args = parser.parse_args(argv)
    if args.matrix:
        if not args.pg_url:
            parser.error("--matrix needs --pg-url")
        print(matrix(args.pg_url, args.seconds))
        return 0
    if not args.db or args.clients < 1 or args.seconds <= 0:
        parser.error("--db URL, --clients N (≥ 1) and --seconds S (> 0) are needed")
    from app.errors import UserError

    try:
        r = run(args.db, args.clients, args.seconds)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
    else:
        print(f"conflicts={r['conflicts']} cases={r['cases']} signed={r['signed']} {r['conflict_kinds']}")
        for sample in r["error_samples"]:
            print(f"raw error: {sample}")
    print(summary_line(r))
    return 0 if r["errors"] == 0 and r["chain"] == "intact" and r["duplicates"] == 0 and r["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
