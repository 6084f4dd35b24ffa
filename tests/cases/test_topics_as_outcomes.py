"""Evidence whose outcomes are its course's topics (the certificate states none) carries a note on the element, in
the officer's language, and the element still counts as missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.models import EvidenceItem
from app.services.evidence import get_evidence
from app.translation import load_translator
from tests.cases.conftest import imported_pdf

TOPICS_ONLY = """<h1>СЕРТИФІКАТ</h1><p>Цим засвідчується, що</p><p><b>Леся Українка</b></p>
<p>успішно завершила курс «Бази даних»</p><h3>Зміст курсу:</h3><ul><li>Реляційна модель даних</li>
<li>Мова запитів SQL</li><li>Транзакції</li></ul><p>Обсяг: 30 годин</p><p>Дата видачі: 05.03.2025</p>"""


def test_topics_in_place_of_outcomes_are_flagged_on_the_element(full_demo_db: Database, tmp_path: Path) -> None:
    detail = get_evidence(full_demo_db, imported_pdf(full_demo_db, tmp_path, TOPICS_ONLY, "topics-only.pdf"))
    assert detail.learning_outcomes == ["Реляційна модель даних", "Мова запитів SQL", "Транзакції"]
    assert "learning_outcomes" in detail.missing_mandatory
    note = load_translator("uk").message(detail.element_notes["learning_outcomes"])
    assert "теми" in note and "results" not in note


def test_the_evidence_tab_says_where_the_outcomes_came_from_in_ukrainian(
    full_demo_db: Database, tmp_path: Path, qapp: Any, qtbot: Any
) -> None:
    from app.ui import i18n
    from app.ui.evidence_view import WARNING_COLOUR, EvidenceDetailsTab

    db = full_demo_db
    item_id = imported_pdf(db, tmp_path, TOPICS_ONLY, "topics-only.pdf")
    state = i18n.language_state()
    translators = i18n.install_translators(qapp, "uk")
    try:
        window: Any = type("Window", (), {"ctx": None})()
        tab = EvidenceDetailsTab(window)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_detail(get_evidence(db, item_id))
        def cell(row: int, column: int) -> Any:
            item = tab.elements.item(row, column)
            assert item is not None
            return item

        rows = {cell(r, 0).text().rstrip(" *"): r for r in range(tab.elements.rowCount())}
        row = rows["Результати навчання"]
        assert cell(row, 2).text() == "pdf p.1 (теми курсу)"
        assert cell(row, 1).foreground().color().name() == WARNING_COLOUR
        assert "це теми курсу" in tab.element_notes.text()
        # Switching to another credential and back: no note or source of the other one stays behind.
        with db.read() as session:
            other = session.scalars(select(EvidenceItem.id).where(EvidenceItem.id != item_id)
                                    .where(EvidenceItem.import_error == "")).first()
        assert other is not None
        tab.show_detail(get_evidence(db, other))
        assert not tab.element_notes.isVisible()
        assert all("теми курсу" not in cell(r, 2).text() for r in range(tab.elements.rowCount()))
        tab.show_detail(get_evidence(db, item_id))
        assert cell(row, 2).text() == "pdf p.1 (теми курсу)" and tab.element_notes.isVisible()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.restore_language_state(state)


def test_the_rules_warn_and_the_protocol_notes_it(full_demo_db: Database, tmp_path: Path) -> None:
    """Binds in the proposal and on the paper, not only in the Evidence tab."""
    from app.domain.policy_rules import PolicyRules
    from app.matching.policy import evidence_reasons
    from app.services.recognition_rules import evidence_input, protocol_notes

    db = full_demo_db
    item_id = imported_pdf(db, tmp_path, TOPICS_ONLY, "topics-only.pdf")
    with db.read() as session:
        facts = evidence_input(session.get_one(EvidenceItem, item_id)).facts
    assert facts.outcomes_from == "topics"
    reasons = [r for r in evidence_reasons(facts, PolicyRules()) if r.code == "outcomes_are_topics"]
    assert len(reasons) == 1 and reasons[0].severity == "warning"
    notes = [load_translator("uk").message(n) for n in protocol_notes([r.to_dict() for r in reasons], [])]
    assert any("порівняно теми курсу" in n for n in notes), notes
