"""The one table model base: a list of rows computed elsewhere (off the UI thread, as a rule).

Subclasses give the column headers and ``data``; this keeps the rows, answers
Qt's questions about their shape, and says what changed: a reset for new rows,
``beginInsertRows`` for appended ones, and ``dataChanged`` naming every role
that changed for rows updated in place (a view repaints only those).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt


class RowTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any], headers: Sequence[str] | None = None) -> None:
        """New rows (and, for a table whose columns come with its data, new headers)."""
        self.beginResetModel()
        self._rows = list(rows)
        if headers is not None:
            self._headers = tuple(headers)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def replace_row(self, number: int, row: Any, roles: Iterable[int]) -> None:
        """Row ``number`` is now ``row``; ``roles`` are every role whose data changed."""
        self._rows[number] = row
        self.rows_changed(number, number, roles)

    def rows_changed(self, first: int, last: int, roles: Iterable[int]) -> None:
        """Rows ``first``–``last`` show something new in ``roles`` (every column)."""
        if not self._rows or first > last or self.columnCount() == 0:
            return
        self.dataChanged.emit(
            self.index(first, 0), self.index(last, self.columnCount() - 1), list(roles)
        )

    @property
    def rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def row_at(self, index: QModelIndex | int) -> Any | None:
        """The row behind ``index`` (or at number ``index``); None for an invalid one."""
        number = index.row() if isinstance(index, QModelIndex) else index
        if isinstance(index, QModelIndex) and not index.isValid():
            return None
        if not 0 <= number < len(self._rows):
            return None
        return self._rows[number]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # A title sits over its values: left over text, right over numbers
            # (Qt centres titles by default, which reads as a misaligned column).
            return self.column_alignment(section)
        return None

    def column_alignment(self, column: int) -> int:
        """How ``column``'s values (and so its title) are aligned."""
        values = self.data(self.index(0, column), Qt.ItemDataRole.TextAlignmentRole)
        if values is None:  # no rows yet, or text: the default
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return int(values)
