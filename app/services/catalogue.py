"""The programme catalogue: import a programme as a new version, list, load, edit, delete and export.

Every change is one transaction with its audit entry: a programme is saved whole or not at all. A programme version
is identified by (code, academic year). Importing the same version again is refused unless the caller asks to
replace it, and replacing is refused while decisions refer to the version's components (the decision lines keep
their own snapshot of the component, but the link would be lost). Edits keep the database rows of unchanged
components, so decisions stay linked to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.db import Database
from app.domain.programme import (
    ComponentData,
    OutcomeData,
    Problem,
    ProgrammeData,
    check_programme,
    format_number,
)
from app.domain.progress import Progress, check_cancelled
from app.errors import ConflictError, UserError
from app.models import Case, Component, ComponentOutcome, DecisionLine, Programme, ProgrammeOutcome
from app.services import audit


class ProgrammeInvalid(UserError):
    """The programme has errors: ``problems`` lists every one (the message only counts them)."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = problems
        errors = [p for p in problems if p.is_error]
        first = errors[0].describe() if errors else ""
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{label}: nothing was saved, {len(errors)} problem(s) to fix: {first}{more}")

    def lines(self) -> list[str]:
        """Every problem, errors first, one line each, prefixed with the file or programme."""
        ordered = [p for p in self.problems if p.is_error] + [p for p in self.problems if not p.is_error]
        return [p.describe(self.label) for p in ordered]


@dataclass(frozen=True)
class SaveResult:
    programme_id: int
    code: str
    academic_year: str
    components: int
    outcomes: int
    component_outcomes: int
    links: int
    action: str  # "created", "replaced", "updated"
    warnings: list[Problem] = field(default_factory=list)
    changes: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> str:
        verb = {"created": "Saved", "replaced": "Replaced", "updated": "Updated"}.get(self.action, "Saved")
        return (f"{verb} programme {self.code} ({self.academic_year}): {self.components} components, "
                f"{self.outcomes} programme outcomes, {self.component_outcomes} component outcomes, "
                f"{self.links} matrix links.")


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    code: str
    title: str
    academic_year: str
    level: str
    total_ects: float
    components: int
    outcomes: int
    cases: int
    source_file: str
    created_at: datetime

    @property
    def label(self) -> str:
        return f"{self.code} — {self.title} ({self.academic_year})"


@dataclass(frozen=True)
class LoadedProgramme:
    """One programme version as plain values, ready for display and editing."""

    id: int
    data: ProgrammeData
    fingerprint: str  # pass back to ``update_programme`` to detect someone else's edit in between
    cases: int
    decision_lines: int
    created_at: datetime


# --- reading files ---------------------------------------------------------------------------------------------


def read_programme_file(path: str | Path, progress: Progress | None = None) -> ProgrammeData:
    """Parse an .xlsx template or a programme PDF (chosen by content, then by extension). Nothing is saved."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: file not found.")
    with path.open("rb") as handle:
        head = handle.read(1024)
    if head.startswith(b"PK") or head.startswith(b"\xd0\xcf\x11\xe0"):
        from app.importers.catalogue.excel_reader import parse_programme_excel

        return parse_programme_excel(path)
    if b"%PDF" in head:
        from app.importers.catalogue.pdf_reader import parse_programme_pdf

        return parse_programme_pdf(path, progress)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from app.importers.catalogue.excel_reader import parse_programme_excel

        return parse_programme_excel(path)  # reports what is wrong with it
    if suffix == ".pdf":
        from app.importers.catalogue.pdf_reader import parse_programme_pdf

        return parse_programme_pdf(path, progress)
    raise UserError(f"{path.name}: not an Excel workbook (.xlsx) or a PDF; a programme is imported from the "
                    "Excel template or from the programme document in PDF.")


# --- saving ----------------------------------------------------------------------------------------------------


def problems_before_saving(data: ProgrammeData) -> list[Problem]:
    """What stands between ``data`` and the database.

    Errors found by the file reader (with their sheet/row/column or page) are returned as they are. Otherwise the
    whole-programme checks run on the data as it is now — a programme fixed in the review screen is judged as
    fixed — and the reader's warnings are kept.
    """
    if data.errors:
        return list(data.problems)
    checks = check_programme(data)
    errors = [p for p in checks if p.is_error]
    warnings = data.warnings if data.problems else [p for p in checks if not p.is_error]
    return errors + warnings


def _require_valid(data: ProgrammeData) -> list[Problem]:
    problems = problems_before_saving(data)
    if any(p.is_error for p in problems):
        raise ProgrammeInvalid(Path(data.source_file).name if data.source_file else f"programme {data.label()}",
                               problems)
    return [p for p in problems if not p.is_error]


def _decision_lines_on(session: Session, programme_id: int) -> tuple[int, int]:
    """(decision lines, cases) that refer to this programme version's components."""
    component_ids = select(Component.id).where(Component.programme_id == programme_id)
    lines, cases = session.execute(
        select(func.count(DecisionLine.id), func.count(func.distinct(DecisionLine.case_id)))
        .where(DecisionLine.component_id.in_(component_ids))
    ).one()
    return int(lines or 0), int(cases or 0)


