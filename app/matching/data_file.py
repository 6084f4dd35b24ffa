"""Reading a bundled data file of the word layers (a dictionary, the synonyms) that matching can do without."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def read_or_log(path: Path, parse: Callable[[str, str], T], empty: T, what: str, log: logging.Logger) -> T:
    """``parse(text, source)`` of the file at ``path``; ``empty`` when it cannot be read or parsed, after one log line
    that names ``what`` is not used, the file and the problem (``parse`` raises ValueError naming the line)."""
    try:
        return parse(path.read_text(encoding="utf-8"), str(path))
    except UnicodeDecodeError as exc:
        log.warning("%s not used: %s: not UTF-8 text (byte %d)", what, path, exc.start)
    except OSError as exc:
        log.warning("%s not used: %s: %s", what, path, exc.strerror or exc.__class__.__name__)
    except ValueError as exc:  # names the file and the line
        log.warning("%s not used: %s", what, exc)
    return empty
