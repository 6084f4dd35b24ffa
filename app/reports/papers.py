"""The signable papers of a case: the commission's protocol, its extract, the order and the applicant's notice.

Every word comes through the one translation system (English source texts here, Ukrainian in
``resources/i18n/recognition_desk_uk.ts``, contexts "Protocol", "Order", "Notice" and "Decision"); names, numbers,
quantities and dates through ``app.reports.grammar``. What is quoted from a credential (its title, issuer, grade as
written) is printed as written, in «quotes». The order's wording comes from the institution's template
(``app.reports.order_template``).
"""

from __future__ import annotations

import re
from html import escape

from app.domain.commission import commission_words as own_words
from app.reports import grammar as g
from app.reports.data import AssessmentInfo, MemberInfo, ProtocolData, ProtocolLineInfo
from app.reports.pdf_document import Block, Paper, Table
from app.translation import Translate, load_translator, render_message


def _translator(lang: str) -> Translate:
    return load_translator(lang)


def _q(text: str, lang: str) -> str:
    """A text quoted from a credential or the catalogue, as written."""
    return f"«{escape(text)}»" if lang == "uk" else f"“{escape(text)}”"


def decision_label(translate: Translate, decision: str | None) -> str:
    labels = {
        "full": translate("Decision", "recognised in full"),
        "partial": translate("Decision", "recognised in part"),
        "none": translate("Decision", "not recognised"),
    }
    return labels.get(decision or "", translate("Decision", "no decision"))


def assessment_form(translate: Translate, form: str) -> str:
    return {
        "document_review": translate("Decision", "document review"),
        "interview": translate("Decision", "interview"),
        "test": translate("Decision", "test"),
        "declarative": translate("Decision", "declarative method (self-assessment)"),
        "observation": translate("Decision", "observation (monitoring)"),
        "simulation": translate("Decision", "simulation (evidence from work)"),
        "practical_task": translate("Decision", "practical task"),
        "portfolio": translate("Decision", "portfolio"),
    }.get(form, translate("Decision", "other assessment"))


def role_title(translate: Translate, role: str) -> str:
    return {
        "chair": translate("Protocol", "Chair of the commission"),
        "secretary": translate("Protocol", "Secretary of the commission"),
    }.get(role, translate("Protocol", "Member of the commission"))


def national_grade(line: ProtocolLineInfo, data: ProtocolData, lang: str, translate: Translate) -> str:
    """The national grade in the paper's language: from the grade table by its ECTS letter, or pass/fail."""
    text = line.grade_national.strip()
    if text in ("зараховано", "pass"):
        return translate("Decision", "pass")
    if text in ("не зараховано", "fail"):
        return translate("Decision", "fail")
    for band in data.grade_table:
        if line.grade_ects and band.letter.upper() == line.grade_ects.upper():
            return f"{band.national} ({band.national_uk if lang == 'uk' else band.national_en})"
    return escape(text)


def grade_text(line: ProtocolLineInfo, data: ProtocolData, lang: str, translate: Translate) -> str:
    """"87 / B / 4 (добре)" — only for a recognised component."""
    if not line.recognised:
        return "—"
    parts = []
    if line.grade_100 is not None:
        parts.append(g.number(line.grade_100, lang))
    if line.grade_ects:
        parts.append(escape(line.grade_ects))
    national = national_grade(line, data, lang, translate)
    if national:
        parts.append(national)
    return " / ".join(parts) or "—"


def conversion_text(line: ProtocolLineInfo, lang: str, translate: Translate) -> str:
    """How the grade was obtained: the original grade as written, converted by the institution's table."""
    if not line.recognised or line.grade_100 is None and not line.grade_ects:
        return ""
    if line.original_grade_text:
        return translate("Decision", "converted from {original} by the institution's grade table").format(
            original=_q(line.original_grade_text, lang))
    return translate("Decision", "set by the commission")


