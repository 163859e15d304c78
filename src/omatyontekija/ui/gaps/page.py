"""The gap list a supervisor works down: who needs a named worker and has none fitting."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.services.context import Context
from omatyontekija.services.gaps import find_gaps
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.gaps.model import ClientIdRole, GapTableModel
from omatyontekija.ui.tables import busy_bar, row_table
from omatyontekija.ui.tasks import Task, run_task


class GapPage(QWidget):
    clientActivated = Signal(int)
    #: The number of gaps over the whole unit (unfiltered), when computed.
    totalChanged = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = GapTableModel(self)
        self._task: Task | None = None
        self.title = QLabel(self.tr("Gap list: clients who need a named worker"), self)
        self.title.setObjectName("pageTitle")
        self.area = QComboBox(self)
        self.area.setObjectName("gapArea")
        self.worker = QComboBox(self)
        self.worker.setObjectName("gapWorker")
        area_label = QLabel(self.tr("&Area"), self)
        area_label.setBuddy(self.area)
        worker_label = QLabel(self.tr("&Worker"), self)
        worker_label.setBuddy(self.worker)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.busy = busy_bar(self)
        self.count = QLabel(self)
        self.table = row_table(self, self.model, "gapTable", (220, 120, 160, 190, 200, 90))
        self.table.setAccessibleName(self.tr("Gap list"))

        filters = QHBoxLayout()
        for widget in (area_label, self.area, worker_label, self.worker, self.refresh_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.busy)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._fill_filters()
        self.area.currentIndexChanged.connect(self.refresh)
        self.worker.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.activated.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._activate_current)

    def _fill_filters(self) -> None:
        workers = list_workers(self.ctx)
        self.area.addItem(self.tr("All areas"), None)
        for name in sorted({a for w in workers for a in w.areas}):
            self.area.addItem(name, name)
        self.worker.addItem(self.tr("All workers"), None)
        for w in workers:
            self.worker.addItem(w.worker.name, w.worker.id)

    def refresh(self) -> None:
        """Recompute the list off the UI thread; a newer request replaces an older one."""
        if self._task is not None:
            self._task.cancel()
        area, worker = self.area.currentData(), self.worker.currentData()
        ctx, unit = self.ctx, self.ctx.unit  # the unit the user works in: its gaps

        self.busy.show()
        self._filtered = area is not None or worker is not None
        # Bound methods, not lambdas: Qt drops the connection if the page is deleted first.
        self._task = run_task(
            lambda handle: find_gaps(ctx, area=area, worker_id=worker, unit=unit),
            on_done=self._show,
            on_error=self._failed,
        )

    def is_busy(self) -> bool:
        return self._task is not None

    def _show(self, gaps) -> None:
        self.busy.hide()
        self._task = None
        filtered = self._filtered
        self.model.set_gaps(gaps)
        self.count.setText(self.tr("%Ln client(s)", "", len(gaps)))
        if not filtered:
            self.totalChanged.emit(len(gaps))
        if gaps:
            self.table.selectRow(0)

    def _failed(self, error: Exception, trace: str) -> None:
        self.busy.hide()
        self._task = None
        QMessageBox.critical(
            self,
            self.title.text(),
            self.tr("The gap list could not be made:\n%1").replace("%1", str(error)),
        )

    def _activate_current(self) -> None:
        self._activate(self.table.currentIndex())

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.clientActivated.emit(index.data(ClientIdRole))
