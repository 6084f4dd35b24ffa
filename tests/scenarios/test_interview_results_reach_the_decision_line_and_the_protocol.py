"""Rule: an interview or test the commission held on a component reaches that component's decision line (the
proposal panel of the Components tab) and its row of the protocol, in the protocol's language; only requested
components can be named."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.db import Database
from app.errors import UserError
from app.reports.papers import protocol_paper
from app.reports.pdf_document import Table
from app.services import decisions, protocols, reports
from app.services.decisions import AssessmentData, DecisionInput
from app.services.protocols import ProtocolInput
from tests.scenarios.conftest import move, to_assessment

INTERVIEW = AssessmentData("interview", date.today(), "Лисенко М. А.", 17, 20, "Транзакції", ("ОК5",))


def _line_rows(paper: Any) -> list[str]:
    return [row for block in paper.blocks if isinstance(block, Table) for row in block.rows]


def test_the_interview_is_printed_on_its_component_row(demo_db: Database, sql_case: int) -> None:
    lines = to_assessment(demo_db, sql_case, ("ОК5", "ВК2"))
    decisions.add_assessment(demo_db, "officer", sql_case, INTERVIEW)
    for line in lines:
        decisions.save_decision(demo_db, "officer", line.id, line.row_version,
                                DecisionInput("full", grade_100=90, grade_ects="A", grade_national="5 (відмінно)",
                                              reasons="підтверджено комісією"))
    move(demo_db, sql_case, "decided")
    protocols.sign_protocol(demo_db, "chair", protocols.generate_protocol(demo_db, "s", sql_case, ProtocolInput()))
    data = reports.protocol_data(demo_db, "RD-TEST-001")
    assert data.assessments[0].components == ("ОК5",)
    uk = {row.split("</td>")[1]: row for row in _line_rows(protocol_paper(data, "uk"))}
    ok5 = next(row for key, row in uk.items() if "ОК5" in key)
    vk2 = next(row for key, row in uk.items() if "ВК2" in key)
    assert "співбесіда, 17 балів з 20" in ok5 and "співбесіда" not in vk2
    en = " ".join(_line_rows(protocol_paper(data, "en")))
    assert "interview, 17 points of 20" in en


def test_only_requested_components_can_be_assessed(demo_db: Database, sql_case: int) -> None:
    to_assessment(demo_db, sql_case, ("ОК5",))
    with pytest.raises(UserError, match="not among the components requested"):
        decisions.add_assessment(demo_db, "officer", sql_case, AssessmentData("test", components=("ОК9",)))
    row = decisions.add_assessment(demo_db, "officer", sql_case, INTERVIEW)
    assert decisions.list_assessments(demo_db, sql_case)[0].components == ("ОК5",)
    whole = decisions.update_assessment(demo_db, "officer", row, AssessmentData("test", components=()))
    assert whole.components == ()


def test_the_components_tab_shows_the_interview_of_the_line(qtbot: Any, demo_db: Database, sql_case: int) -> None:
    from tests.cases.test_gui_procedure import _open, _select, _window

    to_assessment(demo_db, sql_case, ("ОК5", "ВК2"))
    decisions.add_assessment(demo_db, "officer", sql_case, INTERVIEW)
    window, wf, _script = _window(qtbot, demo_db)
    _open(qtbot, window, wf, sql_case)
    _select(wf, "ОК5")
    assert "17 / 20" in wf.components_tab.proposal_label.text()
    _select(wf, "ВК2")
    assert "17 / 20" not in wf.components_tab.proposal_label.text()
    window.ctx.runner.wait()
