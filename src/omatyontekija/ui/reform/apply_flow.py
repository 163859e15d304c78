"""Applying the reform page's plan: ask the date, apply off the UI thread, offer printing.

The plan applied is the one shown, both roles' chosen points together. The flow
also shows the page's other messages (a plan that failed), so that the page has
one message box at a time (``message``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from omatyontekija.services.areas import list_divisions
from omatyontekija.services.context import Context
from omatyontekija.services.reform import AppliedReform, ReformProposal, apply_reform
from omatyontekija.ui.reform.dialogs import ApplyDialog
from omatyontekija.ui.reform.runner import JobRunner


class ApplyFlow(QObject):
    #: A reform was applied; the argument is the AppliedReform.
    applied = Signal(object)
    #: The user wants these handovers' checklists printed.
    printRequested = Signal(list)
    #: The user wants the letters of these handovers (the reform just applied) printed.
    lettersRequested = Signal(list)

    def __init__(
        self, ctx: Context, runner: JobRunner, page: QWidget, title: Callable[[], str]
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.runner = runner
        self.page = page
        self.title = title
        self.dialog: ApplyDialog | None = None
        self.message: QMessageBox | None = None

    def ask(self, proposal: ReformProposal | None) -> ApplyDialog | None:
        """Ask from which date ``proposal`` takes effect; applying follows the dialog's OK."""
        if proposal is None or not proposal.has_plan or self.runner.is_busy():
            return None
        divisions = list_divisions(self.ctx)
        # A division not yet in force is replaced by applying, so only the one
        # in force bounds the date (the same date as the replaced one is fine).
        today = self.ctx.today
        latest = max(
            (d.effective_from for d in divisions if d.effective_from <= today), default=None
        )
        dialog = ApplyDialog(len(proposal.all_changes), today, latest, self.page)
        dialog.accepted.connect(lambda: self._apply(proposal, *dialog.dates()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply(self, proposal: ReformProposal, effective_from, due) -> None:
        ctx = self.ctx
        self.runner.run(
            lambda handle: apply_reform(ctx, proposal, effective_from, due=due), self._applied
        )

    def _applied(self, applied: AppliedReform) -> None:
        self.applied.emit(applied)
        self.offer_printing(applied)

    def offer_printing(self, applied: AppliedReform) -> QMessageBox:
        """Say what was saved and offer to print the new handovers' checklists or letters."""
        count = len(applied.handover_ids)
        text = self.tr("The new area division was saved; %n handover(s) were opened.", "", count)
        if applied.skipped:
            text += "\n" + self.tr(
                "%n client(s) already had an open handover and got no second one.",
                "",
                len(applied.skipped),
            )
        box = QMessageBox(QMessageBox.Icon.Information, self.title(), text, parent=self.page)
        box.setObjectName("printOffer")
        if count:
            box.setInformativeText(self.tr("Print their checklists now?"))
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            ids = list(applied.handover_ids)
            box.accepted.connect(lambda: self.printRequested.emit(ids))
            letters = box.addButton(
                self.tr("Print the letters of this reform…"), QMessageBox.ButtonRole.ActionRole
            )
            letters.setObjectName("reformLetters")
            letters.clicked.connect(lambda: self.lettersRequested.emit(ids))
        self.message = box
        box.open()
        return box

    def inform(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(icon, self.title(), text, parent=self.page)
        self.message = box
        box.open()
        return box
