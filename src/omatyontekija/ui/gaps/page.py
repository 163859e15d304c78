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
    # Every client's suggestion is evaluated: counts and Cancel while it runs.
    reports_progress = True

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Gap list: clients who need a named worker"),
            GapTableModel(),
            "gapTable",
            (170, 120, 140, 170, 280, 90, 180),
            self.tr("Gap list"),
            ((self.tr("&Area"), "gapArea"), (self.tr("&Worker"), "gapWorker")),
            parent,
        )
        self.area, self.worker = self.filters
        self._filtered = False
        self.start()

    def fill_filters(self) -> None:
        workers = list_workers(self.ctx)
        self._fill_areas(workers)
        self.worker.addItem(self.tr("All workers"), None)
        for w in workers:
            self.worker.addItem(w.worker.name, w.worker.id)

    def _fill_areas(self, workers) -> None:
        """The areas of the division of the unit the user works in (each unit has its own)."""
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        for name in sorted({a for w in workers for a in w.areas_in(self.ctx.unit)}):
            self.area.addItem(name, name)

    def unit_changed(self) -> None:
        """The user switched units: that unit's areas to choose from, and its gaps."""
        self.area.blockSignals(True)
        try:
            self._fill_areas(list_workers(self.ctx))
        finally:
            self.area.blockSignals(False)
        self.refresh()

    def query(self):
        area, worker = self.area.currentData(), self.worker.currentData()
        ctx, unit = self.ctx, self.ctx.unit  # the unit the user works in: its gaps
        self._filtered = area is not None or worker is not None
        return lambda progress: find_gaps(
            ctx, area=area, worker_id=worker, unit=unit, progress=progress
        )

    def show_items(self, gaps) -> None:
        self.model.set_gaps(gaps)
        self.count.setText(self.tr("%Ln client(s)", "", len(gaps)))
        if not self._filtered:
            self.totalChanged.emit(len(gaps))

    def failure_text(self) -> str:
        return self.tr("The gap list could not be made:\n%1")
