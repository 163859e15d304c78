"""My deadlines: the service-path deadlines near or past, for my clients or the whole unit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from omatyontekija.rules.deadline_rules import DeadlineStatus
from omatyontekija.services.context import Context
from omatyontekija.services.deadlines import (
    ATTENTION_STATUSES,
    OPEN_STATUSES,
    deadline_list,
    user_worker_id,
)
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.deadlines.model import COLUMN_NAME, DeadlineTableModel
from omatyontekija.ui.filtered_list import FilteredListPage

_WHOLE_UNIT = -1  # combo data for "whole unit" (None is not stored reliably in a QVariant)


class DeadlinePage(FilteredListPage):
    #: A list was shown; the argument is how many deadlines it has.
    listed = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Deadlines of the service path"),
            DeadlineTableModel(),
            "deadlineTable",
            (110, 110, 260, 200, 150, 140, 180),
            self.tr("Deadlines"),
            ((self.tr("C&lients of"), "deadlineWho"), (self.tr("&Show"), "deadlineStatus")),
            parent,
            name_column=COLUMN_NAME,
        )
        self.who, self.status = self.filters
        self.start()

    def fill_filters(self) -> None:
        mine = user_worker_id(self.ctx)
        if mine is not None:
            self.who.addItem(self.tr("My clients"), mine)
        self.who.addItem(self.tr("Whole unit"), _WHOLE_UNIT)
        for w in list_workers(self.ctx):
            if w.worker.id != mine:
                self.who.addItem(w.worker.name, w.worker.id)
        for text, statuses in (
            (self.tr("Near or overdue"), ATTENTION_STATUSES),
            (self.tr("Overdue"), {DeadlineStatus.OVERDUE}),
            (self.tr("Near"), {DeadlineStatus.NEAR}),
            (self.tr("All open"), OPEN_STATUSES),
        ):
            self.status.addItem(text, sorted(s.value for s in statuses))

    def query(self):
        worker = self.who.currentData()
        worker_id = None if worker == _WHOLE_UNIT else worker
        statuses = [DeadlineStatus(s) for s in self.status.currentData()]
        ctx = self.ctx
        return lambda: deadline_list(ctx, worker_id=worker_id, statuses=statuses)

    def show_items(self, items) -> None:
        self.model.set_items(items)
        self.count.setText(self.tr("%n deadline(s)", "", len(items)))

    def shown(self, items) -> None:
        self.listed.emit(len(items))

    def failure_text(self) -> str:
        return self.tr("The deadlines could not be listed:\n%1")