def _fill(session: Session, programme: Programme, data: ProgrammeData) -> None:
    """Create the components, outcomes and links of a programme that has none."""
    outcomes: dict[str, ProgrammeOutcome] = {}
    for position, item in enumerate(data.outcomes):
        outcome = ProgrammeOutcome(code=item.code, text=item.text, position=position)
        programme.outcomes.append(outcome)
        outcomes[item.code] = outcome
    for position, part in enumerate(data.components):
        component = Component(code=part.code, title=part.title, type=part.type, semester=part.semester,
                              ects=float(part.ects), hours=part.hours, control=part.control, position=position)
        component.outcomes = [ComponentOutcome(text=text, position=i) for i, text in enumerate(part.outcomes)]
        component.programme_outcomes = [outcomes[code] for code in data.outcomes_of(part.code)]
        programme.components.append(component)


def _set_fields(programme: Programme, data: ProgrammeData) -> None:
    programme.code = data.code
    programme.title = data.title
    programme.specialty = data.specialty
    programme.level = data.level
    programme.total_ects = float(data.total_ects)
    programme.academic_year = data.academic_year
    programme.language = data.language or "uk"
    programme.faculty = data.faculty


def _counts(data: ProgrammeData) -> dict[str, int]:
    return {"components": len(data.components), "outcomes": len(data.outcomes),
            "component_outcomes": sum(len(c.outcomes) for c in data.components),
            "links": sum(len(data.outcomes_of(c.code)) for c in data.components)}


def add_programme(session: Session, actor: str, data: ProgrammeData, *, replace: bool = False) -> SaveResult:
    """Save ``data`` inside the caller's transaction (see ``save_programme``)."""
    warnings = _require_valid(data)
    existing = session.execute(
        select(Programme).where(Programme.code == data.code, Programme.academic_year == data.academic_year)
    ).scalar()
    source = Path(data.source_file).name if data.source_file else data.source_kind
    if existing is not None and not replace:
        raise UserError(f"Programme {data.code} ({data.academic_year}) is already in the catalogue. Import it again "
                        "choosing to replace it (--replace on the command line), or give the new version another "
                        "academic year.")
    action = "created"
    payload: dict[str, Any] = {"code": data.code, "academic_year": data.academic_year, "source": source,
                               **_counts(data), "fingerprint": data.fingerprint(), "warnings": len(warnings)}
    if existing is not None:
        lines, cases = _decision_lines_on(session, existing.id)
        if lines:
            raise UserError(
                f"Programme {data.code} ({data.academic_year}) cannot be replaced: {lines} decision line(s) in "
                f"{cases} case(s) refer to its components. Import the new text as another academic year, or "
                "change the programme in the catalogue editor.")
        payload["replaced_fingerprint"] = _to_data(existing).fingerprint()
        existing.components.clear()
        existing.outcomes.clear()
        session.flush()
        programme = existing
        action = "replaced"
    else:
        programme = Programme(code=data.code, title=data.title)
        session.add(programme)
    _set_fields(programme, data)
    programme.source_file = source[:400]
    _fill(session, programme, data)
    try:
        session.flush()
    except IntegrityError:
        raise UserError(f"Programme {data.code} ({data.academic_year}) was saved by someone else a moment ago; "
                        "nothing was saved.") from None
    audit.record(session, actor, f"programme.{'replace' if action == 'replaced' else 'import'}", "programme",
                 programme.id, payload)
    counts = _counts(data)
    return SaveResult(programme.id, data.code, data.academic_year, counts["components"], counts["outcomes"],
                      counts["component_outcomes"], counts["links"], action, warnings)


