"""The commission's protocol as a printable PDF, in Ukrainian.

The text is laid out from HTML by PyMuPDF's ``Story`` (tables included) with the bundled DejaVu Serif font, so
Cyrillic prints the same on every computer; page footers are added afterwards. An unsigned protocol is marked
as a draft.
"""

from __future__ import annotations

import io
import os
from datetime import date
from html import escape
from pathlib import Path

import pymupdf

from app import paths
from app.domain.verdicts import RECOGNISED_DECISIONS
from app.errors import UserError
from app.reports.data import ProtocolData, ProtocolLineInfo, Signatory
from app.reports.labels import value_label
from app.reports.output import atomic_output

FONT_REGULAR = "DejaVuSerif.ttf"
FONT_BOLD = "DejaVuSerif-Bold.ttf"
PAGE = pymupdf.paper_rect("a4")
MARGINS = (70.0, 50.0, 42.0, 60.0)  # left, top, right, bottom in points (left wider for filing)

ROLE_TITLES = {"chair": "Голова комісії", "secretary": "Секретар комісії", "member": "Член комісії"}

CSS = f"""
@font-face {{ font-family: doc; src: url({FONT_REGULAR}); }}
@font-face {{ font-family: doc; src: url({FONT_BOLD}); font-weight: bold; }}
* {{ font-family: doc; }}
body {{ font-size: 11pt; line-height: 1.3; }}
p {{ margin: 0 0 5pt 0; text-align: left; }}
.center {{ text-align: center; }}
.right {{ text-align: right; }}
.org {{ text-align: center; font-weight: bold; margin: 0; }}
.draft {{ text-align: right; font-weight: bold; color: #b00000; font-size: 12pt; }}
h1 {{ font-size: 14pt; text-align: center; margin: 14pt 0 2pt 0; }}
.subtitle {{ text-align: center; margin-bottom: 10pt; }}
.heading {{ font-weight: bold; margin-top: 8pt; }}
table.lines {{ border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }}
table.lines th {{ font-size: 8pt; font-weight: bold; border: 0.6pt solid #000; padding: 2pt 3pt;
                  text-align: center; }}
table.lines td {{ font-size: 8pt; border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top;
                  text-align: left; }}
table.lines td.num {{ text-align: center; }}
table.meta {{ width: 100%; margin-bottom: 8pt; }}
table.meta td {{ padding: 0; }}
table.signatures {{ width: 100%; margin-top: 18pt; }}
table.signatures td {{ padding: 16pt 2pt 0 0; vertical-align: top; }}
.hint {{ font-size: 7pt; color: #555555; }}
"""


def _d(value: date | None, blank: str = "«___» ____________ 20___ р.") -> str:
    return value.strftime("%d.%m.%Y") if value else blank


