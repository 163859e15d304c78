"""The one way the program's list tables look and behave."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QStyle,
    QTableView,
    QWidget,
)


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
    rather than clipping its title. Where the table is narrower than that (1366×768
    at 150 % leaves 911 logical pixels), the columns give up room down to their
    header's text, so that every title stays in view without scrolling sideways."""
    pairs = widths.items() if isinstance(widths, Mapping) else enumerate(widths)
    fitter = table.findChild(_ColumnFitter)
    if fitter is None:
        fitter = _ColumnFitter(table)
    for column, width in pairs:
        fitter.wanted[column] = max(width, header_width(table, column))
    fitter.fit()


class _ColumnFitter(QObject):
    """Keeps a table's columns at the widths wanted where there is room, and
    narrower (never below their header's text) where there is not. A column the
    user widens or narrows by hand is wanted at that width from then on."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.wanted: dict[int, int] = {}
        self._fitting = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized_by_hand)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized_by_hand(self, column: int, _old: int, new: int) -> None:
        header = self.table.horizontalHeader()
        last = header.logicalIndex(header.count() - 1)
        if not self._fitting and column in self.wanted and column != last:
            self.wanted[column] = new

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        if table.model() is None:
            return
        # The last column stretches over what is left: it asks for its header's text only.
        last = header.logicalIndex(header.count() - 1) if header.stretchLastSection() else -1
        columns = [
            c
            for c in self.wanted
            if c != last
            and not header.isSectionHidden(c)
            and header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive
        ]
        fixed = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in columns and c != last and not header.isSectionHidden(c)
        )
        room = table.viewport().width() - fixed - (header_width(table, last) if last >= 0 else 0)
        widths = {c: self.wanted[c] for c in columns}
        floors = {c: min(self.wanted[c], header_width(table, c)) for c in columns}
        excess = sum(widths.values()) - room
        spare = sum(widths[c] - floors[c] for c in columns)
        if excess > 0 and spare > 0:
            share = min(1.0, excess / spare)
            widths = {c: widths[c] - int((widths[c] - floors[c]) * share + 0.999) for c in columns}
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False


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


def keep_headers_whole(table: QTableView) -> None:
    """Make ``table`` never narrower than its columns need to show every header whole:
    a splitter or a narrow screen (1366×768 at 150 %) then takes room from its
    neighbour (a chart, the other table) rather than clipping a title. The columns
    that stretch count their header's text; the others their width."""
    header = table.horizontalHeader()

    def update() -> None:
        if table.model() is None:
            return
        needed = 0
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            stretches = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or (
                header.stretchLastSection() and header.visualIndex(column) == header.count() - 1
            )
            needed += header_width(table, column) if stretches else header.sectionSize(column)
        bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        table.setMinimumWidth(needed + bar + 2 * table.frameWidth())

    header.sectionResized.connect(lambda *_: update())
    header.sectionCountChanged.connect(lambda *_: update())
    table.model().modelReset.connect(update)
    table.model().headerDataChanged.connect(lambda *_: update())
    update()
