"""Rule: evidence in a language other than the profile's working languages needs a translation attached. The
language is read from the credential itself at import (a Polish certificate is not English), the proposal names the
missing translation, and the officer's record that one is attached — named, audited — is the way out."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import UserError
from app.models import AuditEntry, EvidenceItem
from app.reports.papers import reasons_text
from app.services import decisions, evidence, evidence_checks, reports
from app.services.decisions import DecisionInput
from app.services.recognition_rules import reason_messages
from app.translation import load_translator
from tests.importers.pdfgen import html_pdf
from tests.scenarios.conftest import codes, component_id, move, set_rules, to_assessment

POLISH_SQL = """<h1>CERTYFIKAT</h1><p>Niniejszym potwierdzamy, że</p><h2>Petro Ivanenko</h2>
<p>ukończył szkolenie</p><h2>Relacyjne bazy danych i SQL</h2><p>Uczestnik szkolenia potrafi:</p>
<ul><li>projektować relacyjne bazy danych i normalizować schematy,</li>
<li>pisać zapytania SQL wybierające, agregujące i zmieniające dane,</li>
<li>dbać o spójność danych przy użyciu ograniczeń i transakcji.</li></ul>
<p>Liczba godzin: 150</p><p>Data wydania: 12 maja 2025 r.</p><p>Akademia Danych sp. z o.o., Warszawa</p>"""


PARTIAL = DecisionInput("partial", credits_recognised=1.0, partial_scope="SQL", reasons="SQL course only")


def polish_item(db: Database, case_id: int, tmp_path: Path) -> int:
    """The Polish certificate imported into the case, in place of its English SQL credential (so that the proposal
    for Бази даних rests on it)."""
    with db.write() as session:
        for item in session.execute(select(EvidenceItem).where(EvidenceItem.case_id == case_id)).scalars():
            if item.title.startswith("Relational"):
                session.delete(item)
    path = tmp_path / "certyfikat.pdf"
    path.write_bytes(html_pdf(POLISH_SQL))
    return evidence.import_files(db, "officer", case_id, [path]).item_ids[0]


def test_the_language_is_read_at_import(demo_db: Database, sql_case: int, tmp_path: Path) -> None:
    item_id = polish_item(demo_db, sql_case, tmp_path)
    detail = evidence.get_evidence(demo_db, item_id)
    assert detail.language == "pl" and not detail.translation_attached
    assert not detail.translation_required  # the demo profile does not ask for translations


def test_the_rule_binds_until_a_translation_is_recorded(demo_db: Database, sql_case: int, tmp_path: Path) -> None:
    set_rules(demo_db, sql_case, require_translation=True)
    item_id = polish_item(demo_db, sql_case, tmp_path)
    assert evidence.get_evidence(demo_db, item_id).translation_required
    move(demo_db, sql_case, "documents_checked")
    decisions.request_components(demo_db, "officer", sql_case, [component_id(demo_db, "ОК5")])
    move(demo_db, sql_case, "under_assessment")
    decisions.run_matching(demo_db, "officer", sql_case)
    line = decisions.case_lines(demo_db, sql_case)[0]
    assert codes(line).get("translation_missing") == "blocking"
    # Named by the language's name in the reader's language, not by its code.
    shown = [load_translator("uk").message(m) for m in reason_messages(line.proposal_reasons)]
    assert any("мова документа — польська, переклад робочою мовою не додано" in text for text in shown), shown
    # The guard: no recognition on it while the translation is missing.
    with pytest.raises(UserError, match="no translation"):
        decisions.save_decision(demo_db, "officer", line.id, line.row_version, PARTIAL)
    with pytest.raises(UserError, match="named person"):
        evidence_checks.set_translation_attached(demo_db, " ", item_id, True)
    evidence_checks.set_translation_attached(demo_db, "Коваль О.", item_id, True)
    line = decisions.case_lines(demo_db, sql_case)[0]  # the proposals followed at once
    assert "translation_missing" not in codes(line)
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, PARTIAL)
    with demo_db.read() as session:
        stored = session.get(EvidenceItem, item_id)
        assert stored is not None and stored.translation_attached
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "evidence.translation")).scalar_one()
        assert entry.actor == "Коваль О." and entry.payload["language"] == "pl" and entry.payload["attached"] is True
    # Once a decision is saved on it the record stays (the case is not decided yet: it may still be taken back, and
    # then the proposal names the missing translation again).
    evidence_checks.set_translation_attached(demo_db, "Коваль О.", item_id, False)
    assert codes(decisions.case_lines(demo_db, sql_case)[0]).get("translation_missing") == "blocking"


def test_an_english_certificate_needs_no_translation(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, require_translation=True)
    with demo_db.read() as session:
        items = session.execute(select(EvidenceItem).where(EvidenceItem.case_id == sql_case)).scalars().all()
        assert all(not evidence.translation_required(i, i.case) for i in items)


def test_a_language_read_wrong_is_corrected_by_a_named_person(demo_db: Database, sql_case: int,
                                                              tmp_path: Path) -> None:
    """The reading may be wrong either way; the officer's correction — named, audited — is what the rule follows."""
    set_rules(demo_db, sql_case, require_translation=True)
    item_id = polish_item(demo_db, sql_case, tmp_path)
    move(demo_db, sql_case, "documents_checked")
    decisions.request_components(demo_db, "officer", sql_case, [component_id(demo_db, "ОК5")])
    move(demo_db, sql_case, "under_assessment")
    decisions.run_matching(demo_db, "officer", sql_case)
    assert codes(decisions.case_lines(demo_db, sql_case)[0]).get("translation_missing") == "blocking"
    with pytest.raises(UserError, match="named person"):
        evidence_checks.set_language(demo_db, "  ", item_id, "en")
    with pytest.raises(UserError, match="not a language code"):
        evidence_checks.set_language(demo_db, "Коваль О.", item_id, "english")
    assert evidence.get_evidence(demo_db, item_id).language == "pl"  # nothing was saved
    # Say the text had been read as Polish by mistake: corrected to English, the rule no longer applies.
    evidence_checks.set_language(demo_db, "Коваль О.", item_id, "EN")
    detail = evidence.get_evidence(demo_db, item_id)
    assert detail.language == "en" and not detail.translation_required and detail.translation_rule
    assert "translation_missing" not in codes(decisions.case_lines(demo_db, sql_case)[0])
    # And the other way: corrected to Spanish, it binds again.
    evidence_checks.set_language(demo_db, "Коваль О.", item_id, "es")
    assert codes(decisions.case_lines(demo_db, sql_case)[0]).get("translation_missing") == "blocking"
    with demo_db.read() as session:
        entries = session.execute(select(AuditEntry).where(AuditEntry.action == "evidence.language")
                                  .order_by(AuditEntry.id)).scalars().all()
        assert [(e.actor, e.payload["before"], e.payload["after"]) for e in entries] == [
            ("Коваль О.", "pl", "en"), ("Коваль О.", "en", "es")]
    # Once the case is decided the language stays as recorded.
    line = decisions.case_lines(demo_db, sql_case)[0]
    decisions.save_decision(demo_db, "officer", line.id, line.row_version,
                            DecisionInput("none", reasons="No translation was brought."))
    move(demo_db, sql_case, "decided")
    with pytest.raises(UserError, match="decided"):
        evidence_checks.set_language(demo_db, "Коваль О.", item_id, "en")
    # The protocol notes the reason beside the decision, naming the language in Ukrainian.
    paper_line = next(x for x in reports.protocol_data(demo_db, "RD-TEST-001").lines if x.component_code == "ОК5")
    assert "мова документа — іспанська, переклад робочою мовою не додано" in reasons_text(
        paper_line, "uk", load_translator("uk"))