def reasons_text(line: ProtocolLineInfo, lang: str, translate: Translate) -> str:
    """The grounds of a decision from its facts, and the commission's own words when it wrote any."""
    parts = []
    if line.outcomes:
        parts.append(translate("Decision", "learning outcomes of the component confirmed: {covered} of {total}")
                     .format(covered=line.outcomes_covered, total=len(line.outcomes)))
    evidence_hours = sum(e.workload_hours or 0 for e in line.evidence_refs)
    if evidence_hours:
        parts.append(translate("Decision", "workload in the documents: {hours}").format(
            hours=g.quantity(evidence_hours, "hour", lang)))
    scope = partial_scope(line)
    if scope:
        parts.append(translate("Decision", "recognised part: {scope}").format(scope=escape(scope)))
    parts.extend(_outcome_notes(line, lang, translate))
    parts.extend(escape(render_message(note, translate)) for note in line.rule_notes)
    own = commission_words(line)
    if own:
        parts.append(translate("Decision", "commission: {text}").format(text=escape(own)))
    return "; ".join(parts)


def _outcome_notes(line: ProtocolLineInfo, lang: str, translate: Translate) -> list[str]:
    """What the reading of each credential the decision rests on noted on its own outcomes: those the document
    marks as not achieved (left out as evidence) and those it marks only partly achieved. Named with the credential
    when the decision rests on more than one."""
    parts = []
    for e in line.evidence_refs:
        for note in e.outcome_notes:
            text = escape(render_message(note, translate))
            if len(line.evidence_refs) > 1:
                text = translate("Decision", "learning outcomes in {credential}: {note}").format(
                    credential=_q(e.title, lang), note=text)
            else:
                text = translate("Decision", "learning outcomes in the document: {note}").format(note=text)
            parts.append(text)
    return parts


# Headings the recognition service puts before a partial recognition's outcomes (either language).
_SCOPE_HEADINGS = ("Визнано результати навчання:", "Recognised outcomes:")


def partial_scope(line: ProtocolLineInfo) -> str:
    """What a partial recognition covers, without the heading the service wrote before it."""
    if line.decision != "partial":
        return ""
    text = line.partial_scope.strip()
    for heading in _SCOPE_HEADINGS:
        if text.startswith(heading):
            text = text[len(heading):].strip()
    # Outcomes are quoted as written, often with a full stop, and listed with "; ": a full stop already ends one
    # ("pandas.; Візуалізувати" reads "pandas. Візуалізувати").
    return re.sub(r"\.\s*;\s*", ". ", text)


def commission_words(line: ProtocolLineInfo) -> str:
    """The commission's own reasons: the stored text less what the recognition rules wrote automatically."""
    return own_words(line.reasons, line.auto_reasons)


def evidence_text(line: ProtocolLineInfo, lang: str) -> str:
    items = []
    for e in line.evidence_refs:
        text = _q(e.title, lang)
        if e.awarding_body:
            text += f" ({escape(e.awarding_body)})"
        if e.issued_on:
            text += f", {g.date_numeric(e.issued_on)}"
        items.append(text)
    return "; ".join(items) or "—"


# --- pieces shared by the papers ------------------------------------------------------------------------------
def _head(data: ProtocolData, lang: str = "uk") -> list[str]:
    if lang != "uk":  # the English version names the institution in English when the profile does
        name = data.institution_en or data.institution
        return [f"<p class='org'>{escape(name)}</p>"] if name else []
    parts = []
    if data.institution:
        parts.append(f"<p class='org'>{escape(data.institution)}</p>")
    faculty = data.programme.faculty if data.programme and data.programme.faculty else data.applicant.faculty
    if faculty:
        parts.append(f"<p class='org'>{escape(faculty)}</p>")
    return parts


def _number(value: str) -> str:
    return escape(value) if value else "_____"


def legal_basis(data: ProtocolData, lang: str) -> list[str]:
    """The MES order and the institution's regulation, in the paper's language (the nominative)."""
    items = [data.legal_basis, data.regulation] if lang == "uk" else [data.legal_basis_en, data.regulation_en]
    return [x.strip() for x in items if x and x.strip()]


def _applicant_details(data: ProtocolData, lang: str, translate: Translate) -> str:
    a, programme = data.applicant, data.programme
    details = []
    if a.student_id:
        details.append(translate("Protocol", "student card No. {id}").format(id=escape(a.student_id)))
    if a.group_name:
        details.append(translate("Protocol", "group {group}").format(group=escape(a.group_name)))
    if programme:
        details.append(translate("Protocol", "educational programme {title} ({code})").format(
            title=_q(programme.title, lang), code=escape(programme.code)))
    return "; ".join(details)


