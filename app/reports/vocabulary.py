"""Display names of stored codes in reports (decisions, verdicts, component types, matching layers…).

The names are English source texts marked with ``tr_noop`` (context ``Report values``) and translated by the
one catalogue (``resources/i18n/recognition_desk_<lang>.ts``) when a report is written. Unknown codes are shown as
stored.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from app.domain.explanation import explanation_shown
from app.errors import UserError
from app.translation import (
    Translate,
    Translator,
    available_languages,
    load_translator,
    render_message,
    tr_noop,
)

VALUES = "Report values"  # translation context of the names below
SHEETS = "Report sheets"  # translation context of worksheet names

_NAMES: dict[str, dict[str, str]] = {
    "decision": {
        "full": tr_noop("Report values", "recognised in full"),
        "partial": tr_noop("Report values", "recognised partially"),
        "none": tr_noop("Report values", "not recognised"),
        "": tr_noop("Report values", "not decided"),
    },
    "proposal": {
        "recognise": tr_noop("Report values", "recognise"),
        "partial": tr_noop("Report values", "recognise partially"),
        "reject": tr_noop("Report values", "do not recognise"),
        "": "—",
    },
    "judgement": {
        "covered": tr_noop("Report values", "covered"),
        "partly": tr_noop("Report values", "partly covered"),
        "not": tr_noop("Report values", "not covered"),
        "": tr_noop("Report values", "not judged"),
    },
    "appeal_outcome": {
        "": tr_noop("Report values", "pending"),
        "rejected": tr_noop("Report values", "rejected: the decision stands"),
        "granted": tr_noop("Report values", "granted"),
        "partly_granted": tr_noop("Report values", "partly granted"),
    },
    "verification": {
        "verified": tr_noop("Report values", "verified"),
        "invalid": tr_noop("Report values", "invalid"),
        "unverifiable-offline": tr_noop("Report values", "not verifiable offline"),
        "unsigned": tr_noop("Report values", "unsigned"),
        "failed": tr_noop("Report values", "could not be read"),
    },
    "component_type": {
        "mandatory": tr_noop("Report values", "mandatory"),
        "elective": tr_noop("Report values", "elective"),
        "practice": tr_noop("Report values", "practice"),
        "attestation": tr_noop("Report values", "attestation"),
        "thesis": tr_noop("Report values", "thesis"),
    },
    "control": {
        "exam": tr_noop("Report values", "exam"),
        "pass": tr_noop("Report values", "pass/fail"),
    },
    "layer": {
        "lexical": tr_noop("Report values", "lexical"),
        "glossary": tr_noop("Report values", "glossary"),
        "embedding": tr_noop("Report values", "embedding"),
        "semantic": tr_noop("Report values", "embedding"),
        "manual": tr_noop("Report values", "manual"),
    },
    "procedure": {
        "non-formal": tr_noop("Report values", "non-formal education"),
        "informal": tr_noop("Report values", "informal education"),
        "non-formal/informal": tr_noop("Report values", "non-formal and/or informal education"),
    },
    "level": {
        "junior_bachelor": tr_noop("Report values", "junior bachelor"),
        "bachelor": tr_noop("Report values", "bachelor"),
        "master": tr_noop("Report values", "master"),
        "phd": tr_noop("Report values", "doctor of philosophy"),
    },
    "evidence_type": {
        "badge": tr_noop("Report values", "digital badge"),
        "certificate": tr_noop("Report values", "certificate"),
        "learner-record": tr_noop("Report values", "learner record"),
        "europass": tr_noop("Report values", "Europass credential"),
        "portfolio": tr_noop("Report values", "portfolio"),
        "reference": tr_noop("Report values", "reference"),
    },
    # Study forms are typed by the officer, usually in Ukrainian: both spellings lead to one name.
    "study_form": {
        "full-time": tr_noop("Report values", "full-time"), "денна": tr_noop("Report values", "full-time"),
        "part-time": tr_noop("Report values", "part-time"), "заочна": tr_noop("Report values", "part-time"),
        "evening": tr_noop("Report values", "evening"), "вечірня": tr_noop("Report values", "evening"),
        "distance": tr_noop("Report values", "distance"), "дистанційна": tr_noop("Report values", "distance"),
        "dual": tr_noop("Report values", "dual"), "дуальна": tr_noop("Report values", "dual"),
    },
    # The national scale's words (stored with the grade as "4 (добре)" or "4 (good)").
    "national": {
        "відмінно": tr_noop("Report values", "excellent"), "excellent": tr_noop("Report values", "excellent"),
        "добре": tr_noop("Report values", "good"), "good": tr_noop("Report values", "good"),
        "задовільно": tr_noop("Report values", "satisfactory"),
        "satisfactory": tr_noop("Report values", "satisfactory"),
        "незадовільно": tr_noop("Report values", "unsatisfactory"),
        "unsatisfactory": tr_noop("Report values", "unsatisfactory"),
        "зараховано": tr_noop("Report values", "pass"), "pass": tr_noop("Report values", "pass"),
        "не зараховано": tr_noop("Report values", "fail"), "fail": tr_noop("Report values", "fail"),
    },
    # Original grade scales as the grade converter stores them ("points out of 20" is handled apart).
    "scale": {
        "percent": tr_noop("Report values", "percent"),
        "100-point": tr_noop("Report values", "100-point scale"),
        "100-бальна": tr_noop("Report values", "100-point scale"),
        "pass/fail": tr_noop("Report values", "pass/fail"),
        "pass": tr_noop("Report values", "pass/fail"),
        "ECTS": tr_noop("Report values", "ECTS scale"),
        "national": tr_noop("Report values", "national scale"),
        "institutional table": tr_noop("Report values", "institutional table"),
    },
    "element": {
        "learner_name": tr_noop("Report values", "learner"),
        "learner_id": tr_noop("Report values", "learner"),
        "title": tr_noop("Report values", "title"),
        "issuer_country": tr_noop("Report values", "issuer country"),
        "awarding_body": tr_noop("Report values", "awarding body"),
        "issued_on": tr_noop("Report values", "date of issue"),
        "learning_outcomes": tr_noop("Report values", "learning outcomes"),
        "workload_ects": tr_noop("Report values", "workload"),
        "workload_hours": tr_noop("Report values", "workload"),
        "eqf_level": tr_noop("Report values", "EQF level"),
        "assessment_type": tr_noop("Report values", "type of assessment"),
        "participation_form": tr_noop("Report values", "form of participation"),
        "quality_assurance": tr_noop("Report values", "quality assurance"),
    },
}


def report_translator(lang: str) -> Translator:
    """The translator of a report language; one clear error for a language without a catalogue."""
    languages = available_languages()
    if lang not in languages:
        raise UserError(f"Report language {lang!r} is not supported: use one of {', '.join(languages)}.")
    return load_translator(lang)


def names(kind: str, tr: Translate) -> dict[str, str]:
    """Every known code of one kind with its display name (for fast lookups in large reports)."""
    return {code: tr(VALUES, text) if text != "—" else text for code, text in _NAMES[kind].items()}


def name(kind: str, code: str | None, tr: Translate) -> str:
    """The display name of a stored code; unknown codes are shown as stored."""
    text = _NAMES[kind].get(code or "")
    if text is None:
        return code or ""
    return tr(VALUES, text) if text != "—" else text


def elements_text(elements: Sequence[str], tr: Translate) -> str:
    """Missing elements of a credential as a list of names, each once."""
    seen: list[str] = []
    for element in elements:
        text = name("element", element, tr)
        if text not in seen:
            seen.append(text)
    return ", ".join(seen)


def known_name(kind: str, stored: str | None, tr: Translate) -> str:
    """Like ``name``, for values typed by people: matched ignoring case and spaces around them."""
    text = (stored or "").strip()
    key = next((k for k in _NAMES[kind] if k.casefold() == text.casefold()), None)
    return name(kind, key, tr) if key is not None else text


_NATIONAL = re.compile(r"^\s*(\d)\s*\((.+)\)\s*$")
_POINTS_OUT_OF = re.compile(r"^points out of (\d+(?:[.,]\d+)?)$")


def national_grade_text(stored: str, tr: Translate) -> str:
    """A national grade as stored ("4 (добре)", "зараховано", "5 (excellent)") in the report language."""
    match = _NATIONAL.match(stored or "")
    if match:
        return f"{match.group(1)} ({known_name('national', match.group(2), tr)})"
    return known_name("national", stored, tr)


def scale_text(stored: str, tr: Translate) -> str:
    """An original grade scale as the grade converter stores it ("percent", "points out of 20", "ects:B")."""
    translate = tr  # by this name the catalogue tools find the texts
    text = (stored or "").strip()
    match = _POINTS_OUT_OF.match(text)
    if match:
        return translate("Report values", "points out of {max}").format(max=match.group(1))
    if text.startswith("ects:"):
        return translate("Report values", "ECTS grade {letter}").format(letter=text[5:])
    return known_name("scale", text, tr)


def conversion_method_text(stored: str, tr: Translate) -> str:
    """A conversion method as the grade converter stores it ("percent → 100-point → ECTS → national
    (institutional table)"); a method the commission typed itself is shown as written."""
    translate = tr  # by this name the catalogue tools find the texts
    text = (stored or "").strip()
    if text == "pass-only certificate recorded as 'зараховано'":
        return translate("Report values", "pass-only certificate recorded as a pass")
    suffix = ""
    for ending in (" (institutional table)",):
        if text.endswith(ending):
            text, suffix = text[: -len(ending)], " (" + known_name("scale", "institutional table", tr) + ")"
    prefix = ""
    if text.startswith("institutional table "):
        text, prefix = text[len("institutional table "):], known_name("scale", "institutional table", tr) + ": "
    steps = [step.strip() for step in text.split("→")]
    if len(steps) < 2:
        return stored
    rendered = []
    for step in steps:
        shown = scale_text(step, tr)
        if shown == step and not (_POINTS_OUT_OF.match(step) or step in _NAMES["scale"]):
            return stored  # not the converter's words: the commission's own
        rendered.append(shown)
    return prefix + " → ".join(rendered) + suffix


def sheet_title(source: str, tr: Translate) -> str:
    """A worksheet's name in the report language (the sheet names are visible in every spreadsheet program)."""
    text = tr(SHEETS, source)
    return "".join(" " if c in "[]:*?/\\" else c for c in text)[:31]  # Excel's limits on sheet names


def explanation_text(stored: str, tr: Translate) -> str:
    """A stored matching explanation ("shared: analyse, data", see ``app.domain.explanation``) in the report
    language; other texts (written by the committee) as they are."""
    return explanation_shown(stored, lambda message: render_message(message, tr))


def value_label(kind: str, code: str | None, lang: str) -> str:
    """``name`` for a language code (for writers that take a language, such as the protocol PDF)."""
    return name(kind, code, load_translator(lang))


LABELS = "Report"  # translation context of headers and captions

_LABELS: dict[str, str] = {
    "no": tr_noop("Report", "No."),
    "total": tr_noop("Report", "Total"),
    "generated": tr_noop("Report", "Generated"),
    "period": tr_noop("Report", "Period"),
    "from": tr_noop("Report", "from"),
    "to": tr_noop("Report", "to"),
    "all_time": tr_noop("Report", "all time"),
    "yes": tr_noop("Report", "yes"),
    "reg_no": tr_noop("Report", "Case reg. no."),
    "case_status": tr_noop("Report", "Case status"),
    "filed_on": tr_noop("Report", "Filed on"),
    "deadline": tr_noop("Report", "Decision due"),
    "academic_year": tr_noop("Report", "Academic year"),
    "semester": tr_noop("Report", "Semester"),
    "procedure_type": tr_noop("Report", "Procedure"),
    "policy": tr_noop("Report", "Policy profile (version)"),
    "commission": tr_noop("Report", "Commission"),
    "claimed_outcomes": tr_noop("Report", "Declared learning outcomes"),
    "declared_provider": tr_noop("Report", "Where learnt (declared)"),
    "declared_hours": tr_noop("Report", "Declared volume, hours"),
    "protocol_no": tr_noop("Report", "Protocol no."),
    "protocol_date": tr_noop("Report", "Protocol date"),
    "order_no": tr_noop("Report", "Order no."),
    "order_date": tr_noop("Report", "Order date"),
    "applicant": tr_noop("Report", "Applicant"),
    "applicant_latin": tr_noop("Report", "Name in Latin script"),
    "student_id": tr_noop("Report", "Student ID"),
    "edebo_id": tr_noop("Report", "EDEBO ID"),
    "faculty": tr_noop("Report", "Faculty"),
    "specialty": tr_noop("Report", "Specialty"),
    "level": tr_noop("Report", "Level"),
    "study_year": tr_noop("Report", "Year of study"),
    "group": tr_noop("Report", "Group"),
    "study_form": tr_noop("Report", "Study form"),
    "programme": tr_noop("Report", "Programme"),
    "programme_code": tr_noop("Report", "Programme code"),
    "programme_ects": tr_noop("Report", "Programme, ECTS credits"),
    "file": tr_noop("Report", "File"),
    "evidence_type": tr_noop("Report", "Evidence type"),
    "format": tr_noop("Report", "Format"),
    "title": tr_noop("Report", "Title"),
    "awarding_body": tr_noop("Report", "Awarding body (provider)"),
    "country": tr_noop("Report", "Country"),
    "issued_on": tr_noop("Report", "Issued on"),
    "credential_id": tr_noop("Report", "Credential ID / URL"),
    "language": tr_noop("Report", "Language"),
    "translation": tr_noop("Report", "Translation"),
    "workload_hours": tr_noop("Report", "Workload, hours"),
    "workload_ects": tr_noop("Report", "Workload, ECTS"),
    "eqf_level": tr_noop("Report", "EQF level"),
    "grade": tr_noop("Report", "Grade"),
    "verification": tr_noop("Report", "Authenticity"),
    "verification_detail": tr_noop("Report", "Verification detail"),
    "verified_by": tr_noop("Report", "Verified by"),
    "verified_at": tr_noop("Report", "Verified at"),
    "missing_elements": tr_noop("Report", "Missing mandatory elements"),
    "outcome_notes": tr_noop("Report", "Notes on the learning outcomes"),
    "sha256": tr_noop("Report", "SHA-256"),
    "component_code": tr_noop("Report", "Component code"),
    "component": tr_noop("Report", "Component"),
    "component_type": tr_noop("Report", "Component type"),
    "ects": tr_noop("Report", "ECTS credits"),
    "hours": tr_noop("Report", "Hours"),
    "control": tr_noop("Report", "Final control"),
    "evidence": tr_noop("Report", "Evidence used"),
    "provider": tr_noop("Report", "Provider"),
    "coverage": tr_noop("Report", "Outcome coverage, %"),
    "evidence_hours": tr_noop("Report", "Evidence hours"),
    "evidence_ects": tr_noop("Report", "Evidence ECTS"),
    "proposal": tr_noop("Report", "Proposal"),
    "decision": tr_noop("Report", "Decision"),
    "credits_recognised": tr_noop("Report", "ECTS credits recognised"),
    "credits_remaining": tr_noop("Report", "Credits still to complete"),
    "partial_scope": tr_noop("Report", "Partial recognition scope"),
    "points": tr_noop("Report", "Points"),
    "max_points": tr_noop("Report", "Out of"),
    "grade_100": tr_noop("Report", "Grade (100-point)"),
    "grade_national": tr_noop("Report", "Grade (national)"),
    "grade_ects": tr_noop("Report", "ECTS grade"),
    "original_grade": tr_noop("Report", "Original grade"),
    "original_scale": tr_noop("Report", "Original scale"),
    "conversion_method": tr_noop("Report", "Conversion method"),
    "reasons": tr_noop("Report", "Reasons"),
    "cap_before": tr_noop("Report", "Recognised before, credits"),
    "cap_after": tr_noop("Report", "Recognised after, credits"),
    "decided_by": tr_noop("Report", "Decided by"),
    "decided_at": tr_noop("Report", "Decision date"),
    "days_late": tr_noop("Report", "Days overdue"),
    "line_version": tr_noop("Report", "Decision version"),
    "component_outcome": tr_noop("Report", "Component learning outcome"),
    "credential_outcome": tr_noop("Report", "Outcome in the evidence"),
    "score": tr_noop("Report", "Similarity"),
    "layer": tr_noop("Report", "Matched by"),
    "explanation": tr_noop("Report", "Explanation"),
    "judgement": tr_noop("Report", "Committee's judgement"),
    "comment": tr_noop("Report", "Comment"),
    "summary_title": tr_noop("Report", "Recognition case report"),
    "section_case": tr_noop("Report", "Case"),
    "section_applicant": tr_noop("Report", "Applicant"),
    "section_programme": tr_noop("Report", "Programme"),
    "section_result": tr_noop("Report", "Result"),
    "section_appeal": tr_noop("Report", "Appeal"),
    "appeal_none": tr_noop("Report", "No appeal filed"),
    "appeal_filed_on": tr_noop("Report", "Appeal filed on"),
    "appeal_deadline": tr_noop("Report", "Appeal deadline"),
    "appeal_in_time": tr_noop("Report", "Filed in time"),
    "appeal_grounds": tr_noop("Report", "Grounds of the appeal"),
    "appeal_panel": tr_noop("Report", "Appeal panel"),
    "appeal_outcome": tr_noop("Report", "Outcome of the appeal"),
    "appeal_decided_on": tr_noop("Report", "Appeal decided on"),
    "answer_no": tr_noop("Report", "no"),
    "evidence_count": tr_noop("Report", "Evidence items submitted"),
    "evidence_verified": tr_noop("Report", "Of which verified"),
    "components_requested": tr_noop("Report", "Components considered"),
    "components_full": tr_noop("Report", "Recognised in full"),
    "components_partial": tr_noop("Report", "Recognised partially"),
    "components_none": tr_noop("Report", "Not recognised"),
    "credits_total": tr_noop("Report", "ECTS credits recognised in total"),
    "register_title": tr_noop("Report", "Register of recognition decisions"),
    "lines": tr_noop("Report", "lines"),
    "stats_title": tr_noop("Report", "Recognition statistics"),
    "month": tr_noop("Report", "Month"),
    "cases_filed": tr_noop("Report", "Cases filed"),
    "lines_decided": tr_noop("Report", "Component decisions taken"),
    "cases_per_month": tr_noop("Report", "Cases per month"),
    "credits_per_month": tr_noop("Report", "ECTS credits recognised per month"),
    "decision_type": tr_noop("Report", "Decision type"),
    "share": tr_noop("Report", "Share"),
    "credits_requested": tr_noop("Report", "Credits considered"),
    "credit_rate": tr_noop("Report", "Share of credits recognised"),
    "recognition_by_decision": tr_noop("Report", "Decisions by type"),
    "recognition_rate": tr_noop("Report", "Recognition rate (components)"),
    "top_providers": tr_noop("Report", "Top providers by evidence items"),
    "evidence_items": tr_noop("Report", "Evidence items"),
    "lines_recognised": tr_noop("Report", "Components recognised"),
    "verification_share": tr_noop("Report", "Authenticity of evidence"),
    "verified_share": tr_noop("Report", "Share of verified evidence"),
    "items": tr_noop("Report", "Count"),
    "cases_total": tr_noop("Report", "Cases"),
    "lines_total": tr_noop("Report", "Component decisions"),
    "evidence_total": tr_noop("Report", "Evidence items"),
    "indicator": tr_noop("Report", "Indicator"),
    "value": tr_noop("Report", "Value"),
    "unknown_provider": tr_noop("Report", "(not stated)"),
}


def label(key: str, tr: Translate) -> str:
    """The text of one header or caption."""
    return tr(LABELS, _LABELS[key])


def headers(keys: Sequence[str], tr: Translate) -> list[str]:
    return [label(key, tr) for key in keys]


def _language(tr: Translate) -> str:
    return str(getattr(tr, "language", "en"))


@functools.lru_cache(maxsize=4096)
def _rendered(message: object, language: str) -> str:
    """A message in one language; the register repeats the same reasons on many lines, so each is rendered once
    (messages are keyed by their English text and template)."""
    return render_message(getattr(message, "message", message), load_translator(language))


@functools.cache
def _catalogue_languages() -> tuple[str, ...]:
    return tuple(available_languages())


def reasons_text(stored: str, messages: Sequence[object], tr: Translate) -> str:
    """A decision line's reasons in the report language: what the recognition rules wrote (``messages``, stored
    as codes and parameters, found in ``stored`` in whichever language it was written) rendered anew; the
    commission's own words as written."""
    text = stored or ""
    if not messages or not text:
        return text
    language = _language(tr)
    targets = [_rendered(_Key(m), language) for m in messages]
    if all(target in text for target in targets):
        return text  # written in the report language already
    replacements: dict[str, str] = {}
    for message, target in zip(messages, targets, strict=True):
        for other in _catalogue_languages():
            written = _rendered(_Key(message), other)
            if written and written != target:
                replacements[written] = target
    for written in sorted(replacements, key=len, reverse=True):
        text = text.replace(written, replacements[written])
    return text


class _Key(str):
    """A message as a cache key: equal when the English text and the template are (messages are ``str``; two
    messages with the same English text but different templates must not share a rendering)."""

    def __new__(cls, message: object) -> _Key:
        key = super().__new__(cls, str(message))
        key.message = message
        key.template = str(getattr(message, "template", ""))
        return key

    message: object
    template: str

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and str.__eq__(self, other) and self.template == other.template

    def __hash__(self) -> int:
        return hash((str(self), self.template))


_SCRIPTS = {"uk": re.compile(r"[А-ЩЬЮЯЄІЇҐа-щьюяєіїґ]"), "en": re.compile(r"[A-Za-z]")}


def may_need_translation(text: str, tr: Translate) -> bool:
    """Whether ``text`` may hold words the report language does not write: false when it has no letter of
    another catalogue language's script (every rendering of a message carries letters of its language)."""
    pattern = _other_scripts(_language(tr))
    return pattern is None or pattern.search(text) is not None


@functools.cache
def _other_scripts(language: str) -> re.Pattern[str] | None:
    """The letters of the other catalogue languages; None when a language's script is not known here."""
    languages = _catalogue_languages()
    if language not in _SCRIPTS or any(lang not in _SCRIPTS for lang in languages):
        return None
    others = [_SCRIPTS[lang].pattern for lang in languages if lang != language]
    return re.compile("|".join(others)) if others else re.compile(r"(?!)")


_SCOPE_TEMPLATE = "Recognised outcomes: {outcomes}"  # the recognition service's heading (context "Messages")


def scope_text(stored: str, tr: Translate) -> str:
    """What a partial recognition covers, with the service's heading in the report language."""
    text = stored or ""
    translate = tr
    for lang in _catalogue_languages():
        heading = load_translator(lang)("Messages", _SCOPE_TEMPLATE).split("{outcomes}")[0]
        if heading.strip() and text.startswith(heading):
            return translate("Messages", _SCOPE_TEMPLATE).replace("{outcomes}", text[len(heading):])
    return text


_URL = re.compile(r"https?://[^\s;,)]+[^\s;,).]")


def verification_text(status: str, binding: str, revocation: str, detail: str, tr: Translate) -> str:
    """What the offline verification found. The verifier's own report is English: an English workbook shows it,
    another language a summary from the stored verdict (with the addresses to check by hand)."""
    translate = tr  # by this name the catalogue tools find the texts
    if _language(tr) == "en":
        return detail
    parts: list[str] = []
    if status == "verified":
        if binding == "confirmed":
            parts.append(translate("Report values", "signature valid; the issuer's key is confirmed"))
        else:
            parts.append(translate("Report values", "signature valid, but nothing outside the file confirms the "
                                                    "issuer's key"))
    elif status == "invalid":
        parts.append(translate("Report values", "the signature does not match the document: it was altered or signed "
                                         "with another key"))
    elif status == "unsigned":
        parts.append(translate("Report values", "no digital signature: nothing in the file proves who issued it"))
    elif status == "unverifiable-offline":
        parts.append(translate("Report values", "cannot be confirmed offline"))
    elif status == "failed":
        parts.append(translate("Report values", "the file could not be read"))
    if revocation == "not-checked":
        parts.append(translate("Report values", "revocation status not checked offline"))
    urls = list(dict.fromkeys(_URL.findall(detail or "")))
    if urls:
        parts.append(translate("Report values", "check by hand: {addresses}").format(addresses=", ".join(urls)))
    return "; ".join(parts)


def language_text(code: str, tr: Translate) -> str:
    """The language a credential is written in, by its name in the report's language ("польська", "Polish"); an
    unknown code as stored."""
    from app.domain.languages import CONTEXT, NAMES

    source = NAMES.get(code)
    return tr(CONTEXT, source) if source else code


def format_text(stored: str, tr: Translate) -> str:
    """A file format code as shown: a code as stored ("pdf", "openbadges-3.0"), except the elements typed in by hand
    from a paper original, which have no file format."""
    translate = tr  # by this name the catalogue tools find the texts
    if stored == "manual":
        return translate("Report values", "entered by hand")
    return stored
