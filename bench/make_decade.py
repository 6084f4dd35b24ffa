"""Ten years of a faculty's recognition work in one database, for benchmarks at scale.

    python -m bench.make_decade --db URL --cases N [--seed 2026]

The catalogue, the policy profile versions and the commissions are created through the services (the same
calls as the application makes). The cases are then written in batches, one services-level transaction per
batch, with the rows and audit entries the services write for each step of the procedure: registration with
the declaration, evidence import, document check, the requested components (5–30 decision lines), matching
(outcome pairs, proposal), the decision of every line with its cap check, the protocol drawn up and signed, the
order, and for some cases an appeal (rejected) or a withdrawal; the newest cases are still in progress. The
audit entries are chained with ``app.services.audit.entry_hash`` exactly as ``audit.record`` chains them, and
their payloads have the services' shapes, so ``audit verify``, the register and the statistics read them as
they read the application's own. Going through the per-case service calls would take about half a second a
case (thirty transactions and the matching engine); the batch writer builds 5,000 cases in a few minutes.

Timestamps are historical: each step is dated when it would have happened over the ten academic years.
The target must be empty (a new SQLite file, or a migrated database without cases); any SQLAlchemy URL works.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

ACTOR_SETUP = "Адміністратор системи"
PROGRAMMES = (
    # code, title, specialty, faculty
    ("122-BS-CS", "Комп'ютерні науки", "122 Комп'ютерні науки", "Факультет інформаційних технологій"),
    ("121-BS-SE", "Інженерія програмного забезпечення", "121 Інженерія програмного забезпечення",
     "Факультет інформаційних технологій"),
    ("051-BS-EC", "Економіка", "051 Економіка", "Економічний факультет"),
)
COMPONENTS_PER_PROGRAMME = 40
VERSION_EVERY_YEARS = 2
PROVIDERS = (("Coursera", "US"), ("Prometheus", "UA"), ("edX", "US"), ("Cisco Networking Academy", "US"),
             ("Google Career Certificates", "US"), ("Дія.Освіта", "UA"), ("Udemy", "US"), ("FutureLearn", "GB"),
             ("Microsoft Learn", "US"), ("IT Step Academy", "UA"), ("Projector", "UA"), ("EIT Digital", "BE"))
FORMATS = (("openbadges-2.0", "badge", ".png"), ("openbadges-3.0", "badge", ".json"), ("edc-xml", "credential", ".xml"),
           ("pdf", "certificate", ".pdf"), ("pdf", "certificate", ".pdf"))
VERIFICATION = ("verified", "verified", "unverifiable-offline", "unsigned", "unsigned", "invalid")
SURNAMES = ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Шевчук", "Поліщук",
            "Мельник", "Бойко", "Лисенко", "Руденко", "Савченко", "Петренко", "Мороз", "Марченко", "Гончаренко",
            "Клименко", "Павленко", "Кузьменко", "Остапенко", "Гнатюк", "Левченко", "Захарченко")
GIVEN = (("Тарас", "Григорович"), ("Олена", "Петрівна"), ("Юрій", "Іванович"), ("Ярослава", "Олегівна"),
         ("Андрій", "Сергійович"), ("Марія", "Андріївна"), ("Олег", "Миколайович"), ("Ірина", "Василівна"),
         ("Дмитро", "Олександрович"), ("Софія", "Юріївна"), ("Богдан", "Васильович"), ("Анна", "Богданівна"))
VERBS = ("Застосовувати", "Аналізувати", "Проєктувати", "Оцінювати", "Розробляти", "Використовувати",
         "Обґрунтовувати", "Моделювати", "Впроваджувати", "Досліджувати")
OBJECTS = ("алгоритми обробки даних", "моделі бізнес-процесів", "реляційні бази даних", "методи машинного навчання",
           "засоби захисту інформації", "вебзастосунки", "економічні показники підприємства",
           "статистичні методи аналізу", "архітектуру програмних систем", "мережеві протоколи",
           "хмарні сервіси", "фінансову звітність", "маркетингові дослідження", "інтерфейси користувача",
           "методи оптимізації", "процеси тестування програмного забезпечення")
CONTEXTS = ("для розв'язання професійних задач", "у командній роботі", "з урахуванням вимог якості",
            "на основі сучасних стандартів", "у проєктній діяльності", "з використанням сучасних інструментів")
COURSE_TOPICS = ("Data Analysis with Python", "Machine Learning", "Cloud Computing Basics", "Cybersecurity Essentials",
                 "Project Management", "Financial Accounting", "UX Design", "SQL for Data Science",
                 "Software Testing", "Digital Marketing", "Networking Fundamentals", "Microeconomics",
                 "Web Development", "Agile with Scrum", "Business Analytics", "Linux Administration")
GRADES = ((95.0, "відмінно", "A"), (88.0, "добре", "B"), (79.0, "добре", "C"), (70.0, "задовільно", "D"),
          (62.0, "задовільно", "E"))
DECISION_FIELDS = ("decision", "credits_recognised", "credits_remaining", "partial_scope", "points", "max_points",
                   "grade_100", "grade_national", "grade_ects", "original_grade", "original_scale",
                   "conversion_method", "reasons")


@dataclass
class ComponentInfo:
    id: int
    code: str
    title: str
    type: str
    semester: int | None
    ects: float
    hours: int | None
    control: str
    outcomes: list[str]


@dataclass
class ProgrammeVersion:
    id: int
    code: str
    title: str
    academic_year: str
    faculty: str
    specialty: str
    total_ects: float
    start_year: int
    components: list[ComponentInfo]


@dataclass
class PolicyVersion:
    id: int
    name: str
    version: int
    valid_from: date
    institution: str
    cap_percent: float
    decision_days: int
    appeal_days: int


@dataclass
class CommissionInfo:
    id: int
    name: str
    faculty: str
    founding_order_no: str
    founding_order_date: date | None
    members: list[dict[str, Any]]  # id, full_name, role, job_title

    @property
    def secretary(self) -> str:
        return next(m["full_name"] for m in self.members if m["role"] == "secretary")

    @property
    def chair(self) -> str:
        return next(m["full_name"] for m in self.members if m["role"] == "chair")


@dataclass
class Setup:
    programmes: dict[str, list[ProgrammeVersion]]
    policies: list[PolicyVersion]
    commissions: dict[str, CommissionInfo]  # by faculty


@dataclass
class BuildSummary:
    cases: int = 0
    lines: int = 0
    audit_entries: int = 0
    evidence: int = 0
    protocols: int = 0
    orders: int = 0
    appeals: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


# --- set-up through the services ----------------------------------------------------------------------------
def _outcome(rng: random.Random) -> str:
    return f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(CONTEXTS)}."


def _programme_dict(code: str, title: str, specialty: str, faculty: str, year: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"{seed}-{code}")  # the same components in every version of a programme
    components: list[dict[str, Any]] = []
    for i in range(1, COMPONENTS_PER_PROGRAMME + 1):
        kind = "mandatory" if i <= 28 else "elective"
        prefix = "ОК" if kind == "mandatory" else "ВК"
        number = i if kind == "mandatory" else i - 28
        ects = float(rng.choice((3, 3, 4, 4, 5, 6)))
        components.append({
            "code": f"{prefix}{number}", "title": f"{rng.choice(COURSE_TOPICS)} ({prefix}{number})", "type": kind,
            "semester": 1 + (i - 1) % 8, "ects": ects, "hours": int(ects * 30),
            "control": "exam" if i % 3 else "pass", "outcomes": [_outcome(rng) for _ in range(rng.randint(3, 5))],
        })
    # A new version changes a little: one component's workload each time.
    changed = components[(year * 7) % len(components)]
    changed["ects"] = float(changed["ects"]) + 1
    changed["hours"] = int(changed["ects"] * 30)
    return {"code": code, "title": title, "specialty": specialty, "level": "bachelor", "total_ects": 240,
            "academic_year": f"{year}/{year + 1}", "language": "uk", "faculty": faculty, "outcomes": [],
            "components": components}


def build_setup(db: Any, first_year: int, last_year: int, seed: int) -> Setup:
    from app.domain.policy_rules import PolicyRules
    from app.domain.programme import programme_from_dict
    from app.models import Component, Programme
    from app.services import policy, protocols
    from app.services.catalogue import save_programme

    programmes: dict[str, list[ProgrammeVersion]] = {}
    for code, title, specialty, faculty in PROGRAMMES:
        for year in range(first_year, last_year + 1, VERSION_EVERY_YEARS):
            data = programme_from_dict(_programme_dict(code, title, specialty, faculty, year, seed),
                                       source_file="make_decade")
            save_programme(db, ACTOR_SETUP, data)
    with db.read() as session:
        for p in session.execute(select(Programme).order_by(Programme.code, Programme.academic_year)).scalars():
            components = [
                ComponentInfo(c.id, c.code, c.title, c.type, c.semester, c.ects, c.hours, c.control,
                              [o.text for o in c.outcomes])
                for c in session.execute(select(Component).where(Component.programme_id == p.id)
                                         .order_by(Component.position)).scalars()
            ]
            programmes.setdefault(p.code, []).append(ProgrammeVersion(
                p.id, p.code, p.title, p.academic_year, p.faculty, p.specialty, p.total_ects,
                int(p.academic_year[:4]), components))

    name, institution = "Положення про визнання результатів неформальної освіти", "Університет"
    schedule = ((date(first_year, 9, 1), 20.0, 30), (date(first_year + 4, 9, 1), 25.0, 30),
                (date(first_year + 7, 9, 1), 25.0, 21))
    policies: list[PolicyVersion] = []
    for number, (valid_from, cap, days) in enumerate(schedule, start=1):
        rules = PolicyRules(cap_percent=cap, cap_base="programme", decision_days=days)
        if number == 1:
            saved = policy.create_profile(db, ACTOR_SETUP, name, rules, institution=institution,
                                          note="Перша редакція положення", valid_from=valid_from)
        else:
            saved = policy.save_new_version(db, ACTOR_SETUP, name, rules, f"Редакція {number}", valid_from,
                                            number - 1)
        policies.append(PolicyVersion(saved.id, name, number, valid_from, institution, cap, days,
                                      rules.appeal_days))

    commissions: dict[str, CommissionInfo] = {}
    people = iter(("Петренко Ірина Василівна", "Савчук Олег Миколайович", "Лисенко Марія Андріївна",
                   "Гончар Василь Петрович", "Кравчук Наталія Іванівна", "Демченко Роман Олегович",
                   "Литвиненко Оксана Павлівна", "Сидоренко Ігор Андрійович", "Мирошник Віра Степанівна",
                   "Павлюк Максим Юрійович"))
    for faculty in sorted({p[3] for p in PROGRAMMES}):
        row = protocols.create_commission(db, ACTOR_SETUP, protocols.CommissionData(
            name=f"Комісія з визнання результатів навчання ({faculty})", faculty=faculty,
            founding_order_no=f"{len(commissions) + 41}-к", founding_order_date=date(first_year, 9, 1)))
        members = []
        for role, job in (("chair", "гарант освітньої програми"), ("secretary", "методист факультету"),
                          ("member", "викладач"), ("member", "викладач"), ("member", "представник студентів")):
            member = protocols.add_member(db, ACTOR_SETUP, row.id, protocols.MemberData(
                full_name=next(people), role=role, job_title=job, coi_declared_on=date(first_year, 9, 1)))
            members.append({"id": member.id, "full_name": member.full_name, "role": member.role,
                            "job_title": member.job_title})
        commissions[faculty] = CommissionInfo(row.id, row.name, faculty, row.founding_order_no,
                                              row.founding_order_date, members)
    return Setup(programmes, policies, commissions)


# --- the batch writer ---------------------------------------------------------------------------------------
class Batch:
    """Rows of one batch of cases, with ids taken after the current maxima and the audit chain continued."""

    # In the order of their foreign keys (SQLite checks them row by row).
    TABLES = ("applicant", "case", "case_status_change", "declaration", "evidence_item", "protocol",
              "decision_line", "outcome_mapping", "order", "appeal", "audit_entry")

    def __init__(self, session: Session, next_ids: dict[str, int]) -> None:
        self.session = session
        self.next_ids = next_ids
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in self.TABLES}
        self.links: list[dict[str, Any]] = []
        self.events: list[tuple[datetime, int, str, str, str, int | None, dict[str, Any]]] = []

    def new_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def add(self, table: str, row: dict[str, Any]) -> int:
        if "id" not in row:
            row["id"] = self.new_id(table)
        self.rows[table].append(row)
        return int(row["id"])

    def audit(self, at: datetime, actor: str, action: str, entity: str, entity_id: int | None,
              payload: dict[str, Any]) -> None:
        self.events.append((at, len(self.events), actor, action, entity, entity_id, payload))

    def flush(self, prev_hash: str, tables: dict[str, Table]) -> str:
        from app.services.audit import entry_hash

        for at, _n, actor, action, entity, entity_id, payload in sorted(self.events, key=lambda e: (e[0], e[1])):
            clean = _plain_fast(payload)
            digest = entry_hash(prev_hash, at, actor, action, entity, entity_id, clean)
            self.add("audit_entry", {"at": at, "actor": actor, "action": action, "entity": entity,
                                     "entity_id": entity_id, "payload": clean, "prev_hash": prev_hash,
                                     "hash": digest})
            prev_hash = digest
        for name in self.TABLES:
            if self.rows[name]:
                self.session.execute(insert(tables[name]), self.rows[name])
        if self.links:
            self.session.execute(insert(tables["decision_line_evidence"]), self.links)
        return prev_hash


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set):
        return list(value)
    return str(value)


def _plain_fast(payload: dict[str, Any]) -> Any:
    """What ``app.services.audit._plain`` makes of a payload (JSON values; dates as ISO text), in C speed."""
    return json.loads(json.dumps(payload, default=_json_default, ensure_ascii=False))


class CaseMaker:
    """Writes one case's procedure into a batch, step by step, with the services' rows and audit payloads."""

    def __init__(self, setup: Setup, rng: random.Random, today: date) -> None:
        self.setup = setup
        self.rng = rng
        self.today = today
        self.reg_numbers: dict[int, int] = {}
        self.protocol_numbers: dict[int, int] = {}
        self.order_numbers: dict[int, int] = {}
        self.applicants: list[tuple[int, str, str, str, str]] = []  # id, name, student id, programme code, faculty
        self.recognised: dict[tuple[int, str], float] = {}  # (applicant, programme code) → credits
        self.summary = BuildSummary()

    # helpers
    def _at(self, day: date, minute_of_day: int | None = None) -> datetime:
        minute = minute_of_day if minute_of_day is not None else self.rng.randint(9 * 60, 17 * 60)
        return datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute,
                                                                      seconds=self.rng.randint(0, 59),
                                                                      microseconds=self.rng.randint(0, 999_999))

    def _version_for(self, code: str, year: int) -> ProgrammeVersion:
        versions = [v for v in self.setup.programmes[code] if v.start_year <= year]
        return versions[-1] if versions else self.setup.programmes[code][0]

    def _policy_for(self, day: date) -> PolicyVersion:
        valid = [p for p in self.setup.policies if p.valid_from <= day]
        return valid[-1] if valid else self.setup.policies[0]

    def make(self, b: Batch, filed: date) -> None:  # noqa: C901 (the procedure's steps, in their order)
        rng = self.rng
        code = rng.choice([p[0] for p in PROGRAMMES] + [PROGRAMMES[0][0]])  # computer science is the largest
        year = filed.year if filed.month >= 9 else filed.year - 1
        programme = self._version_for(code, year)
        profile = self._policy_for(filed)
        commission = self.setup.commissions[programme.faculty]
        actor = commission.secretary
        t = self._at(filed)

        # register_case: applicant (reused by student ID for a second application), case, history, declaration
        mine = [a for a in self.applicants[-400:] if a[3] == code]
        if mine and rng.random() < 0.08:
            applicant_id, full_name, student_id, _code, _faculty = rng.choice(mine)
        else:
            surname, (given, patronymic) = rng.choice(SURNAMES), rng.choice(GIVEN)
            full_name = f"{surname} {given} {patronymic}"
            student_id = f"{code[:3]}-{year % 100:02d}-{len(self.applicants) + 1:05d}"
            from app.domain.translit import transliterate

            applicant_id = b.add("applicant", {
                "full_name": full_name, "full_name_latin": transliterate(full_name), "student_id": student_id,
                "edebo_id": f"{rng.randint(1_000_000, 9_999_999)}", "faculty": programme.faculty,
                "specialty": programme.specialty, "level": "bachelor", "study_year": rng.randint(1, 4),
                "group_name": f"{code[:3]}-{year % 100:02d}-{rng.randint(1, 3)}", "study_form": "денна",
                "email": "", "created_at": t})
            self.applicants.append((applicant_id, full_name, student_id, code, programme.faculty))
        number = self.reg_numbers.get(filed.year, 0) + 1
        self.reg_numbers[filed.year] = number
        reg_no = f"RD-{filed.year}-{number:05d}"
        deadline = filed + timedelta(days=profile.decision_days)
        case_id = b.new_id("case")
        case_row: dict[str, Any] = {
            "id": case_id, "reg_no": reg_no, "applicant_id": applicant_id, "programme_id": programme.id,
            "policy_profile_id": profile.id, "commission_id": commission.id,
            "academic_year": f"{year}/{year + 1}", "semester": rng.randint(1, 8), "procedure_type": "non-formal",
            "status": "registered", "filed_on": filed, "deadline": deadline, "note": "", "created_at": t,
            "updated_at": t, "row_version": 1}
        b.add("case", case_row)
        b.add("case_status_change", {"case_id": case_id, "from_status": None, "to_status": "registered",
                                     "actor": actor, "at": t, "comment": ""})
        provider, country = rng.choice(PROVIDERS)
        b.add("declaration", {"case_id": case_id, "claimed_outcomes": "; ".join(_outcome(rng) for _ in range(3)),
                              "provider": provider, "period_from": None, "period_to": None,
                              "volume_hours": float(rng.choice((30, 60, 90, 120))), "volume_ects": None,
                              "signed_on": filed, "created_at": t})
        b.audit(t, actor, "case.register", "case", case_id,
                {"reg_no": reg_no, "applicant": full_name, "programme_id": programme.id,
                 "policy_profile_id": profile.id, "deadline": deadline})
        self.summary.cases += 1

        def move(when: datetime, to_status: str, comment: str = "", extra: dict[str, Any] | None = None) -> None:
            from_status = case_row["status"]
            case_row["status"] = to_status
            case_row["row_version"] += 1
            case_row["updated_at"] = when
            b.add("case_status_change", {"case_id": case_id, "from_status": from_status, "to_status": to_status,
                                         "actor": actor, "at": when, "comment": comment})
            b.audit(when, actor, "case.transition", "case", case_id,
                    {"reg_no": reg_no, "from": from_status, "to": to_status, "comment": comment, **(extra or {})})

        age = (self.today - filed).days
        # How far the case got: the newest cases are still in progress.
        stage = 9 if age > 60 else min(9, max(0, age // 6))
        if rng.random() < 0.03 and stage >= 1:
            move(t + timedelta(days=2), "closed", "Заяву відкликано здобувачем.")
            return

        # import_files: one to three credentials
        evidence: list[dict[str, Any]] = []
        t_import = t + timedelta(hours=rng.randint(1, 48))
        for k in range(rng.randint(1, 3)):
            provider, country = rng.choice(PROVIDERS)
            fmt, kind, suffix = rng.choice(FORMATS)
            status = "unsigned" if fmt == "pdf" and rng.random() < 0.7 else rng.choice(VERIFICATION)
            hours = float(rng.choice((20, 30, 40, 60, 90, 120)))
            outcomes = [_outcome(rng) for _ in range(rng.randint(3, 6))]
            sha = hashlib.sha256(f"{case_id}-{k}-{rng.random()}".encode()).hexdigest()
            name = f"{rng.choice(COURSE_TOPICS).replace(' ', '_')}_{k + 1}{suffix}"
            item: dict[str, Any] = {
                "case_id": case_id, "original_name": name, "stored_path": "", "sha256": sha,
                "size_bytes": rng.randint(20_000, 900_000), "format": fmt, "evidence_type": kind,
                "title": f"{rng.choice(COURSE_TOPICS)} ({provider})", "awarding_body": provider,
                "issuer_country": country, "issued_on": filed - timedelta(days=rng.randint(20, 900)),
                "credential_id": f"urn:uuid:{sha[:8]}-{sha[8:12]}-{sha[12:16]}-{sha[16:20]}-{sha[20:32]}",
                "language": "uk" if country == "UA" else "en", "translation_required": False,
                "translation_attached": False, "workload_hours": hours, "workload_ects": round(hours / 30, 1),
                "eqf_level": rng.choice((5, 6, 6, 7)), "grade": f"{rng.randint(70, 100)}%",
                "elements": {"title": {"value": provider, "source": fmt}}, "learning_outcomes": outcomes,
                "missing_mandatory": [] if status == "verified" else ["type_of_quality_assurance"],
                "verification_status": status,
                "verification": {"status": status, "message": "", "checks": []},
                "learner_match": {"status": "match"}, "verified_by": "", "verified_at": None,
                "import_error": "", "locked": False, "created_at": t_import}
            item_id = b.add("evidence_item", item)
            evidence.append(item)
            b.audit(t_import, actor, "evidence.import", "evidence_item", item_id,
                    {"case_id": case_id, "file": name, "sha256": sha, "format": fmt, "verification": status,
                     "error": ""})
            self.summary.evidence += 1
        if stage < 2:
            return
        t_check = t_import + timedelta(days=rng.randint(1, 4))
        move(t_check, "documents_checked", "Документи перевірено.")

        # request_components: 5–30 lines (on average 20)
        wanted = round(rng.triangular(5, 30, 25))
        chosen = rng.sample(programme.components, min(wanted, len(programme.components)))
        chosen.sort(key=lambda c: programme.components.index(c))
        t_request = t_check + timedelta(minutes=rng.randint(5, 90))
        policy_version = f"{profile.name} v{profile.version}"
        lines: list[tuple[dict[str, Any], ComponentInfo]] = []
        for component in chosen:
            line: dict[str, Any] = {
                "case_id": case_id, "component_id": component.id, "component_code": component.code,
                "component_title": component.title, "component_type": component.type,
                "component_semester": component.semester, "component_ects": component.ects,
                "component_hours": component.hours, "component_control": component.control,
                "programme_version": f"{programme.code} {programme.academic_year}", "policy_version": policy_version,
                "coverage_pct": None, "evidence_hours": None, "evidence_ects": None, "proposal": "",
                "proposal_reasons": [], "decision": None, "credits_recognised": None, "credits_remaining": None,
                "partial_scope": "", "points": None, "max_points": None, "grade_100": None, "grade_national": "",
                "grade_ects": "", "original_grade": "", "original_scale": "", "conversion_method": "",
                "reasons": "", "cap_before": None, "cap_after": None, "decided_by": "", "decided_at": None,
                "line_version": 1, "supersedes_id": None, "change_reason": "", "is_current": True,
                "protocol_id": None, "row_version": 1, "created_at": t_request}
            line_id = b.add("decision_line", line)
            lines.append((line, component))
            b.audit(t_request, actor, "decision_line.request", "decision_line", line_id,
                    {"case": reg_no, "component": component.code})
        self.summary.lines += len(lines)
        if stage < 3:
            return
        t_assess = t_request + timedelta(days=rng.randint(0, 3), minutes=rng.randint(10, 120))
        for item in evidence:
            item["locked"] = True
        move(t_assess, "under_assessment", "", {"evidence_locked": len(evidence)})

        # run_matching: pairs, evidence used, coverage and the proposal, one audit entry per line
        t_match = t_assess + timedelta(minutes=rng.randint(1, 30))
        used_by_line: dict[int, list[int]] = {}
        for line, component in lines:
            used = rng.sample(evidence, rng.randint(1, min(2, len(evidence))))
            covered = 0
            for position, outcome in enumerate(component.outcomes):
                source = rng.choice(used)
                score = round(rng.uniform(0.3, 0.95), 3)
                covered += score >= 0.5
                b.add("outcome_mapping", {
                    "decision_line_id": line["id"], "position": position, "component_outcome": outcome,
                    "credential_outcome": rng.choice(source["learning_outcomes"]),
                    "evidence_item_id": source["id"], "score": score,
                    "layer": "lexical" if rng.random() < 0.8 else "glossary", "explanation": "",
                    "judgement": None, "comment": ""})
            for item in used:
                b.links.append({"decision_line_id": line["id"], "evidence_item_id": item["id"]})
            used_by_line[line["id"]] = [item["id"] for item in used]
            coverage = round(100 * covered / len(component.outcomes), 1) if component.outcomes else None
            proposal = "recognise" if covered == len(component.outcomes) else ("partial" if covered else "reject")
            statement = "; ".join(str(i["title"]) for i in used)
            line.update(evidence_hours=sum(float(i["workload_hours"]) for i in used),
                        evidence_ects=round(sum(float(i["workload_ects"]) for i in used), 1),
                        coverage_pct=coverage, proposal=proposal, row_version=2,
                        proposal_reasons=[
                            {"code": "coverage", "params": {"covered": covered, "total": len(component.outcomes)},
                             "severity": "info", "text_en": f"{covered} of {len(component.outcomes)} outcomes covered",
                             "text_uk": f"Покрито {covered} з {len(component.outcomes)} результатів"},
                            {"code": "credential_set", "params": {}, "severity": "info", "text_en": statement,
                             "text_uk": statement}])
            b.audit(t_match, actor, "decision_line.match", "decision_line", line["id"],
                    {"component": component.code, "coverage_pct": coverage, "proposal": proposal,
                     "evidence": [i["id"] for i in used], "statement": statement, "engine": "app.matching",
                     "evidence_chosen_by_officer": None})
        if stage < 5:
            return

        # save_decision for every line, with the cap check against the student's credits so far
        t_decide = t_match + timedelta(days=rng.randint(1, 12))
        cap_key = (applicant_id, code)
        cap_credits = round(programme.total_ects * profile.cap_percent / 100, 2)
        for line, component in lines:
            used_before = self.recognised.get(cap_key, 0.0)
            decision = {"recognise": "full", "partial": "partial", "reject": "none"}[line["proposal"]]
            if decision == "full" and rng.random() < 0.1:
                decision = "partial"
            credits = component.ects if decision == "full" else (round(component.ects / 2, 1)
                                                                 if decision == "partial" else 0.0)
            if used_before + credits > cap_credits:
                decision, credits = "none", 0.0
            grade = rng.choice(GRADES) if decision != "none" else (None, "", "")
            before = {k: line[k] for k in DECISION_FIELDS}
            line.update(
                decision=decision, credits_recognised=credits, credits_remaining=round(component.ects - credits, 1),
                partial_scope="Модулі 1–2" if decision == "partial" else "",
                points=None, max_points=None, grade_100=grade[0], grade_national=grade[1], grade_ects=grade[2],
                original_grade=f"{rng.randint(70, 100)}%" if decision != "none" else "",
                original_scale="відсотки" if decision != "none" else "",
                conversion_method="таблиця положення" if decision != "none" else "",
                reasons=("Результати навчання досягнуто." if decision == "full" else
                         "Результати досягнуто частково." if decision == "partial" else
                         "Результати навчання не підтверджено або перевищено ліміт визнання."),
                cap_before=used_before, cap_after=round(used_before + credits, 2), decided_by=actor,
                decided_at=t_decide, row_version=3)
            self.recognised[cap_key] = round(used_before + credits, 2)
            cap = {"base": "programme", "percent": profile.cap_percent, "cap_credits": cap_credits,
                   "used_before": used_before, "this_line": credits, "used_after": round(used_before + credits, 2),
                   "exceeded": False, "message": ""}
            b.audit(t_decide, actor, "decision_line.decide", "decision_line", line["id"],
                    {"case": reg_no, "component": component.code, "before": before,
                     "after": {k: line[k] for k in DECISION_FIELDS},
                     "evidence": used_by_line[line["id"]],
                     "cap": cap, "cap_override_reason": "", "rule_overrides": [], "line_version": 1})
            t_decide += timedelta(minutes=rng.randint(1, 6))
        move(t_decide, "decided", "")
        if stage < 7:
            return

        # generate_protocol and sign_protocol
        meeting = (t_decide + timedelta(days=rng.randint(1, 10))).date()
        t_meeting = self._at(meeting, 14 * 60)
        number = self.protocol_numbers.get(meeting.year, 0) + 1
        self.protocol_numbers[meeting.year] = number
        protocol_no = f"{number}/{meeting.year}"
        members = [{"id": m["id"], "name": m["full_name"], "role": m["role"], "job_title": m["job_title"],
                    "present": True, "votes": True, "conflict": False, "conflict_note": ""}
                   for m in commission.members]
        signatories = [{"name": m["name"], "role": m["role"], "job_title": m["job_title"]} for m in members]
        votes = (len(members), 0, 0)
        evidence_by_id = {i["id"]: i for i in evidence}
        snapshot_lines = []
        for line, _component in lines:
            used_ids = used_by_line[line["id"]]
            snapshot_lines.append({
                **{k: line[k] for k in ("id", "row_version", "line_version", "supersedes_id", "change_reason",
                                        "component_code", "component_title", "component_type", "component_ects",
                                        *DECISION_FIELDS, "coverage_pct")},
                "evidence": [{"id": i, "title": evidence_by_id[i]["title"],
                              "awarding_body": evidence_by_id[i]["awarding_body"]} for i in used_ids]})
        snapshot = {
            "case": {"reg_no": reg_no, "applicant": full_name, "student_id": student_id,
                     "programme": f"{programme.code} {programme.title} ({programme.academic_year})",
                     "academic_year": case_row["academic_year"], "semester": case_row["semester"],
                     "policy": policy_version},
            "commission": {"name": commission.name, "faculty": commission.faculty,
                           "founding_order_no": commission.founding_order_no,
                           "founding_order_date": commission.founding_order_date.isoformat()
                           if commission.founding_order_date else None},
            "members": members, "lines": snapshot_lines,
            "total_credits": round(sum(line["credits_recognised"] or 0.0 for line, _c in lines), 2),
            "supersedes": None}
        protocol_id = b.add("protocol", {
            "case_id": case_id, "commission_id": commission.id, "number": protocol_no, "meeting_date": meeting,
            "votes_for": votes[0], "votes_against": 0, "votes_abstained": 0, "signatories": signatories,
            "status": "draft", "signed_at": None, "signed_by": "", "version": 1, "supersedes_id": None,
            "change_reason": "", "snapshot": snapshot, "created_at": t_meeting})
        signed_lines = [(line["id"], line["row_version"]) for line, _c in lines]
        b.audit(t_meeting, actor, "protocol.generate", "protocol", protocol_id,
                {"case": reg_no, "number": protocol_no, "version": 1, "votes": list(votes), "lines": signed_lines,
                 "supersedes": None, "reason": ""})
        t_sign = t_meeting + timedelta(minutes=rng.randint(20, 90))
        self.rows_protocol_signed(b, protocol_id, t_sign, actor)
        for line, _component in lines:
            line["protocol_id"] = protocol_id
            line["row_version"] = 4
        b.audit(t_sign, actor, "protocol.sign", "protocol", protocol_id,
                {"case": reg_no, "number": protocol_no, "version": 1, "lines": sorted(signed_lines),
                 "supersedes": None, "appeal": None})
        move(t_sign, "protocol_signed", f"Protocol {protocol_no} signed", {"protocol_id": protocol_id})
        self.summary.protocols += 1

        # some applicants appeal within the time limit; the panel rejects it
        t_next = t_sign
        if rng.random() < 0.04:
            filed_on = (t_sign + timedelta(days=rng.randint(1, profile.appeal_days))).date()
            if filed_on < self.today:
                panel = ["Кравчук Наталія Іванівна", "Демченко Роман Олегович", "Мирошник Віра Степанівна"]
                deadline_appeal = t_sign.date() + timedelta(days=profile.appeal_days)
                grounds = "Не погоджуюся з рішенням щодо компонента: прошу переглянути."
                decided_on = filed_on + timedelta(days=rng.randint(5, 25))
                appeal: dict[str, Any] = {
                          "case_id": case_id, "filed_on": filed_on, "grounds": grounds, "deadline": deadline_appeal,
                          "within_deadline": True, "panel": "\n".join(panel), "outcome": "", "decided_on": None,
                          "new_protocol_id": None, "created_at": self._at(filed_on)}
                appeal_id = b.add("appeal", appeal)
                t_appeal = appeal["created_at"]
                b.audit(t_appeal, actor, "appeal.file", "appeal", appeal_id,
                        {"case": reg_no, "filed_on": filed_on, "deadline": deadline_appeal, "within": True,
                         "late_reason": "", "panel": panel, "warnings": []})
                move(t_appeal, "under_appeal", grounds, {"appeal_id": appeal_id})
                self.summary.appeals += 1
                if decided_on >= self.today:
                    return
                comment = "Підстав для перегляду рішення не встановлено."
                appeal.update(outcome="rejected", decided_on=decided_on)
                t_next = self._at(decided_on)
                b.audit(t_next, actor, "appeal.resolve", "appeal", appeal_id,
                        {"case": reg_no, "outcome": "rejected", "decided_on": decided_on, "comment": comment})
                move(t_next, "protocol_signed", f"Appeal rejected: {comment}", {"appeal_id": appeal_id})
        if stage < 8:
            return

        # issue_order
        order_day = (t_next + timedelta(days=rng.randint(1, 7))).date()
        if order_day >= self.today:
            return
        number = self.order_numbers.get(order_day.year, 0) + 1
        self.order_numbers[order_day.year] = number
        order_no = f"{number}-с"
        parts = [f"{line['component_code']} {line['component_title']}: {line['credits_recognised']:g} ECTS, "
                 f"{line['grade_100']:g} {line['grade_ects']} {line['grade_national']}"
                 for line, _c in lines if line["decision"] in ("full", "partial")]
        order_text = (f"On the basis of protocol {protocol_no} of the commission, to recognise for {full_name} "
                      f"({student_id}) the learning outcomes of non-formal education as: "
                      f"{'; '.join(parts) if parts else 'no components'}; to enter the results in the individual "
                      "study plan and the grade sheet.")
        t_order = self._at(order_day)
        order_id = b.add("order", {"case_id": case_id, "protocol_id": protocol_id, "number": order_no,
                                   "order_date": order_day, "issued_by": f"Декан ({programme.faculty})",
                                   "text": order_text, "created_at": t_order})
        b.audit(t_order, actor, "order.issue", "order", order_id,
                {"case": reg_no, "number": order_no, "protocol": protocol_no})
        move(t_order, "order_issued", f"Order {order_no}", {"order_id": order_id})
        self.summary.orders += 1
        if age > 365 and rng.random() < 0.5:
            move(t_order + timedelta(days=rng.randint(7, 60)), "closed", "")

    @staticmethod
    def rows_protocol_signed(b: Batch, protocol_id: int, at: datetime, actor: str) -> None:
        row = next(p for p in reversed(b.rows["protocol"]) if p["id"] == protocol_id)
        row.update(status="signed", signed_at=at, signed_by=actor)


def filing_dates(n: int, first: date, last: date, rng: random.Random) -> list[date]:
    """``n`` filing dates between ``first`` and ``last``, busiest in September–October and February, none on
    Sundays."""
    weights = {1: 0.6, 2: 1.6, 3: 1.0, 4: 0.8, 5: 0.7, 6: 0.5, 7: 0.2, 8: 0.4, 9: 1.9, 10: 1.6, 11: 1.0, 12: 0.8}
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    days = [d for d in days if d.weekday() != 6]
    chosen = rng.choices(days, weights=[weights[d.month] for d in days], k=n)
    return sorted(chosen)


def _table_map() -> dict[str, Table]:
    from app.models import Base

    tables = dict(Base.metadata.tables)
    return {name: tables[name] for name in (*Batch.TABLES, "decision_line_evidence")}


def build(url: str, cases: int, seed: int = 2026, batch_size: int = 200, today: date | None = None,
          progress: Callable[[int, int], None] | None = None) -> BuildSummary:
    """Build the database at ``url`` (created and migrated if needed); refuses one that already has cases."""
    from app.db import open_database
    from app.errors import UserError
    from app.models import AuditEntry, Case
    from app.services.audit import GENESIS_HASH

    if cases < 1:
        raise UserError("--cases must be at least 1.")
    started = time.perf_counter()
    db = open_database(url)
    try:
        with db.read() as session:
            existing = int(session.execute(select(func.count(Case.id))).scalar() or 0)
        if existing:
            raise UserError(f"Database {url} already has {existing} cases: make_decade fills a new database.")
        today = today or date.today()
        last_year = today.year if today.month >= 9 else today.year - 1
        first_year = last_year - 9
        setup = build_setup(db, first_year, last_year, seed)
        rng = random.Random(seed)
        maker = CaseMaker(setup, rng, today)
        dates = filing_dates(cases, date(first_year, 9, 1), today - timedelta(days=1), rng)
        tables = _table_map()
        for start in range(0, cases, batch_size):
            with db.write() as session:
                next_ids = {name: int(session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar() or 0)
                            + 1 for name, table in tables.items() if name != "decision_line_evidence"}
                prev_hash = session.execute(
                    select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS_HASH
                batch = Batch(session, next_ids)
                for filed in dates[start:start + batch_size]:
                    maker.make(batch, filed)
                batch.flush(prev_hash, tables)
                maker.summary.audit_entries += len(batch.rows["audit_entry"])
            if progress is not None:
                progress(min(start + batch_size, cases), cases)
        if db.engine.dialect.name == "postgresql":  # explicit ids: move the sequences past them
            with db.engine.begin() as conn:
                for name in tables:
                    if name != "decision_line_evidence":
                        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                                          f"(SELECT COALESCE(MAX(id), 1) FROM \"{name}\"))"))
        from app.models.row_hashes import seal_rows

        with db.write() as session:  # the rows' hashes, as the services' session event records them
            maker.summary.audit_entries += seal_rows(session.connection(), "make_decade")
        with db.read() as session:
            maker.summary.counts = {
                name: int(session.execute(select(func.count()).select_from(table)).scalar() or 0)
                for name, table in tables.items()}
    finally:
        db.dispose()
    maker.summary.seconds = time.perf_counter() - started
    return maker.summary


def describe(summary: BuildSummary) -> str:
    counts = summary.counts
    return (f"{counts.get('case', summary.cases):,} cases, {counts.get('decision_line', summary.lines):,} decision "
            f"lines, {counts.get('audit_entry', summary.audit_entries):,} audit entries, "
            f"{counts.get('evidence_item', 0):,} evidence items, {counts.get('outcome_mapping', 0):,} outcome pairs, "
            f"{counts.get('protocol', 0):,} protocols, {counts.get('order', 0):,} orders, "
            f"{counts.get('appeal', 0):,} appeals in {summary.seconds:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.make_decade", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of the database to fill (e.g. sqlite:///x.db)")
    parser.add_argument("--cases", type=int, required=True, help="number of cases over the ten academic years")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    from app.errors import UserError

    def show(done: int, total: int) -> None:
        if not args.quiet:
            print(f"\r{done:,}/{total:,} cases", end="", file=sys.stderr, flush=True)

    try:
        summary = build(args.db, args.cases, args.seed, progress=show)
    except UserError as exc:
        print(f"\nmake_decade: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(file=sys.stderr)
    print(describe(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