def _name(data: ProtocolData, case: g.Case, lang: str) -> str:
    if lang == "uk":
        return escape(g.inflect_name(data.applicant.full_name, case))
    latin = data.applicant.full_name_latin.strip()
    return escape(latin or data.applicant.full_name)


def _person(name: str, lang: str) -> str:
    """A member's name in an English paper: transliterated (the official Ukrainian system)."""
    if lang == "uk":
        return escape(name)
    from app.domain.translit import transliterate

    return escape(transliterate(name))


def _lines_table(data: ProtocolData, lines: list[ProtocolLineInfo], lang: str, translate: Translate) -> Table:
    headers = (translate("Protocol", "No."), translate("Protocol", "Educational component"),
               translate("Protocol", "Credential (ground)"), translate("Protocol", "Learning outcomes"),
               translate("Protocol", "Decision"), translate("Protocol", "Recognised, ECTS credits"),
               translate("Protocol", "Grade (100 / ECTS / national)"), translate("Protocol", "Grounds"))
    widths = (4, 15, 17, 11, 11, 9, 14, 19)
    rows = []
    for n, line in enumerate(lines, start=1):
        component = (f"{escape(line.component_code)} {_q(line.component_title, lang)}<br/>"
                     f"<span class='hint'>{g.credits(line.ects, lang)}</span>")
        outcomes = (f"{line.outcomes_covered} {translate('Protocol', 'of')} {len(line.outcomes)}"
                    if line.outcomes else "—")
        decision = decision_label(translate, line.decision)
        if line.decision == "partial" and line.credits_remaining:
            decision += "; " + translate("Decision", "to be studied: {credits}").format(
                credits=g.credits(line.credits_remaining, lang))
        recognised = g.number(line.credits_recognised, lang) if line.recognised else "—"
        grade = grade_text(line, data, lang, translate)
        conversion = conversion_text(line, lang, translate)
        if conversion:
            grade += f"<br/><span class='hint'>{conversion}</span>"
        ground = evidence_text(line, lang)
        held = [_assessment_result(a, lang, translate) for a in data.assessments
                if line.component_code in a.components]
        if held:
            ground += "<br/><span class='hint'>" + "; ".join(held) + "</span>"
        rows.append(f"<td class='num'>{n}</td><td>{component}</td><td>{ground}</td>"
                    f"<td class='num'>{outcomes}</td><td>{escape(decision)}</td><td class='num'>{recognised}</td>"
                    f"<td class='num'>{grade}</td><td>{reasons_text(line, lang, translate)}</td>")
    return Table(headers, widths, rows)


def _members(data: ProtocolData, lang: str, translate: Translate) -> list[str]:
    members = data.member_details or [MemberInfo(m.full_name, m.role, m.job_title) for m in data.members]
    present = [m for m in members if m.present]
    absent = [m for m in members if not m.present]
    parts = [f"<p class='heading'>{translate('Protocol', 'PRESENT:')}</p>"]
    items = []
    for m in present:
        job = f", {escape(m.job_title)}" if m.job_title and lang == "uk" else ""
        items.append(f"{role_title(translate, m.role)} — {_person(m.full_name, lang)}{job}")
    parts.append("<p>" + (";<br/>".join(items) or "____________________") + ".</p>")
    if absent:
        parts.append(f"<p><b>{translate('Protocol', 'ABSENT:')}</b> "
                     + ", ".join(_person(m.full_name, lang) for m in absent) + ".</p>")
    conflicts = [m for m in members if m.conflict]
    if conflicts:
        for m in conflicts:
            note = f" ({escape(m.conflict_note)})" if m.conflict_note and lang == "uk" else ""
            sentence = translate("Protocol", "{name} declared a conflict of interest{note} and took no part in "
                                 "the examination of the case or the vote.")
            if lang == "uk":  # the verbs agree with the member: заявив / заявила, брав / брала
                sentence = g.by_gender(m.full_name, sentence.replace(" (-ла)", ""),
                                       sentence.replace("в (-ла)", "ла"), sentence)
            parts.append("<p>" + sentence.format(name=_person(m.full_name, lang), note=note) + "</p>")
    else:
        parts.append("<p>" + translate("Protocol", "No member present declared a conflict of interest.") + "</p>")
    return parts


