import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.matching import engine as engine_module
from app.matching.engine import Engine, EngineConfig
from app.matching.glossary import parse_glossary


@pytest.fixture(scope="module")
def engine():
    return Engine(EngineConfig(embedding=False))


EN_CANDIDATES = [
    "Design relational databases",
    "Analyse data using statistical methods",
    "Write programs in Python",
    "Communicate effectively in a team",
    "Manage project budgets",
]
UK_CANDIDATES = [
    "Проєктувати реляційні бази даних",
    "Аналізувати дані за допомогою статистичних методів",
    "Писати програми мовою Python",
    "Ефективно комунікувати в команді",
    "Управляти бюджетом проєкту",
]


def top(engine, queries, candidates):
    return [row[0] for row in engine.rank_detailed(queries, candidates, top_k=3)]


def test_english_ranking(engine):
    best = top(engine, ["statistical analysis of data", "database design", "budget management"], EN_CANDIDATES)
    assert [b.index for b in best] == [1, 0, 4]


def test_ukrainian_ranking(engine):
    best = top(engine, ["статистичний аналіз даних", "проєктування баз даних", "комунікація в команді"], UK_CANDIDATES)
    assert [b.index for b in best] == [1, 0, 3]


def test_cross_lingual_through_glossary(engine):
    rows = engine.rank_detailed(UK_CANDIDATES, EN_CANDIDATES, top_k=2)
    assert [r[0].index for r in rows] == [0, 1, 2, 3, 4]
    assert all(r[0].layer == "glossary" for r in rows)
    assert all(r[0].score > r[1].score for r in rows)


def test_identical_text_scores_one_lexically(engine):
    row = engine.rank_detailed(["Design relational databases"], EN_CANDIDATES, top_k=1)[0][0]
    assert row.index == 0 and row.score == pytest.approx(1.0) and row.layer == "lexical"


def test_rare_words_outweigh_boilerplate(engine):
    candidates = ["Be able to use software tools", "Configure Kubernetes clusters"]
    best = engine.rank_detailed(["use Kubernetes"], candidates, top_k=2)[0]
    assert best[0].index == 1


def test_ties_broken_by_token_sort_ratio(engine):
    # token_set_ratio gives 100 to both (the query is a subset); the closer order of words wins.
    candidates = ["data analysis report tools", "analysis data"]
    best = engine.rank_detailed(["data analysis"], candidates, top_k=2)[0]
    assert best[0].index == 1


def test_explanation_lists_shared_terms(engine):
    exp = engine.explain("Аналізувати дані", "Analyse data")
    assert "analyse / аналізувати" in exp.shared_concepts
    assert "data / дані" in exp.shared_concepts
    exp2 = engine.explain("Configure Kubernetes", "Kubernetes administration")
    assert "kubernetes" in exp2.shared_lemmas


def test_explanation_shows_words_as_written_where_the_lemma_is_another_word_or_a_stem(engine):
    # The lemmatiser's dictionary gives "гашиш" for "хеш", and an unknown word keeps only a stem ("сортуванн").
    exp = engine.explain("Використовувати хеш-таблиці та реалізовувати сортування",
                         "Хеш-таблиці й сортування")
    assert "хеш" in exp.shared_lemmas and "сортування" in exp.shared_lemmas
    assert "гашиш" not in exp.terms() and "сортуванн" not in exp.terms()
    # A dictionary lemma that begins like the written word is still shown as the lemma.
    assert "складність" in engine.explain("Аналізувати складності", "Оцінювати складність").shared_lemmas


def test_empty_inputs(engine):
    assert engine.rank_detailed([], EN_CANDIDATES) == []
    assert engine.rank_detailed(["x"], []) == [[]]
    assert engine.rank_detailed(["x", "y"], ["a"], top_k=5)[0][0].index == 0


def test_blocks_give_the_same_result():
    small = Engine(EngineConfig(embedding=False, block_rows=2))
    big = Engine(EngineConfig(embedding=False, block_rows=1000))
    q = UK_CANDIDATES + EN_CANDIDATES
    assert small.rank_detailed(q, EN_CANDIDATES, 3) == big.rank_detailed(q, EN_CANDIDATES, 3)


