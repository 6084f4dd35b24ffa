"""Logging to a rotating file in the user log folder (and warnings to stderr for the command line)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_configured: Path | None = None


def setup_logging(verbose: bool = False) -> Path:
    """Configure logging once; returns the log file path."""
    global _configured
    if _configured is not None:
        return _configured
    from app import paths

    log_file = paths.log_dir() / "recognition-desk.log"
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _configured = log_file
    return log_file
