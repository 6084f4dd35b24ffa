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