def _assessment_result(a: AssessmentInfo, lang: str, translate: Translate) -> str:
    """The short form a decision line shows: "interview, 17 points of 20"."""
    text = assessment_form(translate, a.form)
    if a.score is not None and a.max_score:
        text += ", " + translate("Protocol", "{score} of {max}").format(
            score=g.quantity(a.score, "point", lang), max=g.number(a.max_score, lang))
    return text


def _assessments(items: list[AssessmentInfo], lang: str, translate: Translate) -> list[str]:
    rows = []
    for a in items:
        text = assessment_form(translate, a.form).capitalize()
        if a.components:
            named = (translate("Protocol", "component {codes}") if len(a.components) == 1
                     else translate("Protocol", "components {codes}"))
            text += " (" + named.format(codes=escape(", ".join(a.components))) + ")"
        if a.held_on:
            text += f", {g.date_numeric(a.held_on)}"
        if a.assessors and lang == "uk":
            text += ", " + translate("Protocol", "assessed by {names}").format(names=escape(a.assessors))
        if a.score is not None and a.max_score:
            text += "; " + translate("Protocol", "result: {score} of {max}").format(
                score=g.quantity(a.score, "point", lang), max=g.number(a.max_score, lang))
        if a.note and lang == "uk":
            text += f". {escape(a.note)}"
        rows.append(text)
    return rows


def _signatures(data: ProtocolData, lang: str, translate: Translate) -> str:
    rows = []
    for person in data.signatories or data.members:
        name = g.short_name(person.full_name) if lang == "uk" else g.short_name(_person(person.full_name, lang))
        rows.append(f"<tr><td style='width: 36%'>{role_title(translate, person.role)}</td>"
                    f"<td style='width: 30%' class='center'>____________________<br/><span class='hint'>"
                    f"{translate('Protocol', '(signature)')}</span></td>"
                    f"<td style='width: 34%'>{escape(name)}</td></tr>")
    return f"<table class='signatures'>{''.join(rows)}</table>"


def _votes(data: ProtocolData, translate: Translate) -> str:
    def vote(value: int | None) -> str:
        return str(value) if value is not None else "____"

    return "<p><b>" + translate("Protocol", "VOTED:") + "</b> " + translate(
        "Protocol", "“for” — {votes_for}, “against” — {against}, “abstained” — {abstained}.").format(
        votes_for=vote(data.votes_for), against=vote(data.votes_against), abstained=vote(data.votes_abstained)
    ) + "</p>"


def _appeal_sentence(data: ProtocolData, lang: str, translate: Translate, *, dated: bool = True) -> str:
    """The applicant's right of appeal and its time, counted from the day the profile names. ``dated``: add the
    last day when it is known (the protocol gives it only when it is counted from the protocol itself, so that
    the signed text does not change later)."""
    days = g.quantity(data.appeal_days or 10, "day", lang)
    if data.appeal_window_from == "notification":
        text = translate("Protocol", "The applicant may appeal against the decision to the appeal commission within "
                         "{days} from the day the applicant is notified of the decision").format(days=days)
    elif data.appeal_window_from == "order":
        text = translate("Protocol", "The applicant may appeal against the decision to the appeal commission within "
                         "{days} from the date of the order").format(days=days)
    else:
        text = translate("Protocol", "The applicant may appeal against the decision to the appeal commission within "
                         "{days} from the day the protocol is signed").format(days=days)
    if data.appeal_deadline and dated:
        text += " " + translate("Protocol", "(until {date} inclusive)").format(
            date=g.date_long(data.appeal_deadline, lang))
    return text + "."


def _total(data: ProtocolData, lang: str, translate: Translate) -> str:
    recognised = [line for line in data.lines if line.recognised]
    total = sum(line.credits_recognised or 0.0 for line in recognised)
    return translate("Protocol", "Recognised in total: {credits} ({count} of {all} components).").format(
        credits=g.credits(total, lang), count=len(recognised), all=len(data.lines))


# --- the protocol and its extract ---------------------------------------------------------------------------
def _anchor_line(anchor: str, translate: Translate) -> str:
    """The audit chain head at signing, so the paper can later prove the log was not cut or rewritten."""
    entry, _sep, digest = anchor.partition(":")
    return ("<p class='hint' style='margin-top: 8pt; font-size: 7pt; text-align: left'>" + escape(translate(
        "Protocol", "Audit log at signing: entry {entry}, SHA-256 {hash}").format(entry=entry, hash=digest))
        + "</p>")


