"""Rule: the cap on recognised credits offers recognition up to the credits left and says so; more needs the
commission's override with a reason, which the protocol shows."""

from __future__ import annotations

import pytest

from app.db import Database
from app.reports.papers import reasons_text
from app.services import decisions, reports
from app.services.decisions import DecisionInput
from app.translation import load_translator
from tests.scenarios.conftest import codes, move, set_rules, to_assessment


def test_the_proposal_recognises_what_the_cap_leaves(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, cap_percent=5.0, cap_base="academic_year")  # 3 credits of 60
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    assert line.component_ects > 3
    reason = next(r for r in line.proposal_reasons if r["code"] == "cap_remainder")
    assert reason["params"]["room"] == 3.0 and "3 of" in reason["text"]
    assert line.proposal == "partial" and codes(line)["coverage"] == "info"  # coverage is not blamed
    suggestion = decisions.suggested_decision(demo_db, line.id)
    assert suggestion is not None and suggestion.credits_recognised == 3.0
    with pytest.raises(decisions.CapExceeded):
        decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput("full"))
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput("full"),
                            cap_override_reason="Rector's permission No. 5")
    move(demo_db, sql_case, "decided")
    paper_line = next(x for x in reports.protocol_data(demo_db, "RD-TEST-001").lines if x.component_code == "ОК5")
    assert "permission No. 5" in reasons_text(paper_line, "en", load_translator("en"))
