"""Long work off the UI thread: a plain function, a progress-and-cancel handle, and signals.

The function runs in Qt's global thread pool and never touches widgets; it
reports through ``TaskHandle`` and its result or exception comes back to the
UI thread as a signal, so every task has an error path that reaches the user.

    task = run_task(find_gaps_job, on_done=self.show_gaps, on_error=self.show_error)
    task.cancel()  # later, if the user presses Cancel
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a task by ``TaskHandle.check()`` once the user cancelled."""


class TaskHandle:
    """What the long function gets: report progress, and ask whether to stop."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancelled.set()


class _TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object, str)  # the exception, its formatted traceback
    cancelled = Signal()
    finished = Signal()  # after done, failed or cancelled


class Task(QRunnable):
    def __init__(self, function: Callable[[TaskHandle], Any]) -> None:
        super().__init__()
        self.signals = _TaskSignals()
        self.handle = TaskHandle(self.signals)
        self._function = function
        self.setAutoDelete(False)  # the UI keeps a reference until finished

    def run(self) -> None:
        try:
            result = self._function(self.handle)
        except Cancelled:
            self._tell(self.signals.cancelled)
        except Exception as error:
            self._tell(self.signals.failed, error, traceback.format_exc())
        else:
            if self.handle.is_cancelled():
                self._tell(self.signals.cancelled)
            else:
                self._tell(self.signals.done, result)
        self._tell(self.signals.finished)

    @staticmethod
    def _tell(signal, *args) -> None:
        # RuntimeError: the program closed while the task ran, nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    def cancel(self) -> None:
        self.handle.cancel()


_running: set[Task] = set()


def run_task(
    function: Callable[[TaskHandle], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception, str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Start ``function(handle)`` in the thread pool; the callbacks run on the UI thread.

    Every callback is connected here, before the task starts: a connection made
    after ``run_task`` returns can miss the signals of a task that is already done.
    """
    task = Task(function)
    if on_done:
        task.signals.done.connect(on_done)
    if on_error:
        task.signals.failed.connect(on_error)
    if on_progress:
        task.signals.progress.connect(on_progress)
    if on_cancelled:
        task.signals.cancelled.connect(on_cancelled)
    if on_finished:
        task.signals.finished.connect(on_finished)
    _running.add(task)
    task.signals.finished.connect(lambda: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(task)
    return task