def protocol_paper(data: ProtocolData, lang: str = "uk", *, extract: bool = False) -> Paper:
    """The commission's protocol (``extract``: the extract for the applicant, without the members' details)."""
    translate = _translator(lang)
    blocks: list[Block] = []
    parts: list[str] = []
    if data.is_draft:
        parts.append(f"<p class='draft'>{translate('Protocol', 'DRAFT')}</p>")
    parts.extend(_head(data, lang))
    heading = (translate("Protocol", "EXTRACT FROM PROTOCOL No. {number}") if extract
               else translate("Protocol", "PROTOCOL No. {number}"))
    parts.append(f"<h1>{heading.format(number=_number(data.number))}</h1>")
    parts.append("<p class='subtitle'>" + translate(
        "Protocol", "of the meeting of the commission for the recognition of learning outcomes obtained through "
        "non-formal and/or informal education") + "</p>")
    parts.append(f"<table class='meta'><tr><td>{g.date_numeric(data.meeting_date, lang, '__.__.20__')}</td>"
                 f"<td class='right'>{translate('Protocol', 'Case No. {case}').format(case=escape(data.reg_no))}"
                 "</td></tr></table>")
    if data.version > 1:
        reason = f": {escape(data.change_reason)}" if data.change_reason and lang == "uk" else ""
        parts.append("<p><b>" + translate("Protocol", "Version {version}").format(version=data.version)
                     + "</b> " + translate("Protocol", "(replaces the previous version of the protocol)")
                     + f"{reason}.</p>")
    if data.founding_order_no or data.founding_order_date:
        parts.append("<p>" + translate("Protocol", "The commission was formed by order No. {number} of {date}.").format(
            number=_number(data.founding_order_no), date=g.date_numeric(data.founding_order_date, lang, "________"))
            + "</p>")
    basis = legal_basis(data, lang)
    if basis:
        parts.append("<p>" + translate("Protocol", "Legal basis: {basis}.").format(
            basis="; ".join(escape(b) for b in basis)) + "</p>")
    if not extract:
        parts.extend(_members(data, lang, translate))
    parts.append(f"<p class='heading'>{translate('Protocol', 'AGENDA:')}</p>")
    when = []
    if data.academic_year:
        when.append(translate("Protocol", "{year} academic year").format(year=escape(data.academic_year)))
    if data.semester:
        when.append(translate("Protocol", "semester {n}").format(n=data.semester))
    parts.append("<p>" + translate(
        "Protocol", "Examination of the application of the student {name} ({details}) of {date} for the "
        "recognition of learning outcomes obtained through non-formal and/or informal education{when}.").format(
        name=_name(data, "genitive", lang), details=_applicant_details(data, lang, translate),
        date=g.date_numeric(data.filed_on, lang, "________"), when=f" ({', '.join(when)})" if when else "") + "</p>")
    parts.append(f"<p class='heading'>{translate('Protocol', 'HEARD:')}</p>")
    parts.append("<p>" + translate(
        "Protocol", "The secretary of the commission on the check of the submitted documents, the comparison of "
        "the learning outcomes they confirm with the learning outcomes of the educational components, and the "
        "assessment.") + "</p>")
    assessed = _assessments(data.assessments, lang, translate)
    if assessed:
        parts.append("<p>" + translate("Protocol", "Assessment held by the commission:") + "</p>")
        parts.append("<p>" + "<br/>".join(assessed) + "</p>")
    else:
        parts.append("<p>" + translate("Protocol", "The decision rests on the review of the documents; no interview "
                                       "or test was held.") + "</p>")
    parts.append(f"<p class='heading'>{translate('Protocol', 'DECIDED:')}</p>")
    if data.lines:
        parts.append("<p>" + translate(
            "Protocol", "1. To recognise for the student {name} the learning outcomes obtained through non-formal "
            "and/or informal education as set out in the table:").format(name=_name(data, "dative", lang)) + "</p>")
        blocks.append("".join(parts))
        blocks.append(_lines_table(data, data.lines, lang, translate))
        parts = ["<p style='margin-top: 5pt'>" + _total(data, lang, translate) + "</p>"]
        parts.append("<p>" + translate(
            "Protocol", "2. To submit the protocol for an order on the recognition of the learning outcomes and "
            "their entry in the student's individual study plan.") + "</p>")
        parts.append("<p>3. " + _appeal_sentence(data, lang, translate,
                                                 dated=data.appeal_window_from == "protocol") + "</p>")
    else:
        parts.append("<p>" + translate("Protocol", "No decision on educational components was taken.") + "</p>")
    parts.append(_votes(data, translate))
    if extract:
        secretary = next((s for s in (data.signatories or data.members) if s.role == "secretary"), None)
        parts.append("<p style='margin-top: 10pt'>" + translate("Protocol", "The extract is correct.") + "</p>")
        if secretary is not None:
            parts.append(f"<table class='signatures'><tr><td style='width: 36%'>"
                         f"{role_title(translate, 'secretary')}</td><td style='width: 30%' class='center'>"
                         f"____________________<br/><span class='hint'>{translate('Protocol', '(signature)')}</span>"
                         f"</td><td style='width: 34%'>{escape(g.short_name(_person(secretary.full_name, lang)))}"
                         "</td></tr></table>")
    else:
        parts.append(_signatures(data, lang, translate))
    anchor = "" if data.is_draft else data.protocol_anchor
    if anchor:
        parts.append(_anchor_line(anchor, translate))
    blocks.append("".join(parts))
    kind = (translate("Protocol", "Extract from protocol No. {number}") if extract
            else translate("Protocol", "Protocol No. {number}")).format(number=data.number or "_____")
    title = f"{kind} — {translate('Protocol', 'case')} {data.reg_no}"

    def footer(page: int, pages: int) -> str:
        return translate("Protocol", "{paper} of {date} · case {case} · page {page} of {pages}").format(
            paper=kind, date=g.date_numeric(data.meeting_date, lang, "________"), case=data.reg_no, page=page,
            pages=pages)

    return Paper(blocks, title=title, author=data.commission_name or data.institution, anchor=anchor,
                 subject=translate("Protocol", "Recognition of learning outcomes obtained through non-formal and/or "
                                   "informal education"), language=lang, footer=footer,
                 keywords=f"{data.reg_no}; {data.applicant.full_name}")


