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
    parent: QWidget,
    model: QAbstractItemModel,
    name: str,
    widths: Sequence[int],
    *,
    name_column: int | None = None,
) -> QTableView:
    """A read-only table of whole rows, one selected at a time, columns ``widths`` wide;
    ``name_column`` (the person's name) gets the room the others leave."""
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
    set_column_widths(table, widths, name_column=name_column)
    return table


#: The property a table's name column is kept in (the layout tests read it).
NAME_COLUMN = "nameColumn"
#: Air between a column's widest text and the next column.
AIR = 12
#: Rows whose texts a column's width is measured on (visible ones first): enough for a
#: screenful and well beyond, cheap enough to redo whenever the rows change.
MEASURED_ROWS = 200


def set_column_widths(
    table: QTableView,
    widths: Sequence[int] | Mapping[int, int],
    *,
    name_column: int | None = None,
    whole_names: bool = True,
) -> None:
    """Columns ``widths`` wide (in order, or column → width), each at least as wide as
    its header's text: a longer language (or pseudo-localisation) widens a column
    rather than clipping its title. Where the table is narrower than that (1366×768
    at 150 % leaves 911 logical pixels), the columns give up room down to their
    header's text, so that every title stays in view without scrolling sideways.

    With ``name_column`` (the column of the person a row is about), that column takes
    whatever room the others (``widths`` wide, or as wide as their texts) leave: where
    room is short, they give it up, their air first and then their texts, before the
    name does, so that the name is the last thing cut (issue 19: names cut at 150 %
    beside half-empty columns). ``whole_names=False``: the column takes what is left but
    asks the others for no room (a list of several names, which a tooltip shows whole)."""
    pairs = widths.items() if isinstance(widths, Mapping) else enumerate(widths)
    fitter = table.findChild(_ColumnFitter)
    if fitter is None:
        fitter = _ColumnFitter(table)
    for column, width in pairs:
        fitter.wanted[column] = max(width, header_width(table, column))
    if name_column is not None:
        fitter.set_name_column(name_column, whole_names=whole_names)
    fitter.fit()


class _ColumnFitter(QObject):
    """Keeps a table's columns at the widths wanted where there is room, and
    narrower (never below their header's text) where there is not. A column the
    user widens or narrows by hand is wanted at that width from then on."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.wanted: dict[int, int] = {}
        self.name_column: int | None = None
        self.whole_names = True
        self._fitting = False
        # Column → the width its texts need, measured when the rows change (not per resize).
        self._texts: dict[int, int] | None = None
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized_by_hand)

    def set_name_column(self, column: int, *, whole_names: bool = True) -> None:
        table = self.table
        first = self.name_column is None
        self.name_column = column
        self.whole_names = whole_names
        # The layout tests hold a column of whole names to showing every name whole.
        table.setProperty(NAME_COLUMN, column if whole_names else None)
        table.horizontalHeader().setStretchLastSection(False)
        # How many rows sizeHintForColumn measures (visible ones first).
        table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        if first and table.model() is not None:
            model = table.model()
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
            ):
                signal.connect(self._rows_changed)

    def _rows_changed(self, *_args) -> None:
        self._texts = None
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized_by_hand(self, column: int, _old: int, new: int) -> None:
        header = self.table.horizontalHeader()
        last = header.logicalIndex(header.count() - 1)
        if self.name_column is not None:
            last = self.name_column  # its width is what the others leave
            if not self._fitting and column not in self.wanted and column != last:
                # A column sized by Qt (to its contents) changed: the name gets the rest.
                self.fit()
                return
        if not self._fitting and column in self.wanted and column != last:
            self.wanted[column] = new

    def _text_width(self, column: int) -> int:
        """What ``column``'s texts need (the rows measured, margins included); 0 if none."""
        if self._texts is None:
            self._texts = {}
        width = self._texts.get(column)
        if width is None:
            found = self.table.sizeHintForColumn(column)
            width = found + AIR if found > 0 else 0
            self._texts[column] = width
        return width

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        if table.model() is None:
            return
        if self.name_column is not None:
            self._fit_around_the_name(self.name_column)
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
        self._resize(widths)

    def _resize(self, widths: dict[int, int]) -> None:
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _fit_around_the_name(self, name: int) -> None:
        """The other columns as wide as wanted (or as their texts, when wider); the name
        column takes the rest. Short of room, the others give up their air first (down
        to what their texts need), then their texts (down to their header), before the
        name goes below what its texts need; then the name goes down to its header, and
        the table scrolls sideways."""
        table, header = self.table, self.table.horizontalHeader()
        if header.stretchLastSection():  # a saved header state may bring it back
            header.setStretchLastSection(False)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        managed = [
            c
            for c in shown
            if c != name
            and c in self.wanted
            and header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive
        ]
        fixed = sum(header.sectionSize(c) for c in shown if c not in managed and c != name)
        room = table.viewport().width() - fixed
        floors = {c: header_width(table, c) for c in managed}
        texts = {c: max(floors[c], self._text_width(c)) for c in managed}
        widths = {c: max(self.wanted[c], texts[c]) for c in managed}
        name_floor = header_width(table, name)
        name_needs = max(name_floor, self._text_width(name) if self.whole_names else 0)
        for least in (texts, floors):  # the air first, then the texts
            excess = sum(widths.values()) + name_needs - room
            widths = _given_up(widths, least, excess)
        widths[name] = max(name_floor, room - sum(widths.values()))
        self._resize(widths)


def _given_up(widths: dict[int, int], least: dict[int, int], excess: int) -> dict[int, int]:
    """``widths`` less ``excess`` in all, each column giving in proportion to what it has
    above its ``least``, none below it."""
    spare = sum(max(0, widths[c] - least[c]) for c in widths)
    if excess <= 0 or spare <= 0:
        return widths
    share = min(1.0, excess / spare)
    return {c: widths[c] - int(max(0, widths[c] - least[c]) * share + 0.999) for c in widths}


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
    that stretch count their header's text, a column of whole names its texts too;
    the others their width."""
    header = table.horizontalHeader()

    def update() -> None:
        if table.model() is None:
            return
        needed = 0
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            fitter = table.findChild(_ColumnFitter)
            stretches = (
                header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
                or (
                    header.stretchLastSection() and header.visualIndex(column) == header.count() - 1
                )
                # A name column (set_column_widths) takes what the others leave.
                or (fitter is not None and fitter.name_column == column)
            )
            if not stretches:
                needed += header.sectionSize(column)
            elif fitter is not None and fitter.name_column == column and fitter.whole_names:
                # A column of whole names (or labels): its texts whole too, not only its
                # title (issue 19: the key figures' labels cut at 150 % beside their chart).
                needed += max(header_width(table, column), fitter._text_width(column))
            else:
                needed += header_width(table, column)
        bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        table.setMinimumWidth(needed + bar + 2 * table.frameWidth())

    header.sectionResized.connect(lambda *_: update())
    header.sectionCountChanged.connect(lambda *_: update())
    table.model().modelReset.connect(update)
    table.model().headerDataChanged.connect(lambda *_: update())
    update()
