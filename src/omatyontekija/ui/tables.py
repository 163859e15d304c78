"""The one way the program's list tables look and behave."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QProgressBar, QTableView, QWidget


def row_table(
    parent: QWidget, model: QAbstractItemModel, name: str, widths: Sequence[int]
) -> QTableView:
    """A read-only table of whole rows, one selected at a time, columns ``widths`` wide."""
    table = QTableView(parent)
    table.setObjectName(name)
    # Tab leaves the table (arrows move in it): a keyboard user is never trapped.
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    set_column_widths(table, widths)
    return table


def set_column_widths(table: QTableView, widths: Sequence[int] | Mapping[int, int]) -> None:
    """Columns ``widths`` wide (in order, or column → width), each at least as wide as
    its header's text: a longer language (or pseudo-localisation) widens a column
    rather than clipping its title."""
    pairs = widths.items() if isinstance(widths, Mapping) else enumerate(widths)
    for column, width in pairs:
        table.setColumnWidth(column, max(width, header_width(table, column)))


def widen_to_headers(table: QTableView) -> None:
    """Widen every column narrower than its header's text (widths saved while the
    program spoke a shorter language are restored in a longer one)."""
    for column in range(table.horizontalHeader().count()):
        if table.columnWidth(column) < header_width(table, column):
            table.setColumnWidth(column, header_width(table, column))


def header_width(table: QTableView, column: int) -> int:
    """The width column ``column`` needs to show its header's text whole: Qt's own
    measure, with the style sheet's semi-bold header font and padding."""
    title = table.model().headerData(column, Qt.Orientation.Horizontal)
    if not isinstance(title, str) or not title:
        return 0
    return table.horizontalHeader().sectionSizeHint(column)


def busy_bar(parent: QWidget) -> QProgressBar:
    """An indeterminate progress bar, hidden until work runs off the UI thread."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setMaximumWidth(160)
    bar.hide()
    return bar
