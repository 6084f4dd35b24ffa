import pytest

from app.matching.coverage import best_credential_set, match_credential_to_component
from app.matching.engine import Engine, EngineConfig

COMPONENT = [
    "ПР01. Аналізувати дані за допомогою статистичних методів",
    "ПР02. Проєктувати реляційні бази даних",
    "ПР03. Писати програми мовою Python",
    "ПР04. Ефективно комунікувати в команді",
]


@pytest.fixture(scope="module")
def engine():
    return Engine(EngineConfig(embedding=False))


def test_pairs_coverage_and_explanation(engine):
    credential = ["Analyse data using statistical methods", "Design relational databases", "Write Python programs"]
    result = match_credential_to_component(credential, COMPONENT, threshold=0.5, engine=engine)
    assert result.total == 4
    assert [p.credential_index for p in result.pairs[:3]] == [0, 1, 2]
    assert [p.status for p in result.pairs] == ["covered", "covered", "covered", "not"]
    assert result.coverage == 0.75
    assert result.pairs[0].layer == "glossary"
    assert "data / дані" in result.pairs[0].explanation.shared_concepts
    assert "covers 3 of 4 outcomes" in result.explanation
    d = result.to_dict()
    assert d["pairs"][0]["component_outcome"] == COMPONENT[0]
    assert set(d["pairs"][0]) >= {"component_outcome", "credential_outcome", "score", "layer"}


def test_bloom_gap_is_reported(engine):
    result = match_credential_to_component(
        ["Know relational databases"], ["Design relational databases"], engine=engine
    )
    pair = result.pairs[0]
    assert pair.component_bloom.level == 6 and pair.credential_bloom.level == 1
    assert pair.bloom_gap == -5


def test_threshold_controls_status(engine):
    cred = ["Analyse data"]
    comp = ["Analyse data and build statistical models"]
    low = match_credential_to_component(cred, comp, threshold=0.1, engine=engine)
    high = match_credential_to_component(cred, comp, threshold=0.99, partly_threshold=0.0, engine=engine)
    assert low.pairs[0].status == "covered"
    assert high.pairs[0].status == "partly"
    assert high.coverage == 0.0


def test_empty_sides(engine):
    assert match_credential_to_component(["a"], [], engine=engine).coverage == 0.0
    none = match_credential_to_component([], ["Analyse data"], engine=engine)
    assert none.pairs[0].status == "not" and none.pairs[0].credential_index is None
    blank = match_credential_to_component(["  "], ["Analyse data", ""], engine=engine)
    assert blank.total == 1


def test_bad_thresholds(engine):
    with pytest.raises(ValueError):
        match_credential_to_component(["a"], ["b"], threshold=0.0, engine=engine)
    with pytest.raises(ValueError):
        match_credential_to_component(["a"], ["b"], threshold=0.5, partly_threshold=0.7, engine=engine)


def test_smallest_combination_is_found(engine):
    credentials = {
        "MOOC-stats": ["Analyse data using statistical methods"],
        "MOOC-db": ["Design relational databases", "Write Python programs"],
        "Badge-python": ["Write Python programs"],
        "Workshop-team": ["Communicate effectively in a team"],
    }
    combo = best_credential_set(credentials, COMPONENT, threshold=0.5, engine=engine)
    assert set(combo.chosen) == {"MOOC-stats", "MOOC-db", "Workshop-team"}
    assert combo.coverage == 1.0
    assert combo.max_coverage == 1.0
    assert "together cover 4 of 4" in combo.statement
    assert "not needed: Badge-python" in combo.statement
    by_outcome = {p.component_index: p.credential_id for p in combo.result.pairs}
    assert by_outcome[0] == "MOOC-stats" and by_outcome[3] == "Workshop-team"


def test_single_credential_enough(engine):
    credentials = {
        "A": ["Analyse data using statistical methods", "Design relational databases"],
        "B": ["Analyse data"],
    }
    combo = best_credential_set(credentials, COMPONENT[:2], threshold=0.5, engine=engine)
    assert combo.chosen == ("A",)
    assert combo.statement.startswith("A covers 2 of 2")


def test_nothing_covers(engine):
    combo = best_credential_set({"A": ["Bake bread"]}, COMPONENT, threshold=0.5, engine=engine)
    assert combo.chosen == () and combo.coverage == 0.0
    assert "no credential covers" in combo.statement


def test_greedy_beyond_exact_limit(engine):
    credentials = {f"c{i}": ["Bake bread"] for i in range(5)}
    credentials["stats"] = ["Analyse data using statistical methods"]
    combo = best_credential_set(credentials, COMPONENT[:1], threshold=0.5, engine=engine, exact_limit=2)
    assert combo.chosen == ("stats",)
