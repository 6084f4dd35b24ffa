"""Importing files onto a case: stored copies, one transaction, duplicates, failures, cancel, locked cases."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.progress import NullProgress
from app.errors import CancelledError, UserError
from app.models import AuditEntry, Case, EvidenceItem
from app.services.cases import ApplicantData, NewCase, register_case
from app.services.evidence import get_evidence, import_files, original_file

from .conftest import fixture


def _case(db: object) -> int:
    return register_case(
        db,  # type: ignore[arg-type]
        "tester",
        NewCase(
            applicant=ApplicantData(
                full_name="Андромеда Ана",
                email="nobody@example.org",
            )
        ),
    )


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "handed-in"
    folder.mkdir()
    for rel in (
        "edc/elm3-Sample-MC-Annex1-signed.jsonld",
        "ob3/simple.json",
        "ob2/basic-assertion.json",
        "ob2/public_domain_heart.png",
    ):
        shutil.copy(fixture(rel), folder / Path(rel).name)
    return folder


def test_import_folder(db: object, tmp_path: Path) -> None:
    case_id = _case(db)
    summary = import_files(db, "tester", case_id, [_folder(tmp_path)])  # type: ignore[arg-type]
    assert (summary.imported, summary.failed, summary.duplicates) == (3, 1, 0)
    assert "public_domain_heart.png" in summary.problems[0]
    with db.read() as session:  # type: ignore[attr-defined]
        items = {i.original_name: i for i in session.execute(select(EvidenceItem)).scalars()}
        audits = session.execute(select(AuditEntry).where(AuditEntry.action == "evidence.import")).scalars().all()
        edc = items["elm3-Sample-MC-Annex1-signed.jsonld"]
        assert edc.format == "edc-jsonld" and edc.verification_status == "verified"
        assert edc.workload_ects == 2 and edc.eqf_level == 6
        assert edc.elements["eqf_level"]["source"].endswith("eqfLevel")
        assert edc.learner_match["status"] == "match"
        assert items["public_domain_heart.png"].verification_status == "failed"
        assert items["basic-assertion.json"].learner_match["status"] == "match"  # hashed e-mail of the applicant
        assert len(audits) == 4
        stored = Path(edc.stored_path)
        assert stored.is_file() and stored.name.startswith(edc.sha256)
        edc_id = edc.id
    detail = get_evidence(db, edc_id)  # type: ignore[arg-type]
    assert original_file(detail) == stored
    assert detail.learning_outcomes[0] == "Communication, collaboration and creativity"


def test_duplicates_are_skipped(db: object, tmp_path: Path) -> None:
    case_id = _case(db)
    folder = _folder(tmp_path)
    import_files(db, "tester", case_id, [folder])  # type: ignore[arg-type]
    again = import_files(db, "tester", case_id, [folder / "simple.json"])  # type: ignore[arg-type]
    assert again.duplicates == 1 and again.imported == 0


def test_cancel_leaves_nothing(db: object, tmp_path: Path) -> None:
    case_id = _case(db)
    progress = NullProgress()
    progress.cancel()
    with pytest.raises(CancelledError):
        import_files(db, "tester", case_id, [_folder(tmp_path)], progress=progress)  # type: ignore[arg-type]
    with db.read() as session:  # type: ignore[attr-defined]
        assert session.execute(select(EvidenceItem)).first() is None


def test_case_in_assessment_refuses_new_evidence(db: object, tmp_path: Path) -> None:
    case_id = _case(db)
    with db.write() as session:  # type: ignore[attr-defined]
        session.get(Case, case_id).status = "under_assessment"
    with pytest.raises(UserError, match="under_assessment"):
        import_files(db, "tester", case_id, [fixture("ob3/simple.json")])  # type: ignore[arg-type]


def test_tampered_store_copy_is_detected(db: object, tmp_path: Path) -> None:
    case_id = _case(db)
    summary = import_files(db, "tester", case_id, [fixture("ob3/simple.json")])  # type: ignore[arg-type]
    detail = get_evidence(db, summary.item_ids[0])  # type: ignore[arg-type]
    Path(detail.stored_path).write_text("changed")
    with pytest.raises(UserError, match="SHA-256"):
        original_file(detail)