# --- the notice for the applicant ---------------------------------------------------------------------------
def notice_paper(data: ProtocolData, lang: str = "uk") -> Paper:
    translate = _translator(lang)
    parts = list(_head(data, lang))
    parts.append(f"<p class='right'>{_name(data, 'dative', lang)}<br/>"
                 + (translate("Notice", "student card No. {id}").format(id=escape(data.applicant.student_id))
                    if data.applicant.student_id else "") + "</p>")
    parts.append(f"<h1>{translate('Notice', 'NOTICE')}</h1>")
    parts.append("<p class='subtitle'>" + translate(
        "Notice", "of the decision on the recognition of learning outcomes obtained through non-formal and/or "
        "informal education") + "</p>")
    signed = g.date_numeric(data.signed_at.date() if data.signed_at else None, lang, "__.__.20__")
    parts.append(f"<table class='meta'><tr><td>{signed}</td>"
                 f"<td class='right'>{translate('Notice', 'Case No. {case}').format(case=escape(data.reg_no))}"
                 "</td></tr></table>")
    if lang == "uk":
        greeting = escape(g.address(data.applicant.full_name))
    else:
        greeting = translate("Notice", "Dear {name},").format(name=_name(data, "nominative", lang))
    parts.append(f"<p>{greeting}</p>")
    parts.append("<p>" + translate(
        "Notice", "the commission examined your application of {filed} and on {meeting} took the decision recorded "
        "in protocol No. {number}.").format(filed=g.date_long(data.filed_on, lang, "________"),
                                           meeting=g.date_long(data.meeting_date, lang, "________"),
                                           number=_number(data.number)) + "</p>")
    recognised = [line for line in data.lines if line.recognised]
    if recognised:
        parts.append(f"<p class='heading'>{translate('Notice', 'Recognised:')}</p>")
    blocks: list[Block] = ["".join(parts)]
    if recognised:
        headers = (translate("Notice", "Educational component"), translate("Notice", "Decision"),
                   translate("Notice", "ECTS credits"), translate("Notice", "Grade (100 / ECTS / national)"))
        rows = [f"<td>{escape(line.component_code)} {_q(line.component_title, lang)}</td>"
                f"<td>{escape(decision_label(translate, line.decision))}</td>"
                f"<td class='num'>{g.number(line.credits_recognised, lang)}</td>"
                f"<td class='num'>{grade_text(line, data, lang, translate)}</td>" for line in recognised]
        blocks.append(Table(headers, (46, 20, 12, 22), rows))
    parts = ["<p style='margin-top: 5pt'>" + _total(data, lang, translate) + "</p>"]
    remaining = [line for line in data.lines if line.decision == "none"
                 or line.decision == "partial" and line.credits_remaining]
    parts.append(f"<p class='heading'>{translate('Notice', 'To be studied:')}</p>")
    if remaining:
        items = []
        for line in remaining:
            left = line.ects if line.decision == "none" else (line.credits_remaining or 0.0)
            items.append(f"{escape(line.component_code)} {_q(line.component_title, lang)} — "
                         f"{g.credits(left, lang)}")
        parts.append("<p>" + ";<br/>".join(items) + ".</p>")
        parts.append("<p>" + translate("Notice", "These parts are studied in the usual way under your individual "
                                       "study plan.") + "</p>")
    else:
        parts.append("<p>" + translate("Notice", "Nothing: the components you applied for are recognised in "
                                       "full.") + "</p>")
    if data.order_no:
        parts.append("<p>" + translate("Notice", "The decision took effect by order No. {number} of {date}.").format(
            number=escape(data.order_no), date=g.date_numeric(data.order_date, lang, "________")) + "</p>")
    parts.append(f"<p class='heading'>{translate('Notice', 'How to appeal:')}</p>")
    parts.append("<p>" + _appeal_sentence(data, lang, translate) + " " + translate(
        "Notice", "The appeal is a written application that states what you disagree with and why.") + "</p>")
    contact = data.appeal_contact if lang == "uk" else data.appeal_contact_en
    if contact:
        parts.append("<p>" + translate("Notice", "Contact: {contact}.").format(contact=escape(contact)) + "</p>")
    basis = legal_basis(data, lang)
    if basis:
        parts.append("<p class='small'>" + translate("Protocol", "Legal basis: {basis}.").format(
            basis="; ".join(escape(b) for b in basis)) + "</p>")
    secretary = next((s for s in (data.signatories or data.members) if s.role == "secretary"), None)
    if secretary is not None:
        parts.append(f"<table class='signatures'><tr><td style='width: 36%'>{role_title(translate, 'secretary')}</td>"
                     f"<td style='width: 30%' class='center'>____________________<br/><span class='hint'>"
                     f"{translate('Protocol', '(signature)')}</span></td><td style='width: 34%'>"
                     f"{escape(g.short_name(_person(secretary.full_name, lang)))}</td></tr></table>")
    blocks.append("".join(parts))
    title = translate("Notice", "Notice of the recognition decision — case {case}").format(case=data.reg_no)

    def footer(page: int, pages: int) -> str:
        return translate("Notice", "Case {case} · page {page} of {pages}").format(case=data.reg_no, page=page,
                                                                                 pages=pages)

    return Paper(blocks, title=title, author=data.commission_name or data.institution, language=lang,
                 subject=title, footer=footer, keywords=data.reg_no)