# A Czech course's outcomes typed without the language's marks: the reading takes them for English.
CZECH_SQL_WITHOUT_MARKS = ["Navrhovat relacni databaze a normalizovat schemata.",
                           "Psat SQL dotazy pro vyber, agregaci a zmenu dat.",
                           "Zajistit integritu dat pomoci omezeni a transakci."]


def test_the_corrected_language_binds_in_the_matching_too(demo_db: Database, sql_case: int) -> None:
    """A Czech certificate typed without its marks is read as English. Corrected to Czech, its outcomes are matched
    as Czech ones (their words in Ukrainian letters meet the programme's) at the next matching, and the officer is
    told which components were matched in the former language."""
    from app.matching.text import document_language
    from tests.cases.conftest import add_evidence

    with demo_db.write() as session:
        for item in session.execute(select(EvidenceItem).where(EvidenceItem.case_id == sql_case)).scalars():
            session.delete(item)
    item_id = add_evidence(demo_db, sql_case, "Relacni databaze a SQL", "Akademie dat", CZECH_SQL_WITHOUT_MARKS,
                           hours=150)
    with demo_db.write() as session:  # read at import from the outcomes together, as the importer does
        stored = session.get(EvidenceItem, item_id)
        assert stored is not None
        stored.language = document_language(" ".join(CZECH_SQL_WITHOUT_MARKS))
    assert evidence.get_evidence(demo_db, item_id).language == "en"
    move(demo_db, sql_case, "documents_checked")
    decisions.request_components(demo_db, "officer", sql_case, [component_id(demo_db, "ОК5")])
    move(demo_db, sql_case, "under_assessment")
    decisions.run_matching(demo_db, "officer", sql_case)

    def design_pair() -> decisions.MappingRow:
        line = decisions.case_lines(demo_db, sql_case)[0]
        return next(m for m in line.mappings if m.component_outcome.startswith("Проєктувати реляційні бази"))

    before = design_pair()
    # What the engine gives this pair read each way (the layers, and the curves of the pair of languages).
    from app.matching.coverage import match_credential_to_component

    outcome = before.component_outcome
    as_read, as_czech = (match_credential_to_component(CZECH_SQL_WITHOUT_MARKS, [outcome], language=lang).pairs[0]
                         for lang in ("en", "cs"))
    assert as_read.score != as_czech.score
    # Read as Czech, "normalizovat" is "нормалізувати" in Ukrainian letters: the pair shares it.
    assert any("нормалізувати" in term for term in as_czech.explanation.terms())
    assert not any("нормалізувати" in term for term in as_read.explanation.terms())
    assert before.evidence_item_id == item_id and before.score == as_read.score
    assert evidence_checks.set_language(demo_db, "Коваль О.", item_id, "cs") == ["ОК5"]
    assert design_pair().score == before.score  # the stored pairs stay as matched until the matching runs again
    with demo_db.read() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "evidence.language")).scalar_one()
        assert entry.payload["components_to_redo"] == ["ОК5"]
    decisions.run_matching(demo_db, "officer", sql_case)
    after = design_pair()
    assert after.score == as_czech.score and "нормалізувати" in after.explanation
    # Set back to English, it is matched as first read.
    assert evidence_checks.set_language(demo_db, "Коваль О.", item_id, "en") == ["ОК5"]
    decisions.run_matching(demo_db, "officer", sql_case)
    assert design_pair().score == before.score


