from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.domain.programme import ComponentData, OutcomeData
from app.errors import ConflictError, UserError
from app.importers.catalogue.excel_reader import parse_programme_excel
from app.models import AuditEntry, Case, Component, DecisionLine, Programme, ProgrammeOutcome
from app.services import catalogue
from app.services.audit import verify_chain
from app.services.cases import ApplicantData, NewCase, register_case
from tests.catalogue.helpers import FIXTURES, demo_programme, good_sheets, small_programme, workbook_from_rows


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar() or 0)


def _audit_actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def test_save_list_load_export_round_trip(db: Database, tmp_path: Path) -> None:
    result = catalogue.save_programme(db, "officer", demo_programme())
    assert (result.action, result.components, result.outcomes, result.links) == ("created", 14, 10, 20)
    assert result.component_outcomes == 37
    assert "Saved programme 122-BS-CS (2025/2026): 14 components" in result.summary()
    rows = catalogue.list_programmes(db)
    assert [(r.code, r.academic_year, r.components, r.outcomes, r.cases) for r in rows] == \
        [("122-BS-CS", "2025/2026", 14, 10, 0)]
    loaded = catalogue.load_programme(db, result.programme_id)
    assert loaded.data.to_dict() == demo_programme().to_dict()
    assert all(c.id for c in loaded.data.components) and all(o.id for o in loaded.data.outcomes)
    path = catalogue.export_programme(db, result.programme_id, tmp_path / "out.xlsx")
    again = parse_programme_excel(path)
    assert again.errors == [] and again.fingerprint() == loaded.fingerprint
    assert _audit_actions(db) == ["programme.import"]
    with db.read() as session:
        assert verify_chain(session).ok


def test_same_version_is_refused_then_replaced(db: Database) -> None:
    first = catalogue.save_programme(db, "officer", small_programme())
    with pytest.raises(UserError, match=r"035-BS-PHIL \(2025/2026\) is already in the catalogue"):
        catalogue.save_programme(db, "officer", small_programme())
    changed = small_programme()
    changed.title = "Філологія (нова редакція)"
    changed.components.pop()
    changed.matrix = {(c, o) for c, o in changed.matrix if c != "ВК1"}
    result = catalogue.save_programme(db, "officer", changed, replace=True)
    assert result.action == "replaced" and result.programme_id == first.programme_id
    loaded = catalogue.load_programme(db, first.programme_id)
    assert loaded.data.title == "Філологія (нова редакція)" and len(loaded.data.components) == 2
    assert _count(db, Component) == 2
    other_year = catalogue.save_programme(db, "officer", small_programme(year="2026/2027"))
    assert other_year.programme_id != first.programme_id
    assert _audit_actions(db) == ["programme.import", "programme.replace", "programme.import"]


def test_invalid_data_writes_nothing(db: Database, tmp_path: Path) -> None:
    sheets = good_sheets()
    sheets["Components"][1][4] = "багато"
    sheets["Matrix"].append(["ОК9", "x"])
    path = tmp_path / "bad.xlsx"
    workbook_from_rows(sheets).save(path)
    with pytest.raises(catalogue.ProgrammeInvalid) as info:
        catalogue.import_programme_file(db, "officer", path)
    lines = info.value.lines()
    assert len([line for line in lines if ": error: " in line]) == 2
    assert all(line.startswith("bad.xlsx: sheet ") for line in lines)
    assert _count(db, Programme) == 0 and _count(db, AuditEntry) == 0
    broken = small_programme()
    broken.outcomes.append(OutcomeData(code="ПР01", text="duplicate"))
    with pytest.raises(catalogue.ProgrammeInvalid, match="duplicate code"):
        catalogue.save_programme(db, "officer", broken)
    assert _count(db, Programme) == 0


