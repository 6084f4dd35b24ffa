"""The papers of the demo case: protocol, extract, order, notice in Ukrainian and English, the decision record,
and the command line. Every document is read back as text and checked for words in the wrong script."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from app.db import Database
from app.errors import UserError
from app.reports.data import ProtocolData, ProtocolLineInfo
from app.reports.decision_record import decision_record, read_record, validate, write_record
from app.reports.papers import protocol_paper
from app.reports.pdf_document import render
from app.services import reports
from tests.papers.language import foreign_words, pdf_text

CASE = "RD-DEMO-001"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    from app.db import open_database
    from app.services.demo import load_demo

    folder = tmp_path_factory.mktemp("papers")
    db = open_database("sqlite:///" + (folder / "demo.sqlite3").as_posix())
    load_demo(db, "tester")
    yield db, folder
    db.dispose()


@pytest.fixture(scope="module")
def papers(demo: tuple[Database, Path]) -> dict[str, Path]:
    db, folder = demo
    out = {
        "protocol_uk": reports.export_protocol(db, CASE, folder / "protocol_uk.pdf"),
        "protocol_en": reports.export_protocol(db, CASE, folder / "protocol_en.pdf", lang="en"),
        "extract_uk": reports.export_extract(db, CASE, folder / "extract_uk.pdf"),
        "extract_en": reports.export_extract(db, CASE, folder / "extract_en.pdf", "en"),
        "notice_uk": reports.export_notice(db, CASE, folder / "notice_uk.pdf"),
        "notice_en": reports.export_notice(db, CASE, folder / "notice_en.pdf", "en"),
        "order_uk": reports.export_order(db, CASE, folder / "order_uk.pdf"),
    }
    return out


def _quoted(data: ProtocolData) -> list[str]:
    """What a paper may quote as written: credential titles, issuers and grades, catalogue titles, names."""
    quoted = [data.applicant.full_name, data.applicant.full_name_latin, data.institution]
    if data.programme:
        quoted += [data.programme.title, data.programme.code]
    for line in data.lines:
        quoted += [line.component_title, line.original_grade_text, *(o.component_outcome for o in line.outcomes)]
        for e in line.evidence_refs:
            quoted += [e.title, e.awarding_body, e.credential_id, e.grade]
    return quoted


def _flat(path: Path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.mark.parametrize("name", ["protocol_uk", "extract_uk", "notice_uk", "order_uk"])
def test_ukrainian_papers_have_no_foreign_words(demo: tuple[Database, Path], papers: dict[str, Path],
                                                name: str) -> None:
    data = reports.protocol_data(demo[0], CASE)
    assert foreign_words(pdf_text(papers[name]), "uk", _quoted(data)) == []


@pytest.mark.parametrize("name", ["protocol_en", "extract_en", "notice_en"])
def test_english_papers_have_no_cyrillic_outside_quotations(demo: tuple[Database, Path], papers: dict[str, Path],
                                                            name: str) -> None:
    data = reports.protocol_data(demo[0], CASE)
    quoted = [*_quoted(data), *(m.full_name for m in data.member_details)]
    assert foreign_words(pdf_text(papers[name]), "en", quoted) == []


def test_the_checker_catches_what_it_should() -> None:
    assert foreign_words("Визнано 5 кредитів points out of 100", "uk") == ["points", "out", "of"]
    assert foreign_words("«Data Analysis with Python» B ECTS", "uk", ["Data Analysis with Python"]) == []
    assert foreign_words("Recognised 5 кредитів", "en") == ["кредитів"]
    assert foreign_words("write to dean@demo.edu.ua, case RD-DEMO-001, ОК5", "uk") == ["write", "to", "case"]


def test_the_protocol_reads_as_ukrainian_officialese(papers: dict[str, Path]) -> None:
    text = _flat(papers["protocol_uk"])
    for expected in (
        "ПРОТОКОЛ № 1/2026",
        "засідання комісії з визнання результатів навчання, здобутих шляхом неформальної та/або інформальної освіти",
        "Комісію утворено наказом від", "№ 47-к",
        "Правові підстави: наказ Міністерства освіти і науки України від 08.02.2022 № 130; Положення про визнання",
        "ПРИСУТНІ:", "Голова комісії — Петренко Ірина Василівна",
        "Про конфлікт інтересів ніхто з присутніх членів комісії не заявив.",
        "ПОРЯДОК ДЕННИЙ:", "Розгляд заяви здобувача освіти Шевченка Тараса Григоровича",
        "СЛУХАЛИ:", "Співбесіда", "результат: 17 балів з 20",
        "ВИРІШИЛИ:", "Визнати здобувачу освіти Шевченку Тарасу Григоровичу",
        "визнано повністю", "визнано частково", "до вивчення: 1,3 кредиту ЄКТС", "87 / B / 4 (добре)",
        "92 / A / зараховано", "Усього визнано: 7,7 кредиту ЄКТС (освітніх компонентів: 2 з 2)",
        "протягом 10 днів з дня ознайомлення здобувача освіти з рішенням",
        "ГОЛОСУВАЛИ: «за» — 4, «проти» — 0, «утрималися» — 0.",
        "Ірина ПЕТРЕНКО", "сторінка 1 з",
    ):
        assert expected in text, expected
    assert "ПРОЄКТ" not in text and "7.7" not in text and "кредитів ЄКТС: 1,3" not in text


def test_the_order_names_the_applicant_in_the_cases_it_needs(papers: dict[str, Path]) -> None:
    text = _flat(papers["order_uk"])
    for expected in ("НАКАЗ", "№ 312-с", "Відповідно до наказу Міністерства освіти і науки України від 08.02.2022 "
                     "№ 130 та Положення про визнання", "заяви здобувача освіти Шевченка Тараса Григоровича",
                     "НАКАЗУЮ:", "Визнати здобувачу освіти Шевченку Тарасу Григоровичу",
                     "ОК5 «Бази даних» — у повному обсязі, 5 кредитів ЄКТС", "2,7 кредиту ЄКТС",
                     "усього 7,7 кредиту ЄКТС",
                     # The signature: position, the line to sign on, given name and SURNAME (ДСТУ 4163:2020).
                     "Декан факультету інформаційних технологій ____________________ (підпис) Василь ОЛІЙНИК"):
        assert expected in text, expected


def test_the_stored_order_text_is_ukrainian(demo: tuple[Database, Path]) -> None:
    from app.services import protocols
    from app.services.reports import protocol_data

    data = protocol_data(demo[0], CASE)
    [order] = protocols.case_protocols(demo[0], data.case_id).orders
    assert "Шевченку Тарасу Григоровичу" in order.text and "НАКАЗУЮ" in order.text
    assert foreign_words(order.text, "uk", _quoted(data)) == []


def test_the_notice_tells_what_remains_and_how_to_appeal(papers: dict[str, Path]) -> None:
    uk, en = _flat(papers["notice_uk"]), _flat(papers["notice_en"])
    for expected in ("ПОВІДОМЛЕННЯ", "Шановний Тарасе Григоровичу!", "Залишається вивчити:",
                     "ВК2 «Аналіз даних на Python» — 1,3 кредиту ЄКТС", "Як оскаржити рішення:", "включно",
                     "Контакти: деканат факультету інформаційних технологій", "наказом від"):
        assert expected in uk, expected
    for expected in ("NOTICE", "Dear Shevchenko Taras Hryhorovych,", "To be studied:", "1.3 ECTS credits",
                     "How to appeal:", "within 10 days", "Demonstration University"):
        assert expected in en, expected


def test_the_extract_is_certified_by_the_secretary(papers: dict[str, Path]) -> None:
    text = _flat(papers["extract_uk"])
    assert "ВИТЯГ З ПРОТОКОЛУ № 1/2026" in text and "Витяг вірний." in text and "Олег САВЧУК" in text
    assert "ПРИСУТНІ:" not in text


def test_pdf_metadata_and_embedded_fonts(papers: dict[str, Path]) -> None:
    for path in papers.values():
        with pymupdf.open(path) as doc:
            meta = doc.metadata or {}
            assert meta.get("title") and meta.get("author") and meta.get("creationDate", "").startswith("D:")
            fonts = [f for page in doc for f in page.get_fonts()]
            assert fonts and all(f[1] in ("ttf", "cff", "TrueType", "Type0", "CID") or f[0] for f in fonts)
            assert all("DejaVuSerif" in f[3].replace(" ", "") for f in fonts)
    if _have("qpdf"):
        for path in papers.values():
            assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def _have(tool: str) -> bool:
    import shutil

    return shutil.which(tool) is not None


def _line(n: int) -> ProtocolLineInfo:
    return ProtocolLineInfo(f"ОК{n}", f"Освітній компонент номер {n} з довгою назвою для перенесення рядків", 5.0,
                            "", "full", 5.0, 0.0, "", 90.0, "5 (відмінно)", "A", "", "")


def test_the_table_header_repeats_on_every_page(demo: tuple[Database, Path]) -> None:
    data = replace(reports.protocol_data(demo[0], CASE), lines=[_line(n) for n in range(1, 41)],
                   assessments=[])  # only the table names components
    with pymupdf.open("pdf", render(protocol_paper(data))) as doc:
        assert doc.page_count >= 3
        table_pages = [page.get_text() for page in doc if re.search(r"ОК\d+", page.get_text())]
        assert len(table_pages) >= 2
        for text in table_pages:
            assert "Обґрунтування" in text  # the last column's header
        seen = [n for n in range(1, 41) if any(f"ОК{n}\n" in t or f"ОК{n} " in t for t in table_pages)]
        assert seen == list(range(1, 41))  # no row lost or duplicated across the cuts


def test_a_draft_is_marked(demo: tuple[Database, Path]) -> None:
    data = replace(reports.protocol_data(demo[0], CASE), status="draft")
    with pymupdf.open("pdf", render(protocol_paper(data))) as doc:
        assert "ПРОЄКТ" in doc[0].get_text()


def test_the_decision_record_round_trips(demo: tuple[Database, Path]) -> None:
    db, folder = demo
    path = reports.export_decision(db, CASE, folder / "decision.json")
    record = read_record(path)
    data = reports.protocol_data(db, CASE)
    expected = decision_record(data)
    assert {**record, "generated_at": None} == {**expected, "generated_at": None}
    assert record["protocol"]["number"] == "1/2026" and record["order"]["number"] == "312-с"
    assert (record["order"]["issued_by"], record["order"]["signatory"]) == (
        "Декан факультету інформаційних технологій", "Олійник Василь Миколайович")
    [ok5, vk2] = record["components"]
    assert ok5["decision"] == "full" and ok5["credits_recognised"] == 5.0
    assert vk2["decision"] == "partial" and vk2["credits_remaining"] == pytest.approx(1.3)
    assert all(len(c["sha256"]) == 64 for c in ok5["credentials"])
    assert ok5["converted_grade"]["ects"] == "B" and ok5["conversion_rule"]
    assert record["legal_basis"][0].startswith("наказ Міністерства освіти і науки України")
    write_record(data, folder / "again.json")
    assert json.loads((folder / "again.json").read_text(encoding="utf-8"))["case"]["reg_no"] == CASE


def test_a_broken_record_is_refused_naming_the_place(demo: tuple[Database, Path], tmp_path: Path) -> None:
    record = decision_record(reports.protocol_data(demo[0], CASE))
    record["components"][0]["decision"] = "maybe"
    with pytest.raises(UserError, match="components/0/decision"):
        validate(record)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="bad.json"):
        read_record(bad)


def test_no_signed_protocol_no_papers(demo: tuple[Database, Path], tmp_path: Path) -> None:
    db, _ = demo
    for export in (reports.export_order, reports.export_decision):
        suffix = ".json" if export is reports.export_decision else ".pdf"
        with pytest.raises(UserError, match="RD-DEMO-002 has no signed protocol yet"):
            export(db, "RD-DEMO-002", tmp_path / f"x{suffix}")
    assert not list(tmp_path.iterdir())


def test_no_signed_protocol_is_said_in_the_interface_language(demo: tuple[Database, Path], tmp_path: Path) -> None:
    from app.translation import load_translator, render_message

    db, _ = demo
    with pytest.raises(UserError) as refused:
        reports.export_notice(db, "RD-DEMO-002", tmp_path / "notice.pdf", "uk")
    assert render_message(refused.value.message, load_translator("uk")) == (
        "Справа RD-DEMO-002 ще не має підписаного протоколу: спершу підпишіть протокол.")


def test_command_line(demo: tuple[Database, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    db, folder = demo
    url = "sqlite:///" + (folder / "demo.sqlite3").as_posix()
    for args, out in ((["order", CASE], "o.pdf"), (["notice", CASE, "--lang", "en"], "n.pdf"),
                      (["extract", CASE], "x.pdf"), (["decision", CASE], "d.json"),
                      (["protocol", CASE, "--lang", "en"], "p.pdf")):
        assert main(["--db", url, "report", *args, "--out", str(tmp_path / out)]) == 0
        assert (tmp_path / out).stat().st_size > 0
    capsys.readouterr()
    for args in (["order", "RD-NOPE", "--out", str(tmp_path / "a.pdf")],
                 ["notice", "RD-DEMO-002", "--out", str(tmp_path / "b.pdf")],
                 ["decision", CASE, "--out", str(tmp_path / "missing" / "d.json")],
                 ["extract", CASE, "--out", str(tmp_path / "x.txt")]):
        assert main(["--db", url, "report", *args]) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "Traceback" not in err


def _crossing_words(page: pymupdf.Page) -> list[str]:
    """Words of the page's table that run over a vertical border of their cell."""
    lines = [d["rect"] for d in page.get_drawings() if d["rect"].width < 2 and d["rect"].height > 10]
    if len(lines) < 3:
        return []
    borders = sorted({round(r.x0, 1) for r in lines})
    top, bottom = min(r.y0 for r in lines), max(r.y1 for r in lines)
    return [w[4] for w in page.get_text("words")
            if w[1] >= top and w[3] <= bottom and any(w[0] + 0.5 < x < w[2] - 0.5 for x in borders)]


