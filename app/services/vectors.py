"""The database's vector cache for the embedding layer: each outcome text is embedded once per model and the vector
is then read back by every later session, on any computer sharing the database.

The matching engine knows nothing of the database: this module gives it a :class:`app.matching.semantic.VectorStore`
backed by the ``outcome_vector`` table. Reading or writing the cache never fails a matching (a vector that cannot
be read is computed again; one that cannot be kept is used and forgotten).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from sqlalchemy import select

from app.db import Database
from app.models import OutcomeVector

_log = logging.getLogger(__name__)

CHUNK = 500  # keys per IN (...) query: well under SQLite's parameter limit


class DatabaseVectorStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        with self.db.read() as session:
            for start in range(0, len(unique), CHUNK):
                rows = session.execute(
                    select(OutcomeVector.text_hash, OutcomeVector.dim, OutcomeVector.vector).where(
                        OutcomeVector.model == model, OutcomeVector.text_hash.in_(unique[start : start + CHUNK])
                    )
                )
                for text_hash, dim, blob in rows:
                    vector = np.frombuffer(blob, dtype="<f4")
                    if vector.shape == (dim,):  # a damaged row is ignored and computed again
                        out[text_hash] = vector.astype(np.float32)
        return out

    def save(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        if not vectors:
            return
        rows = [{"text_hash": key, "model": model, "dim": int(vec.shape[0]),
                 "vector": np.ascontiguousarray(vec, dtype="<f4").tobytes()} for key, vec in vectors.items()]
        # INSERT … ON CONFLICT DO NOTHING: another session or computer may keep the same vector at the same time,
        # and inside a unit of work (the demo data) a duplicate must not undo the rest of it.
        with self.db.write() as session:
            insert = _insert_for(session.bind.dialect.name if session.bind is not None else "sqlite")
            for start in range(0, len(rows), CHUNK):
                session.execute(insert(OutcomeVector).values(rows[start : start + CHUNK]).on_conflict_do_nothing())


def _insert_for(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def attach(db: Database) -> None:
    """Let the embedding layer read and keep vectors in ``db`` (one database per process)."""
    from app.matching import semantic

    current = semantic.vector_store()
    if isinstance(current, DatabaseVectorStore) and current.db is db:
        return
    semantic.set_vector_store(DatabaseVectorStore(db))


def prepare_matching(db: Database) -> bool:
    """Attach the vector cache and load what every matching needs: the glossary, the lemmatiser's Ukrainian and
    English dictionaries and the embedding model (run in the background at start-up, so that the first matching
    waits for none of them). True when the embedding layer is available.

    The dictionaries are read in their fast-loading form (``app.matching.lemma_cache``); on the very first start
    of a simplemma version without a bundled copy, this is where that form is made and kept."""
    from app.matching import semantic
    from app.matching.engine import prepare_word_layers

    attach(db)
    prepare_word_layers()
    available = semantic.preload()
    if available:
        _warm_store(db)
    return available


def _warm_store(db: Database) -> None:
    """One look-up of a key that is never stored: the first query of the ORM configures every mapper and compiles
    the statement (a quarter of a second), which would otherwise fall on the first matching."""
    store = semantic_store()
    if store is None:
        return
    try:
        store.load("", ["0" * 64])
    except Exception as exc:  # noqa: BLE001 - the cache is an optimisation: matching reads it later or computes
        _log.warning("vector cache not reachable: %s", exc)


def semantic_store() -> DatabaseVectorStore | None:
    from app.matching import semantic

    store = semantic.vector_store()
    return store if isinstance(store, DatabaseVectorStore) else None


def cached_count(db: Database) -> int:
    from sqlalchemy import func

    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(OutcomeVector)).scalar_one())
