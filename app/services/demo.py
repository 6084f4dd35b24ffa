"""A realistic demo dataset, so that a new user sees the application working at once.

It loads the bundled demo programme, a policy profile, a commission and a few applicants with cases in different
stages of the procedure. Evidence files bundled in ``resources/demo/evidence`` are imported through the normal
importers. Loading twice does nothing the second time. The whole load is one transaction: a cancelled, failed or
killed load leaves the database as it was, so loading again starts afresh.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app import paths
from app.db import Database
from app.domain.programme import programme_from_dict
from app.domain.progress import Progress, check_cancelled
from app.domain.status import CaseStatus
from app.domain.verdicts import Decision
from app.messages import Message, msg
from app.models import Commission, CommissionMember, PolicyProfile, Programme
from app.services import audit
from app.services.cases import ApplicantData, NewCase, register_case
from app.services.catalogue import add_programme

DEMO_APPLICANTS: tuple[tuple[str, str, str, int], ...] = (
    # full name, student ID, group, semester
    ("Шевченко Тарас Григорович", "KN-21-014", "КН-21-1", 7),
    ("Коваленко Олена Петрівна", "KN-22-031", "КН-22-2", 5),
    ("Мельник Юрій Іванович", "KN-23-007", "КН-23-1", 3),
    ("Бондаренко Ярослава Олегівна", "KN-22-045", "КН-22-1", 5),
    ("Ткаченко Андрій Сергійович", "KN-24-002", "КН-24-1", 1),
)

# Who signs the demo's orders: position and full name.
DEMO_DEAN = ("Декан факультету інформаційних технологій", "Олійник Василь Миколайович")

# The cases of the full demo: the applicants above and the three cases of ``_demo_unhappy_paths``.
DEMO_CASE_COUNT = len(DEMO_APPLICANTS) + 3


def _default_rules() -> dict[str, Any]:
    try:
        from app.matching.policy import PolicyRules
    except ImportError:
        return {}
    rules = PolicyRules().to_dict()
    rules.update(
        institution_en="Demonstration University",
        regulation="Положення про визнання результатів навчання, здобутих шляхом неформальної та/або інформальної "
                   "освіти, у Демонстраційному університеті",
        regulation_en="Regulation of the Demonstration University on the recognition of learning outcomes obtained "
                      "through non-formal and/or informal education",
        appeal_contact="деканат факультету інформаційних технологій, кімн. 214, тел. (044) 000-00-00, "
                       "dean.fit@demo.edu.ua",
        appeal_contact_en="Dean's office of the Faculty of Information Technology, room 214, tel. +380 44 000 0000, "
                          "dean.fit@demo.edu.ua",
    )
    return rules


def load_demo(db: Database, actor: str, progress: Progress | None = None, *, procedure: bool = True) -> str:
    data = json.loads(paths.resource("demo", "programme.json").read_text(encoding="utf-8"))
    with db.read() as session:
        exists = session.execute(
            select(Programme.id).where(Programme.code == data["code"],
                                       Programme.academic_year == data["academic_year"])
        ).scalar()
    if exists:
        return msg("Demo data is already loaded.")
    steps = _Steps(progress, 1 + len(DEMO_APPLICANTS) * 2 + (7 if procedure else 0))
    with db.unit_of_work():
        return _load(db, actor, data, steps, procedure)


class _Steps:
    """Progress of the whole load in steps of equal weight; each service's own progress moves the bar within the
    current step, and the label names the step, not the service's detail."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.outer = progress
        self.total = total
        self.done = 0
        self.label: Message = msg("Loading demo data")

    def step(self, label: Message) -> None:
        check_cancelled(self.outer)
        self.label = label
        self.report(0, 1)

    def finish_step(self) -> None:
        self.done = min(self.done + 1, self.total)
        self.report(0, 1)

    def report(self, done: int, total: int, message: str = "") -> None:
        if self.outer is not None:
            fraction = done / total if total > 0 else 0.0
            self.outer.report(int((self.done + min(fraction, 1.0)) * 100), self.total * 100, self.label)

    @property
    def cancelled(self) -> bool:
        return self.outer is not None and self.outer.cancelled


