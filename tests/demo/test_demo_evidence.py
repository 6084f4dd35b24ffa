"""The demo evidence: each file gives the verdict it is there to show, the demo imports it onto the right cases,
and the committed files are what ``scripts/make_demo_evidence.py`` generates."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pymupdf
import pytest
from sqlalchemy import select

from app import paths
from app.db import Database
from app.importers.credentials import CredentialRecord, inspect_file
from app.importers.credentials.baked import unbake_png
from app.models import Case, EvidenceItem
from app.services.demo import DEMO_APPLICANTS

ROOT = Path(__file__).resolve().parents[2]
EVIDENCE = paths.resource("demo", "evidence")

# file → (case number, format, verification status, learner match, title); status "failed" = not readable
EXPECTED: dict[str, tuple[int, str, str, str, str | None]] = {
    "case1-sql-certificate.pdf": (1, "pdf", "unsigned", "match", "Бази даних і SQL для аналітиків"),
    "case1-data-analysis-python-ob3.json": (1, "openbadges-3.0", "verified", "match", "Data Analysis with Python"),
    "case2-ml-foundations-certificate.pdf": (2, "pdf", "unsigned", "match", "Machine Learning Foundations"),
    "case2-clustering-badge.png": (2, "openbadges-3.0", "verified", "match", "Clustering and Data Preparation"),
    "case3-cybersecurity-badge-tampered.json": (3, "openbadges-3.0", "invalid", "match", "Основи кібербезпеки"),
    "case3-scanned-certificate.pdf": (3, "pdf", "failed", "not-checked", None),
    "case4-scrum-fundamentals-ob2.json": (4, "openbadges-2.0", "unverifiable-offline", "mismatch",
                                          "Scrum Fundamentals"),
}  # fmt: skip


def _inspect(name: str) -> CredentialRecord:
    case_no = EXPECTED[name][0]
    return inspect_file(EVIDENCE / name, applicant_names=[DEMO_APPLICANTS[case_no - 1][0]])


def test_every_demo_file_is_listed() -> None:
    assert sorted(p.name for p in EVIDENCE.iterdir() if p.name.startswith("case")) == sorted(EXPECTED)
    assert (EVIDENCE / "README.md").is_file()
    assert all((EVIDENCE / name).stat().st_size < 64 * 1024 for name in EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_demo_file_gives_its_verdict(name: str) -> None:
    _case, fmt, status, learner, title = EXPECTED[name]
    rec = _inspect(name)
    assert rec.format == fmt
    if status == "failed":
        assert rec.failed and "no text layer" in str(rec.error)
        return
    assert rec.error is None, rec.error
    assert rec.verification.status == status, rec.verification.message
    assert rec.learner_match.status == learner, rec.learner_match.detail
    assert rec.value("title") == title
    assert len(rec.learning_outcomes) >= 3


def test_ukrainian_certificate_carries_every_mandatory_element() -> None:
    rec = _inspect("case1-sql-certificate.pdf")
    assert rec.missing_mandatory == []
    assert rec.value("learner_name") == "Шевченко Тарас Григорович"
    assert rec.value("awarding_body") == "Відкритий університет цифрових навичок"
    assert (rec.value("workload_hours"), rec.value("workload_ects")) == (60, 2)
    assert rec.value("issued_on") == "2025-05-14"
    assert rec.value("assessment_type") == "підсумковий тест, 87 балів зі 100"
    assert rec.value("participation_form") == "online"
    assert rec.value("issuer_country") == "Ukraine (UKR)"
    assert len(rec.learning_outcomes) == 5 and rec.learning_outcomes[2].startswith("Додавати, оновлювати")


def test_latin_name_on_the_badge_matches_the_cyrillic_applicant() -> None:
    rec = _inspect("case1-data-analysis-python-ob3.json")
    assert rec.value("learner_name") == "Taras Shevchenko"
    assert rec.learner_match.status == "match" and rec.learner_match.method == "name"
    assert rec.value("workload_ects") == 4 and rec.value("issuer_country") == "IE"
    proof = next(c for c in rec.verification.checks if c.name == "proof")
    assert proof.passed is True and "eddsa-rdfc-2022" in proof.detail


def test_baked_badge_and_tampered_badge_show_their_checks() -> None:
    baked = _inspect("case2-clustering-badge.png")
    assert [c.name for c in baked.verification.checks][:1] == ["baked"]
    assert any(c.name == "signature" and c.passed for c in baked.verification.checks)
    tampered = _inspect("case3-cybersecurity-badge-tampered.json")
    assert any(c.name == "proof" and c.passed is False for c in tampered.verification.checks)
    assert "altered" in tampered.verification.message
    assert tampered.value("workload_ects") == 4  # the changed value; the description still says 1 credit


def test_hosted_badge_says_where_to_check_it() -> None:
    rec = _inspect("case4-scrum-fundamentals-ob2.json")
    assert "https://badges.agile-practice.example/assertions/" in rec.verification.message
    email = inspect_file(EVIDENCE / "case4-scrum-fundamentals-ob2.json",
                         applicant_ids=["ya.bondarenko@student.example.edu.ua"])  # fmt: skip
    assert email.learner_match.status == "match" and email.learner_match.method.startswith("hashed")


def _evidence_by_case(db: Database) -> dict[str, dict[str, Any]]:
    with db.read() as session:
        rows = session.execute(
            select(Case.reg_no, EvidenceItem.original_name, EvidenceItem.verification_status,
                   EvidenceItem.learner_match, EvidenceItem.sha256)
            .join(EvidenceItem, EvidenceItem.case_id == Case.id, isouter=True).order_by(Case.reg_no)
        ).all()  # fmt: skip
    out: dict[str, dict[str, Any]] = {}
    for reg_no, name, status, learner, sha in rows:
        files = out.setdefault(reg_no, {})
        if name is not None:
            files[name] = (status, (learner or {}).get("status"), sha)
    return out


def test_load_demo_imports_the_evidence_onto_its_cases(demo_db: Database) -> None:
    found = _evidence_by_case(demo_db)
    assert set(found) == {f"RD-DEMO-{n:03d}" for n in range(1, 6)}
    for name, (case_no, _fmt, status, learner, _title) in EXPECTED.items():
        got_status, got_learner, sha = found[f"RD-DEMO-{case_no:03d}"][name]
        assert got_status == status, name
        assert got_learner == learner, name
        assert len(sha) == 64
    assert found["RD-DEMO-005"] == {}  # a freshly registered case
    assert found["RD-DEMO-001"]["case1-data-analysis-python-ob3.json"][1] == "match"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_demo_evidence", ROOT / "scripts" / "make_demo_evidence.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


def _pdf_text(data: bytes) -> list[str]:
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return [page.get_text() for page in doc]


def test_committed_files_are_what_the_script_generates(tmp_path: Path) -> None:
    generator = _generator()
    try:
        generator.main(["--out", str(tmp_path)])
    except SystemExit as exc:  # no DejaVu font anywhere: the script cannot run here
        pytest.skip(str(exc))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(EXPECTED)
    again = generator.build()
    for name in EXPECTED:
        fresh, committed = (tmp_path / name).read_bytes(), (EVIDENCE / name).read_bytes()
        assert again[name] == fresh, f"{name} is not generated deterministically"
        if name.endswith(".json"):
            assert fresh == committed, f"{name} differs from the generated file: run the script again"
        elif name.endswith(".pdf"):
            assert _pdf_text(fresh) == _pdf_text(committed), name
        else:
            baked_fresh, baked_committed = unbake_png(fresh), unbake_png(committed)
            assert baked_fresh is not None and baked_committed is not None
            assert baked_fresh.text == baked_committed.text
