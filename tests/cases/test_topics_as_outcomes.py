"""Evidence whose outcomes are its course's topics (the certificate states none) carries a note on the element, in
the officer's language, and the element still counts as missing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db import Database
from app.models import EvidenceItem
from app.services.evidence import get_evidence, import_files
from app.translation import load_translator
from tests.cases.conftest import case_id_of
from tests.importers.pdfgen import html_pdf

TOPICS_ONLY = """<h1>СЕРТИФІКАТ</h1><p>Цим засвідчується, що</p><p><b>Леся Українка</b></p>
<p>успішно завершила курс «Бази даних»</p><h3>Зміст курсу:</h3><ul><li>Реляційна модель даних</li>
<li>Мова запитів SQL</li><li>Транзакції</li></ul><p>Обсяг: 30 годин</p><p>Дата видачі: 05.03.2025</p>"""


def test_topics_in_place_of_outcomes_are_flagged_on_the_element(full_demo_db: Database, tmp_path: Path) -> None:
    db = full_demo_db
    case_id = case_id_of(db, "RD-DEMO-003")
    path = tmp_path / "topics-only.pdf"
    path.write_bytes(html_pdf(TOPICS_ONLY))
    import_files(db, "officer", case_id, [path])
    with db.read() as session:
        item_id = session.scalars(select(EvidenceItem.id).where(EvidenceItem.original_name == path.name)).one()
    detail = get_evidence(db, item_id)
    assert detail.learning_outcomes == ["Реляційна модель даних", "Мова запитів SQL", "Транзакції"]
    assert "learning_outcomes" in detail.missing_mandatory
    note = load_translator("uk").message(detail.element_notes["learning_outcomes"])
    assert "теми" in note and "results" not in note
