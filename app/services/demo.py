"""A realistic demo dataset, so that a new user sees the application working at once.

It loads the bundled demo programme, a policy profile, a commission and a few applicants with cases in different
stages of the procedure. Evidence files bundled in ``resources/demo/evidence`` are imported through the normal
importers. Loading twice does nothing the second time.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app import paths
from app.db import Database
from app.models import (
    Commission,
    CommissionMember,
    Component,
    ComponentOutcome,
    PolicyProfile,
    Programme,
    ProgrammeOutcome,
)
from app.services import audit
from app.services.cases import ApplicantData, NewCase, register_case
from app.services.progress import Progress, check_cancelled

DEMO_APPLICANTS: tuple[tuple[str, str, str, int], ...] = (
    # full name, student ID, group, semester
    ("Шевченко Тарас Григорович", "KN-21-014", "КН-21-1", 7),
    ("Коваленко Олена Петрівна", "KN-22-031", "КН-22-2", 5),
    ("Мельник Юрій Іванович", "KN-23-007", "КН-23-1", 3),
    ("Бондаренко Ярослава Олегівна", "KN-22-045", "КН-22-1", 5),
    ("Ткаченко Андрій Сергійович", "KN-24-002", "КН-24-1", 1),
)


def _default_rules() -> dict[str, Any]:
    try:
        from app.matching.policy import PolicyRules
    except ImportError:
        return {}
    return PolicyRules().to_dict()


def _build_programme(data: dict[str, Any]) -> Programme:
    programme = Programme(
        code=data["code"], title=data["title"], specialty=data["specialty"], level=data["level"],
        total_ects=float(data["total_ects"]), academic_year=data["academic_year"], language=data["language"],
        faculty=data.get("faculty", ""), source_file="demo",
    )
    by_code: dict[str, ProgrammeOutcome] = {}
    for position, (code, text) in enumerate(data["outcomes"]):
        outcome = ProgrammeOutcome(code=code, text=text, position=position)
        programme.outcomes.append(outcome)
        by_code[code] = outcome
    for position, item in enumerate(data["components"]):
        component = Component(
            code=item["code"], title=item["title"], type=item["type"], semester=item["semester"],
            ects=float(item["ects"]), hours=item["hours"], control=item["control"], position=position,
        )
        component.outcomes = [ComponentOutcome(text=t, position=i) for i, t in enumerate(item["outcomes"])]
        component.programme_outcomes = [by_code[c] for c in item["plo"]]
        programme.components.append(component)
    return programme


def load_demo(db: Database, actor: str, progress: Progress | None = None) -> str:
    data = json.loads(paths.resource("demo", "programme.json").read_text(encoding="utf-8"))
    with db.read() as session:
        exists = session.execute(
            select(Programme.id).where(Programme.code == data["code"],
                                       Programme.academic_year == data["academic_year"])
        ).scalar()
    if exists:
        return "Demo data is already loaded."
    today = date.today()
    with db.write() as session:
        programme = _build_programme(data)
        session.add(programme)
        policy = PolicyProfile(name="Типове положення про визнання результатів неформальної освіти", version=1,
                               valid_from=date(today.year, 1, 1), institution="Демонстраційний університет",
                               rules=_default_rules(), created_by=actor,
                               note="Demo profile: cap 25% of the academic year's credits; workload is a warning.")
        session.add(policy)
        commission = Commission(
            name="Комісія з визнання результатів навчання ФІТ", faculty=data.get("faculty", ""),
            founding_order_no="47-к", founding_order_date=date(today.year, 1, 15),
        )
        for position, (name, role, title) in enumerate((
            ("Петренко Ірина Василівна", "chair", "гарант освітньої програми"),
            ("Савчук Олег Миколайович", "secretary", "методист факультету"),
            ("Лисенко Марія Андріївна", "member", "викладач дисципліни «Бази даних»"),
            ("Гончар Василь Петрович", "member", "викладач дисципліни «Машинне навчання»"),
        )):
            commission.members.append(CommissionMember(full_name=name, role=role, job_title=title,
                                                       position=position, coi_declared_on=date(today.year, 1, 15)))
        session.add(commission)
        session.flush()
        audit.record(session, actor, "demo.load", "programme", programme.id,
                     {"programme": programme.code, "policy_id": policy.id, "commission_id": commission.id})
        ids = (programme.id, policy.id, commission.id)
    programme_id, policy_id, commission_id = ids
    case_ids = []
    for number, (name, student_id, group, semester) in enumerate(DEMO_APPLICANTS, start=1):
        check_cancelled(progress)
        if progress:
            progress.report(number, len(DEMO_APPLICANTS), name)
        filed = today - timedelta(days=40 - number * 7)
        case_ids.append(register_case(db, actor, NewCase(
            applicant=ApplicantData(full_name=name, student_id=student_id, faculty=data.get("faculty", ""),
                                    specialty=data["specialty"], level="bachelor", group_name=group,
                                    study_year=(semester + 1) // 2, study_form="денна"),
            programme_id=programme_id, policy_profile_id=policy_id, commission_id=commission_id,
            academic_year=data["academic_year"], semester=semester, filed_on=filed,
            deadline=filed + timedelta(days=30), reg_no=f"RD-DEMO-{number:03d}",
        )))
    _attach_demo_evidence(db, actor, case_ids, progress)
    return f"Demo data loaded: programme {data['code']}, {len(case_ids)} cases."


def _attach_demo_evidence(db: Database, actor: str, case_ids: list[int], progress: Progress | None) -> None:
    """Import the bundled sample credentials onto the demo cases (when the importers are available)."""
    folder = paths.resource("demo", "evidence")
    if not folder.is_dir():
        return
    try:
        from app.services.evidence import import_files
    except ImportError:
        return
    files = sorted(p for p in folder.iterdir() if p.is_file())
    for index, case_id in enumerate(case_ids):
        mine = [f for f in files if f.name.startswith(f"case{index + 1}-")]
        if mine:
            import_files(db, actor, case_id, mine, progress=progress)
