"""A column's title sits over its values: left over text, right over numbers.

Qt centres header titles by default; over left-aligned values that reads as a
misaligned column (the handovers page's "Tarkistuslista" floated in the middle).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTableWidget

from omatyontekija.ui.gallery import dialogs, pages
from omatyontekija.ui.main_window import MainWindow

HORIZONTAL = Qt.AlignmentFlag.AlignHorizontal_Mask


def _horizontal(alignment) -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag(int(alignment)) & HORIZONTAL


def misaligned(table: QTableView) -> list[str]:
    model, header = table.model(), table.horizontalHeader()
    if model is None:
        return []
    found = []
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        aligned = model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
        )
        shown = _horizontal(aligned if aligned is not None else header.defaultAlignment())
        values = (
            model.data(model.index(0, column), Qt.ItemDataRole.TextAlignmentRole)
            if model.rowCount()
            else None
        )
        wanted = _horizontal(values) if values is not None else Qt.AlignmentFlag.AlignLeft
        if isinstance(table, QTableWidget) and values is None:
            wanted = Qt.AlignmentFlag.AlignLeft
        if shown != wanted:
            found.append(f"{table.objectName() or type(table).__name__}: {title!r}")
    return found


def test_every_column_title_is_aligned_with_its_values(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    found: dict[str, list[str]] = {}
    for name, widget in pages(window):
        for table in widget.findChildren(QTableView):
            if table.isVisible() and (bad := misaligned(table)):
                found.setdefault(f"page {name}", []).extend(bad)
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        for table in dialog.findChildren(QTableView):
            if bad := misaligned(table):
                found.setdefault(f"dialog {name}", []).extend(bad)
    assert not found, found
