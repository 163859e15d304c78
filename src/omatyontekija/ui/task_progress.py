"""Progress of work over every client, with counts and a Cancel button.

Key figures and the gap list evaluate every client (seconds at county scale):
the page shows "12 000 / 300 000 clients" as the work goes and lets the user
stop it. The service gets ``counted(handle)`` as its progress callback, which
passes the counts on and raises ``Cancelled`` once Cancel was pressed, so the
work really stops where it stands (its read transaction is rolled back).

    self.progress = TaskProgress(self)
    self.progress.cancelRequested.connect(self.cancel)
    task = run_task(lambda handle: key_figures(ctx, progress=counted(handle)),
                    on_progress=self.progress.set_progress, ...)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.tasks import TaskHandle


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
        self.hide()

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
