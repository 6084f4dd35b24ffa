"""Rule: an outcome the paper marks as not achieved is no evidence. It is left out of the credential's outcomes at
import, so no pair, proposal or credit and nothing on the papers rests on it; the Evidence tab's checks name it in
the reader's language. The officer gets out of the state by entering the outcomes by hand from the original in its
place (when a later assessment the paper does not show achieved it), which the matching then reads as usual."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.db import Database
from app.reports.decision_record import decision_record, validate
from app.reports.papers import protocol_paper
from app.reports.pdf_document import Table
from app.services import decisions, protocols, reports
from app.services.decisions import DecisionInput
from app.services.evidence import ManualEntry, enter_by_hand, get_evidence
from app.services.evidence_texts import stored_text
from app.services.protocols import ProtocolInput
from app.translation import load_translator, render_message
from tests.cases.conftest import imported_pdf, new_demo_case
from tests.scenarios.conftest import move, to_assessment

CELL = "border:1px solid #000; padding:3px"
ROWS = (
    ("Проєктує реляційну базу даних і нормалізує схему до третьої нормальної форми", "підтверджено"),
    ("Пише SQL-запити для вибірки, агрегування та зміни даних з обмеженнями цілісності", "підтверджено"),
    ("Візуалізує дані та будує графіки й дашборди за результатами запитів", "не підтверджено"),
)
RECORD = (
    "<p>СЕРТИФІКАТ</p><p>Цим засвідчується, що</p><p>Петренко Марія Олегівна</p>"
    "<p>успішно завершила навчання за програмою «Бази даних і SQL»</p><p>Обсяг: 90 годин (3 кредити ЄКТС)</p>"
    "<p>Результати навчання</p><table style='border-collapse:collapse'>"
    + "".join(f"<tr><td style='{CELL}; width:330px'>{text}</td><td style='{CELL}'>{status}</td></tr>"
              for text, status in ROWS)
    + "</table><p>Дата видачі: 12.05.2025</p><p>Україна</p>"
)


def _case(db: Database, tmp_path: Path) -> tuple[int, int]:
    case_id = new_demo_case(db, "Петренко Марія Олегівна", "KN-TEST-077", "RD-TEST-077")
    return case_id, imported_pdf(db, tmp_path, RECORD, "record.pdf", reg_no="RD-TEST-077")


def test_an_outcome_not_achieved_covers_nothing_and_is_named(demo_db: Database, tmp_path: Path) -> None:
    case_id, item_id = _case(demo_db, tmp_path)
    evidence = get_evidence(demo_db, item_id)
    assert len(evidence.elements["learning_outcomes"]["value"]) == 2
    notes = [c for c in evidence.verification["checks"] if c["name"] == "outcomes"]
    assert len(notes) == 1
    uk = render_message(stored_text(notes[0], "detail"), load_translator("uk"))
    assert uk.startswith("недосягнуті за документом, тому не взяті як підтвердження (1 результат навчання)")
    lines = {line.component_code: line for line in to_assessment(demo_db, case_id, ("ОК5", "ВК2"))}
    assert lines["ОК5"].proposal in ("recognise", "partial")
    assert lines["ВК2"].proposal == "reject"  # the dashboard outcome, not achieved, is evidence of nothing
    assert not any("дашборд" in str(m.credential_outcome) for m in lines["ВК2"].mappings)


def test_the_officer_gets_out_by_entering_the_outcomes_from_the_original(demo_db: Database, tmp_path: Path) -> None:
    case_id, item_id = _case(demo_db, tmp_path)
    typed = ManualEntry(original_seen="оригінал і протокол перескладання від 20.05.2025", elements={
        "learner_name": "Петренко Марія Олегівна", "title": "Бази даних і SQL", "issuer_country": "Україна",
        "awarding_body": "Навчальний центр «Дані»", "issued_on": "2025-05-12",
        "learning_outcomes": "\n".join(text for text, _status in ROWS), "workload_hours": "90", "workload_ects": "3",
        "assessment_type": "проєкт і тест", "participation_form": "онлайн",
        "quality_assurance": "внутрішнє забезпечення якості центру", "grade": "88/100"})
    change = enter_by_hand(demo_db, "Савчук О. М.", case_id, typed, replaces=item_id)
    assert change.item_id is not None
    assert len(get_evidence(demo_db, change.item_id).elements["learning_outcomes"]["value"]) == 3
    lines = {line.component_code: line for line in to_assessment(demo_db, case_id, ("ВК2",))}
    assert any("дашборд" in str(m.credential_outcome) for m in lines["ВК2"].mappings)
    assert decisions.case_lines(demo_db, case_id)


def test_the_outcome_left_out_moves_no_other_verdict(demo_db: Database, tmp_path: Path) -> None:
    # The same credential, once with the outcome marked not achieved left out (the file) and once with it (entered
    # by hand in another case): Бази даних's pairs are scored the same, so its verdict does not rest on what else
    # the credential says.
    case_id, _item_id = _case(demo_db, tmp_path)
    other = new_demo_case(demo_db, "Петренко Марія Олегівна", "KN-TEST-078", "RD-TEST-078")
    enter_by_hand(demo_db, "Савчук О. М.", other, ManualEntry(original_seen="оригінал", elements={
        "learner_name": "Петренко Марія Олегівна", "title": "Бази даних і SQL", "issuer_country": "Україна",
        "awarding_body": "Навчальний центр «Дані»", "issued_on": "2025-05-12",
        "learning_outcomes": "\n".join(text for text, _status in ROWS), "workload_hours": "90", "workload_ects": "3",
        "assessment_type": "проєкт і тест", "participation_form": "онлайн",
        "quality_assurance": "внутрішнє забезпечення якості центру", "grade": "88/100"}))
    without, with_it = (
        {(m.component_outcome, m.credential_outcome): m.score for m in to_assessment(demo_db, case)[0].mappings}
        for case in (case_id, other)
    )
    assert without and without == {pair: score for pair, score in with_it.items() if pair in without}
    assert [line.proposal for line in decisions.case_lines(demo_db, case_id)] == [
        line.proposal for line in decisions.case_lines(demo_db, other)]


def _signed_papers(db: Database, case_id: int, reg_no: str) -> tuple[str, str, dict[str, Any]]:
    for line in to_assessment(db, case_id, ("ОК5",)):
        decisions.save_decision(db, "officer", line.id, line.row_version,
                                DecisionInput("full", grade_100=88, grade_ects="B", grade_national="4 (добре)",
                                              reasons="співбесіда підтвердила результати навчання"))
    move(db, case_id, "decided")
    protocols.sign_protocol(db, "chair", protocols.generate_protocol(db, "s", case_id, ProtocolInput()))
    data = reports.protocol_data(db, reg_no)
    rows = {lang: " ".join(row for block in protocol_paper(data, lang).blocks if isinstance(block, Table)
                           for row in block.rows) for lang in ("uk", "en")}
    return rows["uk"], rows["en"], decision_record(data)


def test_the_protocol_names_the_outcome_left_out(demo_db: Database, tmp_path: Path) -> None:
    # The paper the committee signs says which of the credential's outcomes was not counted and why, in the row of
    # the decision that rests on the credential, in the paper's language; the decision record carries it too.
    case_id, _item_id = _case(demo_db, tmp_path)
    uk, en, record = _signed_papers(demo_db, case_id, "RD-TEST-077")
    assert "результати навчання в документі: недосягнуті за документом, тому не взяті як підтвердження " \
           "(1 результат навчання): Візуалізує дані та будує графіки й дашборди" in uk
    assert "learning outcomes in the document: not achieved according to the paper, so not taken as evidence " \
           "(1 outcome): Візуалізує дані" in en
    validate(record)
    (credential,) = record["components"][0]["credentials"]
    assert credential["outcome_notes"] == [
        "not achieved according to the paper, so not taken as evidence (1 outcome): Візуалізує дані та будує графіки "
        "й дашборди за результатами запитів"]


def test_no_note_where_the_officer_entered_the_outcomes(demo_db: Database, tmp_path: Path) -> None:
    # The way out (the outcomes entered from the original) replaces the reading, and its note with it.
    case_id, item_id = _case(demo_db, tmp_path)
    enter_by_hand(demo_db, "Савчук О. М.", case_id, ManualEntry(original_seen="оригінал", elements={
        "learner_name": "Петренко Марія Олегівна", "title": "Бази даних і SQL", "issuer_country": "Україна",
        "awarding_body": "Навчальний центр «Дані»", "issued_on": "2025-05-12",
        "learning_outcomes": "\n".join(text for text, _status in ROWS), "workload_hours": "90", "workload_ects": "3",
        "assessment_type": "проєкт і тест", "participation_form": "онлайн",
        "quality_assurance": "внутрішнє забезпечення якості центру", "grade": "88/100"}), replaces=item_id)
    uk, _en, record = _signed_papers(demo_db, case_id, "RD-TEST-077")
    assert "ОК5" in uk and "Бази даних і SQL" in uk  # the decision's row, on the credential entered by hand
    assert "недосягнуті" not in uk
    (credential,) = record["components"][0]["credentials"]
    assert credential["title"] == "Бази даних і SQL" and credential["outcome_notes"] == []


def test_the_case_report_names_the_outcome_left_out(demo_db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from app.services.reports import export_case_report

    _case(demo_db, tmp_path)
    out = export_case_report(demo_db, "RD-TEST-077", tmp_path / "case.xlsx", "uk")
    sheet = load_workbook(out)["Документи"]
    header = [cell.value for cell in sheet[1]]
    column = header.index("Примітки щодо результатів навчання")
    notes = [row[column] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(str(n).startswith("недосягнуті за документом, тому не взяті як підтвердження (1 результат навчання): "
                                 "Візуалізує дані") for n in notes)
