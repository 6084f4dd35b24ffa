"""``selftest`` (also ``main.py --selftest``): check that this installation works, end to end, without the network
and without touching the user's data.

It imports every module of the application and the libraries it loads lazily, migrates a database in a temporary
folder, loads the demo data, imports the bundled sample credential through the importers, matches its learning
outcomes against the demo programme, writes an Excel workbook and reads it back, reads a PDF, and opens the main
window offscreen in Ukrainian. It is what the installer build runs on the frozen application, and it works the
same from a source checkout.

Exit code 0 when every step passed; 1 otherwise, with one line per failed step naming what is missing.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.cli import EXIT_FAILURE, EXIT_OK, add_command
from app.domain.verdicts import VerificationStatus

SAMPLE_CREDENTIAL = ("selftest", "sample-credential.json")

# Libraries imported lazily inside functions: a frozen build that misses one fails here, not in front of a user.
THIRD_PARTY = (
    "sqlalchemy.dialects.sqlite", "alembic.runtime.migration", "alembic.ddl.sqlite", "platformdirs", "pymupdf",
    "sqlalchemy.dialects.postgresql.psycopg", "alembic.ddl.postgresql", "psycopg", "psycopg.pq",
    "pdfplumber", "rapidfuzz.process", "openpyxl", "defusedxml.ElementTree", "lxml.etree", "cryptography.x509",
    "cryptography.hazmat.primitives.asymmetric.ed25519", "simplemma", "pyld.jsonld", "numpy",
    "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
    # Imported lazily where a PDF or JOSE signature is checked.
    "pyhanko.pdf_utils.reader", "pyhanko.sign.fields", "pyhanko.sign.validation", "pyhanko.sign.diff_analysis",
    "pyhanko_certvalidator", "asn1crypto.x509", "joserfc.jws", "joserfc.jwk",
    # XML signatures (a compiled extension that must find its bundled xmlsec1, OpenSSL and libxml2).
    "xmlsec",
    # The official transliteration, for comparing a learner's Latin name with the applicant's.
    "translitua",
)


class SelftestFailure(Exception):
    """A step found a problem; the message says what is missing or wrong."""


@dataclass
class Report:
    passed: list[tuple[str, float, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def run(self, name: str, step: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = step()
        except SelftestFailure as exc:
            self.failed.append((name, str(exc)))
            print(f"FAIL {name}: {exc}", flush=True)
        except Exception as exc:  # any other error is a failed step too, with its cause in one line
            where = traceback.extract_tb(exc.__traceback__)[-1]
            message = f"{type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"
            self.failed.append((name, message))
            print(f"FAIL {name}: {message}", flush=True)
        else:
            elapsed = time.perf_counter() - started
            self.passed.append((name, elapsed, detail))
            print(f"ok   {name} ({elapsed:.2f} s){': ' + detail if detail else ''}", flush=True)


def register(subparsers: Any) -> None:
    add_command(subparsers, "selftest",
                "check this installation: modules, database migration, import, matching, Excel export, window "
                "(and, with --db, the connection to that database server)",
                run)


def check_bundled_lemmas() -> None:
    """A frozen build ships the lemmatiser's dictionaries in their fast-loading form (made by the spec): without
    them its first start would decode simplemma's data instead (seconds, in the background)."""
    from app.matching import lemma_cache

    for lang in ("en", "uk"):
        path = lemma_cache.bundled_folder() / lemma_cache.file_name(lang)
        try:
            lemma_cache.open_mapped(path)
        except (OSError, ValueError) as exc:
            raise SelftestFailure(f"lemmatiser dictionary {path} not usable: {exc}") from exc


def check_server(url: str) -> str:
    """Connect to the given database (read only: nothing is migrated or written) and report what is there."""
    from app.db import Database, safe_url
    from app.migrations import HEAD_REVISION, current_revision

    database = Database(url)
    try:
        database.check_connection()
        with database.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version()").scalar() if database.is_postgresql else "SQLite"
        revision = current_revision(database)
    finally:
        database.dispose()
    state = "at head" if revision == HEAD_REVISION else f"at {revision or 'no schema'} (head {HEAD_REVISION})"
    return f"{safe_url(url)}: {str(version).split(' on ')[0]}, schema {state}"