def test_ranking_scores_equal_the_full_matrices():
    """Rankings calibrate only the shortlisted cells, in blocks of a few cells: every reported figure must equal
    the dense matrices' (scored cell by cell, in any block shape)."""
    eng = Engine(EngineConfig(embedding=False, block_cells=7, shortlist=3))
    q = UK_CANDIDATES + EN_CANDIDATES
    cands = EN_CANDIDATES + UK_CANDIDATES
    _, mats = eng.matrices(q, cands)
    rows = eng.rank_detailed(q, cands, 3)
    for i, row in enumerate(rows):
        for s in row:
            c = s.index
            assert s.score == round(float(mats.rank[i, c]), 4)
            assert s.calibrated == round(float(mats.score[i, c]), 4)
            assert s.lexical == round(float(mats.raw_lexical[i, c]), 4)
            assert s.glossary == round(float(mats.raw_glossary[i, c]), 4)
            assert s.layer == ("lexical", "glossary", "embedding")[int(mats.rank_layer[i, c])]
        best = max(range(len(cands)), key=lambda c: (round(float(mats.rank[i, c]), 6), -c))
        assert round(float(mats.rank[i, row[0].index]), 6) == round(float(mats.rank[i, best]), 6)


def test_blocks_two_at_a_time_rank_as_one_at_a_time():
    """A ranking in many blocks, made by this thread and a kept helper each taking the next block, gives every row
    in its place with the figures of the blocks made one after another."""
    q = (UK_CANDIDATES + EN_CANDIDATES) * 3
    cands = EN_CANDIDATES + UK_CANDIDATES
    together = Engine(EngineConfig(embedding=False, single_block_cells=0, block_rows=2, workers=2))
    alone = Engine(EngineConfig(embedding=False, single_block_cells=0, block_rows=2, workers=1))
    assert together.rank_detailed(q, cands, 3) == alone.rank_detailed(q, cands, 3)


@pytest.mark.parametrize("failing", [0, 1, 5])
def test_a_block_that_fails_fails_the_ranking_and_the_other_thread_stops(failing):
    done = []

    def block(i):
        if i == failing:
            raise RuntimeError(f"block {i}")
        done.append(i)
        return i

    with pytest.raises(RuntimeError, match=f"block {failing}"):
        engine_module._two_at_a_time(block, list(range(40)))
    assert len(done) < 39  # the thread still working stopped at its next block
    assert engine_module._two_at_a_time(lambda i: i * i, list(range(9))) == [i * i for i in range(9)]


def test_custom_glossary_joins_words():
    glossary = parse_glossary("concept\ten\tuk\nfrog\tfrog\tжаба\n")
    eng = Engine(EngineConfig(embedding=False), glossary=glossary)
    best = eng.rank_detailed(["жаба"], ["frog", "dog"], top_k=2)[0]
    assert best[0].index == 0 and best[0].layer == "glossary"


def test_glossary_errors_name_the_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_glossary("concept\ten\tuk\nbroken line\n")


class FakeEmbedder:
    """Vectors chosen by hand: texts about cats point one way, the rest another."""

    name = "fake"

    def encode(self, texts):
        out = np.array([[1.0, 0.0] if ("cat" in t or "кіт" in t) else [0.0, 1.0] for t in texts], dtype=np.float32)
        return out


def test_embedding_layer_is_reported():
    eng = Engine(EngineConfig(embedding=True), embedder=FakeEmbedder())
    best = eng.rank_detailed(["кіт"], ["dog house", "cat food"], top_k=2)[0]
    assert best[0].index == 1
    assert best[0].layer == "embedding"
    assert best[0].embedding == pytest.approx(1.0)


def test_embedding_can_be_switched_off(monkeypatch):
    from app.matching import semantic

    monkeypatch.setenv("RD_EMBEDDING", "off")
    assert semantic.default_embedder() is None


texts = st.lists(st.text(max_size=40), min_size=0, max_size=8)


@settings(max_examples=60, deadline=None)
@given(texts, texts, st.integers(min_value=0, max_value=6))
def test_rank_is_robust(queries, candidates, k):
    eng = Engine(EngineConfig(embedding=False))
    out = eng.rank_detailed(queries, candidates, top_k=k)
    assert len(out) == len(queries)
    for row in out:
        assert len(row) == (min(k, len(candidates)) if candidates else 0)
        idx = [s.index for s in row]
        assert len(set(idx)) == len(idx)
        assert all(0 <= i < len(candidates) for i in idx)
        scores = [s.score for s in row]
        assert all(0.0 <= s <= 1.0 for s in scores)
        assert scores == sorted(scores, reverse=True)


def test_word_families_match_in_part():
    from app.matching.lexical import FamilyIndex

    index = FamilyIndex([["quality", "control"], ["grade", "fish"], ["fish", "farm"]])
    dice, recall = index.scores([["fish", "grading"], ["grade", "fish"]])
    assert dice[0].argmax() == 1 and 0.5 < dice[0, 1] < 1.0  # "grading" meets "grade" in part
    assert dice[1, 1] == pytest.approx(1.0) and recall[1, 1] == pytest.approx(1.0)
    assert dice[0, 0] == 0.0


def test_hyphenated_compound_meets_the_closed_form(engine):
    best = engine.rank_detailed(["field of bio-technology"], ["audio technology", "biotechnology"], top_k=2)[0]
    assert best[0].index == 1


