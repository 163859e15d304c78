"""Progress of work over every client, with counts and a Cancel button.

Key figures and the gap list evaluate every client (seconds at county scale):
the page shows "12 000 / 300 000 clients" as the work goes and lets the user
stop it. The service gets ``counted(handle)`` as its progress callback, which
passes the counts on and raises ``Cancelled`` once Cancel was pressed, so the
work really stops where it stands (its read transaction is rolled back).

    self.busy = TaskProgress(self)
    self.busy.cancelRequested.connect(self.cancel)  # the page says it was cancelled
    self.busy.run(lambda handle: key_figures(ctx, progress=counted(handle)),
                  on_done=self.show_figures, on_error=self.show_error)

``run`` keeps the one task the page waits for: a newer run replaces it, and
the signals of a replaced or cancelled task never reach the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.tasks import Task, TaskHandle, run_task


def counted(handle: TaskHandle) -> Callable[[int, int], None]:
    """A service's ``progress`` callback for the task of ``handle``: reports the counts,
    and stops the work (``Cancelled``) once the user has cancelled."""

    def progress(done: int, total: int) -> None:
        handle.progress(done, total)
        handle.check()

    return progress


def grouped(number: int) -> str:
    """12 000 in Finnish and Swedish (a no-break space), 12,000 in English."""
    text = f"{number:,}"
    return text if current_language() == "en" else text.replace(",", "\u00a0")


class TaskProgress(QWidget):
    """A progress bar saying how many clients are done, and a Cancel button; hidden
    until ``start``."""

    # Emitted when the user presses the button.
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("taskProgress")
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(True)
        self.bar.setMinimumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("taskCancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.task: Task | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._on_error: Callable[[Exception, str], None] | None = None
        self.hide()

    # -- the one task shown --------------------------------------------------
    def run(
        self,
        job: Callable[[TaskHandle], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception, str], None],
        cancellable: bool = True,
    ) -> None:
        """Run ``job(handle)`` off the UI thread as the task this bar shows, replacing (and
        cancelling) the one before; ``on_done``/``on_error`` hear only from this one."""
        if self.task is not None:
            self.task.cancel()
        self._on_done, self._on_error = on_done, on_error
        self.start(cancellable=cancellable)
        # This widget's own slots, not the page's lambdas: Qt drops the connections when
        # the page (and so this bar) is deleted before the task ends.
        self.task = run_task(
            job,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
        )

    def cancel(self) -> bool:
        """Stop the task shown (it stops at its next report); False when none ran."""
        if self.task is None:
            return False
        self.task.cancel()
        self.task = None
        self.stop()
        return True

    def running(self) -> bool:
        return self.task is not None

    def _current(self) -> bool:
        """Whether the signal being handled comes from the task shown (an older, replaced
        or cancelled one may still report)."""
        return self.task is not None and self.sender() is self.task.signals

    def _progress(self, done: int, total: int) -> None:
        if self._current():
            self.set_progress(done, total)

    def _done(self, result: Any) -> None:
        if self._current():
            self.task = None
            self.stop()
            self._on_done(result)

    def _failed(self, error: Exception, trace: str) -> None:
        if self._current():
            self.task = None
            self.stop()
            self._on_error(error, trace)

    def start(self, *, cancellable: bool = True) -> None:
        """Show the bar moving without counts until the first report."""
        self.bar.setRange(0, 0)
        self.bar.setFormat("")
        self.bar.setAccessibleDescription("")
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        text = self.tr("%1 / %2 clients").replace("%1", grouped(done)).replace("%2", grouped(total))
        self.bar.setFormat(text)
        self.bar.setAccessibleDescription(text)

    def text(self) -> str:
        """What the bar says now ("12 000 / 300 000 clients"; empty before counts)."""
        return self.bar.format()

    def stop(self) -> None:
        self.hide()
