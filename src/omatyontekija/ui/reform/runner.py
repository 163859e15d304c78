"""The reform page's work off the UI thread: one job at a time, the newest one's answer wins.

Reading the situation, re-planning after each what-if and applying all run in
Qt's pool (``ui.tasks``); a newer job or Cancel makes the running one's answer
stale (``ui.newest``), so a late result or error is never shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from omatyontekija.ui.newest import Newest
from omatyontekija.ui.tasks import Cancelled, Task, TaskHandle, run_task


class _Failed(Exception):
    """A job's error, tagged with the ticket of the request it answers (a newer one wins)."""

    def __init__(self, ticket: int, error: Exception) -> None:
        super().__init__(str(error))
        self.ticket = ticket
        self.error = error


class JobRunner(QObject):
    #: True while a job runs whose answer is still wanted.
    busyChanged = Signal(bool)
    #: The newest job failed; the argument is its exception.
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self._newest = Newest()
        self._on_done: Callable[[Any], None] | None = None

    def run(self, job: Callable[[TaskHandle], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``job`` off the UI thread, then ``on_done(result)`` unless made stale first."""
        if self._task is not None:
            self._task.cancel()
        ticket = self._newest.renew()
        self._on_done = on_done

        def tagged(handle: TaskHandle):
            try:
                return ticket, job(handle)
            except Cancelled:
                raise
            except Exception as error:
                raise _Failed(ticket, error) from error

        # Bound methods, not lambdas: Qt drops the connection if the runner is deleted first.
        self._task = run_task(tagged, on_done=self._done, on_error=self._error)
        self.busyChanged.emit(True)

    def is_busy(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        """Stop waiting for the running job: its answer is ignored."""
        if self._task is not None:
            self._task.cancel()
        self._task = None
        self._newest.renew()
        self.busyChanged.emit(False)

    def _done(self, result) -> None:
        ticket, value = result
        if not self._newest.is_current(ticket):
            return  # cancelled or replaced by a newer job
        self._task = None
        on_done, self._on_done = self._on_done, None
        self.busyChanged.emit(False)
        if on_done is not None:
            on_done(value)

    def _error(self, failure: Exception, trace: str) -> None:
        ticket, error = (
            (failure.ticket, failure.error)
            if isinstance(failure, _Failed)
            else (self._newest.current, failure)
        )
        if not self._newest.is_current(ticket):
            return
        self._task = None
        self._on_done = None
        self.busyChanged.emit(False)
        self.failed.emit(error)
