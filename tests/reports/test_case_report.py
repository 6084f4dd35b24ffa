from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.db import Database
from app.errors import UserError
from app.reports.case_report import DECISION_COLUMNS
from app.services.reports import case_report_data, export_case_report
from tests.reports.factory import Seeded


def _rows(ws: Any) -> list[list[Any]]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


@pytest.mark.parametrize(("lang", "first_header", "decision_text"), [
    ("uk", "Код компонента", "визнано частково"),
    ("en", "Component code", "recognised partially"),
])
def test_case_report_sheets_values_and_formats(seeded: tuple[Database, Seeded], tmp_path: Path, lang: str,
                                               first_header: str, decision_text: str) -> None:
    db, s = seeded
    out = tmp_path / "case.xlsx"
    export_case_report(db, s.case1, out, lang)
    book = load_workbook(out)
    english = ["Summary", "Evidence", "Outcomes", "Decisions"]
    assert book.sheetnames == (english if lang == "en" else ["Підсумок", "Документи", "Результати навчання", "Рішення"])
    wb = dict(zip(english, book.worksheets, strict=True))

    summary = {r[0]: r[1] for r in _rows(wb["Summary"]) if r[0]}
    assert s.case1 in str(wb["Summary"]["A1"].value)
    assert "Шевченко Тарас Григорович" in summary.values()
    assert "3-ВР" in summary.values()
    filed = next(v for k, v in summary.items() if k in ("Дата заяви", "Filed on"))
    assert isinstance(filed, datetime)
    credits_label = "Усього визнано кредитів ЄКТС" if lang == "uk" else "ECTS credits recognised in total"
    assert summary[credits_label] == pytest.approx(s.credits_case1)

    decisions = wb["Decisions"]
    rows = _rows(decisions)
    assert rows[0][0] == first_header and len(rows[0]) == len(DECISION_COLUMNS)
    assert [r[0] for r in rows[1:4]] == ["ОК5", "ОК7", "ВК2"]  # catalogue order, superseded line left out
    index = {key: i for i, key in enumerate(DECISION_COLUMNS)}
    partial = rows[2]
    assert partial[index["decision"]] == decision_text
    assert partial[index["credits_recognised"]] == 2.5 and partial[index["points"]] == 10.5
    assert partial[index["grade_ects"]] == "C" and partial[index["original_grade"]] == "94%"
    assert "[1] Machine Learning Specialization" in partial[index["evidence"]]
    total = rows[4]
    assert total[0] in ("Разом", "Total")
    assert total[index["credits_recognised"]] == pytest.approx(7.5)
    assert total[index["ects"]] == pytest.approx(14.0)
    assert isinstance(partial[index["decided_at"]], datetime)
    decided_cell = decisions.cell(row=3, column=index["decided_at"] + 1)
    assert decided_cell.number_format == "DD.MM.YYYY" and decided_cell.is_date
    assert decisions.cell(row=3, column=index["credits_recognised"] + 1).number_format == "0.0#"
    assert decisions.freeze_panes == "A2" and decisions.auto_filter.ref.startswith("A1:")

    evidence = _rows(wb["Evidence"])
    assert [r[1] for r in evidence[1:]] == ["coursera-ml.pdf", "prometheus-db.json", "pandas.png"]
    assert isinstance(evidence[1][7], datetime) and evidence[1][7].date() == date(2025, 6, 14)
    verdicts = [r[15] for r in evidence[1:]]
    if lang == "uk":
        assert verdicts == ["не перевіряється офлайн", "підтверджено", "недійсний"]
        # two workload keys are one element: reported once
        assert evidence[1][19] == "рівень EQF, забезпечення якості, обсяг навчання"
    else:
        assert verdicts == ["not verifiable offline", "verified", "invalid"]
    if lang == "uk":  # the verifier's report is English: a Ukrainian workbook summarises the stored verdict
        assert evidence[3][16].startswith("підпис не відповідає документу")
    else:
        assert "підпис не збігається" in evidence[3][16]

    outcomes = _rows(wb["Outcomes"])
    judged = [r for r in outcomes[1:] if r[0] == "ОК7"]
    assert len(judged) == 4
    assert judged[0][6] == pytest.approx(0.82)
    assert wb["Outcomes"].cell(row=2, column=7).number_format == "0%"
    assert judged[1][9] == ("досягнуто частково" if lang == "uk" else "partly covered")


