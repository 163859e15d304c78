"""One filtered-list page: a title, filters, a count and a list of clients to work down.

The gap list and the deadline list are both this page with their own filters,
their own query and their own model: the list is read off the UI thread (a
newer filter choice replaces an older one), Enter or a double-click opens the
client, and Refresh reads it again.

    class GapPage(FilteredListPage):
        def __init__(self, ctx, parent=None):
            super().__init__(ctx, title, model, "gapTable", widths, name, filters, parent)
            self.area, self.worker = self.filters
            self.start()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.services.context import Context
from omatyontekija.ui.announce import announce
from omatyontekija.ui.flow_layout import FlowLayout
from omatyontekija.ui.roles import ClientIdRole
from omatyontekija.ui.row_table_model import RowTableModel
from omatyontekija.ui.tables import row_table
from omatyontekija.ui.task_progress import TaskProgress, counted


class FilteredListPage(QWidget):
    #: Enter or a double-click on a row: open client ``id``.
    clientActivated = Signal(int)
    #: Whether the read ``query()`` returns takes a progress callback (work over every
    #: client, seconds at county scale): the page then shows counts and a Cancel button.
    reports_progress = False

    def __init__(
        self,
        ctx: Context,
        title: str,
        model: RowTableModel,
        table_name: str,
        widths: Sequence[int],
        list_name: str,
        filters: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        name_column: int = 0,
    ) -> None:
        """``filters``: (label with its mnemonic, object name) of each filter's combo box;
        ``name_column``: the client's name, which gets the room the other columns leave."""
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        model.setParent(self)
        #: Whether a list was read at all (a page opened before its first read reads now).
        self.loaded = False
        self.title = QLabel(title, self)
        self.title.setObjectName("pageTitle")
        self.filters: list[QComboBox] = []
        # One row that wraps: with the progress shown while reading, the row needed more
        # than the 911 logical pixels of 1366×768 at 150 % in a long language.
        row = FlowLayout()
        for text, name in filters:
            combo = QComboBox(self)
            combo.setObjectName(name)
            label = QLabel(text, self)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo)
            self.filters.append(combo)
        # Translated in this class's context, whichever list the page is.
        refresh = QCoreApplication.translate("FilteredListPage", "&Refresh")
        self.refresh_button = QPushButton(refresh, self)
        self.busy = TaskProgress(self)
        self.busy.cancelRequested.connect(self.cancel)
        self.count = QLabel(self)
        self.table = row_table(self, model, table_name, widths, name_column=name_column)
        self.table.setAccessibleName(list_name)
        row.addWidget(self.refresh_button)
        row.addWidget(self.busy)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def start(self) -> None:
        """Fill the filters, then follow them (called once the subclass has its names)."""
        self.fill_filters()
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.activated.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._activate_current)

    # -- what a subclass says ------------------------------------------------
    def fill_filters(self) -> None:
        raise NotImplementedError

    def query(self) -> Callable[..., list[Any]]:
        """The read of the list for the filters chosen now (run off the UI thread); with
        ``reports_progress``, it takes the service's progress callback."""
        raise NotImplementedError

    def show_items(self, items: list[Any]) -> None:
        """Put ``items`` in the model and say how many there are."""
        raise NotImplementedError

    def shown(self, items: list[Any]) -> None:
        """Called once ``items`` are shown and the first selected (for a page's signals)."""

    def failure_text(self) -> str:
        """The message when the list cannot be read: "…:\\n%1" (%1 is the error)."""
        raise NotImplementedError

    # -- reading -------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list off the UI thread; a newer request replaces an older one."""
        read = self.query()
        if self.reports_progress:

            def job(handle):
                return read(counted(handle))
        else:

            def job(handle):
                return read()

        self.busy.run(
            job, on_done=self._done, on_error=self._failed, cancellable=self.reports_progress
        )

    def cancel(self) -> None:
        """Stop reading: the work stops at its next report; the list shown stays."""
        if self.busy.cancel():
            self.count.setText(QCoreApplication.translate("FilteredListPage", "Cancelled."))
            announce(self.count, self.count.text())

    def is_busy(self) -> bool:
        return self.busy.running()

    def _done(self, items) -> None:
        self.loaded = True
        self.show_items(items)
        if items:
            self.table.selectRow(0)
        self.shown(items)

    def _failed(self, error: Exception, trace: str) -> None:
        QMessageBox.critical(self, self.title.text(), self.failure_text().replace("%1", str(error)))

    def _activate_current(self) -> None:
        self._activate(self.table.currentIndex())

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.clientActivated.emit(index.data(ClientIdRole))
