"""What the main window offers for handovers: the page, the dialogs, previews and batch printing.

The main window owns one ``HandoverActions`` and wires it to its menu, its
pages and the client view; everything handover-specific stays here. The page,
the dialogs and the printing load on first use: start-up shows none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from omatyontekija.domain.client import Client
from omatyontekija.services.context import Context
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.ui.i18n import current_language

if TYPE_CHECKING:
    from omatyontekija.ui.handovers.batch import BatchPrint
    from omatyontekija.ui.handovers.dialog import HandoverDialog
    from omatyontekija.ui.handovers.letters import LetterPrint
    from omatyontekija.ui.handovers.page import HandoversPage
    from omatyontekija.ui.handovers.preview import PdfPreviewDialog
    from omatyontekija.ui.handovers.start_dialog import StartHandoverDialog


class HandoverActions(QObject):
    #: A handover dialog was opened (tests and the window may follow it).
    dialogOpened = Signal(object)
    #: A preview dialog was opened.
    previewOpened = Signal(object)
    #: A batch print was started; the argument is the BatchPrint.
    batchStarted = Signal(object)
    #: The handovers page asks to go back to the client list.
    backRequested = Signal()

    def __init__(self, ctx: Context, window: QMainWindow, pages: QStackedWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.pages = pages
        self._page: HandoversPage | None = None  # made when first shown
        self.batch: BatchPrint | None = None

    @property
    def page(self) -> HandoversPage:
        if self._page is None:
            from omatyontekija.ui.handovers.page import HandoversPage

            self._page = HandoversPage(self.ctx, self.window)
            self.pages.addWidget(self._page)
            self._page.handoverActivated.connect(self.open_handover)
            self._page.printAllRequested.connect(lambda: self.print_all_open())
            self._page.lettersRequested.connect(
                lambda shown, selected: self.print_letters(shown, selected)
            )
            self._page.backRequested.connect(self.backRequested)
        return self._page

    def refresh_page(self) -> None:
        """Show changed handovers on the page, if it has been made."""
        if self._page is not None:
            self._page.refresh()

    def show_page(self) -> None:
        self.page.refresh()
        self.pages.setCurrentWidget(self.page)
        self.page.focus_list()

    def open_handover(self, handover_id: int) -> HandoverDialog | None:
        from omatyontekija.ui.handovers.dialog import HandoverDialog

        try:
            dialog = HandoverDialog(self.ctx, handover_id, self.window)
        except HandoverError as error:
            self._warn(error.text(current_language()))
            self.refresh_page()
            return None
        dialog.changed.connect(self.refresh_page)
        dialog.previewRequested.connect(self.preview)
        dialog.open()
        self.dialogOpened.emit(dialog)
        return dialog

    def start_for_client(self, client: Client | None) -> StartHandoverDialog | None:
        """The "start handover" dialog for the client; on success the new handover opens."""
        if client is None:
            return None
        from omatyontekija.ui.handovers.start_dialog import StartHandoverDialog

        dialog = StartHandoverDialog(self.ctx, client, self.window)
        dialog.accepted.connect(lambda: self._started(dialog))
        dialog.open()
        self.dialogOpened.emit(dialog)
        return dialog

    def _started(self, dialog: StartHandoverDialog) -> None:
        self.refresh_page()
        if dialog.handover is not None:
            self.open_handover(dialog.handover.id)

    def preview(self, handover_id: int, kind: str = "checklist") -> PdfPreviewDialog | None:
        """Render the checklist or the client letter and show it; recorded as a print."""
        from omatyontekija.documents import document_filename
        from omatyontekija.services import printing
        from omatyontekija.services.handovers import get_handover
        from omatyontekija.ui.handovers.batch import RENDER_LOCK
        from omatyontekija.ui.handovers.preview import PdfPreviewDialog

        if not RENDER_LOCK.acquire(blocking=False):
            self._warn(self.tr("Handovers are being printed; preview again when that is done."))
            return None
        try:
            if kind == "letter":
                client_id = get_handover(self.ctx, handover_id).client_id
                document, data = printing.render_letter(
                    self.ctx, client_id, handover_id=handover_id
                )
                title, print_kind = self.tr("Client letter"), printing.PrintKind.CLIENT_LETTER
            else:
                document, data = printing.render_handover(
                    self.ctx, handover_id, language=current_language()
                )
                title = self.tr("Handover checklist")
                print_kind = printing.PrintKind.HANDOVER_CHECKLIST
        except HandoverError as error:
            self._warn(error.text(current_language()))
            return None
        finally:
            RENDER_LOCK.release()
        dialog = PdfPreviewDialog(
            data,
            title=title,
            filename=document_filename(document),
            on_output=lambda: printing.record_print(self.ctx, print_kind, [document.client.id]),
            parent=self.window,
        )
        dialog.open()
        self.previewOpened.emit(dialog)
        return dialog

    def print_all_open(self, folder: Path | None = None) -> BatchPrint | None:
        """Print every open handover into ``folder`` (a folder: one file each, as before; a
        file: one combined PDF; asked for, with the choice, when None) in the background."""
        return self.print_handovers(None, folder)

    def print_handovers(
        self, handover_ids: list[int] | None, folder: Path | None = None
    ) -> BatchPrint | None:
        """Print the given handovers (None: every open one) into ``folder`` (asked when None)."""
        if self.batch is not None:
            return None  # one batch at a time; its progress dialog is showing
        from omatyontekija.ui.handovers.batch import BatchPrint

        batch = BatchPrint(self.ctx, self.window)
        batch.finished.connect(lambda _result: self._batch_finished(batch))
        self.batch = batch
        if folder is not None:
            batch.start(folder, handover_ids)
        elif not batch.ask_and_start(handover_ids):
            self.batch = None
            return None
        self.batchStarted.emit(batch)
        return batch

    def print_letters(
        self,
        shown: list[int],
        selected: list[int] | None = None,
        target: Path | None = None,
        *,
        one_each: bool = False,
    ) -> LetterPrint | None:
        """Print the letters of the handovers ``shown`` (or those ``selected``, as the user
        chooses) into ``target`` (asked for, with the choice, when None) in the background."""
        if self.batch is not None:
            return None  # one batch at a time; its progress dialog is showing
        from omatyontekija.ui.handovers.letters import LetterPrint

        batch = LetterPrint(self.ctx, self.window)
        batch.finished.connect(lambda _result: self._batch_finished(batch))
        self.batch = batch
        if target is not None:
            batch.start(target, selected or shown, one_each=one_each)
        elif not batch.ask_and_start(list(shown), list(selected or [])):
            self.batch = None
            return None
        self.batchStarted.emit(batch)
        return batch

    def _batch_finished(self, batch: BatchPrint) -> None:
        self.batch = None
        if batch.summary:
            self.window.statusBar().showMessage(batch.summary, 15_000)
        self.refresh_page()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Handovers"), text)
