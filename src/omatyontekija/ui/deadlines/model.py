"""The deadline list as a table model over a list computed off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt

from omatyontekija.services.deadlines import ClientDeadline
from omatyontekija.ui import data_texts
from omatyontekija.ui.deadlines.labels import STATUS_COLOURS, deadline_tooltip, status_label
from omatyontekija.ui.formatting import format_date
from omatyontekija.ui.labels import stage_label
from omatyontekija.ui.roles import ClientIdRole, DeadlineStatusRole
from omatyontekija.ui.row_table_model import RowTableModel

(
    COLUMN_STATUS,
    COLUMN_DUE,
    COLUMN_DEADLINE,
    COLUMN_NAME,
    COLUMN_IDENTITY_CODE,
    COLUMN_PENDING_SINCE,
    COLUMN_NAMED_WORKER,
) = range(7)


class DeadlineTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Deadline"),
                self.tr("Name"),
                self.tr("Identity code"),
                self.tr("Pending since"),
                self.tr("Named worker"),
            ),
            parent,
        )

    def set_items(self, items: list[ClientDeadline]) -> None:
        self.set_rows(items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index)
        if item is None:
            return None
        deadline = item.deadline
        if role == ClientIdRole:
            return item.client.id
        if role == DeadlineStatusRole:
            return deadline.status.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return deadline_tooltip(deadline)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (
            COLUMN_STATUS,
            COLUMN_DUE,
        ):
            return STATUS_COLOURS[deadline.status]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._display(item, index.column())

    def _display(self, item: ClientDeadline, column: int) -> str | None:
        deadline, client = item.deadline, item.client
        if column == COLUMN_STATUS:
            return status_label(deadline.status)
        if column == COLUMN_DUE:
            return format_date(deadline.due)
        if column == COLUMN_DEADLINE:
            rule = data_texts.deadline_rule_label(deadline.rule)
            return f"{stage_label(deadline.matter.kind)}: {rule}"
        if column == COLUMN_NAME:
            return client.name
        if column == COLUMN_IDENTITY_CODE:
            return client.identity_code
        if column == COLUMN_PENDING_SINCE:
            return format_date(deadline.matter.pending_since)
        if column == COLUMN_NAMED_WORKER:
            return client.named_worker.name if client.named_worker else "–"
        return None
