from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.programme import code_key
from app.domain.progress import NullProgress
from app.errors import UserError
from app.importers.catalogue.pdf_reader import parse_programme_pdf
from tests.catalogue import pdf_fixtures as fx
from tests.catalogue.helpers import FIXTURES


def _links(matrix: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {(c.replace(" ", ""), o.replace(" ", "")) for c, outcomes in matrix.items() for o in outcomes}


def test_bachelor_programme_with_table_and_split_matrix() -> None:
    data = parse_programme_pdf(FIXTURES / "opp-121-bachelor.pdf")
    assert data.errors == []
    assert data.title == "Інженерія програмного забезпечення"
    assert data.specialty == "121 Інженерія програмного забезпечення"
    assert (data.level, data.total_ects, data.academic_year, data.language) == ("bachelor", 240.0, "2025/2026", "uk")
    assert data.faculty == "Факультет інформатики та обчислювальної техніки"
    assert data.code == "121-BS-IPZ"
    assert [(o.code, o.text) for o in data.outcomes] == fx.OUTCOMES_121
    expected = [(c.replace(" ", ""), t, float(e.replace(",", ".")), kind) for c, t, e, _f, kind in fx.COMPONENTS_121]
    assert [(c.code, c.title, c.ects, c.type) for c in data.components] == expected
    controls = {c.code: c.control for c in data.components}
    assert controls["ОК1"] == "pass" and controls["ОК2"] == "exam" and controls["ОК9"] == "pass"  # диф. залік
    assert controls["ОК14"] == "pass"  # захист
    assert data.matrix == _links(fx.MATRIX_121)  # both halves of the split table; the competence matrix ignored
    assert any("no programme code" in p.message for p in data.warnings)


def test_master_programme_text_components_and_transposed_matrix() -> None:
    data = parse_programme_pdf(FIXTURES / "opp-124-master.pdf")
    assert data.errors == []
    assert (data.title, data.level, data.total_ects) == ("Науки про дані", "master", 90.0)
    assert data.specialty == "124 Системний аналіз"
    assert data.faculty == "Навчально-науковий інститут прикладного системного аналізу"
    assert data.academic_year == "2024/2025"
    assert any(p.page == 1 and "academic year is not stated" in p.message for p in data.warnings)
    assert [o.code for o in data.outcomes] == ["ПРН1", "ПРН2", "ПРН3", "ПРН4", "ПРН5"]
    assert [(c.code, c.ects, c.control, c.type) for c in data.components] == [
        ("ОК1.1", 4.0, "pass", "mandatory"), ("ОК1.2", 6.0, "exam", "mandatory"),
        ("ОК1.3", 5.0, "exam", "mandatory"), ("ОК1.4", 12.0, "pass", "practice"),
        ("ОК1.5", 18.0, "pass", "attestation"), ("ВБ2.1", 5.0, "pass", "elective")]
    # The matrix writes "OK 1.1" with Latin letters and marks with "+"; ОК 1.9 is not a component.
    assert ("ОК1.1", "ПРН4") in data.matrix and ("ОК1.4", "ПРН5") in data.matrix and len(data.matrix) == 10
    assert any("ОК 1.9" in p.message for p in data.warnings)
    assert any("read from text lines" in p.message for p in data.warnings)


def test_rotated_matrix_headers_and_component_table_over_two_pages() -> None:
    data = parse_programme_pdf(FIXTURES / "opp-g5-rotated.pdf", NullProgress())
    assert data.errors == []
    assert data.specialty.startswith("G5 Електроніка, електронні комунікації")
    assert data.academic_year == "2026/2027"
    assert [(o.code, o.text) for o in data.outcomes] == fx.ROTATED_OUTCOMES
    got = [(c.code, c.title, c.semester, c.ects, c.hours) for c in data.components]
    assert got == [(code, title, int(sem), float(ects), int(hours))
                   for _n, code, title, sem, ects, hours, _ctl in fx.ROTATED_COMPONENTS]
    assert data.matrix == _links(fx.ROTATED_MATRIX)


def test_scanned_and_broken_pdfs_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"opp-scanned\.pdf: .*no text layer"):
        parse_programme_pdf(FIXTURES / "opp-scanned.pdf")
    good = (FIXTURES / "opp-124-master.pdf").read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good[:600])
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("just text", encoding="utf-8")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    for path in (truncated, not_pdf, empty):
        with pytest.raises(UserError) as info:
            parse_programme_pdf(path)
        assert path.name in str(info.value)


def test_encrypted_pdf(tmp_path: Path) -> None:
    doc = pymupdf.open(FIXTURES / "opp-124-master.pdf")
    target = tmp_path / "locked.pdf"
    doc.save(target, encryption=pymupdf.PDF_ENCRYPT_AES_256,  # type: ignore[attr-defined]
              owner_pw="o", user_pw="u")
    doc.close()
    with pytest.raises(UserError, match="locked.pdf: .*password"):
        parse_programme_pdf(target)


def test_an_unrelated_pdf_gives_problems_not_a_crash(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 80), "Certificate of completion. Machine Learning, 60 hours, 2 ECTS. Issued 2024.")
    target = tmp_path / "certificate.pdf"
    doc.save(target)
    doc.close()
    data = parse_programme_pdf(target)
    assert any("no list of components" in p.message for p in data.errors)
    assert data.components == [] and data.matrix == set()


def test_cancelling_stops_reading() -> None:
    from app.errors import CancelledError

    progress = NullProgress()
    progress.cancel()
    with pytest.raises(CancelledError):
        parse_programme_pdf(FIXTURES / "opp-121-bachelor.pdf", progress)


_LINE = st.text(st.characters(codec="latin-1", categories=("L", "N", "P", "Zs")), max_size=60)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_LINE, st.sampled_from([
    "Programni rezultaty", "PR01 text", "OK 1 Title 5 exam", "OK1", "x", "240", "2025/2026", "PLO3",
])), max_size=25))
def test_random_documents_never_crash(tmp_path: Path, lines: list[str]) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 40
    for line in ["Lorem ipsum dolor sit amet, programme document."] + lines:
        page.insert_text((40, y), line, fontsize=9)
        y += 12
        if y > 800:
            page, y = doc.new_page(), 40
    target = tmp_path / "random.pdf"
    doc.save(target)
    doc.close()
    data = parse_programme_pdf(target)
    assert all(p.message for p in data.problems)
    assert len({code_key(c.code) for c in data.components}) == len(data.components)


def test_fixture_generator_reproduces_the_documents(tmp_path: Path) -> None:
    font = fx.find_font()
    if font is None:
        pytest.skip("no Cyrillic font on this system to regenerate the fixtures")
    fx.build_master(tmp_path / "m.pdf", font)
    fresh = parse_programme_pdf(tmp_path / "m.pdf")
    stored = parse_programme_pdf(FIXTURES / "opp-124-master.pdf")
    assert fresh.to_dict() == stored.to_dict() and fresh.matrix == stored.matrix
