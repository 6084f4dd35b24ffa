"""Words that appear in report files, in Ukrainian and English.

Reports are written outside Qt, so they cannot use Qt's translations: this small dictionary holds every column
header and value label a report writes. Callers pass the language of the interface (``"uk"`` or ``"en"``).
"""

from __future__ import annotations

from app.domain.status import STATUS_LABELS, CaseStatus
from app.errors import UserError

LANGUAGES = ("uk", "en")

# key: (Ukrainian, English)
_LABELS: dict[str, tuple[str, str]] = {
    # common
    "no": ("№", "No."),
    "total": ("Разом", "Total"),
    "generated": ("Сформовано", "Generated"),
    "period": ("Період", "Period"),
    "from": ("з", "from"),
    "to": ("по", "to"),
    "all_time": ("за весь час", "all time"),
    "yes": ("так", "yes"),
    "not_set": ("—", "—"),
    # case
    "reg_no": ("Реєстр. № справи", "Case reg. no."),
    "case_status": ("Стан справи", "Case status"),
    "filed_on": ("Дата заяви", "Filed on"),
    "deadline": ("Строк рішення", "Decision due"),
    "academic_year": ("Навчальний рік", "Academic year"),
    "semester": ("Семестр", "Semester"),
    "procedure_type": ("Вид процедури", "Procedure"),
    "policy": ("Положення (версія)", "Policy profile (version)"),
    "commission": ("Комісія", "Commission"),
    "claimed_outcomes": ("Задекларовані результати навчання", "Declared learning outcomes"),
    "declared_provider": ("Де здобуто (за декларацією)", "Where learnt (declared)"),
    "declared_hours": ("Обсяг за декларацією, год", "Declared volume, hours"),
    "protocol_no": ("№ протоколу", "Protocol no."),
    "protocol_date": ("Дата протоколу", "Protocol date"),
    "order_no": ("№ наказу", "Order no."),
    "order_date": ("Дата наказу", "Order date"),
    # applicant
    "applicant": ("Здобувач освіти", "Applicant"),
    "applicant_latin": ("ПІБ латиницею", "Name in Latin script"),
    "student_id": ("№ студентського", "Student ID"),
    "edebo_id": ("ID ЄДЕБО", "EDEBO ID"),
    "faculty": ("Факультет", "Faculty"),
    "specialty": ("Спеціальність", "Specialty"),
    "level": ("Рівень освіти", "Level"),
    "study_year": ("Курс", "Year of study"),
    "group": ("Група", "Group"),
    "study_form": ("Форма навчання", "Study form"),
    # programme
    "programme": ("Освітня програма", "Programme"),
    "programme_code": ("Код програми", "Programme code"),
    "programme_ects": ("Обсяг програми, кредитів ЄКТС", "Programme, ECTS credits"),
    # evidence
    "file": ("Файл", "File"),
    "evidence_type": ("Вид документа", "Evidence type"),
    "format": ("Формат", "Format"),
    "title": ("Назва", "Title"),
    "awarding_body": ("Видавець (провайдер)", "Awarding body (provider)"),
    "country": ("Країна", "Country"),
    "issued_on": ("Дата видачі", "Issued on"),
    "credential_id": ("Ідентифікатор / URL", "Credential ID / URL"),
    "language": ("Мова", "Language"),
    "translation": ("Переклад", "Translation"),
    "workload_hours": ("Обсяг, год", "Workload, hours"),
    "workload_ects": ("Обсяг, кредитів ЄКТС", "Workload, ECTS"),
    "eqf_level": ("Рівень EQF", "EQF level"),
    "grade": ("Оцінка", "Grade"),
    "verification": ("Автентичність", "Authenticity"),
    "verification_detail": ("Підсумок перевірки", "Verification detail"),
    "verified_by": ("Перевірив", "Verified by"),
    "verified_at": ("Коли перевірено", "Verified at"),
    "missing_elements": ("Відсутні обов'язкові елементи", "Missing mandatory elements"),
    "sha256": ("SHA-256", "SHA-256"),
    # components and decisions
    "component_code": ("Код компонента", "Component code"),
    "component": ("Освітній компонент", "Component"),
    "component_type": ("Тип компонента", "Component type"),
    "ects": ("Кредити ЄКТС", "ECTS credits"),
    "hours": ("Години", "Hours"),
    "control": ("Форма контролю", "Final control"),
    "evidence": ("Документи (підстава)", "Evidence used"),
    "provider": ("Провайдер", "Provider"),
    "coverage": ("Покриття результатів, %", "Outcome coverage, %"),
    "evidence_hours": ("Години за документами", "Evidence hours"),
    "evidence_ects": ("Кредити за документами", "Evidence ECTS"),
    "proposal": ("Пропозиція системи", "Proposal"),
    "decision": ("Рішення", "Decision"),
    "credits_recognised": ("Визнано кредитів ЄКТС", "ECTS credits recognised"),
    "credits_remaining": ("Залишок до вивчення, кредитів", "Credits still to complete"),
    "partial_scope": ("Що визнано частково", "Partial recognition scope"),
    "points": ("Бали", "Points"),
    "max_points": ("З балів", "Out of"),
    "grade_100": ("Оцінка (100-бальна)", "Grade (100-point)"),
    "grade_national": ("Оцінка (національна)", "Grade (national)"),
    "grade_ects": ("Оцінка ЄКТС", "ECTS grade"),
    "original_grade": ("Оригінальна оцінка", "Original grade"),
    "original_scale": ("Оригінальна шкала", "Original scale"),
    "conversion_method": ("Метод перерахунку", "Conversion method"),
    "reasons": ("Обґрунтування", "Reasons"),
    "cap_before": ("Визнано до рішення, кредитів", "Recognised before, credits"),
    "cap_after": ("Визнано після рішення, кредитів", "Recognised after, credits"),
    "decided_by": ("Ухвалив", "Decided by"),
    "decided_at": ("Дата рішення", "Decision date"),
    "line_version": ("Версія рішення", "Decision version"),
    # outcome mapping
    "component_outcome": ("Результат навчання компонента", "Component learning outcome"),
    "credential_outcome": ("Результат навчання з документа", "Outcome in the evidence"),
    "score": ("Подібність", "Similarity"),
    "layer": ("Підстава оцінки подібності", "Matched by"),
    "explanation": ("Пояснення", "Explanation"),
    "judgement": ("Висновок комісії", "Committee's judgement"),
    "comment": ("Коментар", "Comment"),
    # summary sheet
    "summary_title": ("Звіт щодо визнання результатів навчання", "Recognition case report"),
    "section_case": ("Справа", "Case"),
    "section_applicant": ("Здобувач освіти", "Applicant"),
    "section_programme": ("Освітня програма", "Programme"),
    "section_result": ("Підсумок", "Result"),
    "evidence_count": ("Документів подано", "Evidence items"),
    "evidence_verified": ("З них автентичність підтверджено", "Of which verified"),
    "components_requested": ("Компонентів розглянуто", "Components considered"),
    "components_full": ("Визнано повністю", "Recognised in full"),
    "components_partial": ("Визнано частково", "Recognised partially"),
    "components_none": ("Не визнано", "Not recognised"),
    "credits_total": ("Усього визнано кредитів ЄКТС", "ECTS credits recognised in total"),
    # register
    "register_title": ("Реєстр рішень про визнання результатів навчання", "Register of recognition decisions"),
    "lines": ("рядків", "lines"),
    # statistics
    "stats_title": ("Статистика визнання результатів навчання", "Recognition statistics"),
    "month": ("Місяць", "Month"),
    "cases_filed": ("Подано заяв", "Cases filed"),
    "lines_decided": ("Ухвалено рішень щодо компонентів", "Component decisions"),
    "cases_per_month": ("Заяви за місяцями", "Cases per month"),
    "credits_per_month": ("Визнані кредити ЄКТС за місяцями", "ECTS credits recognised per month"),
    "decision_type": ("Тип рішення", "Decision type"),
    "share": ("Частка", "Share"),
    "credits_requested": ("Кредитів розглянуто", "Credits considered"),
    "credit_rate": ("Частка визнаних кредитів", "Share of credits recognised"),
    "recognition_by_decision": ("Рішення за типами", "Decisions by type"),
    "recognition_rate": ("Частка визнаних компонентів", "Recognition rate (components)"),
    "top_providers": ("Провайдери за кількістю документів", "Top providers by evidence items"),
    "evidence_items": ("Документів", "Evidence items"),
    "lines_recognised": ("Визнано компонентів", "Components recognised"),
    "verification_share": ("Автентичність документів", "Authenticity of evidence"),
    "verified_share": ("Частка документів з підтвердженою автентичністю", "Share of verified evidence"),
    "items": ("Кількість", "Count"),
    "cases_total": ("Заяв (справ)", "Cases"),
    "lines_total": ("Рішень щодо компонентів", "Component decisions"),
    "evidence_total": ("Документів", "Evidence items"),
    "indicator": ("Показник", "Indicator"),
    "value": ("Значення", "Value"),
    "unknown_provider": ("(не зазначено)", "(not stated)"),
}

_VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "decision": {
        "full": ("визнано повністю", "recognised in full"),
        "partial": ("визнано частково", "recognised partially"),
        "none": ("не визнано", "not recognised"),
        "": ("не ухвалено", "not decided"),
    },
    "proposal": {
        "recognise": ("визнати", "recognise"),
        "partial": ("визнати частково", "recognise partially"),
        "reject": ("не визнавати", "reject"),
        "": ("—", "—"),
    },
    "judgement": {
        "covered": ("досягнуто", "covered"),
        "partly": ("досягнуто частково", "partly covered"),
        "not": ("не досягнуто", "not covered"),
        "": ("не оцінено", "not judged"),
    },
    "verification": {
        "verified": ("підтверджено", "verified"),
        "invalid": ("недійсний", "invalid"),
        "unverifiable-offline": ("не перевіряється офлайн", "not verifiable offline"),
        "unsigned": ("без підпису", "unsigned"),
        "failed": ("не вдалося прочитати", "could not be read"),
    },
    "component_type": {
        "mandatory": ("обов'язковий", "mandatory"),
        "elective": ("вибірковий", "elective"),
        "practice": ("практика", "practice"),
        "attestation": ("атестація", "attestation"),
    },
    "control": {
        "exam": ("екзамен", "exam"),
        "pass": ("залік", "pass/fail"),
    },
    # The English names are the domain's labels of the states.
    "case_status": {state: (uk, str(STATUS_LABELS[state])) for state, uk in (
        (CaseStatus.REGISTERED, "зареєстровано"),
        (CaseStatus.DOCUMENTS_CHECKED, "документи перевірено"),
        (CaseStatus.UNDER_ASSESSMENT, "оцінювання"),
        (CaseStatus.DECIDED, "рішення ухвалено"),
        (CaseStatus.PROTOCOL_SIGNED, "протокол підписано"),
        (CaseStatus.ORDER_ISSUED, "наказ видано"),
        (CaseStatus.CLOSED, "закрито"),
        (CaseStatus.UNDER_APPEAL, "апеляція"),
    )},
    "layer": {
        "lexical": ("лексична подібність", "lexical"),
        "glossary": ("глосарій", "glossary"),
        "embedding": ("смислова подібність", "semantic"),
        "semantic": ("смислова подібність", "semantic"),
        "manual": ("вручну", "manual"),
    },
    "element": {
        "learner_name": ("особа здобувача", "learner"),
        "learner_id": ("особа здобувача", "learner"),
        "title": ("назва", "title"),
        "issuer_country": ("країна видавця", "issuer country"),
        "awarding_body": ("видавець", "awarding body"),
        "issued_on": ("дата видачі", "date of issue"),
        "learning_outcomes": ("результати навчання", "learning outcomes"),
        "workload_ects": ("обсяг навчання", "workload"),
        "workload_hours": ("обсяг навчання", "workload"),
        "eqf_level": ("рівень EQF", "EQF level"),
        "assessment_type": ("вид оцінювання", "type of assessment"),
        "participation_form": ("форма участі", "form of participation"),
        "quality_assurance": ("забезпечення якості", "quality assurance"),
    },
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UserError(f"Report language {lang!r} is not supported: use one of {', '.join(LANGUAGES)}.")
    return lang


def label(key: str, lang: str) -> str:
    """The text of one header or caption."""
    uk, en = _LABELS[key]
    return uk if lang == "uk" else en


def headers(keys: tuple[str, ...] | list[str], lang: str) -> list[str]:
    return [label(k, lang) for k in keys]


def value_label(kind: str, code: str | None, lang: str) -> str:
    """The display text of a stored code (decision, verdict, component type…); unknown codes are shown as stored."""
    texts = _VALUES[kind].get(code or "")
    if texts is None:
        return code or ""
    return texts[0] if lang == "uk" else texts[1]


def value_labels(kind: str, lang: str) -> dict[str, str]:
    """Every known code of one kind with its text (for fast lookups in large reports)."""
    index = 0 if lang == "uk" else 1
    return {code: texts[index] for code, texts in _VALUES[kind].items()}


def elements_text(names: list[str] | tuple[str, ...], lang: str) -> str:
    seen: list[str] = []
    for name in names:
        text = value_label("element", name, lang)
        if text not in seen:
            seen.append(text)
    return ", ".join(seen)