def test_nominalised_outcome_finds_its_verb_form(engine):
    candidates = ["check wine quality", "operate quality control systems", "supervise supply chain"]
    best = engine.rank_detailed(["supply chain supervision"], candidates, top_k=3)[0]
    assert best[0].index == 2


WORDS = ["grade", "grading", "graduate", "fish", "fishing", "farm", "farmer", "farming", "control", "controls",
         "quality", "qualify", "manage", "management", "data", "database"]


def _family_reference(index, query: list[str], doc: list[str]) -> tuple[float, float]:
    """Dice and recall of one query against one candidate, from the definition (FamilyIndex's docstring)."""
    from app.matching.text import light_stem

    def strength(a: str, b: str) -> float:
        if a == b:
            return 1.0
        if light_stem(a) == light_stem(b):
            return index.stem_similarity
        if len(a) >= index.prefix_length and a[: index.prefix_length] == b[: index.prefix_length]:
            return index.prefix_similarity
        return 0.0

    doc_terms = set(doc)
    overlap = sum(
        max((strength(q, d) * (index.query_weight(q) * index.query_weight(d)) ** 0.5 for d in doc_terms), default=0)
        for q in set(query)
    )
    q_total = sum(index.query_weight(q) for q in set(query))
    d_total = sum(index.query_weight(d) for d in doc_terms)
    both = min(overlap, q_total, d_total)
    return 2 * both / (q_total + d_total), both / q_total


def test_word_family_scores_follow_the_definition_and_not_the_batch():
    """Each query's family scores are those of the definition, and bit for bit the same whether its terms are
    learnt alone, among other queries' or in another order (new terms are learnt together in one pass)."""
    import random

    from app.matching.lexical import FamilyIndex

    rng = random.Random(7)
    docs = [rng.sample(WORDS, rng.randint(1, 4)) for _ in range(60)]
    queries = [rng.sample(WORDS + ["unknown", "grader"], rng.randint(1, 4)) for _ in range(25)]
    together = FamilyIndex(docs).scores(queries)
    alone = [FamilyIndex(docs).scores([q]) for q in queries]
    reversed_dice, reversed_recall = FamilyIndex(docs).scores(queries[::-1])
    for i in range(len(queries)):
        assert together[0][i].tobytes() == alone[i][0][0].tobytes() == reversed_dice[-1 - i].tobytes()
        assert together[1][i].tobytes() == alone[i][1][0].tobytes() == reversed_recall[-1 - i].tobytes()
    index = FamilyIndex(docs)
    for i, query in enumerate(queries):
        for j, doc in enumerate(docs):
            dice, recall = _family_reference(index, query, doc)
            assert together[0][i, j] == pytest.approx(dice, abs=1e-5)
            assert together[1][i, j] == pytest.approx(recall, abs=1e-5)


def test_the_shortlist_keeps_the_first_of_equal_scores_at_its_boundary() -> None:
    """Which of several equal scores at the shortlist's boundary are kept is decided by the engine (the first
    columns), not by the selection algorithm numpy happens to run on the processor: the same ranking everywhere."""
    from app.matching.engine import _top_columns

    scores = np.array(
        [[0.5] * 12, [0.1, 0.9, 0.5, 0.5, 0.8, 0.5, 0.5, 0.2, 0.5, 0.5, 0.5, 0.5]], dtype=np.float32
    )
    assert _top_columns(scores, 3).tolist() == [[0, 1, 2], [1, 2, 4]]
    # Chunks of rows give the same answer.
    assert _top_columns(scores, 5, chunk_cells=1).tolist() == [[0, 1, 2, 3, 4], [1, 2, 3, 4, 5]]


def test_the_shortlist_by_a_sampled_floor_is_the_selection_of_whole_rows() -> None:
    """The shortlist found among the cells above a floor sampled from every eighth column is the one selected in
    whole rows: the same columns, the same first ones of equal scores, on continuous scores, on a few distinct
    values (ties at the floor) and on rows that are mostly zeros."""
    from app.matching.engine import _top_of_rows, _top_of_rows_by_partition

    rng = np.random.default_rng(2026)
    for trial in range(240):
        rows, n = int(rng.integers(1, 30)), int(rng.integers(200, 3000))
        m = int(rng.integers(1, 21))
        kind = trial % 3
        if kind == 0:
            scores = rng.random((rows, n), dtype=np.float32)
        elif kind == 1:
            scores = (rng.integers(0, 5, (rows, n)) / 4).astype(np.float32)
        else:
            scores = np.zeros((rows, n), dtype=np.float32)
            scores[:, rng.integers(0, n, 5)] = 0.5
        assert _top_of_rows(scores, m).tolist() == _top_of_rows_by_partition(scores, m).tolist(), (trial, m)