def test_a_polish_credential_is_scored_on_its_own_curves_in_the_proposal_and_on_the_paper(
        demo_db: Database, sql_case: int, tmp_path: Path) -> None:
    """Rule: each pair of languages has its own calibration curves (Polish against Ukrainian: ``pl-uk``). The stored
    pairs carry the scores those curves give, the proposal's coverage counts them, and the protocol prints them; the
    officer who sees a pair otherwise judges it, with a comment, and the proposal and the paper follow."""
    from app.matching.coverage import match_credential_to_component

    item_id = polish_item(demo_db, sql_case, tmp_path)
    detail = evidence.get_evidence(demo_db, item_id)
    assert detail.language == "pl" and len(detail.learning_outcomes) == 3
    line = to_assessment(demo_db, sql_case)[0]
    assert line.mappings and all(m.evidence_item_id == item_id for m in line.mappings if m.credential_outcome)
    # Proposal: each stored score is what the engine gives the pair read as Polish against Ukrainian.
    for m in line.mappings:
        expected = match_credential_to_component(detail.learning_outcomes, [m.component_outcome],
                                                 language="pl").pairs[0]
        assert (m.credential_outcome, m.score) == (expected.credential_outcome, expected.score)
    covered = sum(1 for m in line.mappings if (m.score or 0.0) >= 0.5)
    assert line.coverage_pct == round(100 * covered / len(line.mappings), 1)
    # The way out: a pair the curves leave under "covered" is judged covered by the officer, with a comment.
    weakest = min(line.mappings, key=lambda m: m.score or 0.0)
    assert (weakest.score or 0.0) < 0.5
    decisions.judge_pair(demo_db, "officer", weakest.id, "covered",
                         "ograniczenia i transakcje = обмеження і транзакції", line.row_version)
    judged = decisions.case_lines(demo_db, sql_case)[0]
    assert judged.coverage_pct is not None and judged.coverage_pct > (line.coverage_pct or 0.0)
    decisions.save_decision(demo_db, "officer", judged.id, judged.row_version, PARTIAL)
    # Paper: the protocol prints the same pairs, the curves' scores and the officer's judgement.
    paper_line = next(x for x in reports.protocol_data(demo_db, "RD-TEST-001").lines if x.component_code == "ОК5")
    assert [(o.component_outcome, o.score) for o in paper_line.outcomes] == [
        (m.component_outcome, m.score) for m in line.mappings]
    assert [o.judgement for o in paper_line.outcomes] == [
        "covered" if m.id == weakest.id else None for m in line.mappings]