# --- the order ----------------------------------------------------------------------------------------------
def order_fields(data: ProtocolData) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The values of the order template's fields (Ukrainian) and one set per recognised component."""
    translate = _translator("uk")
    a = data.applicant
    recognised = [line for line in data.lines if line.recognised]
    total = sum(line.credits_recognised or 0.0 for line in recognised)
    basis = legal_basis(data, "uk")
    faculty = data.programme.faculty if data.programme and data.programme.faculty else a.faculty
    fields = {
        "institution": data.institution, "faculty": faculty, "order_number": data.order_no,
        "order_date": g.date_numeric(data.order_date, "uk", "__.__.20__"),
        "order_date_long": g.date_long(data.order_date, "uk", "«___» ________ 20__ р."),
        "issued_by": data.order_issued_by,
        "signatory": g.short_name(data.order_signatory) if data.order_signatory else "", "applicant": a.full_name,
        "applicant_genitive": g.inflect_name(a.full_name, "genitive"),
        "applicant_dative": g.inflect_name(a.full_name, "dative"), "applicant_initials": g.initials_name(a.full_name),
        "student_id": a.student_id, "group": a.group_name,
        "programme": data.programme.title if data.programme else "",
        "programme_code": data.programme.code if data.programme else "",
        "specialty": data.programme.specialty if data.programme else a.specialty,
        "academic_year": data.academic_year, "semester": str(data.semester or ""),
        "protocol_number": data.number, "protocol_date": g.date_numeric(data.meeting_date, "uk"),
        "protocol_date_long": g.date_long(data.meeting_date, "uk"), "filed_on": g.date_numeric(data.filed_on, "uk"),
        "case_no": data.reg_no, "legal_basis": "; ".join(basis),
        "legal_basis_genitive": g.genitive_phrases(basis),
        "total_credits": g.credits(total, "uk"), "recognised_count": str(len(recognised)),
    }
    lines = []
    for n, line in enumerate(recognised, start=1):
        remaining = ""
        if line.decision == "partial" and line.credits_remaining:
            remaining = "; " + translate("Order", "to be studied: {credits}").format(
                credits=g.credits(line.credits_remaining, "uk"))
        grade = grade_text(line, data, "uk", translate)
        lines.append({
            "n": str(n), "component_code": line.component_code, "component_title": line.component_title,
            "recognition": translate("Order", "in full") if line.decision == "full" else translate("Order", "in part"),
            "credits": g.credits(line.credits_recognised or 0.0, "uk"), "grade": grade, "remaining": remaining,
        })
    return fields, lines


