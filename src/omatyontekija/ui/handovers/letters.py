"""Print the letters of many handovers (those shown, those selected, or a reform's) off the UI
thread: one combined PDF in client order, or one file per client, with progress and cancel.

``services.letters`` ticks each printed handover's "client informed" item in the
transaction that records the print; a cancelled run writes nothing and ticks nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from omatyontekija.services import letters
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.ui.handovers.batch import RENDER_LOCK, BatchPrint
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.tasks import TaskHandle


class LetterPrint(BatchPrint):
    """One run of "Print letters…"; ``finished`` carries the LettersResult (None on error)."""

    def __init__(self, ctx, parent, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent, **kwargs)
        self.progress.setObjectName("letterProgress")
        self.progress.setWindowTitle(self.tr("Printing letters"))
        self.progress.setLabelText(self.tr("Reading the letters…"))

    def ask_and_start(  # type: ignore[override]
        self, shown: list[int], selected: list[int] | None = None
    ) -> bool:
        """Ask which handovers, how and where, then start; False when the user declined."""
        from omatyontekija.ui.handovers.print_choice import PrintChoiceDialog

        selected = selected or []
        dialog = PrintChoiceDialog(
            self.parent_widget,
            title=self.tr("Printing letters"),
            intro=self.tr(
                "Print the letters to the clients of these handovers, each in the client's "
                "language and to whoever acts for the client. Printing ticks each handover's "
                "item “client informed”."
            ),
            each_text=self.tr("One &file per client, into a folder"),
            shown=len(shown),
            selected=len(selected),
        )
        if dialog.exec() != PrintChoiceDialog.DialogCode.Accepted:
            return False
        target = dialog.ask_target(self.tr("letters.pdf"))
        if target is None:
            return False
        self.start(target, selected if dialog.use_selected else shown, one_each=dialog.one_each)
        return True

    def start(  # type: ignore[override]
        self, target: Path, handover_ids: list[int] | None = None, *, one_each: bool | None = None
    ) -> None:
        """Print the letters of ``handover_ids`` into ``target`` (a PDF, or with ``one_each``
        a folder) in the background."""
        self.folder = target
        ctx = self.ctx
        ids = list(handover_ids or [])
        each = bool(one_each)
        language = current_language()

        def job(handle: TaskHandle) -> letters.LettersResult:
            with RENDER_LOCK:
                result = letters.print_letters(
                    ctx,
                    ids,
                    target,
                    one_per_client=each,
                    title_language=language,
                    progress=handle.progress,
                    is_cancelled=handle.is_cancelled,
                )
            self.result = result  # kept for _cancelled: run_task drops a cancelled result
            return result

        self._run(job)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setLabelText(
            self.tr("Letter %1 of %2…").replace("%1", str(done)).replace("%2", str(total))
        )

    def _done(self, result: letters.LettersResult) -> None:  # type: ignore[override]
        self.result = result
        self.progress.hide()
        if result.cancelled:  # cancelled after the last letter was under way
            self._cancelled()
            return
        self.summary = (
            self.tr("%n letter(s) printed", "", result.letters)
            + "; "
            + self.tr(
                "“client informed” ticked in %n handover(s).", "", len(result.informed.ticked)
            )
        )
        notes = []
        if result.withheld:
            notes.append(
                self.tr(
                    "%n letter(s) were not printed: the client or a recipient has a "
                    "non-disclosure mark. Send them through the Digital and Population Data "
                    "Services Agency (DVV).",
                    "",
                    len(result.withheld),
                )
            )
        if result.informed.no_item:
            notes.append(
                self.tr(
                    "%n handover checklist(s) have no item “client informed”.",
                    "",
                    len(result.informed.no_item),
                )
            )
        if result.failed:
            notes.append("\n".join(f"{f.filename}: {f.error}" for f in result.failed[:10]))
        if notes:
            QMessageBox.information(
                self.parent_widget, self.progress.windowTitle(), "\n\n".join(notes)
            )
        if result.files and self.folder is not None:
            self.opener(self.folder)
        self.finished.emit(result)

    def _cancelled(self) -> None:
        self.progress.hide()
        result = self.result
        if result is not None and not result.cancelled:
            self._done(result)  # every letter was made before the cancel arrived
            return
        self.summary = self.tr("Printing was cancelled; nothing was written or ticked.")
        self.finished.emit(result)

    def _failed(self, error: Exception, details: str) -> None:
        # Nothing to print, or not the user's to print: said plainly in the user's language.
        if isinstance(error, HandoverError | AccessDenied):
            self.progress.hide()
            QMessageBox.information(
                self.parent_widget,
                self.progress.windowTitle(),
                error.text(current_language()),
            )
            self.finished.emit(None)
            return
        super()._failed(error, details)
