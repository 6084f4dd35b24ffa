from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.domain.programme import (
    COMPONENT_TYPES,
    CONTROL_FORMS,
    LEVELS,
    ComponentData,
    OutcomeData,
    Problem,
    ProgrammeData,
    clean_text,
)
from app.errors import UserError
from app.importers.catalogue.excel_reader import parse_programme_excel
from app.importers.catalogue.excel_writer import build_workbook, write_programme_workbook, write_template
from tests.catalogue.helpers import demo_programme, good_sheets, workbook_from_rows
from tests.conftest import REPO_ROOT


def _save(sheets: dict[str, list[list[Any]]], path: Path) -> Path:
    workbook_from_rows(sheets).save(path)
    return path


def _where(problems: list[Problem]) -> set[tuple[str | None, int | None, str | None]]:
    return {(p.sheet, p.row, p.column) for p in problems if p.is_error}


def test_good_workbook_with_ukrainian_values(tmp_path: Path) -> None:
    data = parse_programme_excel(_save(good_sheets(), tmp_path / "ok.xlsx"))
    assert data.errors == []
    assert (data.code, data.level, data.academic_year, data.total_ects) == ("B-1", "bachelor", "2025/2026", 9.0)
    first, second = data.components
    assert (first.code, first.type, first.control, first.semester, first.ects, first.hours) == \
        ("ОК1", "mandatory", "exam", 1, 5.0, 150)
    assert first.outcomes == ["Вміти одне.", "Вміти друге."]
    assert (second.type, second.control, second.ects, second.hours) == ("elective", "pass", 4.0, None)
    assert data.matrix == {("ОК1", "ПР01"), ("ВК1", "ПР01"), ("ВК1", "ПР02")}
    assert data.warnings == []  # 5 + 4 = 9 = total_ects, every component and outcome linked


def test_every_problem_is_reported_at_once_with_its_cell(tmp_path: Path) -> None:
    sheets = good_sheets()
    sheets["Programme"][5] = ["total_ects", "двісті сорок"]
    sheets["Components"] += [
        ["ОК2", "Третя", "факультатив", 1, "п'ять", 30, "екзамен", None],  # bad type, bad ECTS
        ["ok-1", "Дубль", "mandatory", 0, 3, 1.5, "усно", None],  # duplicate code, semester 0, hours, control
        [None, "Без коду", "mandatory", 1, 2, None, "pass", None],
    ]
    sheets["Outcomes"].append(["ПР01", "Дубль результату"])
    sheets["Matrix"][0].append("ПР99")
    sheets["Matrix"].append(["ОК7", "x"])
    path = _save(sheets, tmp_path / "bad.xlsx")
    workbook = load_workbook(path)
    workbook["Components"]["E3"] = "=2+3"
    workbook["Components"]["E3"].data_type = "f"
    workbook.save(path)
    data = parse_programme_excel(path)
    where = _where(data.problems)
    expected = {
        ("Programme", 6, "B"),  # total_ects not a number
        ("Components", 3, "E"),  # formula
        ("Components", 4, "C"), ("Components", 4, "E"),  # type, ECTS
        ("Components", 5, "A"), ("Components", 5, "D"), ("Components", 5, "F"), ("Components", 5, "G"),
        ("Components", 6, "A"),  # empty code
        ("Outcomes", 4, "A"),  # duplicate outcome code
        ("Matrix", 1, "D"),  # undefined outcome
        ("Matrix", 4, "A"),  # undefined component
    }
    assert expected <= where, sorted(expected - where)
    messages = " | ".join(p.describe("bad.xlsx") for p in data.errors)
    assert "'факультатив' is not recognised" in messages
    assert "formula" in messages and "п'ять\" is not a number" in messages
    assert not any(p.row == 3 and p.column == "E" and "empty" in p.message for p in data.errors)
    assert "duplicate component code" in messages and "'ПР99' is not defined" in messages
    assert all(line.startswith("bad.xlsx: sheet ") for line in messages.split(" | "))


def test_missing_sheet_and_wrong_header(tmp_path: Path) -> None:
    sheets = good_sheets()
    del sheets["Matrix"]
    sheets["Components"][0] = ["code", "назва курсу", "type", "semester", "бали", "hours", "control", "outcomes"]
    data = parse_programme_excel(_save(sheets, tmp_path / "x.xlsx"))
    messages = [p.describe() for p in data.errors]
    assert any("sheet Matrix" in m and "'Matrix' is missing" in m for m in messages)
    assert any("sheet Components, row 1" in m and "missing column(s) title, ects" in m for m in messages)