@pytest.mark.parametrize("name", ["protocol_uk", "protocol_en", "notice_uk", "notice_en", "extract_uk"])
def test_no_word_runs_over_a_table_border(papers: dict[str, Path], name: str) -> None:
    with pymupdf.open(papers[name]) as doc:
        crossing = [word for page in doc for word in _crossing_words(page)]
    assert crossing == []


def test_a_partial_scope_lists_outcomes_without_doubled_punctuation() -> None:
    from app.reports.papers import partial_scope

    line = ProtocolLineInfo("ВК2", "Аналіз даних", 4, "", "partial", 2.7, 1.3,
                            "Визнано результати навчання: Очищати дані за допомогою pandas.; Будувати графіки.",
                            92, "зараховано", "A", "92%", "")
    assert partial_scope(line) == "Очищати дані за допомогою pandas. Будувати графіки."


def test_a_number_and_initials_stay_on_one_line(papers: dict[str, Path]) -> None:
    """No line breaks after the № sign or between a family name and its initials (non-breaking spaces)."""
    text = pdf_text(papers["protocol_uk"])
    assert "№\u00a0130" in text and "Гончар\u00a0В.\u00a0П." in text and "Лисенко\u00a0М.\u00a0А." in text
    assert "№ 130" not in text and "В. П." not in text