def test_a_failure_in_the_middle_rolls_everything_back(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(catalogue.audit, "record", explode)
    with pytest.raises(RuntimeError):
        catalogue.save_programme(db, "officer", demo_programme())
    assert _count(db, Programme) == 0 and _count(db, Component) == 0 and _count(db, ProgrammeOutcome) == 0


def _with_case(db: Database) -> int:
    """The demo programme saved through the service, with one registered case (and no decisions yet)."""
    programme_id = catalogue.save_programme(db, "officer", demo_programme()).programme_id
    register_case(db, "officer", NewCase(applicant=ApplicantData(full_name="Мельник Юрій Іванович"),
                                         programme_id=programme_id, academic_year="2025/2026"))
    return programme_id


def _decide_on(db: Database, code: str) -> None:
    with db.write() as session:
        component = session.execute(select(Component).where(Component.code == code)).scalar_one()
        case_id = session.execute(select(Case.id).where(Case.programme_id == component.programme_id)).scalars()\
            .first()
        session.add(DecisionLine(case_id=case_id, component_id=component.id, component_code=component.code,
                                 component_title=component.title))


def test_replace_is_refused_when_decisions_use_the_components(db: Database) -> None:
    programme_id = _with_case(db)
    data = demo_programme()
    data.title = "Комп'ютерні науки, редакція 2"
    result = catalogue.save_programme(db, "officer", data, replace=True)  # a case, but no decisions yet
    assert result.action == "replaced" and result.programme_id == programme_id
    with db.read() as session:
        assert session.execute(select(func.count(Case.id)).where(Case.programme_id == programme_id)).scalar() == 1
    _decide_on(db, "ОК5")
    with pytest.raises(UserError, match=r"cannot be replaced: 1 decision line\(s\) in 1 case\(s\)"):
        catalogue.save_programme(db, "officer", demo_programme(), replace=True)
    assert catalogue.load_programme(db, programme_id).data.title == "Комп'ютерні науки, редакція 2"


def test_demo_loads_through_the_catalogue_service(demo_db: Database) -> None:
    actions = _audit_actions(demo_db)
    assert actions[:2] == ["programme.import", "demo.load"]
    loaded = catalogue.load_programme(demo_db, catalogue.find_programme(demo_db, "122-BS-CS"))
    assert loaded.data.to_dict() == demo_programme().to_dict() and loaded.cases >= 5


def test_edit_keeps_rows_and_records_the_changes(db: Database) -> None:
    programme_id = _with_case(db)
    loaded = catalogue.load_programme(db, programme_id)
    _decide_on(db, "ОК5")
    data = loaded.data
    ids = {c.code: c.id for c in data.components}
    data.title = "Комп'ютерні науки (оновлено)"
    first, second = data.components[0], data.components[1]
    first.code, second.code = second.code, first.code  # swap two codes
    data.components[4].ects = 6.0
    data.components[4].outcomes.append("Оптимізувати SQL-запити.")
    data.outcomes = [o for o in data.outcomes if o.code != "ПР10"]
    data.matrix = {(c, o) for c, o in data.matrix if o != "ПР10"}
    data.matrix = {(first.code if c == second.code else second.code if c == first.code else c, o)
                   for c, o in data.matrix}  # links follow the swapped codes
    data.matrix.add(("ОК5", "ПР04"))
    data.components.append(ComponentData(code="ВК4", title="Хмарні технології", type="elective", ects=4,
                                         control="pass"))
    data.outcomes.append(OutcomeData(code="ПР11", text="Використовувати хмарні сервіси."))
    data.matrix.add(("ВК4", "ПР11"))
    result = catalogue.update_programme(db, "officer", programme_id, data, loaded.fingerprint)
    assert result.action == "updated"
    changes = result.changes
    assert changes["title"][1] == "Комп'ютерні науки (оновлено)"
    assert changes["components"]["added"] == ["ВК4"] and "renamed" in changes["components"]
    assert changes["outcomes"]["removed"] == ["ПР10"] and changes["outcomes"]["added"] == ["ПР11"]
    assert "ОК5→ПР04" in changes["links_added"]
    after = catalogue.load_programme(db, programme_id)
    assert after.data.to_dict() == data.to_dict()
    new_ids = {c.code: c.id for c in after.data.components}
    assert new_ids["ОК5"] == ids["ОК5"]  # the row decisions refer to is kept
    assert new_ids["ОК1"] == ids["ОК2"] and new_ids["ОК2"] == ids["ОК1"]  # swapped codes, same rows
    assert after.decision_lines == 1
    assert _audit_actions(db)[-1] == "programme.update"
    with db.read() as session:
        assert verify_chain(session).ok
    # An edit based on the old version is refused as a conflict.
    with pytest.raises(ConflictError):
        catalogue.update_programme(db, "officer", programme_id, loaded.data, loaded.fingerprint)
    # No change, no audit entry.
    count = _count(db, AuditEntry)
    catalogue.update_programme(db, "officer", programme_id, after.data, after.fingerprint)
    assert _count(db, AuditEntry) == count


def test_removing_a_decided_component_is_refused(db: Database) -> None:
    programme_id = _with_case(db)
    _decide_on(db, "ОК5")
    loaded = catalogue.load_programme(db, programme_id)
    data = loaded.data
    data.components = [c for c in data.components if c.code != "ОК5"]
    data.matrix = {(c, o) for c, o in data.matrix if c != "ОК5"}
    with pytest.raises(UserError, match=r"Cannot remove component\(s\) ОК5 \(1 decision line"):
        catalogue.update_programme(db, "officer", programme_id, data, loaded.fingerprint)
    assert len(catalogue.load_programme(db, programme_id).data.components) == 14


def test_edit_validates_like_an_import(db: Database) -> None:
    programme_id = _with_case(db)
    loaded = catalogue.load_programme(db, programme_id)
    loaded.data.components[0].ects = 0
    with pytest.raises(catalogue.ProgrammeInvalid, match="ECTS must be a positive number"):
        catalogue.update_programme(db, "officer", programme_id, loaded.data)
    small = catalogue.save_programme(db, "officer", small_programme())
    clash = catalogue.load_programme(db, small.programme_id).data
    clash.code = "122-BS-CS"
    clash.academic_year = "2025/2026"
    with pytest.raises(UserError, match="already exists"):
        catalogue.update_programme(db, "officer", small.programme_id, clash)


def test_copy_find_and_delete(db: Database) -> None:
    programme_id = _with_case(db)
    copy = catalogue.copy_programme(db, "officer", programme_id, "2026-2027")
    assert copy.academic_year == "2026/2027" and copy.programme_id != programme_id
    assert catalogue.find_programme(db, "122-BS-CS") == copy.programme_id  # the latest year
    assert catalogue.find_programme(db, "122-BS-CS", "2025/2026") == programme_id
    with pytest.raises(UserError, match="versions: 2025/2026, 2026/2027"):
        catalogue.find_programme(db, "122-BS-CS", "2030/2031")
    with pytest.raises(UserError, match="not in the catalogue"):
        catalogue.find_programme(db, "NOPE")
    with pytest.raises(UserError, match=r"cannot be deleted: 1 case\(s\) use it"):
        catalogue.delete_programme(db, "officer", programme_id)
    assert "Deleted programme 122-BS-CS (2026/2027)" in catalogue.delete_programme(db, "officer",
                                                                                     copy.programme_id)
    assert [r.academic_year for r in catalogue.list_programmes(db)] == ["2025/2026"]


def test_pdf_import_after_review(db: Database) -> None:
    data = catalogue.read_programme_file(FIXTURES / "opp-124-master.pdf")
    data.code = "124-MS-DS"  # the officer corrects the made-up code in the review
    result = catalogue.save_programme(db, "officer", data)
    assert (result.components, result.outcomes, result.links) == (6, 5, 10)
    assert catalogue.list_programmes(db)[0].source_file == "opp-124-master.pdf"


def test_read_programme_file_chooses_by_content(tmp_path: Path) -> None:
    renamed = tmp_path / "programme.dat"
    renamed.write_bytes((FIXTURES / "opp-124-master.pdf").read_bytes())
    assert catalogue.read_programme_file(renamed).source_kind == "pdf"
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError, match="notes.txt: not an Excel workbook"):
        catalogue.read_programme_file(other)
