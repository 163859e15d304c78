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

from PySide6.QtCore import QObject, QThreadPool, Signal


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


class Task:
    """One run of a function in the pool.

    Not a QRunnable subclass: a Python QRunnable that the pool must not delete
    keeps a reference from C++ that is never dropped, and every task leaked.
    The pool gets ``run`` as a callable (deleted by Qt after it ran); the UI
    keeps the task in ``_running`` until its ``finished`` arrives.
    """

    def __init__(self, function: Callable[[TaskHandle], Any]) -> None:
        self.signals = _TaskSignals()
        self.handle = TaskHandle(self.signals)
        self._function = function

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

    def release(self) -> None:
        """Let go of the function and the callbacks' connections once finished.

        The callbacks are often closures over a page; dropping them here means a
        finished task holds nothing of the page alive, however long it lingers.
        """
        self._function = None
        self.signals.deleteLater()


#: The tasks not yet finished, by their signals object: kept alive until their
#: ``finished`` arrives on the UI thread, then forgotten.
_running: dict[_TaskSignals, Task] = {}


class _Forgetter(QObject):
    """Drops a finished task. A slot on a long-lived object, never a lambda holding
    the task: a Python callable held by the task's own Qt connection is a cycle
    through C++ that the garbage collector cannot see, and every task leaked."""

    def forget(self) -> None:
        signals = self.sender()
        task = _running.pop(signals, None)
        if task is not None:
            task.release()


_forgetter: _Forgetter | None = None


def _the_forgetter() -> _Forgetter:
    global _forgetter
    if _forgetter is None:
        _forgetter = _Forgetter()
    return _forgetter


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
    _running[task.signals] = task
    task.signals.finished.connect(_the_forgetter().forget)
    (pool or QThreadPool.globalInstance()).start(task.run)
    return task
