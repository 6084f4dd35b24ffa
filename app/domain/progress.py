"""Progress and cancellation for long work, without Qt: the GUI passes an object that forwards to a signal,
the command line passes one that prints or nothing at all."""

from __future__ import annotations

import threading
from typing import Protocol

from app.errors import CancelledError


class Progress(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NullProgress:
    """Progress that goes nowhere; cancellation through ``cancel()`` (used by tests and the command line)."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        return None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


def check_cancelled(progress: Progress | None) -> None:
    """Raise CancelledError when the user asked to stop; call between units of work."""
    if progress is not None and progress.cancelled:
        raise CancelledError()