def save_programme(db: Database, actor: str, data: ProgrammeData, *, replace: bool = False,
                   progress: Progress | None = None) -> SaveResult:
    """Save a parsed (and possibly reviewed) programme as a new version, in one transaction.

    Raises ``ProgrammeInvalid`` listing every problem when the data has errors, ``UserError`` when the version
    exists (and ``replace`` is false) or cannot be replaced. Nothing is written in either case.
    """
    check_cancelled(progress)
    with db.write() as session:
        result = add_programme(session, actor, data, replace=replace)
        check_cancelled(progress)
    return result


def import_programme_file(db: Database, actor: str, path: str | Path, *, replace: bool = False,
                          progress: Progress | None = None) -> SaveResult:
    """Read a file and save it, all or nothing."""
    data = read_programme_file(path, progress)
    return save_programme(db, actor, data, replace=replace, progress=progress)


# --- reading the catalogue -------------------------------------------------------------------------------------


def list_programmes(db: Database) -> list[ProgrammeRow]:
    components = (select(Component.programme_id, func.count(Component.id).label("n"))
                  .group_by(Component.programme_id).subquery())
    outcomes = (select(ProgrammeOutcome.programme_id, func.count(ProgrammeOutcome.id).label("n"))
                .group_by(ProgrammeOutcome.programme_id).subquery())
    cases = select(Case.programme_id, func.count(Case.id).label("n")).group_by(Case.programme_id).subquery()
    query = (
        select(Programme.id, Programme.code, Programme.title, Programme.academic_year, Programme.level,
               Programme.total_ects, func.coalesce(components.c.n, 0), func.coalesce(outcomes.c.n, 0),
               func.coalesce(cases.c.n, 0), Programme.source_file, Programme.created_at)
        .outerjoin(components, components.c.programme_id == Programme.id)
        .outerjoin(outcomes, outcomes.c.programme_id == Programme.id)
        .outerjoin(cases, cases.c.programme_id == Programme.id)
        .order_by(Programme.code, Programme.academic_year.desc())
    )
    with db.read() as session:
        return [ProgrammeRow(*row) for row in session.execute(query)]


def find_programme(db: Database, code: str, academic_year: str | None = None) -> int:
    """The id of a programme version; without a year, the latest one. UserError naming what is missing."""
    with db.read() as session:
        query = select(Programme.id, Programme.academic_year).where(Programme.code == code.strip())
        if academic_year:
            query = query.where(Programme.academic_year == academic_year.strip())
        rows = session.execute(query.order_by(Programme.academic_year.desc())).all()
        if not rows:
            known = session.execute(select(Programme.academic_year).where(Programme.code == code.strip())).scalars()
            years = sorted(known)
            if years:
                raise UserError(f"Programme {code} has no version for {academic_year}; versions: "
                                f"{', '.join(years)}.")
            raise UserError(f"Programme {code} is not in the catalogue (see 'programme list').")
        return int(rows[0][0])


