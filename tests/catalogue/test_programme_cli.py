from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db import open_database
from app.importers.catalogue.excel_reader import parse_programme_excel
from app.importers.catalogue.excel_writer import write_programme_workbook
from app.models import AuditEntry, Programme
from tests.catalogue.helpers import FIXTURES, demo_programme, good_sheets, workbook_from_rows
from tests.conftest import REPO_ROOT


def _programmes(db_url: str) -> int:
    db = open_database(db_url)
    try:
        with db.read() as session:
            return int(session.execute(select(func.count(Programme.id))).scalar() or 0)
    finally:
        db.dispose()


def test_import_list_export(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_programme_workbook(demo_programme(), tmp_path / "demo.xlsx")
    assert main(["programme", "import", str(source), "--db", db_url, "--actor", "officer"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == ("Saved programme 122-BS-CS (2025/2026): 14 components, 10 programme outcomes, "
                           "37 component outcomes, 20 matrix links.")
    assert "warning: the components add up to 77 ECTS" in err
    assert main(["programme", "import", str(source), "--db", db_url]) == 2
    assert "already in the catalogue" in capsys.readouterr().err
    assert main(["programme", "import", str(source), "--db", db_url, "--replace"]) == 0
    assert capsys.readouterr().out.startswith("Replaced programme 122-BS-CS (2025/2026)")
    assert main(["programme", "list", "--db", db_url]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split()[:3] == ["code", "year", "ECTS"]
    assert listing[1].split()[:6] == ["122-BS-CS", "2025/2026", "240", "14", "10", "0"]
    out_file = tmp_path / "export.xlsx"
    assert main(["programme", "export", "122-BS-CS", "--year", "2025/2026", "--out", str(out_file),
                 "--db", db_url]) == 0
    assert parse_programme_excel(out_file).fingerprint() == demo_programme().fingerprint()
    assert main(["programme", "export", "122-BS-CS", "--year", "2030/2031", "--out", str(out_file),
                 "--db", db_url]) == 2
    assert "no version for 2030/2031" in capsys.readouterr().err


def test_invalid_file_lists_every_problem_and_writes_nothing(db_url: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    sheets = good_sheets()
    sheets["Components"][1][2] = "обовязкова штука"
    sheets["Components"][2][4] = "чотири"
    sheets["Outcomes"].append(["ПР02", "Дубль"])
    path = tmp_path / "broken.xlsx"
    workbook_from_rows(sheets).save(path)
    assert main(["programme", "import", str(path), "--db", db_url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    errors = [line for line in err if ": error: " in line]
    assert len(errors) == 3
    assert errors[0].startswith("broken.xlsx: sheet Components, row 2, column C (type): error:")
    assert any(line.startswith("broken.xlsx: sheet Components, row 3, column E (ects)") for line in errors)
    assert any(line.startswith("broken.xlsx: sheet Outcomes, row 4, column A (code)") for line in errors)
    assert err[-1] == "broken.xlsx: 3 error(s); nothing was saved."
    assert _programmes(db_url) == 0
    db = open_database(db_url)
    with db.read() as session:
        assert session.execute(select(func.count(AuditEntry.id))).scalar() == 0
    db.dispose()


def test_check_only_and_pdf_overrides(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = FIXTURES / "opp-124-master.pdf"
    assert main(["programme", "import", str(pdf), "--check", "--db", db_url]) == 0
    captured = capsys.readouterr()
    assert "0 error(s)" in captured.out and "nothing was saved" in captured.out
    assert "academic year is not stated" in captured.err
    assert _programmes(db_url) == 0
    assert main(["programme", "import", str(pdf), "--code", "124-MS-DS", "--year", "2025/26", "--db", db_url]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Saved programme 124-MS-DS (2025/2026): 6 components, 5 programme outcomes")
    assert "academic year is not stated" not in captured.err and "no programme code" not in captured.err
    assert main(["programme", "import", str(pdf), "--year", "26", "--db", db_url]) == 2
    assert "--year '26' is not an academic year" in capsys.readouterr().err


def test_hostile_files_give_one_line(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "programme.xlsx"
    fake.write_bytes(b"PK\x03\x04garbage")
    assert main(["programme", "import", str(fake), "--db", db_url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "programme.xlsx" in err[0] and "damaged" in err[0]
    assert main(["programme", "import", str(FIXTURES / "opp-scanned.pdf"), "--db", db_url]) == 2
    assert "no text layer" in capsys.readouterr().err


def test_template_command_and_real_process(tmp_path: Path) -> None:
    target = tmp_path / "blank.xlsx"
    result = subprocess.run([sys.executable, "main.py", "programme", "template", "--out", str(target)],
                            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert target.is_file()
    result = subprocess.run([sys.executable, "main.py", "programme", "import", str(target), "--check"],
                            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "blank.xlsx: sheet Programme, row 2, column B (code): error: code is empty" in result.stderr
