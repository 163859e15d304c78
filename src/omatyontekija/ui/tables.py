"""The one way the program's list tables look and behave."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
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
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def busy_bar(parent: QWidget) -> QProgressBar:
    """An indeterminate progress bar, hidden until work runs off the UI thread."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setMaximumWidth(160)
    bar.hide()
    return bar