def _to_data(programme: Programme) -> ProgrammeData:
    data = ProgrammeData(
        code=programme.code, title=programme.title, specialty=programme.specialty, level=programme.level,
        total_ects=programme.total_ects, academic_year=programme.academic_year, language=programme.language,
        faculty=programme.faculty, source_file=programme.source_file, source_kind="database",
    )
    data.outcomes = [OutcomeData(code=o.code, text=o.text, id=o.id) for o in programme.outcomes]
    for component in programme.components:
        data.components.append(ComponentData(
            code=component.code, title=component.title, type=component.type, semester=component.semester,
            ects=component.ects, hours=component.hours, control=component.control,
            outcomes=[o.text for o in component.outcomes], id=component.id,
        ))
        data.matrix.update((component.code, o.code) for o in component.programme_outcomes)
    return data


def _load(session: Session, programme_id: int) -> Programme:
    programme = session.execute(
        select(Programme).where(Programme.id == programme_id).options(
            selectinload(Programme.outcomes),
            selectinload(Programme.components).selectinload(Component.outcomes),
            selectinload(Programme.components).selectinload(Component.programme_outcomes),
        )
    ).scalar()
    if programme is None:
        raise UserError(f"Programme {programme_id} does not exist (it may have been deleted by another user).")
    return programme


def load_programme(db: Database, programme_id: int) -> LoadedProgramme:
    with db.read() as session:
        programme = _load(session, programme_id)
        data = _to_data(programme)
        cases = session.execute(select(func.count(Case.id)).where(Case.programme_id == programme_id)).scalar()
        lines, _cases = _decision_lines_on(session, programme_id)
        return LoadedProgramme(programme.id, data, data.fingerprint(), int(cases or 0), lines, programme.created_at)


# --- editing ---------------------------------------------------------------------------------------------------


def update_programme(db: Database, actor: str, programme_id: int, data: ProgrammeData,
                     expected_fingerprint: str | None = None) -> SaveResult:
    """Apply an edited programme (fields, components, outcomes, matrix) to a stored version.

    Components and outcomes are matched by id (as loaded), then by code; rows that stay keep their ids, so the
    decisions that refer to them stay linked. Removing a component that decisions refer to is refused. With
    ``expected_fingerprint`` (from ``load_programme``) a change saved by someone else in between raises
    ``ConflictError`` and nothing is written.
    """
    data = replace(data, problems=[])
    warnings = _require_valid(data)
    with db.write() as session:
        programme = _load(session, programme_id)
        before = _to_data(programme)
        if expected_fingerprint is not None and before.fingerprint() != expected_fingerprint:
            raise ConflictError(f"Programme {programme.code} ({programme.academic_year}) was changed by someone "
                                "else after you opened it. Your changes were not saved: reload and make them again.")
        if (data.code, data.academic_year) != (programme.code, programme.academic_year):
            clash = session.execute(select(Programme.id).where(
                Programme.code == data.code, Programme.academic_year == data.academic_year,
                Programme.id != programme_id)).scalar()
            if clash:
                raise UserError(f"Programme {data.code} ({data.academic_year}) already exists; choose another code "
                                "or academic year.")
        changes = _apply(session, programme, data, before)
        if not changes:
            counts = _counts(data)
            return SaveResult(programme.id, data.code, data.academic_year, counts["components"], counts["outcomes"],
                              counts["component_outcomes"], counts["links"], "updated", warnings, {})
        session.flush()
        audit.record(session, actor, "programme.update", "programme", programme.id,
                     {"code": data.code, "academic_year": data.academic_year, "changes": changes,
                      "fingerprint": data.fingerprint()})
    counts = _counts(data)
    return SaveResult(programme_id, data.code, data.academic_year, counts["components"], counts["outcomes"],
                      counts["component_outcomes"], counts["links"], "updated", warnings, changes)


def _match(items: list[Any], stored: list[Any]) -> dict[int, Any]:
    """Pair each edited item (by index) with a stored row: same id first, then same code."""
    by_id = {row.id: row for row in stored}
    by_code = {row.code: row for row in stored}
    used: set[int] = set()
    pairs: dict[int, Any] = {}
    for index, item in enumerate(items):
        row = by_id.get(item.id) if item.id is not None else None
        if row is not None and row.id not in used:
            pairs[index] = row
            used.add(row.id)
    for index, item in enumerate(items):
        if index in pairs:
            continue
        row = by_code.get(item.code)
        if row is not None and row.id not in used:
            pairs[index] = row
            used.add(row.id)
    return pairs


