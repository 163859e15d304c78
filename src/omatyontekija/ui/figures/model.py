"""A small read-only table of figures: text columns first, then right-aligned numbers."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from omatyontekija.ui.roles import WarningRole
from omatyontekija.ui.row_table_model import RowTableModel

_WARN = QBrush(QColor("#8a3b00"))


def two_lines(title: str) -> str:
    """``title`` broken at the space nearest its middle (one word stays as it is)."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if not spaces:
        return title
    middle = len(title) / 2
    cut = min(spaces, key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1 :]


class FigureTableModel(RowTableModel):
    def __init__(self, headers: list[str], parent: QObject | None = None, text_columns: int = 1):
        super().__init__(headers, parent)
        self._text_columns = text_columns
        self._warnings: set[tuple[int, int]] = set()
        #: Titles of several words on two lines (a wide table: at 1366×768 at 150 % its
        #: columns fit only so).
        self.two_line_headers = False

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        title = super().headerData(section, orientation, role)
        if self.two_line_headers and role == Qt.ItemDataRole.DisplayRole and title:
            return two_lines(title)
        return title

    def set_rows(
        self, rows: list[tuple[str, ...]], warnings: set[tuple[int, int]] | None = None
    ) -> None:
        """Replace the rows; ``warnings`` are (row, column) cells to mark."""
        if any(len(r) != len(self._headers) for r in rows):
            raise ValueError("every row needs a value for every column")
        self.beginResetModel()
        self._rows = list(rows)
        self._warnings = set(warnings or ())
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        cell = (index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self._text_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == WarningRole:
            return cell in self._warnings
        if role == Qt.ItemDataRole.ForegroundRole and cell in self._warnings:
            return _WARN
        return None