def _load(db: Database, actor: str, data: dict[str, Any], steps: _Steps, procedure: bool) -> Message:
    today = date.today()
    steps.step(msg("Demo programme, policy profile and commission"))
    with db.write() as session:
        saved = add_programme(session, actor, programme_from_dict(data, source_file="demo"))
        rules = _default_rules()
        policy = PolicyProfile(name="Типове положення про визнання результатів неформальної освіти", version=1,
                               valid_from=date(today.year, 1, 1), institution="Демонстраційний університет",
                               rules=rules, created_by=actor,
                               note=f"Demo profile: cap {rules.get('cap_percent', 20):g}% of the academic year's "
                                    f"credits; workload is a {rules.get('workload_rule', 'warning')}.")
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
        audit.record(session, actor, "demo.load", "programme", saved.programme_id,
                     {"programme": saved.code, "policy_id": policy.id, "commission_id": commission.id})
        ids = (saved.programme_id, policy.id, commission.id)
    steps.finish_step()
    programme_id, policy_id, commission_id = ids
    case_ids = []
    for number, (name, student_id, group, semester) in enumerate(DEMO_APPLICANTS, start=1):
        steps.step(msg("Registering the case of {applicant}", applicant=name))
        filed = today - timedelta(days=40 - number * 7)
        case_ids.append(register_case(db, actor, NewCase(
            applicant=ApplicantData(full_name=name, student_id=student_id, faculty=data.get("faculty", ""),
                                    specialty=data["specialty"], level="bachelor", group_name=group,
                                    study_year=(semester + 1) // 2, study_form="денна"),
            programme_id=programme_id, policy_profile_id=policy_id, commission_id=commission_id,
            academic_year=data["academic_year"], semester=semester, filed_on=filed,
            reg_no=f"RD-DEMO-{number:03d}",
        )))
        steps.finish_step()
    _attach_demo_evidence(db, actor, case_ids, steps)
    if procedure:
        _demo_procedure(db, actor, case_ids, steps)
        case_ids += _demo_unhappy_paths(db, actor, ids, data, case_ids, steps)
    return msg("Demo data loaded: programme {programme}, {cases} cases.", programme=data["code"], cases=len(case_ids))


def _attach_demo_evidence(db: Database, actor: str, case_ids: list[int], steps: _Steps) -> None:
    """Import the bundled sample credentials onto the demo cases."""
    from app.services.evidence import import_files

    folder = paths.resource("demo", "evidence")
    files = sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    for index, case_id in enumerate(case_ids):
        steps.step(msg("Importing the evidence of case {number}", number=f"RD-DEMO-{index + 1:03d}"))
        mine = [f for f in files if f.name.startswith(f"case{index + 1}-")]
        if mine:
            import_files(db, actor, case_id, mine, progress=steps)
        steps.finish_step()


def _demo_procedure(db: Database, actor: str, case_ids: list[int], steps: _Steps) -> None:  # noqa: C901 (the demo cases walked through the procedure step by step, as a script)
    """Take two demo cases further through the procedure with their imported evidence, so that every stage
    can be seen: RD-DEMO-001 is decided, its protocol signed and the order issued; RD-DEMO-002 is under
    assessment with the matching done (two credentials together back ОК7). The steps go through the same
    services as the application, so they are in the case history and the audit log.
    """
    from app.services import decisions, protocols, workflow

    if len(case_ids) < 2:
        return
    first, second = case_ids[0], case_ids[1]

    def move(case_id: int, to_status: str, comment: str = "") -> bool:
        check_cancelled(steps)
        state = workflow.workflow_state(db, case_id)
        option = next((o for o in state.options if o.to_status == to_status), None)
        if option is None or not option.allowed:
            return False  # e.g. the evidence is not there: leave the case where it is
        workflow.transition(db, actor, case_id, to_status, state.row_version, comment)
        return True

    def assess(case_id: int, codes: list[str]) -> bool:
        if not move(case_id, CaseStatus.DOCUMENTS_CHECKED,
                    "Документи перевірено: автентичність і особу здобувача звірено."):
            return False
        wanted = {c.code: c.id for c in decisions.requestable_components(db, case_id)}
        decisions.request_components(db, actor, case_id, [wanted[code] for code in codes if code in wanted])
        if not move(case_id, CaseStatus.UNDER_ASSESSMENT):
            return False
        decisions.run_matching(db, actor, case_id, progress=steps)
        return True

    def rematch_with(case_id: int, code: str, evidence_title: str) -> None:
        """The officer matches one component against the credential that really concerns it."""
        line = next((x for x in decisions.case_lines(db, case_id) if x.component_code == code), None)
        chosen = [e.id for e in decisions.case_evidence(db, case_id) if e.title.startswith(evidence_title)]
        if line is not None and chosen:
            decisions.run_matching(db, actor, case_id, [line.id], progress=steps, evidence_ids=chosen)

    steps.step(msg("Matching the evidence of case {number}", number="RD-DEMO-001"))
    assessed = assess(first, ["ОК5", "ВК2"])
    if assessed:
        rematch_with(first, "ВК2", "Data Analysis with Python")
    steps.finish_step()
    steps.step(msg("Decisions, protocol and order of case {number}", number="RD-DEMO-001"))
    if assessed:
        decisions.add_assessment(db, actor, first, decisions.AssessmentData(
            "interview", date.today(), "Лисенко М. А., Гончар В. П.", 17, 20,
            "Співбесіда щодо обмежень цілісності й транзакцій: тему опановано самостійно.", ("ОК5",)))
        decide_all(db, actor, first, interviewed=True)
        if move(first, CaseStatus.DECIDED):
            draft = protocols.generate_protocol(db, actor, first, protocols.ProtocolInput(meeting_date=date.today()))
            protocols.sign_protocol(db, actor, draft)
            protocols.record_notification(db, actor, first, protocols.NotificationInput(
                date.today(), "in_person", ""), workflow.workflow_state(db, first).row_version)
            protocols.issue_order(db, actor, first, protocols.OrderInput(
                number="312-с", order_date=date.today(), issued_by=DEMO_DEAN[0], signatory=DEMO_DEAN[1]),
                workflow.workflow_state(db, first).row_version)
    steps.finish_step()
    steps.step(msg("Matching the evidence of case {number}", number="RD-DEMO-002"))
    assess(second, ["ОК7"])
    steps.finish_step()


def decide_all(db: Database, actor: str, case_id: int, interviewed: bool = False) -> None:
    """The officer confirms what the engine found on each line of the case, decides the rest and saves the
    suggested decision (with the certificate's grade converted where the line needs one). ``interviewed``: the
    transactions outcome of ОК5 was confirmed at the interview (RD-DEMO-001)."""
    from app.services import decisions

    for line in decisions.case_lines(db, case_id):
        for mapping in line.mappings:  # the officer confirms what the engine found, and decides the rest
            if interviewed and line.component_code == "ОК5" and "транзакц" in mapping.component_outcome:
                judgement, comment = "covered", "Не в сертифікаті, але підтверджено на співбесіді (17/20)."
            elif mapping.score is not None and mapping.score >= line.outcome_threshold:
                judgement, comment = "covered", "Підтверджено."
            else:
                judgement, comment = "not", "Сертифікат цього результату не підтверджує."
            line = decisions.get_line(db, decisions.judge_pair(
                db, actor, mapping.id, judgement, comment, line.row_version).line_id)
        suggestion = decisions.suggested_decision(db, line.id, "uk")
        if suggestion is None:
            continue
        if (suggestion.decision != Decision.NONE and not suggestion.grade_national
                and line.component_control == "pass"):
            suggestion.grade_national = "зараховано"
        if suggestion.decision != Decision.NONE and suggestion.grade_100 is None:
            grade = decisions.convert_grade(db, case_id, "87/100", line.component_control)
            suggestion.original_grade, suggestion.original_scale = "87 балів зі 100", "100-бальна"
            suggestion.grade_100, suggestion.grade_ects = grade.grade_100, grade.grade_ects
            suggestion.grade_national, suggestion.conversion_method = grade.grade_national, grade.method
        decisions.save_decision(db, actor, line.id, line.row_version, suggestion)


# Worked examples of the paths away from the happy one: each case carries a credential typed in by hand from its
# paper original (the demo has no file of it), so that the officer sees what the application does with it.
EXCLUDED_COUNTRY_PAPER = {
    "learner_name": "Романенко Ілля Вікторович", "title": "Адміністрування баз даних PostgreSQL",
    "issuer_country": "Російська Федерація", "awarding_body": "Учебный центр «Базис»", "issued_on": "2025-03-14",
    "learning_outcomes": "Design relational databases and normalise database schemas.\n"
                         "Write SQL queries to select, aggregate and modify data.",
    "workload_hours": "72", "assessment_type": "тест", "participation_form": "онлайн",
    "quality_assurance": "не зазначено", "grade": "зараховано",
}
OTHER_PERSON_PAPER = {
    "learner_name": "Литвиненко Дмитро Олегович", "title": "Основи мережевих технологій",
    "issuer_country": "Україна", "awarding_body": "ІТ-академія «Старт»", "issued_on": "2025-09-30",
    "learning_outcomes": "Налаштовувати локальні мережі та адресацію IPv4.",
    "workload_hours": "30", "assessment_type": "практичне завдання", "participation_form": "очна",
    "quality_assurance": "внутрішня система забезпечення якості",
}
APPEAL_PAPER = {
    "learner_name": "Кравчук Андрій Сергійович", "title": "Бази даних і SQL", "issuer_country": "Україна",
    "awarding_body": "Освітня платформа «Курсомат»", "issued_on": "2025-06-20",
    "learning_outcomes": "Проєктувати реляційні бази даних і нормалізувати схеми.\n"
                         "Писати SQL-запити для вибирання, агрегування та зміни даних.",
    "workload_hours": "90", "workload_ects": "3", "assessment_type": "тест", "participation_form": "онлайн",
    "quality_assurance": "внутрішня система забезпечення якості платформи", "grade": "90/100",
}
SCAN_PAPER = {
    "learner_name": "Мельник Юрій Іванович", "title": "Основи кібербезпеки", "issuer_country": "Україна",
    "awarding_body": "Навчальний центр «Захист»", "issued_on": "2025-04-18",
    "learning_outcomes": "Аналізувати загрози інформаційній безпеці.\nНалаштовувати захист мережі.",
    "workload_hours": "30", "workload_ects": "1", "assessment_type": "тест", "participation_form": "онлайн",
    "quality_assurance": "внутрішнє забезпечення якості центру", "grade": "92/100",
}


def _demo_unhappy_paths(db: Database, actor: str, ids: tuple[int, int, int], data: dict[str, Any],
                        case_ids: list[int], steps: _Steps) -> list[int]:
    """RD-DEMO-003: its unreadable scan replaced by the elements typed in from the paper original. Three more
    cases: a certificate from an excluded country (under assessment, the proposal names the country), a
    certificate of another person (the evidence tab shows the mismatch) and an appeal filed after the order (the
    appeal window runs from the applicant's notification). Returns the ids of the cases added."""
    from app.services import decisions, workflow
    from app.services.evidence import ManualEntry, enter_by_hand

    steps.step(msg("Entering the paper original of case {number}", number="RD-DEMO-003"))
    if len(case_ids) >= 3:
        with db.read() as session:
            from app.models import EvidenceItem

            scan = session.execute(select(EvidenceItem.id).where(
                EvidenceItem.case_id == case_ids[2], EvidenceItem.import_error != "")).scalar()
        if scan is not None:
            enter_by_hand(db, actor, case_ids[2], ManualEntry("паперовий оригінал, пред'явлений здобувачем",
                                                              SCAN_PAPER), replaces=scan)
    steps.finish_step()
    steps.step(msg("Cases with an excluded country, another person's certificate and an appeal"))
    programme_id, policy_id, commission_id = ids
    added = []
    today = date.today()
    for number, (name, student_id, group, paper) in enumerate((
        ("Романенко Ілля Вікторович", "KN-22-052", "КН-22-2", EXCLUDED_COUNTRY_PAPER),
        ("Гнатюк Оксана Степанівна", "KN-23-019", "КН-23-1", OTHER_PERSON_PAPER),
        ("Кравчук Андрій Сергійович", "KN-22-037", "КН-22-1", APPEAL_PAPER),
    ), start=len(DEMO_APPLICANTS) + 1):
        case_id = register_case(db, actor, NewCase(
            applicant=ApplicantData(full_name=name, student_id=student_id, faculty=data.get("faculty", ""),
                                    specialty=data["specialty"], level="bachelor", group_name=group,
                                    study_form="денна"),
            programme_id=programme_id, policy_profile_id=policy_id, commission_id=commission_id,
            academic_year=data["academic_year"], semester=5, filed_on=today - timedelta(days=6),
            reg_no=f"RD-DEMO-{number:03d}"))
        enter_by_hand(db, actor, case_id, ManualEntry("паперовий оригінал, пред'явлений здобувачем", paper))
        added.append(case_id)
    steps.finish_step()
    steps.step(msg("Matching the evidence of case {number}", number=f"RD-DEMO-{len(DEMO_APPLICANTS) + 1:03d}"))
    excluded = added[0]
    state = workflow.workflow_state(db, excluded)
    workflow.transition(db, actor, excluded, CaseStatus.DOCUMENTS_CHECKED, state.row_version,
                        "Оригінал переглянуто; країна видачі — держава-агресор.")
    wanted = {c.code: c.id for c in decisions.requestable_components(db, excluded)}
    if "ОК5" in wanted:
        decisions.request_components(db, actor, excluded, [wanted["ОК5"]])
        state = workflow.workflow_state(db, excluded)
        workflow.transition(db, actor, excluded, CaseStatus.UNDER_ASSESSMENT, state.row_version)
        decisions.run_matching(db, actor, excluded, progress=steps)
    steps.finish_step()
    steps.step(msg("An appeal after the order in case {number}", number=f"RD-DEMO-{len(DEMO_APPLICANTS) + 3:03d}"))
    _appeal_after_the_order(db, actor, added[2], steps)
    steps.finish_step()
    return added


def _appeal_after_the_order(db: Database, actor: str, case_id: int, steps: _Steps) -> None:
    """Decided, protocol signed, the applicant notified, the order issued: the applicant then appeals (in time,
    counted from the notification) and the case waits for the appeal panel."""
    from app.services import decisions, protocols, workflow

    def version() -> int:
        return workflow.workflow_state(db, case_id).row_version

    workflow.transition(db, actor, case_id, CaseStatus.DOCUMENTS_CHECKED, version(),
                        "Оригінал сертифіката переглянуто, особу здобувача звірено.")
    wanted = {c.code: c.id for c in decisions.requestable_components(db, case_id)}
    if "ОК5" not in wanted:
        return
    decisions.request_components(db, actor, case_id, [wanted["ОК5"]])
    workflow.transition(db, actor, case_id, CaseStatus.UNDER_ASSESSMENT, version())
    decisions.run_matching(db, actor, case_id, progress=steps)
    decide_all(db, actor, case_id)
    state = workflow.workflow_state(db, case_id)
    decided = next((o for o in state.options if o.to_status == CaseStatus.DECIDED), None)
    if decided is None or not decided.allowed:
        return
    today = date.today()
    workflow.transition(db, actor, case_id, CaseStatus.DECIDED, state.row_version)
    protocols.sign_protocol(db, actor, protocols.generate_protocol(db, actor, case_id,
                                                                   protocols.ProtocolInput(meeting_date=today)))
    protocols.record_notification(db, actor, case_id, protocols.NotificationInput(
        today, "email", "Витяг з протоколу надіслано на адресу, зазначену в заяві."), version())
    protocols.issue_order(db, actor, case_id, protocols.OrderInput(
        number="318-с", order_date=today, issued_by=DEMO_DEAN[0], signatory=DEMO_DEAN[1]), version())
    protocols.file_appeal(db, actor, case_id, protocols.AppealInput(
        today, "Здобувач просить визнати ОК5 «Бази даних» повністю: на курсі опановано й транзакції, що "
               "підтверджує підсумковий тест.", "Коваль Олександр Олегович, проректор з навчальної роботи\n"
               "Бондар Наталія Сергіївна, доцент кафедри інформаційних систем"), version())