def _apply(session: Session, programme: Programme, data: ProgrammeData, before: ProgrammeData) -> dict[str, Any]:  # noqa: C901 (one branch per catalogue change kind (add, update, remove of each record type))
    changes: dict[str, Any] = {}
    for name in ("code", "title", "specialty", "level", "total_ects", "academic_year", "language", "faculty"):
        old, new = getattr(before, name), getattr(data, name)
        if old != new:
            changes[name] = [old, new]
    _set_fields(programme, data)

    # Outcomes
    outcome_pairs = _match(data.outcomes, list(programme.outcomes))
    kept_outcomes = {row.id for row in outcome_pairs.values()}
    removed_outcomes = [o for o in programme.outcomes if o.id not in kept_outcomes]
    # Codes may be swapped between rows: give renamed rows a temporary code first (unique per programme).
    renamed = [(i, row) for i, row in outcome_pairs.items() if row.code != data.outcomes[i].code]
    for _i, row in renamed:
        row.code = f"~{row.id}"
    for row in removed_outcomes:
        programme.outcomes.remove(row)
    session.flush()
    for component in programme.components:  # links to removed outcomes went with them: read the links afresh
        session.expire(component, ["programme_outcomes"])
    outcomes_by_code: dict[str, ProgrammeOutcome] = {}
    new_outcomes: list[ProgrammeOutcome] = []
    for index, item in enumerate(data.outcomes):
        row = outcome_pairs.get(index)
        if row is None:
            row = ProgrammeOutcome(code=item.code, text=item.text, position=index)
            new_outcomes.append(row)
        row.code, row.text, row.position = item.code, item.text, index
        outcomes_by_code[item.code] = row
    programme.outcomes = [outcomes_by_code[item.code] for item in data.outcomes]
    old_outcomes = {o.code: o.text for o in before.outcomes}
    new_outcome_texts = {o.code: o.text for o in data.outcomes}
    _diff_names(changes, "outcomes", old_outcomes, new_outcome_texts,
                renamed=[(before_code(before.outcomes, row.id), data.outcomes[i].code) for i, row in renamed])

    # Components
    component_pairs = _match(data.components, list(programme.components))
    kept = {row.id for row in component_pairs.values()}
    removed = [c for c in programme.components if c.id not in kept]
    if removed:
        referenced = session.execute(
            select(Component.code, func.count(DecisionLine.id)).join(DecisionLine, DecisionLine.component_id ==
                                                                      Component.id)
            .where(Component.id.in_([c.id for c in removed])).group_by(Component.code)
        ).all()
        if referenced:
            names = ", ".join(f"{code} ({n} decision line(s))" for code, n in referenced)
            raise UserError(f"Cannot remove component(s) {names}: decisions refer to them. Nothing was saved.")
    renamed_components = [(i, row) for i, row in component_pairs.items() if row.code != data.components[i].code]
    for _i, row in renamed_components:
        row.code = f"~{row.id}"
    for row in removed:
        programme.components.remove(row)
    session.flush()
    rows: list[Component] = []
    for index, part in enumerate(data.components):
        row = component_pairs.get(index)
        if row is None:
            row = Component(code=part.code, title=part.title)
        row.code, row.title, row.type, row.semester = part.code, part.title, part.type, part.semester
        row.ects, row.hours, row.control, row.position = float(part.ects), part.hours, part.control, index
        if [o.text for o in row.outcomes] != part.outcomes:
            row.outcomes = [ComponentOutcome(text=text, position=i) for i, text in enumerate(part.outcomes)]
        wanted = [outcomes_by_code[code] for code in data.outcomes_of(part.code)]
        if [o.code for o in row.programme_outcomes] != [o.code for o in wanted]:
            row.programme_outcomes = wanted
        rows.append(row)
    programme.components = rows
    old_components = {c.code: _component_tuple(c) for c in before.components}
    new_components = {c.code: _component_tuple(c) for c in data.components}
    _diff_names(changes, "components", old_components, new_components,
                renamed=[(before_code(before.components, row.id), data.components[i].code)
                         for i, row in renamed_components])
    added_links = sorted(data.matrix - before.matrix)
    removed_links = sorted(before.matrix - data.matrix)
    if added_links:
        changes["links_added"] = [f"{c}→{o}" for c, o in added_links]
    if removed_links:
        changes["links_removed"] = [f"{c}→{o}" for c, o in removed_links]
    if [c.code for c in before.components] != [c.code for c in data.components] and "components" not in changes:
        changes["components_order"] = [c.code for c in data.components]
    if [o.code for o in before.outcomes] != [o.code for o in data.outcomes] and "outcomes" not in changes:
        changes["outcomes_order"] = [o.code for o in data.outcomes]
    return changes


