from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.db import Database
from tests.reports.factory import Seeded


def test_report_commands(seeded: tuple[Database, Seeded], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, s = seeded
    url = db.url
    out = tmp_path / "out"
    out.mkdir()
    assert main(["report", "case", s.case1, "--out", str(out / "case.xlsx"), "--db", url, "--lang", "en"]) == 0
    assert load_workbook(out / "case.xlsx")["Decisions"]["A1"].value == "Component code"
    assert main(["report", "register", "--programme", "122-BS-CS", "--from", "2000-01-01", "--to", "31.12.2099",
                 "--out", str(out / "reg.xlsx"), "--db", url]) == 0
    assert "4 decision lines" in capsys.readouterr().out
    assert main(["report", "stats", "--out", str(out / "stats.xlsx"), "--db", url]) == 0
    assert "11.5 ECTS" in capsys.readouterr().out
    assert main(["report", "protocol", s.case1, "--out", str(out / "p.pdf"), "--db", url]) == 0
    assert (out / "p.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("argv", [
    ["report", "case", "RD-NONE", "--out", "{tmp}/x.xlsx"],
    ["report", "register", "--programme", "NOPE", "--out", "{tmp}/x.xlsx"],
    ["report", "register", "--from", "2026-02-01", "--to", "2026-01-01", "--out", "{tmp}/x.xlsx"],
    ["report", "register", "--from", "yesterday", "--out", "{tmp}/x.xlsx"],
    ["report", "stats", "--out", "{tmp}/no/such/folder/x.xlsx"],
    ["report", "protocol", "RD-DEMO-001", "--out", "{tmp}/x.docx"],
])
def test_bad_report_input_is_one_line_and_exit_2(seeded: tuple[Database, Seeded], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    db, _s = seeded
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv] + ["--db", db.url]
    try:
        code = main(args)
    except SystemExit as exc:  # argparse rejects a malformed option value itself
        code = int(exc.code or 0)
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    assert not list(tmp_path.glob("x.*"))


@pytest.mark.skipif(shutil.which("libreoffice") is None and shutil.which("soffice") is None,
                    reason="LibreOffice is not installed")
def test_workbooks_open_in_libreoffice(seeded: tuple[Database, Seeded], tmp_path: Path) -> None:
    from app.services.reports import export_case_report, export_register, export_statistics

    db, s = seeded
    books = [tmp_path / "case.xlsx", tmp_path / "register.xlsx", tmp_path / "stats.xlsx"]
    export_case_report(db, s.case1, books[0])
    export_register(db, books[1])
    export_statistics(db, books[2])
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office is not None
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path / "pdf"), *map(str, books)],
        capture_output=True, text=True, timeout=240,
    )
    assert result.returncode == 0, result.stderr
    for book in books:
        pdf = tmp_path / "pdf" / (book.stem + ".pdf")
        assert pdf.is_file() and pdf.stat().st_size > 1000, result.stdout + result.stderr