@contextmanager
def _isolated_user_folders(root: Path) -> Iterator[None]:
    """Point the data, config and log folders into ``root`` so that nothing of the user's is read or written."""
    keys = ("RD_DATA_DIR", "RD_CONFIG_DIR", "RD_LOG_DIR", "QT_QPA_PLATFORM")
    saved = {key: os.environ.get(key) for key in keys}
    os.environ["RD_DATA_DIR"] = str(root / "data")
    os.environ["RD_CONFIG_DIR"] = str(root / "config")
    os.environ["RD_LOG_DIR"] = str(root / "logs")
    # The window check needs no screen; an explicit platform choice (a desktop session) is respected.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _app_modules() -> list[str]:
    import app

    names = ["app"]
    for info in pkgutil.walk_packages(app.__path__, prefix="app."):
        if info.name.startswith("app.migrations.versions") or info.name == "app.migrations.env":
            continue  # Alembic runs these as scripts (checked by the migration step)
        names.append(info.name)
    return names


def check_imports() -> str:
    modules = _app_modules()
    problems = []
    for name in (*modules, *THIRD_PARTY):
        try:
            importlib.import_module(name)
        except Exception as exc:
            problems.append(f"{name} ({type(exc).__name__}: {exc})")
    if problems:
        raise SelftestFailure(f"{len(problems)} module(s) cannot be imported: " + "; ".join(problems[:5]))
    if len(modules) < 20:
        raise SelftestFailure(f"only {len(modules)} application modules found: the bundle is incomplete")
    return f"{len(modules)} application modules, {len(THIRD_PARTY)} libraries"