def before_code(items: list[Any], row_id: int) -> str:
    return next((item.code for item in items if item.id == row_id), "?")


def _component_tuple(c: ComponentData) -> tuple[Any, ...]:
    return (c.title, c.type, c.semester, format_number(c.ects), c.hours, c.control, tuple(c.outcomes))


def _diff_names(changes: dict[str, Any], what: str, old: dict[str, Any], new: dict[str, Any],
                renamed: list[tuple[str, str]]) -> None:
    renames = dict(renamed)
    reverse = {v: k for k, v in renames.items()}
    added = [code for code in new if code not in old and code not in reverse]
    removed = [code for code in old if code not in new and code not in renames]
    changed = [code for code in new if code in old and old[code] != new[code]]
    changed += [f"{a}→{b}" for a, b in renamed if old.get(a) != new.get(b)]
    diff: dict[str, Any] = {}
    if added:
        diff["added"] = added
    if removed:
        diff["removed"] = removed
    if renamed:
        diff["renamed"] = [f"{a}→{b}" for a, b in renamed]
    if changed:
        diff["changed"] = changed
    if diff:
        changes[what] = diff


def copy_programme(db: Database, actor: str, programme_id: int, academic_year: str) -> SaveResult:
    """Start the next version: the same programme saved under another academic year."""
    from app.domain.programme import normalize_academic_year

    loaded = load_programme(db, programme_id)
    data = loaded.data
    year = normalize_academic_year(academic_year)
    if year is None:
        raise UserError(f"{academic_year!r} is not an academic year like 2026/2027.")
    for part in data.components:
        part.id = None
    for outcome in data.outcomes:
        outcome.id = None
    original = data.label()
    data.academic_year = year
    data.problems = []
    data.source_file = ""
    data.source_kind = f"copy of {original}"
    return save_programme(db, actor, data)


def delete_programme(db: Database, actor: str, programme_id: int) -> str:
    """Remove a programme version that no case uses; returns what was removed."""
    with db.write() as session:
        programme = _load(session, programme_id)
        cases = session.execute(select(func.count(Case.id)).where(Case.programme_id == programme_id)).scalar()
        if cases:
            raise UserError(f"Programme {programme.code} ({programme.academic_year}) cannot be deleted: {cases} "
                            "case(s) use it.")
        lines, _n = _decision_lines_on(session, programme_id)
        if lines:
            raise UserError(f"Programme {programme.code} ({programme.academic_year}) cannot be deleted: {lines} "
                            "decision line(s) refer to its components.")
        label = f"{programme.code} ({programme.academic_year})"
        audit.record(session, actor, "programme.delete", "programme", programme.id,
                     {"code": programme.code, "academic_year": programme.academic_year,
                      "fingerprint": _to_data(programme).fingerprint()})
        session.delete(programme)
    return f"Deleted programme {label}."


def export_programme(db: Database, programme_id: int, path: str | Path) -> Path:
    """Write the programme in the import template (a lossless round trip)."""
    from app.importers.catalogue.excel_writer import write_programme_workbook

    return write_programme_workbook(load_programme(db, programme_id).data, path)