def test_dates_and_keys(tmp_path: Path) -> None:
    from datetime import datetime

    sheets = good_sheets()
    sheets["Components"][1][4] = datetime(2025, 5, 5)  # "5.5" typed into a date-formatted cell
    sheets["Programme"].append(["дата затвердження", "2025"])
    sheets["Programme"].append(["code", "B-2"])
    data = parse_programme_excel(_save(sheets, tmp_path / "x.xlsx"))
    assert any(p.row == 2 and p.column == "E" and "is a date" in p.message for p in data.errors)
    assert any(p.row == 10 and "appears twice" in p.message for p in data.errors)
    assert any(p.row == 9 and p.severity == "warning" and "unknown key" in p.message for p in data.problems)


def test_ects_sum_is_a_warning_on_the_total_cell(tmp_path: Path) -> None:
    sheets = good_sheets()
    sheets["Programme"][5] = ["total_ects", 240]
    data = parse_programme_excel(_save(sheets, tmp_path / "x.xlsx"))
    assert data.errors == []
    warning = next(p for p in data.warnings if "add up to 9" in p.message)
    assert (warning.sheet, warning.row, warning.column) == ("Programme", 6, "B")


def test_demo_round_trip_is_lossless(tmp_path: Path) -> None:
    original = demo_programme()
    path = write_programme_workbook(original, tmp_path / "demo.xlsx")
    again = parse_programme_excel(path)
    assert again.errors == []
    assert again.to_dict() == original.to_dict()
    assert again.matrix == original.matrix
    assert again.fingerprint() == original.fingerprint()


def test_texts_starting_with_equals_stay_texts(tmp_path: Path) -> None:
    data = demo_programme()
    data.components[0].title = "=HYPERLINK(\"http://x\")"
    data.outcomes[0].text = "=1+1 is not a formula here"
    path = write_programme_workbook(data, tmp_path / "eq.xlsx")
    again = parse_programme_excel(path)
    assert again.errors == []
    assert again.components[0].title == data.components[0].title
    assert again.outcomes[0].text == data.outcomes[0].text


def test_blank_template_in_resources_matches_the_writer(tmp_path: Path) -> None:
    shipped = REPO_ROOT / "resources" / "templates" / "programme-template.xlsx"
    fresh = write_template(tmp_path / "t.xlsx")
    for path in (shipped, fresh):
        workbook = load_workbook(path, read_only=True)
        assert workbook.sheetnames == ["Programme", "Components", "Outcomes", "Matrix", "README"]
        rows = {name: [list(r) for r in workbook[name].iter_rows(values_only=True)] for name in workbook.sheetnames}
        workbook.close()
        assert rows["Components"][0][:8] == ["code", "title", "type", "semester", "ects", "hours", "control",
                                             "outcomes"]
        assert [r[0] for r in rows["Programme"]][1:8] == ["code", "title", "specialty", "level", "total_ects",
                                                        "academic_year", "language"]
    data = parse_programme_excel(shipped)
    assert {p.field for p in data.errors if p.sheet == "Programme"} == {"code", "title", "total_ects",
                                                                        "academic_year"}


# --- hostile and broken files ----------------------------------------------------------------------------------


