"""How the reform tables share their width: the load bar always in view.

The districts column is the one that grows with the data (a worker may hold a
dozen postal codes), so it takes what is left and elides; its tooltip lists
them all. The other columns are exactly as wide as their header or their
widest value, so the load column is never pushed off to the right (issue 19:
it needed horizontal scrolling) and, side by side at 1366 px, both tables show
every header whole.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from omatyontekija.ui.reform.models import COLUMN_DISTRICTS, COLUMN_LOAD
from omatyontekija.ui.tables import header_width

#: Room a cell needs besides its text: its margins.
ROOM = 16
#: The widest label a load bar carries.
_WIDEST_LOAD = "888 %"


def fit_worker_columns(table: QTableView) -> None:
    """Size a worker table's columns to their texts; call again when the rows change."""
    header = table.horizontalHeader()
    model = table.model()
    header.setStretchLastSection(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    cell = table.fontMetrics()
    for column in range(model.columnCount()):
        if column == COLUMN_DISTRICTS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        texts = [model.index(row, column, QModelIndex()).data() for row in range(model.rowCount())]
        widest = max((cell.horizontalAdvance(t) for t in texts if isinstance(t, str)), default=0)
        if column == COLUMN_LOAD:
            widest = max(widest, cell.horizontalAdvance(_WIDEST_LOAD))
        header.resizeSection(column, max(widest + ROOM, header_width(table, column)))
