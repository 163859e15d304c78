"""The handover list as a thin table model over frozen HandoverRow values."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from omatyontekija.domain.handover import HandoverRow
from omatyontekija.domain.text import sort_key
from omatyontekija.ui.formatting import format_date
from omatyontekija.ui.handovers.labels import reason_label, status_label
from omatyontekija.ui.roles import HandoverIdRole, HandoverRowRole
from omatyontekija.ui.row_table_model import RowTableModel

(
    COLUMN_CLIENT,
    COLUMN_IDENTITY_CODE,
    COLUMN_FROM,
    COLUMN_TO,
    COLUMN_REASON,
    COLUMN_STATUS,
    COLUMN_DUE,
    COLUMN_PROGRESS,
) = range(8)


_OVERDUE = QColor("#a3120f")


class HandoverListModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Client"),
                self.tr("Identity code"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Reason"),
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Checklist"),
            ),
            parent,
        )
        self._today = dt.date.today()

    def set_rows(self, rows: list[HandoverRow], today: dt.date) -> None:
        self.beginResetModel()
        # The most urgent first: open before closed, the nearest due date first
        # (none last), then by client name; the service's order is by id.
        self._rows = sorted(
            rows,
            key=lambda r: (
                not r.status.is_open,
                r.due_date is None,
                r.due_date or today,
                sort_key(r.client_name),
            ),
        )
        self._today = today
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == HandoverIdRole:
            return row.id
        if role == HandoverRowRole:
            return row
        overdue = row.is_overdue(self._today)
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == COLUMN_DUE:
            return QBrush(_OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return self.tr("Overdue")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COLUMN_DUE and overdue:
            return self.tr("%1, overdue").replace("%1", self._display(row, column))
        return None

    def _display(self, row: HandoverRow, column: int) -> str:
        if column == COLUMN_CLIENT:
            return row.client_name
        if column == COLUMN_IDENTITY_CODE:
            return row.identity_code
        if column == COLUMN_FROM:
            return row.from_worker.name if row.from_worker else "–"
        if column == COLUMN_TO:
            return row.to_worker.name
        if column == COLUMN_REASON:
            return reason_label(row.reason)
        if column == COLUMN_STATUS:
            return status_label(row.status)
        if column == COLUMN_DUE:
            text = format_date(row.due_date)
            return f"{text} !" if row.is_overdue(self._today) else text
        return f"{row.items_settled} / {row.items_total}"