def _n(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def short_name(full_name: str) -> str:
    """Signature form used in Ukrainian documents: given name and SURNAME ("Ірина ПЕТРЕНКО")."""
    parts = full_name.split()
    if len(parts) >= 2:
        return f"{parts[1]} {parts[0].upper()}"
    return full_name.upper()


def _grade(line: ProtocolLineInfo) -> str:
    parts = []
    if line.grade_100 is not None:
        parts.append(_n(line.grade_100))
    if line.grade_national:
        parts.append(line.grade_national)
    if line.grade_ects:
        parts.append(line.grade_ects)
    text = " / ".join(parts)
    if line.original_grade:
        text += f" (оригінал: {line.original_grade})" if text else line.original_grade
    return text


def _decision(line: ProtocolLineInfo) -> str:
    text = value_label("decision", line.decision, "uk")
    if line.decision == "partial" and line.partial_scope:
        text += f": {line.partial_scope}"
    if line.decision == "partial" and line.credits_remaining:
        text += f"; залишок до вивчення — {_n(line.credits_remaining)} кредитів ЄКТС"
    return text


def _members_html(data: ProtocolData) -> str:
    if not data.members:
        return "<p>________________________________________________</p>"
    items = []
    for m in data.members:
        job = f", {escape(m.job_title)}" if m.job_title else ""
        items.append(f"{ROLE_TITLES.get(m.role, ROLE_TITLES['member'])} — {escape(m.full_name)}{job}")
    return "<p>" + ";<br/>".join(items) + ".</p>"


def _lines_html(lines: list[ProtocolLineInfo]) -> str:
    columns = (("№", 4), ("Освітній компонент", 17), ("Обсяг,<br/>ЄКТС", 10), ("Документ (підстава)", 16),
               ("Рішення", 14), ("Визнано,<br/>ЄКТС", 10), ("Оцінка", 12), ("Обґрунтування", 17))
    # MuPDF's layout honours widths in points, not percentages: share out the text width by hand.
    usable = PAGE.width - MARGINS[0] - MARGINS[2]
    head = "<tr>" + "".join(
        f"<th style='width: {usable * share / 100 - 11:.0f}pt'>{title}</th>" for title, share in columns
    ) + "</tr>"
    rows = []
    for n, line in enumerate(lines, start=1):
        rows.append(
            "<tr>"
            f"<td class='num'>{n}</td>"
            f"<td>{escape(line.component_code)} {escape(line.component_title)}</td>"
            f"<td class='num'>{_n(line.ects)}</td>"
            f"<td>{escape(line.evidence)}</td>"
            f"<td>{escape(_decision(line))}</td>"
            f"<td class='num'>{_n(line.credits_recognised) if line.credits_recognised is not None else '—'}</td>"
            f"<td class='num'>{escape(_grade(line))}</td>"
            f"<td>{escape(line.reasons)}</td>"
            "</tr>"
        )
    return f"<table class='lines'>{head}{''.join(rows)}</table>"


def _signature_rows(people: list[Signatory]) -> str:
    rows = []
    for person in people:
        rows.append(
            "<tr>"
            f"<td style='width: 36%'>{ROLE_TITLES.get(person.role, ROLE_TITLES['member'])}</td>"
            "<td style='width: 30%' class='center'>____________________<br/><span class='hint'>(підпис)</span></td>"
            f"<td style='width: 34%'>{escape(short_name(person.full_name))}</td>"
            "</tr>"
        )
    return "".join(rows)


def protocol_html(data: ProtocolData) -> str:
    a = data.applicant
    programme = data.programme
    recognised = [line for line in data.lines if line.decision in RECOGNISED_DECISIONS]
    total = sum(line.credits_recognised or 0.0 for line in recognised)
    parts: list[str] = []
    if data.is_draft:
        parts.append("<p class='draft'>ПРОЄКТ</p>")
    if data.institution:
        parts.append(f"<p class='org'>{escape(data.institution)}</p>")
    faculty = (programme.faculty if programme and programme.faculty else a.faculty)
    if faculty:
        parts.append(f"<p class='org'>{escape(faculty)}</p>")
    parts.append(f"<h1>ПРОТОКОЛ № {escape(data.number) if data.number else '_____'}</h1>")
    parts.append("<p class='subtitle'>засідання комісії з визнання результатів навчання, здобутих у неформальній "
                 "та/або інформальній освіті"
                 + (f"<br/>({escape(data.commission_name)})" if data.commission_name else "") + "</p>")
    parts.append(f"<table class='meta'><tr><td>{_d(data.meeting_date)}</td>"
                 f"<td class='right'>Справа № {escape(data.reg_no)}</td></tr></table>")
    if data.version > 1:
        reason = f": {escape(data.change_reason)}" if data.change_reason else ""
        parts.append(f"<p><b>Редакція {data.version}</b> (змінює попередню редакцію протоколу){reason}.</p>")
    if data.founding_order_no or data.founding_order_date:
        parts.append(f"<p>Комісію утворено наказом від {_d(data.founding_order_date, '___________')} "
                     f"№ {escape(data.founding_order_no) or '_____'}.</p>")
    parts.append("<p class='heading'>ПРИСУТНІ:</p>")
    parts.append(_members_html(data))

    who = escape(a.full_name)
    details = []
    if a.student_id:
        details.append(f"студентський квиток № {escape(a.student_id)}")
    if a.group_name:
        details.append(f"група {escape(a.group_name)}")
    if programme:
        details.append(f"освітня програма «{escape(programme.title)}» ({escape(programme.code)}"
                       + (f", {escape(programme.academic_year)}" if programme.academic_year else "") + ")")
        if programme.specialty:
            details.append(f"спеціальність {escape(programme.specialty)}")
    when = []
    if data.academic_year:
        when.append(f"{escape(data.academic_year)} навчальний рік")
    if data.semester:
        when.append(f"{data.semester} семестр")
    parts.append("<p class='heading'>ПОРЯДОК ДЕННИЙ:</p>")
    parts.append(
        f"<p>Розгляд заяви здобувача освіти {who} ({'; '.join(details)}) від {_d(data.filed_on, '__________')} "
        "про визнання результатів навчання, здобутих у неформальній та/або інформальній освіті"
        + (f" ({', '.join(when)})" if when else "") + ".</p>"
    )
    parts.append("<p class='heading'>СЛУХАЛИ:</p>")
    parts.append("<p>Інформацію про результати перевірки поданих документів, зіставлення результатів навчання "
                 "з результатами навчання освітніх компонентів та оцінювання.</p>")
    parts.append("<p class='heading'>УХВАЛИЛИ:</p>")
    if data.lines:
        parts.append(f"<p>Щодо визнання результатів навчання здобувача освіти {who} ухвалити рішення "
                     "відповідно до таблиці:</p>")
        parts.append(_lines_html(data.lines))
        parts.append(f"<p>Усього визнано кредитів ЄКТС: <b>{_n(total) or '0'}</b> "
                     f"(освітніх компонентів: {len(recognised)} з {len(data.lines)}).</p>")
    else:
        parts.append("<p>Рішень щодо освітніх компонентів не ухвалено.</p>")

    def vote(value: int | None) -> str:
        return str(value) if value is not None else "____"

    parts.append(f"<p><b>Голосували:</b> «за» — {vote(data.votes_for)}, «проти» — {vote(data.votes_against)}, "
                 f"«утрималися» — {vote(data.votes_abstained)}.</p>")
    parts.append(f"<table class='signatures'>{_signature_rows(data.signatories or data.members)}</table>")
    return "<body>" + "".join(parts) + "</body>"


def _footer(data: ProtocolData) -> str:
    number = data.number or "_____"
    return f"Протокол № {number} від {_d(data.meeting_date, '__________')} · справа {data.reg_no}"


def render_protocol(data: ProtocolData) -> bytes:
    """The PDF document as bytes."""
    fonts = paths.resource("fonts")
    if not (fonts / FONT_REGULAR).is_file():
        raise UserError(f"The protocol font is missing: {fonts / FONT_REGULAR}. Reinstall the application.")
    story = pymupdf.Story(html=protocol_html(data), user_css=CSS, archive=pymupdf.Archive(str(fonts)))
    left, top, right, bottom = MARGINS
    where = pymupdf.Rect(PAGE.x0 + left, PAGE.y0 + top, PAGE.x1 - right, PAGE.y1 - bottom)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    more = True
    while more:
        device = writer.begin_page(PAGE)
        more, _filled = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buffer.getvalue())
    try:
        footer = _footer(data)
        font_file = str(fonts / FONT_REGULAR)
        count = doc.page_count
        for index in range(count):
            page = doc[index]
            page.insert_font(fontname="docfoot", fontfile=font_file)
            text = f"{footer} · сторінка {index + 1} з {count}"
            width = pymupdf.Font(fontfile=font_file).text_length(text, fontsize=8)
            page.insert_text(((PAGE.width - width + left - right) / 2, PAGE.height - 28), text, fontsize=8,
                             fontname="docfoot", color=(0.35, 0.35, 0.35))
        doc.set_metadata({"title": f"Протокол № {data.number or '(проєкт)'} — справа {data.reg_no}",
                          "author": data.commission_name, "creator": "Recognition Desk",
                          "producer": "Recognition Desk"})
        doc.subset_fonts()
        return bytes(doc.tobytes(garbage=3, deflate=True))
    finally:
        doc.close()


def write_protocol_pdf(data: ProtocolData, path: str | os.PathLike[str]) -> Path:
    content = render_protocol(data)
    with atomic_output(path, ".pdf") as tmp:
        tmp.write_bytes(content)
    return Path(path)