def order_text(data: ProtocolData, template_path: str | None = None) -> str:
    """The order as plain text (stored with the order), from the institution's template."""
    from app.reports.order_template import load_template, paragraphs, render_template

    fields, lines = order_fields(data)
    text_lines = render_template(load_template(template_path), fields, lines)
    out = []
    for para in paragraphs(text_lines):
        para = para.lstrip("^").strip()
        out.append(para.replace("||", "    "))
    return "\n\n".join(p for p in out if p)


def order_paper(data: ProtocolData, template_path: str | None = None) -> Paper:
    from app.reports.order_template import load_template, paragraphs, render_template

    translate = _translator("uk")
    fields, lines = order_fields(data)
    parts: list[str] = []
    if not data.order_no:
        parts.append(f"<p class='draft'>{translate('Protocol', 'DRAFT')}</p>")
    for para in paragraphs(render_template(load_template(template_path), fields, lines)):
        if para.startswith("^"):
            text = para[1:].strip()
            if text:
                short_caps = text == text.upper() and len(text) <= 12  # "НАКАЗ": the paper's name
                parts.append(f"<h1>{escape(text)}</h1>" if short_caps else f"<p class='org'>{escape(text)}</p>")
        elif "||" in para:
            left, right = (x.strip() for x in para.split("||", 1))
            parts.append(f"<table class='meta'><tr><td>{escape(left)}</td><td class='right'>{escape(right)}</td>"
                         "</tr></table>")
        else:
            parts.append(f"<p>{escape(para)}</p>")
    # Position, signature, given name and SURNAME (ДСТУ 4163:2020); an order issued before the name was asked for
    # has none.
    signatory = g.short_name(data.order_signatory) if data.order_signatory else ""
    parts.append(f"<table class='signatures'><tr><td style='width: 36%'>{escape(data.order_issued_by)}</td>"
                 f"<td style='width: 30%' class='center'>____________________<br/><span class='hint'>"
                 f"{translate('Protocol', '(signature)')}</span></td><td style='width: 34%'>{escape(signatory)}</td>"
                 "</tr></table>")
    if data.order_no and data.order_anchor:
        parts.append(_anchor_line(data.order_anchor, translate))
    title = translate("Order", "Order No. {number} on the recognition of learning outcomes — case {case}").format(
        number=data.order_no or "_____", case=data.reg_no)

    def footer(page: int, pages: int) -> str:
        return translate("Order", "Order No. {number} of {date} · page {page} of {pages}").format(
            number=data.order_no or "_____", date=g.date_numeric(data.order_date, "uk", "________"), page=page,
            pages=pages)

    return Paper(["".join(parts)], title=title, author=data.institution or data.order_issued_by, language="uk",
                 subject=title, footer=footer, keywords=data.reg_no,
                 anchor=data.order_anchor if data.order_no else "")

