"""Which language a text is in, where its letters do not tell: fastText's language identification model.

The model (``resources/langid/lid.176.ftz``, 0.9 MB, 176 languages) is read by ``fasttext-predict`` on first use:
about 40 ms and 6 MB. Texts whose letters decide the language (ASCII English, Ukrainian with і/ї/є/ґ, Polish with
its own letters) never reach it (``app.matching.text.detect_language``), so a catalogue of thousands of English
outcomes pays nothing. Without the model file or the package the language is told by letters alone (one log line).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from app.paths import resource

_log = logging.getLogger(__name__)

MODEL_FILE = ("langid", "lid.176.ftz")
_LABEL = "__label__"

_model: Any = None
_failed = False
_lock = threading.Lock()


def _load() -> Any:
    global _model, _failed
    with _lock:
        if _model is None and not _failed:
            path = resource(*MODEL_FILE)
            try:
                import fasttext

                _model = fasttext.load_model(str(path))
            except (ImportError, OSError, ValueError) as exc:
                _failed = True
                _log.warning("language identification model %s not used (%s): languages told by letters alone",
                             path, exc)
    return _model


def identify(text: str, candidates: frozenset[str] | None = None) -> tuple[str, float] | None:
    """The most probable language of ``text`` (an ISO 639-1 code where one exists) and its probability, among
    ``candidates`` when given; None without the model or when no candidate is among the model's five best."""
    model = _load()
    if model is None:
        return None
    flat = " ".join(text.split())  # the model reads one line
    if not flat:
        return None
    labels, probabilities = model.predict(flat, k=5)
    for label, probability in zip(labels, probabilities, strict=False):
        code = label[len(_LABEL):] if label.startswith(_LABEL) else label
        if candidates is None or code in candidates:
            return code, float(probability)
    return None


def available() -> bool:
    return _load() is not None
