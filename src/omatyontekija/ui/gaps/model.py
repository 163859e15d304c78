"""The gap list as a table model over a list computed off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt

from omatyontekija.services.gaps import Gap, GapKind
from omatyontekija.ui import data_texts
from omatyontekija.ui.roles import ClientIdRole
from omatyontekija.ui.row_table_model import RowTableModel

(
    COLUMN_NAME,
    COLUMN_IDENTITY_CODE,
    COLUMN_AREA,
    COLUMN_GAP,
    COLUMN_ROLE,
    COLUMN_RULES,
    COLUMN_NAMED,
) = range(7)


class GapTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Name"),
                self.tr("Identity code"),
                self.tr("Area"),
                self.tr("Gap"),
                self.tr("Role needed"),
                self.tr("Rules"),
                self.tr("Named worker"),
            ),
            parent,
        )

    def set_gaps(self, gaps: list[Gap]) -> None:
        self.set_rows(gaps)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        gap = self.row_at(index)
        if gap is None:
            return None
        if role == ClientIdRole:
            return gap.client.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COLUMN_NAME:
            return gap.client.name
        if column == COLUMN_IDENTITY_CODE:
            return gap.client.identity_code
        if column == COLUMN_AREA:
            return gap.client.area or "–"
        if column == COLUMN_GAP:
            return (
                self.tr("No named worker")
                if gap.kind is GapKind.NO_NAMED_WORKER
                else self.tr("Role does not meet the need")
            )
        if column == COLUMN_ROLE:
            role_value = gap.suggestion.worker_role
            return data_texts.role_label(role_value.value) if role_value else "–"
        if column == COLUMN_RULES:
            return ", ".join(gap.suggestion.rules)
        if column == COLUMN_NAMED:
            return gap.client.named_worker.name if gap.client.named_worker else "–"
        return None
