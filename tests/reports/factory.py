"""Report test data written straight through the ORM: a small programme, a commission, five cases, evidence,
decision lines (current, superseded and undecided), a signed protocol and an order.

It does not use the demo loader, so that changes to the demo data never change what these tests expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    Applicant,
    Case,
    Commission,
    CommissionMember,
    Component,
    ComponentOutcome,
    DecisionLine,
    Declaration,
    EvidenceItem,
    Order,
    OutcomeMapping,
    PolicyProfile,
    Programme,
    Protocol,
)

FACULTY = "Факультет інформаційних технологій"
COMPONENTS = (
    # position, code, title, type, semester, ects, hours, control, outcomes
    (4, "ОК5", "Бази даних", "mandatory", 3, 5.0, 150, "exam",
     ["Проєктувати реляційні бази даних та нормалізувати схеми.",
      "Створювати SQL-запити для вибірки, агрегування та зміни даних.",
      "Забезпечувати цілісність даних за допомогою обмежень і транзакцій."]),
    (6, "ОК7", "Машинне навчання", "mandatory", 5, 5.0, 150, "exam",
     ["Застосовувати методи навчання з учителем: регресію та класифікацію.",
      "Оцінювати якість моделей машинного навчання.", "Готувати та очищати дані для навчання моделей.",
      "Застосовувати методи кластеризації даних."]),
    (7, "ОК8", "Кібербезпека та захист інформації", "mandatory", 6, 4.0, 120, "pass",
     ["Виявляти загрози інформаційній безпеці та вразливості систем."]),
    (8, "ОК9", "Іноземна мова професійного спрямування", "mandatory", 2, 6.0, 180, "pass",
     ["Спілкуватися англійською мовою у професійному середовищі."]),
    (10, "ВК2", "Аналіз даних на Python", "elective", 4, 4.0, 120, "pass",
     ["Завантажувати, очищати та перетворювати дані за допомогою бібліотеки pandas."]),
)
APPLICANTS = (
    ("Шевченко Тарас Григорович", "Shevchenko Taras Hryhorovych", "KN-21-014", "КН-21-1", 7),
    ("Коваленко Олена Петрівна", "Kovalenko Olena Petrivna", "KN-22-031", "КН-22-2", 5),
    ("Мельник Юрій Іванович", "Melnyk Yurii Ivanovych", "KN-23-007", "КН-23-1", 3),
    ("Бондаренко Ярослава Олегівна", "Bondarenko Yaroslava Olehivna", "KN-22-045", "КН-22-1", 5),
    ("Ткаченко Андрій Сергійович", "Tkachenko Andrii Serhiiovych", "KN-24-002", "КН-24-1", 1),
)


def _base(s: Session) -> None:
    """Programme, policy profile, commission and five registered cases."""
    programme = Programme(code="122-BS-CS", title="Комп'ютерні науки", specialty="122 Комп'ютерні науки",
                          level="bachelor", total_ects=240.0, academic_year="2025/2026", faculty=FACULTY)
    for position, code, title, kind, semester, ects, hours, control, outcomes in COMPONENTS:
        component = Component(code=code, title=title, type=kind, semester=semester, ects=ects, hours=hours,
                              control=control, position=position)
        component.outcomes = [ComponentOutcome(text=t, position=i) for i, t in enumerate(outcomes)]
        programme.components.append(component)
    policy = PolicyProfile(name="Типове положення про визнання результатів неформальної освіти", version=1,
                           institution="Демонстраційний університет")
    today = date.today()
    commission = Commission(name="Комісія з визнання результатів навчання ФІТ", faculty=FACULTY,
                            founding_order_no="47-к", founding_order_date=date(today.year, 1, 15))
    for position, (name, role, title) in enumerate((
        ("Петренко Ірина Василівна", "chair", "гарант освітньої програми"),
        ("Савчук Олег Миколайович", "secretary", "методист факультету"),
        ("Лисенко Марія Андріївна", "member", "викладач дисципліни «Бази даних»"),
        ("Гончар Василь Петрович", "member", "викладач дисципліни «Машинне навчання»"),
        ("Кравець Петро Іванович", "member", "завідувач кафедри"),
    )):
        commission.members.append(CommissionMember(full_name=name, role=role, job_title=title, position=position,
                                                   conflict_of_interest=name.startswith("Кравець")))
    s.add_all([programme, policy, commission])
    for number, (name, latin, student_id, group, semester) in enumerate(APPLICANTS, start=1):
        applicant = Applicant(full_name=name, full_name_latin=latin, student_id=student_id, faculty=FACULTY,
                              specialty="122 Комп'ютерні науки", level="bachelor", group_name=group,
                              study_year=(semester + 1) // 2, study_form="денна")
        filed = today - timedelta(days=40 - number * 7)
        case = Case(reg_no=f"RD-DEMO-{number:03d}", applicant=applicant, programme=programme, policy_profile=policy,
                    commission=commission, academic_year="2025/2026", semester=semester, filed_on=filed,
                    deadline=filed + timedelta(days=30))
        if number == 1:
            case.declaration = Declaration(
                claimed_outcomes="Проєктування реляційних баз даних і SQL (курс Prometheus, 150 годин); машинне "
                                 "навчання з учителем (спеціалізація Coursera, 90 годин).",
                provider="Prometheus; Coursera", volume_hours=240.0)
        s.add(case)
    s.flush()


@dataclass(frozen=True)
class Seeded:
    case1: str  # three decision lines (full, partial, none), signed protocol, order
    case2: str  # one full decision a month earlier, no protocol
    case3: str  # no decisions at all
    credits_case1: float
    credits_total: float


def _line(case: Case, component: Component, **values: object) -> DecisionLine:
    line = DecisionLine(
        case=case, component=component, component_code=component.code, component_title=component.title,
        component_type=component.type, component_semester=component.semester, component_ects=component.ects,
        component_hours=component.hours, component_control=component.control,
        programme_version=f"{case.programme.code} {case.programme.academic_year}" if case.programme else "",
        policy_version="1",
    )
    for key, value in values.items():
        setattr(line, key, value)
    return line


def _map(line: DecisionLine, component: Component, evidence: EvidenceItem | None,
         judgements: list[tuple[str, str, float, str]]) -> None:
    for position, outcome in enumerate(component.outcomes):
        credential, layer, score, judgement = judgements[position % len(judgements)]
        line.mappings.append(OutcomeMapping(
            position=position, component_outcome=outcome.text, credential_outcome=credential,
            evidence_item_id=evidence.id if evidence else None, score=score, layer=layer,
            explanation=f"{layer}: {score:.2f}", judgement=judgement,
            comment="Підтверджено на співбесіді" if judgement == "covered" else "",
        ))


def seed_decisions(db: Database) -> Seeded:
    with db.write() as s:
        _base(s)
        cases = list(s.execute(select(Case).order_by(Case.id)).scalars())
        c1, c2, c3 = cases[0], cases[1], cases[2]
        assert c1.programme is not None
        comps = {c.code: c for c in c1.programme.components}
        meeting = c1.filed_on + timedelta(days=20)

        def at(day: date, hour: int, minute: int = 0) -> datetime:
            return datetime.combine(day, time(hour, minute))

        ml_cert = EvidenceItem(
            case=c1, original_name="coursera-ml.pdf", sha256="a" * 64, format="pdf", evidence_type="certificate",
            title="Machine Learning Specialization", awarding_body="Stanford Online / Coursera",
            issuer_country="US", issued_on=date(2025, 6, 14), language="en", translation_required=True,
            translation_attached=True, workload_hours=90.0, workload_ects=3.0, grade="94%",
            verification_status="unverifiable-offline",
            verification={"status": "unverifiable-offline", "message": "Посилання на сертифікат не перевіряється "
                          "без мережі", "checks": [{"name": "url", "passed": None, "detail": "offline"}]},
            missing_mandatory=["eqf_level", "quality_assurance", "workload_ects"],
            learning_outcomes=["Build supervised learning models", "Evaluate model quality"],
        )
        db_badge = EvidenceItem(
            case=c1, original_name="prometheus-db.json", sha256="b" * 64, format="openbadges-3.0",
            evidence_type="badge", title="Бази даних і SQL", awarding_body="Prometheus",
            issuer_country="UA", issued_on=date(2025, 9, 1), language="uk", workload_hours=150.0,
            workload_ects=5.0, eqf_level=6, grade="92", verification_status="verified",
            verification={"status": "verified", "message": "Підпис eddsa-rdfc-2022 дійсний", "checks": []},
            verified_by="secretary", verified_at=at(c1.filed_on + timedelta(days=2), 11, 30),
        )
        forged = EvidenceItem(
            case=c1, original_name="pandas.png", sha256="c" * 64, format="openbadges-2.0", evidence_type="badge",
            title="Pandas Basics", awarding_body="Prometheus", issuer_country="UA", issued_on=date(2024, 3, 3),
            verification_status="invalid",
            verification={"status": "invalid", "message": "", "checks": [
                {"name": "signature", "passed": False, "detail": "підпис не збігається"}]},
            missing_mandatory=["learning_outcomes"],
        )
        s.add_all([ml_cert, db_badge, forged])
        s.flush()
        protocol = Protocol(case=c1, commission_id=c1.commission_id, number="3-ВР", meeting_date=meeting,
                            votes_for=4, votes_against=0, votes_abstained=0, status="signed",
                            signed_at=at(meeting, 15), signed_by="Петренко Ірина Василівна")
        s.add(protocol)
        s.flush()
        full = _line(c1, comps["ОК5"], decision="full", proposal="recognise", coverage_pct=100.0,
                     evidence_hours=150.0, evidence_ects=5.0, credits_recognised=5.0, credits_remaining=0.0,
                     grade_100=92.0, grade_national="відмінно", grade_ects="A", original_grade="92",
                     original_scale="0–100", conversion_method="Шкала ЗВО: A 90–100", reasons="Усі результати "
                     "навчання досягнуто", cap_before=0.0, cap_after=5.0, decided_by="Петренко І. В.",
                     decided_at=at(meeting, 14), protocol_id=protocol.id)
        full.evidence = [db_badge]
        _map(full, comps["ОК5"], db_badge, [("Design relational schemas", "lexical", 0.91, "covered")])
        partial = _line(c1, comps["ОК7"], decision="partial", proposal="partial", coverage_pct=50.0,
                        evidence_hours=90.0, evidence_ects=3.0, credits_recognised=2.5, credits_remaining=2.5,
                        partial_scope="Модулі 1–2 (навчання з учителем)", points=10.5, max_points=15.0,
                        grade_100=70.0, grade_national="добре", grade_ects="C", original_grade="94%",
                        original_scale="відсотки", conversion_method="70% від 15 балів модуля",
                        reasons="Кластеризацію не охоплено", cap_before=5.0, cap_after=7.5,
                        decided_by="Петренко І. В.", decided_at=at(meeting, 14, 10),
                        protocol_id=protocol.id)
        partial.evidence = [ml_cert]
        _map(partial, comps["ОК7"], ml_cert, [("Build supervised learning models", "embedding", 0.82, "covered"),
                                               ("Evaluate model quality", "glossary", 0.55, "partly"),
                                               ("", "lexical", 0.12, "not")])
        rejected = _line(c1, comps["ВК2"], decision="none", proposal="reject", coverage_pct=10.0,
                         credits_recognised=0.0, credits_remaining=4.0, reasons="Автентичність не підтверджено",
                         decided_by="Петренко І. В.", decided_at=at(meeting, 14, 20),
                         protocol_id=protocol.id)
        rejected.evidence = [forged]
        # An older version of the partial line, superseded: must not appear in the register.
        old = _line(c1, comps["ОК7"], decision="none", credits_recognised=0.0, is_current=False,
                    decided_at=at(c1.filed_on + timedelta(days=10), 9))
        s.add_all([full, partial, rejected, old])
        s.flush()
        partial.supersedes_id = old.id
        s.add(Order(case_id=c1.id, protocol_id=protocol.id, number="112-с", order_date=meeting + timedelta(days=4),
                    issued_by="Декан ФІТ", signatory="Олійник Василь Миколайович"))
        c1.status = "order_issued"

        c2_badge = EvidenceItem(case=c2, original_name="cisco.pdf", sha256="d" * 64, format="pdf",
                                title="Cybersecurity Essentials", awarding_body="Cisco Networking Academy",
                                issued_on=date(2025, 5, 5), verification_status="verified", workload_hours=120.0)
        s.add(c2_badge)
        s.flush()
        other = _line(c2, comps["ОК8"], decision="full", proposal="recognise", credits_recognised=4.0,
                      credits_remaining=0.0, grade_national="зараховано", original_grade="pass",
                      original_scale="pass/fail", decided_by="Петренко І. В.",
                      decided_at=at(c2.filed_on + timedelta(days=5), 10))
        other.evidence = [c2_badge]
        undecided = _line(c2, comps["ОК9"], proposal="recognise")  # no decision yet: not in the register
        s.add_all([other, undecided])
        c2.status = "decided"
        regs = (c1.reg_no, c2.reg_no, c3.reg_no)
    return Seeded(regs[0], regs[1], regs[2], credits_case1=7.5, credits_total=11.5)
