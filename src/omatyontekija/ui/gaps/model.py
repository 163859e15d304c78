"""The gap list as a table model over a list computed off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from omatyontekija import rules
from omatyontekija.services.gaps import Gap, GapKind
from omatyontekija.ui.i18n import current_language

(
    COLUMN_NAME,
    COLUMN_IDENTITY_CODE,
    COLUMN_AREA,
    COLUMN_GAP,
    COLUMN_ROLE,
    COLUMN_RULES,
    COLUMN_NAMED,
) = range(7)

#: Qt.ItemDataRole for the client's id (int).
ClientIdRole = Qt.ItemDataRole.UserRole + 1


class GapTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gaps: list[Gap] = []
        self._headers = (
            self.tr("Name"),
            self.tr("Identity code"),
            self.tr("Area"),
            self.tr("Gap"),
            self.tr("Role needed"),
            self.tr("Rules"),
            self.tr("Named worker"),
        )

    def set_gaps(self, gaps: list[Gap]) -> None:
        self.beginResetModel()
        self._gaps = list(gaps)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._gaps)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._gaps):
            return None
        gap = self._gaps[index.row()]
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
            return rules.role_label(role_value.value, current_language()) if role_value else "–"
        if column == COLUMN_RULES:
            return ", ".join(gap.suggestion.rules)
        if column == COLUMN_NAMED:
            return gap.client.named_worker.name if gap.client.named_worker else "–"
        return None
