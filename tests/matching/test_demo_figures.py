"""The stored demo figures (what the frozen self-test compares against) are the source install's figures."""

import copy

from app.cli.demo_figures import compare, demo_figures, stored_figures


def test_compare_names_every_difference():
    stored = stored_figures()
    assert compare(stored, stored) == []
    changed = copy.deepcopy(stored)
    name = next(iter(changed["credentials"]))
    code = next(iter(changed["credentials"][name]))
    changed["credentials"][name][code]["credits"] = 99.0
    changed["credentials"][name][code]["pairs"][0][1] = (
        "covered" if stored["credentials"][name][code]["pairs"][0][1] != "covered" else "not"
    )
    problems = compare(stored, changed)
    assert any("credits 99.0" in p for p in problems)
    assert any("outcome 1" in p for p in problems)
    assert compare(stored, {**stored, "embedding": not stored["embedding"]})


def test_source_install_gives_the_stored_figures():
    assert compare(stored_figures(), demo_figures()) == []


def _one_pair(score: float, status: str, coverage: float = 0.5) -> dict:
    pair = {"proposal": "partial", "credits": 2.0, "coverage": coverage, "pairs": [[score, status, "embedding"]]}
    return {"embedding": True, "credentials": {"badge.json": {"ВК2": pair}}}


def test_a_status_at_a_decision_point_may_differ_but_no_figure_of_the_decision():
    # 0.3748 "not" here, 0.3752 "partly" on another processor: the same decisions.
    assert compare(_one_pair(0.3748, "not"), _one_pair(0.3752, "partly")) == []
    # Far from the point, or with the coverage changed, it is a difference.
    assert compare(_one_pair(0.36, "not"), _one_pair(0.3752, "partly"))
    assert compare(_one_pair(0.4990, "partly", 0.5), _one_pair(0.5010, "covered", 1.0))
    assert compare(_one_pair(0.3748, "not"), _one_pair(0.3752, "covered"))