def test_not_a_workbook(tmp_path: Path) -> None:
    cases = {
        "text.xlsx": b"code,title\nOK1,Maths\n",
        "empty.xlsx": b"",
        "old.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
        "doc.xlsx": b"%PDF-1.7\n",
        "broken.xlsx": b"PK\x03\x04" + b"\x00" * 40,
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(UserError) as info:
            parse_programme_excel(path)
        assert name in str(info.value)
    with pytest.raises(UserError, match="file not found"):
        parse_programme_excel(tmp_path / "missing.xlsx")


def test_truncated_and_foreign_zips(tmp_path: Path) -> None:
    good = write_programme_workbook(demo_programme(), tmp_path / "good.xlsx")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    ods = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office/>")
    damaged_part = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged_part, "w") as target:
        for entry in source.infolist():
            body = source.read(entry.filename)
            if entry.filename.startswith("xl/worksheets/sheet2"):
                body = body[: len(body) // 2]
            target.writestr(entry, body)
    for path, words in ((truncated, "damaged"), (docx, "not an Excel workbook"), (ods, "OpenDocument"),
                        (damaged_part, "damaged")):
        with pytest.raises(UserError) as info:
            parse_programme_excel(path)
        assert path.name in str(info.value) and words in str(info.value)


def test_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    good = write_programme_workbook(demo_programme(), tmp_path / "good.xlsx")
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(entry.filename, source.read(entry.filename))
        target.writestr("xl/worksheets/sheet9.xml", b"<c/>" * (12 * 1024 * 1024))
    with pytest.raises(UserError, match="bomb.xlsx"):
        parse_programme_excel(bomb)


def test_huge_sheet_is_reported_not_read_forever(tmp_path: Path) -> None:
    sheets = good_sheets()
    sheets["Outcomes"] += [[f"ПР{i}", f"Результат {i}"] for i in range(3, 5200)]
    data = parse_programme_excel(_save(sheets, tmp_path / "huge.xlsx"))
    assert any(p.sheet == "Outcomes" and "more than 5000 filled rows" in p.message for p in data.errors)


def test_wide_matrix_is_reported(tmp_path: Path) -> None:
    sheets = good_sheets()
    sheets["Matrix"][1] = ["ОК1", "x"] + [None] * 520 + ["x"]
    data = parse_programme_excel(_save(sheets, tmp_path / "wide.xlsx"))
    assert any(p.sheet == "Matrix" and "beyond column" in p.message for p in data.errors)


# --- property: export then import gives the same programme -----------------------------------------------------

_ALPHABET = st.characters(codec="utf-8", categories=("L", "N", "P", "Zs"), include_characters="=+'’«»—\n\t")
_text = st.text(_ALPHABET, min_size=1, max_size=50).map(clean_text).filter(
    lambda t: bool(t) and t[:2] not in ("• ", "- ", "– ", "* ", "· "))


@st.composite
def programmes(draw: st.DrawFn) -> ProgrammeData:
    n_components = draw(st.integers(1, 8))
    n_outcomes = draw(st.integers(0, 6))
    prefixes = draw(st.lists(st.sampled_from(["ОК", "ВК", "ПП", "OK", "A"]), min_size=n_components,
                             max_size=n_components))
    components = [
        ComponentData(
            code=f"{prefix}{index + 1}", title=draw(_text), type=draw(st.sampled_from(COMPONENT_TYPES)),
            semester=draw(st.none() | st.integers(1, 16)), ects=draw(st.integers(1, 600)) / 10,
            hours=draw(st.none() | st.integers(0, 2000)), control=draw(st.sampled_from(CONTROL_FORMS)),
            outcomes=draw(st.lists(_text, max_size=4)),
        )
        for index, prefix in enumerate(prefixes)
    ]
    outcomes = [OutcomeData(code=f"ПР{index + 1:02d}", text=draw(_text)) for index in range(n_outcomes)]
    pairs = [(c.code, o.code) for c in components for o in outcomes]
    matrix = set(draw(st.lists(st.sampled_from(pairs), max_size=12))) if pairs else set()
    start = draw(st.integers(2000, 2090))
    return ProgrammeData(
        code=draw(st.from_regex(r"[A-Z0-9]{1,6}-[A-Z]{2}", fullmatch=True)), title=draw(_text),
        specialty=draw(st.just("") | _text), level=draw(st.sampled_from(("", *LEVELS))),
        total_ects=draw(st.integers(1, 4800)) / 10, academic_year=f"{start}/{start + 1}",
        language=draw(st.sampled_from(("uk", "en"))), faculty=draw(st.just("") | _text),
        components=components, outcomes=outcomes, matrix=matrix,
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(programmes())
def test_round_trip_property(tmp_path: Path, data: ProgrammeData) -> None:
    path = tmp_path / "rt.xlsx"
    build_workbook(data).save(path)
    again = parse_programme_excel(path)
    assert again.errors == []
    assert again.to_dict() == data.to_dict()
    assert again.matrix == data.matrix


def test_merged_cells_in_a_data_area_are_refused_with_the_range_named(tmp_path: Path) -> None:
    """Merging two semester cells used to leave the second component without a semester, silently."""
    workbook = workbook_from_rows(good_sheets())
    sheet = workbook["Components"]
    sheet.merge_cells("D2:D3")  # the semesters of both components
    path = tmp_path / "merged.xlsx"
    workbook.save(path)
    data = parse_programme_excel(path)
    merged = [p for p in data.errors if "D2:D3" in p.message]
    assert merged and merged[0].sheet == "Components" and merged[0].row == 2 and merged[0].column == "D"
    assert "unmerge" in merged[0].message


def test_merged_cells_beside_the_data_area_are_harmless(tmp_path: Path) -> None:
    workbook = workbook_from_rows(good_sheets())
    workbook["Programme"].merge_cells("E1:F2")  # a note beside the key/value columns
    path = tmp_path / "note.xlsx"
    workbook.save(path)
    assert parse_programme_excel(path).errors == []