def test_case_without_decisions_still_gives_a_report(seeded: tuple[Database, Seeded], tmp_path: Path) -> None:
    db, s = seeded
    out = tmp_path / "empty.xlsx"
    export_case_report(db, s.case3, out, "en")
    wb = load_workbook(out)
    assert wb["Decisions"].max_row == 2  # header and the totals row
    assert wb["Evidence"].max_row == 1


def test_case_report_data_reads_plain_values(seeded: tuple[Database, Seeded]) -> None:
    db, s = seeded
    data = case_report_data(db, s.case1)
    assert data.order_no == "112-с" and data.protocol_no == "3-ВР"
    assert [d.decision for d in data.decisions] == ["full", "partial", "none"]
    assert data.programme is not None and data.programme.code == "122-BS-CS"


def test_bad_requests_are_clear_errors(seeded: tuple[Database, Seeded], tmp_path: Path) -> None:
    db, s = seeded
    with pytest.raises(UserError, match="RD-NOPE"):
        export_case_report(db, "RD-NOPE", tmp_path / "x.xlsx")
    with pytest.raises(UserError, match=r"\.xlsx"):
        export_case_report(db, s.case1, tmp_path / "x.csv")
    with pytest.raises(UserError, match="does not exist"):
        export_case_report(db, s.case1, tmp_path / "missing" / "x.xlsx")
    with pytest.raises(UserError, match="not supported"):
        export_case_report(db, s.case1, tmp_path / "x.xlsx", "de")
    assert not list(tmp_path.glob("*.xlsx*")) and not list(tmp_path.glob(".*part"))


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_case_report_includes_the_appeal(lang: str) -> None:
    """The Summary sheet carries the appeal: when and on what grounds it was filed, in time or late, the panel
    and the outcome; a case without an appeal says so."""
    from app.reports.case_report import build_case_workbook
    from app.reports.data import AppealInfo, ApplicantInfo, CaseReportData
    from app.reports.vocabulary import report_translator

    tr = report_translator(lang)
    appeal = AppealInfo(date(2026, 12, 3), date(2026, 12, 12), True, "Сертифікат не врахували",
                        "Іваненко І. І.\nПетрук П. П.", "rejected", date(2026, 12, 8))
    data = CaseReportData("RD-1", "protocol_signed", date(2026, 11, 1), ApplicantInfo("Шевченко Тарас"), appeal=appeal)
    rows = [[c.value for c in r] for r in build_case_workbook(data, tr).worksheets[0].iter_rows()]
    summary = {r[0]: r[1] for r in rows if r[0]}
    assert ("Апеляція" if lang == "uk" else "Appeal") in summary
    assert "Сертифікат не врахували" in summary.values() and "Іваненко І. І.; Петрук П. П." in summary.values()
    outcome = summary["Результат апеляції" if lang == "uk" else "Outcome of the appeal"]
    assert outcome == ("відхилено: рішення залишається в силі" if lang == "uk" else "rejected: the decision stands")
    without = build_case_workbook(CaseReportData("RD-2", "registered", date(2026, 11, 1), ApplicantInfo("Х")), tr)
    texts = [c.value for r in without.worksheets[0].iter_rows() for c in r]
    assert ("Апеляцію не подано" if lang == "uk" else "No appeal filed") in texts


@pytest.mark.parametrize("language", ["en", "uk"])
def test_outcomes_sheet_names_the_matching_layer_as_the_application_does(language: str) -> None:
    """A match stored by the older name of the embedding layer ("semantic") reads as the application names it
    ("embedding"), in the report language, on the Outcomes sheet."""
    from app.reports.case_report import build_case_workbook
    from app.reports.data import ApplicantInfo, CaseReportData, OutcomeInfo
    from app.reports.vocabulary import report_translator

    tr = report_translator(language)
    outcomes = [OutcomeInfo("ОК7", "Машинне навчання", 1, "Будувати моделі", "Build models", "ML certificate", 0.82,
                            layer) for layer in ("semantic", "embedding")]
    data = CaseReportData("RD-1", "decided", date(2026, 11, 1), ApplicantInfo("Шевченко Тарас"), outcomes=outcomes)
    sheet = build_case_workbook(data, tr)[tr("Report sheets", "Outcomes")[:31]]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    layers = {r[7] for r in rows if r[0] == "ОК7"}
    assert layers == {tr("Report values", "embedding")}, layers
