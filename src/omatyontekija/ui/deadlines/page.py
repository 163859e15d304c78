"""My deadlines: the service-path deadlines near or past, for my clients or the whole unit."""

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

from omatyontekija.rules.deadline_rules import DeadlineStatus
from omatyontekija.services.context import Context
from omatyontekija.services.deadlines import (
    ATTENTION_STATUSES,
    OPEN_STATUSES,
    deadline_list,
    user_worker_id,
)
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.deadlines.model import ClientIdRole, DeadlineTableModel
from omatyontekija.ui.tables import busy_bar, row_table
from omatyontekija.ui.tasks import Task, run_task

_WHOLE_UNIT = -1  # combo data for "whole unit" (None is not stored reliably in a QVariant)


class DeadlinePage(QWidget):
    clientActivated = Signal(int)
    #: A list was shown; the argument is how many deadlines it has.
    listed = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = DeadlineTableModel(self)
        self._task: Task | None = None
        self.title = QLabel(self.tr("Deadlines of the service path"), self)
        self.title.setObjectName("pageTitle")
        self.who = QComboBox(self)
        self.who.setObjectName("deadlineWho")
        self.status = QComboBox(self)
        self.status.setObjectName("deadlineStatus")
        who_label = QLabel(self.tr("C&lients of"), self)
        who_label.setBuddy(self.who)
        status_label = QLabel(self.tr("&Show"), self)
        status_label.setBuddy(self.status)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.busy = busy_bar(self)
        self.count = QLabel(self)
        self.table = row_table(self, self.model, "deadlineTable", (110, 110, 320, 240, 160, 150))
        self.table.setAccessibleName(self.tr("Deadlines"))

        filters = QHBoxLayout()
        for widget in (who_label, self.who, status_label, self.status, self.refresh_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.busy)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._fill_filters()
        self.who.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.activated.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._activate_current)

    def _fill_filters(self) -> None:
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

    def refresh(self) -> None:
        """Recompute the list off the UI thread; a newer request replaces an older one."""
        if self._task is not None:
            self._task.cancel()
        worker = self.who.currentData()
        worker_id = None if worker == _WHOLE_UNIT else worker
        statuses = [DeadlineStatus(s) for s in self.status.currentData()]
        ctx = self.ctx
        self.busy.show()
        self._task = run_task(
            lambda handle: deadline_list(ctx, worker_id=worker_id, statuses=statuses),
            on_done=self._show,
            on_error=self._failed,
        )

    def is_busy(self) -> bool:
        return self._task is not None

    def _show(self, items) -> None:
        self.busy.hide()
        self._task = None
        self.model.set_items(items)
        self.count.setText(self.tr("%n deadline(s)", "", len(items)))
        if items:
            self.table.selectRow(0)
        self.listed.emit(len(items))

    def _failed(self, error: Exception, trace: str) -> None:
        self.busy.hide()
        self._task = None
        QMessageBox.critical(
            self,
            self.title.text(),
            self.tr("The deadlines could not be listed:\n%1").replace("%1", str(error)),
        )

    def _activate_current(self) -> None:
        self._activate(self.table.currentIndex())

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.clientActivated.emit(index.data(ClientIdRole))