class Steps:
    """The end-to-end steps, sharing the temporary database and intermediate results."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.db: Any = None
        self.outcomes: list[str] = []
        self.candidates: list[tuple[str, str]] = []  # (component code, outcome text)
        self.best: list[tuple[str, str, float]] = []

    def resources(self) -> str:
        from app import paths

        needed = [("contexts", "index.json"), ("glossary", "glossary.tsv"), ("glossary", "dictionary_en_uk.tsv"),
                  ("glossary", "dictionary_other_en.tsv"), ("langid", "lid.176.ftz"), ("demo", "programme.json"),
                  SAMPLE_CREDENTIAL]
        missing = [str(paths.resource(*parts)) for parts in needed if not paths.resource(*parts).is_file()]
        if missing:
            raise SelftestFailure("bundled resources missing: " + ", ".join(missing))
        from app.matching.glossary import OTHER_DICTIONARY_FILE, read_other_dictionary

        # The other languages' links are whole (the matching would read such texts without them, saying so in a log)
        other = paths.resource("glossary", OTHER_DICTIONARY_FILE)
        try:
            links = read_other_dictionary(other.read_text(encoding="utf-8"), source=str(other))
        except (ValueError, UnicodeDecodeError) as exc:
            raise SelftestFailure(f"other languages' dictionary damaged: {exc}") from exc
        if len(links) < 10:
            raise SelftestFailure(f"other languages' dictionary holds {len(links)} languages: {other}")
        qm = sorted(paths.resource("i18n").glob("*.qm")) if paths.resource("i18n").is_dir() else []
        if not any(p.name.endswith("_uk.qm") for p in qm):
            raise SelftestFailure(f"compiled Ukrainian translation missing from {paths.resource('i18n')} "
                                  "(run scripts/i18n.sh)")
        if getattr(sys, "frozen", False):
            check_bundled_lemmas()
        from app.matching.text import detect_language

        # The language model and the package reading it are in the build: an accented Spanish text is told apart.
        if detect_language("Análisis de datos y presentación de resultados") != "es":
            raise SelftestFailure("language identification model not usable (resources/langid, fasttext-predict)")
        return f"resources at {paths.resources_dir()}; language identification model read"

    def migrate(self) -> str:
        from app.db import open_database
        from app.migrations import HEAD_REVISION, current_revision

        url = "sqlite:///" + (self.root / "selftest.sqlite3").as_posix()
        self.db = open_database(url)
        revision = current_revision(self.db)
        if revision != HEAD_REVISION:
            raise SelftestFailure(f"database migrated to {revision!r}, expected {HEAD_REVISION!r}")
        return f"revision {revision}"

    def demo(self) -> str:
        from sqlalchemy import select

        from app.models import Component, ComponentOutcome
        from app.services.demo import load_demo

        summary = load_demo(self._db(), "selftest")
        with self._db().read() as session:
            rows = session.execute(
                select(Component.code, ComponentOutcome.text).join(ComponentOutcome.component)
            ).all()
        self.candidates = [(str(code), str(text)) for code, text in rows]
        if not self.candidates:
            raise SelftestFailure("the demo programme has no component outcomes")
        return summary

    def import_credential(self) -> str:
        from app import paths
        from app.importers.credentials import inspect_file

        path = paths.resource(*SAMPLE_CREDENTIAL)
        record = inspect_file(path, applicant_names=["Коваленко Олена Петрівна"])
        if record.error:
            raise SelftestFailure(str(record.error))  # the importers' message names the file
        # The sample is signed (eddsa-rdfc-2022, did:key): checking it needs the bundled JSON-LD contexts.
        if record.verification.status != VerificationStatus.VERIFIED:
            raise SelftestFailure(f"{path.name}: signature {record.verification.status}: "
                                  f"{record.verification.message}")
        self.outcomes = list(record.learning_outcomes)
        if not self.outcomes:
            raise SelftestFailure(f"{path.name}: no learning outcomes extracted")
        return (f"{record.format}, {record.verification.status}, learner {record.learner_match.status}, "
                f"{len(self.outcomes)} outcomes, title {record.value('title')!r}")

    def match(self) -> str:
        from app.matching.engine import rank

        if not self.outcomes or not self.candidates:
            raise SelftestFailure("nothing to match (an earlier step failed)")
        texts = [text for _code, text in self.candidates]
        ranking = rank(self.outcomes, texts, top_k=1, embedding=False)
        self.best = []
        for outcome, row in zip(self.outcomes, ranking, strict=True):
            if row:
                index, score = row[0]
                self.best.append((outcome, self.candidates[index][0], float(score)))
        if not self.best or max(score for _o, _c, score in self.best) <= 0.0:
            raise SelftestFailure("matching found no similarity at all between the sample and the programme")
        top = max(self.best, key=lambda item: item[2])
        return f"{len(self.best)} outcomes ranked; best {top[1]} at {top[2]:.2f}"

    def demo_decisions(self) -> str:
        """The demo credentials against the demo programme must give exactly the source install's proposals,
        credits, coverage and pair statuses (``resources/selftest/demo-figures.json``)."""
        from app.cli.demo_figures import FIGURES_FILE, compare, demo_figures, stored_figures

        try:
            expected = stored_figures()
        except (OSError, ValueError) as exc:
            raise SelftestFailure(f"{'/'.join(FIGURES_FILE)}: cannot read the stored figures: {exc}") from exc
        actual = demo_figures()
        problems = compare(expected, actual)
        if problems:
            more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
            raise SelftestFailure("differs from the source install: " + "; ".join(problems[:3]) + more)
        n = sum(len(v) for v in actual["credentials"].values())
        proposals = sum(1 for v in actual["credentials"].values() for c in v.values() if c["proposal"] != "reject")
        layers = "with" if actual["embedding"] else "without"
        return f"{n} component matches, {proposals} proposals, {layers} the embedding layer: same as the source"

    def excel(self) -> str:
        from openpyxl import Workbook, load_workbook

        target = self.root / "selftest.xlsx"
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "Зіставлення"
        sheet.append(["Результат навчання (сертифікат)", "Освітній компонент", "Схожість"])
        for outcome, component, score in self.best:
            sheet.append([outcome, component, round(score, 3)])
        workbook.save(target)
        check = load_workbook(target, read_only=True)
        try:
            rows = list(check["Зіставлення"].iter_rows(values_only=True))
        finally:
            check.close()
        if len(rows) != len(self.best) + 1 or rows[0][0] != "Результат навчання (сертифікат)":
            raise SelftestFailure(f"{target} did not read back as written")
        detail = f"{target.name}, {target.stat().st_size} bytes"
        reports = importlib.import_module("app.services.reports")
        if hasattr(reports, "export_case_report"):  # the case report of the reports module, on a demo case
            report = reports.export_case_report(self._db(), "RD-DEMO-001", self.root / "case-report.xlsx", lang="uk")
            load_workbook(report, read_only=True).close()
            detail += f"; case report {Path(report).stat().st_size} bytes"
        return detail

    def pdf(self) -> str:
        import pdfplumber
        import pymupdf

        target = self.root / "selftest.pdf"
        document = pymupdf.open()
        page = document.new_page()
        page.insert_text((72, 72), "Recognition Desk self-test: 2 ECTS, 60 hours")
        document.save(target)
        document.close()
        with pymupdf.open(target) as reopened:
            text = reopened[0].get_text()
        with pdfplumber.open(target) as plumbed:
            plumbed_text = plumbed.pages[0].extract_text() or ""
        if "60 hours" not in text or "60 hours" not in plumbed_text:
            raise SelftestFailure(f"{target} text did not read back (PyMuPDF: {text!r}, pdfplumber: {plumbed_text!r})")
        return f"PyMuPDF {pymupdf.VersionBind}, pdfplumber"

    def window(self) -> str:
        return check_window(self._db())

    def _db(self) -> Any:
        if self.db is None:
            raise SelftestFailure("no database (the migration step failed)")
        return self.db


def check_window(db: Any) -> str:
    """Open the main window in Ukrainian offscreen (the Qt step lives in the interface package)."""
    from app.ui.selftest_window import WindowCheckFailed, check_main_window

    try:
        seen = check_main_window(db)
    except WindowCheckFailed as exc:
        raise SelftestFailure(str(exc)) from None
    return (f"platform {seen.platform}, menu {seen.menu!r}, Qt's own {seen.qt_own!r}, {seen.menus} menus, "
            f"{seen.cases} cases listed")


def run(args: argparse.Namespace | None = None) -> int:
    """Run every step; print one line per step and a verdict. Returns the exit code."""
    frozen = bool(getattr(sys, "frozen", False))
    print(f"Recognition Desk self-test ({'frozen build at ' + sys.executable if frozen else 'source'}, "
          f"Python {sys.version.split()[0]}, {sys.platform})", flush=True)
    started = time.perf_counter()
    report = Report()
    with tempfile.TemporaryDirectory(prefix="rd-selftest-") as tmp, _isolated_user_folders(Path(tmp)):
        steps = Steps(Path(tmp))
        report.run("imports", check_imports)
        report.run("resources", steps.resources)
        report.run("database migration", steps.migrate)
        report.run("demo data", steps.demo)
        report.run("credential import", steps.import_credential)
        report.run("matching", steps.match)
        report.run("demo decisions = source install", steps.demo_decisions)
        report.run("Excel export", steps.excel)
        report.run("PDF", steps.pdf)
        report.run("main window (Ukrainian, offscreen)", steps.window)
        server_url = getattr(args, "db", None) if args is not None else None
        if server_url:
            report.run("database server connection", lambda: check_server(server_url))
        if steps.db is not None:
            steps.db.dispose()
    elapsed = time.perf_counter() - started
    if report.failed:
        print(f"selftest FAILED: {len(report.failed)} of {len(report.failed) + len(report.passed)} steps failed "
              f"({', '.join(name for name, _ in report.failed)}) in {elapsed:.1f} s", flush=True)
        return EXIT_FAILURE
    print(f"selftest passed: {len(report.passed)} steps in {elapsed:.1f} s", flush=True)
    return EXIT_OK
