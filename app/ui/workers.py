"""Background work: run a service call on the thread pool, report progress and the result on the GUI thread.

A ``Task`` wraps a plain function ``fn(progress) -> result``. Its signals are emitted from the worker thread and
delivered to the GUI thread by Qt's queued connections, so slots may touch widgets. Cancelling sets a flag that the
service checks between units of work; the service then rolls back its transaction.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import CancelledError, UserError
from app.ui.i18n import error_text

log = logging.getLogger(__name__)

SHUTDOWN_GRACE_MS = 1500  # how long quitting waits for background work that has been told to stop


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[[Task], Any], title: str = "") -> None:
        super().__init__()
        self.fn = fn
        self.title = title
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    # The Progress protocol of app.domain.progress
    def report(self, done: int, total: int, message: str = "") -> None:
        self.signals.progress.emit(done, total, message)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.fn(self)
        except CancelledError:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(error_text(exc))  # in the interface language when it is an app.messages text
        except Exception as exc:
            log.error("Background task %r failed:\n%s", self.title, traceback.format_exc())
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on a private pool and keeps them alive until they finish."""

    task_started = Signal(object)
    task_finished = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[[Task], Any],
        *,
        title: str = "",
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        task = Task(fn, title)
        if on_success:
            task.signals.succeeded.connect(on_success)
        if on_failure:
            task.signals.failed.connect(on_failure)
        if on_progress:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda: self._done(task))
        self._running.add(task)
        self.task_started.emit(task)
        self.pool.start(task)
        return task

    def _done(self, task: Task) -> None:
        self._running.discard(task)
        self.task_finished.emit(task)

    @property
    def running(self) -> list[Task]:
        return list(self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self.pool.waitForDone(msecs))

    def shutdown(self, grace_ms: int = SHUTDOWN_GRACE_MS) -> bool:
        """On quitting: cancel every task, drop the ones not started yet and give the running ones at most
        ``grace_ms`` to stop (a cancelled service rolls back its transaction). False when some are still running."""
        self.cancel_all()
        self.pool.clear()
        return self.wait(grace_ms)
