"""Print every open handover (one combined PDF, or one file each into a folder) off the UI
thread, with a cancellable progress dialog.

The batch runs through ``ui/tasks.run_task`` and ``services.printing``, which
records the print and hands the documents to ``documents.write_batch``: one
document at a time per process (reportlab is not thread-safe), every file
written whole or not at all. ``RENDER_LOCK`` keeps a preview in the UI thread
from rendering while a small batch renders in the worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from omatyontekija.documents import BatchResult
from omatyontekija.services import printing
from omatyontekija.services.context import Context
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.tasks import Task, TaskHandle, run_task

RENDER_LOCK = threading.Lock()


def open_folder(folder: Path) -> None:
    """Show what was written: a folder in the file manager, a PDF in the PDF reader."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class BatchPrint(QObject):
    """One "print all open handovers" run; ``finished`` carries the result (None on error)."""

    finished = Signal(object)

    def __init__(
        self,
        ctx: Context,
        parent: QWidget,
        *,
        opener: Callable[[Path], None] = open_folder,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.opener = opener
        self.folder: Path | None = None
        self.task: Task | None = None
        self.result: BatchResult | None = None
        # What happened, in a sentence for the status bar, once finished.
        self.summary = ""
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("batchProgress")
        self.progress.setWindowTitle(self.tr("Printing handovers"))
        self.progress.setLabelText(self.tr("Reading the open handovers…"))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setRange(0, 0)
        self.progress.canceled.connect(self.cancel)
        self.progress.hide()

    def ask_and_start(self, handover_ids: list[int] | None = None) -> bool:
        """Ask how (one combined PDF or one file per handover) and where, then start."""
        from omatyontekija.ui.handovers.print_choice import PrintChoiceDialog

        dialog = PrintChoiceDialog(
            self.parent_widget,
            title=self.tr("Printing handovers"),
            intro=self.tr("Print the checklists of the open handovers."),
            each_text=self.tr("One &file per handover, into a folder"),
        )
        if dialog.exec() != PrintChoiceDialog.DialogCode.Accepted:
            return False
        target = dialog.ask_target(self.tr("handovers.pdf"))
        if target is None:
            return False
        self.start(target, handover_ids, one_each=dialog.one_each)
        return True

    def start(
        self,
        target: Path,
        handover_ids: list[int] | None = None,
        *,
        one_each: bool | None = None,
    ) -> None:
        """Print ``handover_ids`` (None: every open handover) in the background: one combined
        PDF ``target``, or one file each into the folder ``target`` (``one_each``; left
        None, an existing folder gets one file each)."""
        self.folder = target
        language = current_language()
        ctx = self.ctx
        ids = None if handover_ids is None else list(handover_ids)
        each = target.is_dir() if one_each is None else one_each

        def job(handle: TaskHandle) -> BatchResult:
            with RENDER_LOCK:
                if ids is None:
                    result = printing.print_open_handovers(
                        ctx,
                        target,
                        language=language,
                        one_per_handover=each,
                        progress=handle.progress,
                        is_cancelled=handle.is_cancelled,
                    )
                else:
                    result = printing.print_handovers(
                        ctx,
                        ids,
                        target,
                        language=language,
                        one_per_handover=each,
                        progress=handle.progress,
                        is_cancelled=handle.is_cancelled,
                    )
            # run_task reports a cancelled task without its result; keep it for _cancelled.
            self.result = result
            return result

        self._run(job)

    def _run(self, job) -> None:  # type: ignore[no-untyped-def]
        """Show the progress dialog and run ``job`` in the background, reporting to this
        printer's own slots (the letters' printer runs its job the same way)."""
        self.progress.show()
        self.task = run_task(
            job,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.progress.setLabelText(self.tr("Cancelling after the documents in progress…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setLabelText(
            self.tr("Writing PDF %1 of %2…").replace("%1", str(done)).replace("%2", str(total))
        )

    def _done(self, result: BatchResult) -> None:
        self.result = result
        self.progress.hide()
        self.summary = self.tr("%n PDF file(s) written.", "", len(result.written))
        if result.failed:
            names = "\n".join(f"{f.filename}: {f.error}" for f in result.failed[:10])
            QMessageBox.warning(
                self.parent_widget,
                self.progress.windowTitle(),
                self.tr("%1 PDF(s) written, %2 failed:\n%3")
                .replace("%1", str(len(result.written)))
                .replace("%2", str(len(result.failed)))
                .replace("%3", names),
            )
        if result.written and self.folder is not None:
            self.opener(self.folder)  # the folder, or the combined PDF itself
        self.finished.emit(result)

    def _cancelled(self) -> None:
        self.progress.hide()
        written = len(self.result.written) if self.result is not None else 0
        self.summary = (
            self.tr("Printing was cancelled; only complete PDF files are in the folder.")
            + " "
            + self.tr("%n PDF file(s) written.", "", written)
        )
        self.finished.emit(self.result)

    def _failed(self, error: Exception, details: str) -> None:
        self.progress.hide()
        QMessageBox.critical(
            self.parent_widget,
            self.progress.windowTitle(),
            self.tr("Printing failed:\n%1").replace("%1", str(error)),
        )
        self.finished.emit(None)
