"""The gap list a supervisor works down: who needs a named worker and has none fitting."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from omatyontekija.services.context import Context
from omatyontekija.services.gaps import find_gaps
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.filtered_list import FilteredListPage
from omatyontekija.ui.gaps.model import GapTableModel


class GapPage(FilteredListPage):
    #: The number of gaps over the whole unit (unfiltered), when computed.
    totalChanged = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Gap list: clients who need a named worker"),
            GapTableModel(),
            "gapTable",
            (170, 120, 140, 170, 280, 90),
            self.tr("Gap list"),
            ((self.tr("&Area"), "gapArea"), (self.tr("&Worker"), "gapWorker")),
            parent,
        )
        self.area, self.worker = self.filters
        self._filtered = False
        self.start()

    def fill_filters(self) -> None:
        workers = list_workers(self.ctx)
        self.area.addItem(self.tr("All areas"), None)
        for name in sorted({a for w in workers for a in w.areas}):
            self.area.addItem(name, name)
        self.worker.addItem(self.tr("All workers"), None)
        for w in workers:
            self.worker.addItem(w.worker.name, w.worker.id)

    def query(self):
        area, worker = self.area.currentData(), self.worker.currentData()
        ctx, unit = self.ctx, self.ctx.unit  # the unit the user works in: its gaps
        self._filtered = area is not None or worker is not None
        return lambda: find_gaps(ctx, area=area, worker_id=worker, unit=unit)

    def show_items(self, gaps) -> None:
        self.model.set_gaps(gaps)
        self.count.setText(self.tr("%Ln client(s)", "", len(gaps)))
        if not self._filtered:
            self.totalChanged.emit(len(gaps))

    def failure_text(self) -> str:
        return self.tr("The gap list could not be made:\n%1")
