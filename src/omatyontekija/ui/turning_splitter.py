"""Two panes side by side where both fit whole, one above the other where they do not.

The reform page shows each role's division in force and its proposal side by side
at 1366 px; at 1366×768 with 150 % scale (911 logical pixels) or in a longer
language the two tables would cut their headers short or push the load column off
to the right. This splitter turns itself upright instead, and asks only for the
width of its widest pane, so the window can always be made that narrow.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class TurningSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)

    def _panes(self) -> list[QWidget]:
        panes = (self.widget(i) for i in range(self.count()))
        return [pane for pane in panes if not pane.isHidden()]

    def _smallest(self, pane: QWidget) -> QSize:
        return pane.minimumSizeHint().expandedTo(pane.minimumSize())

    def width_beside(self) -> int:
        """The width the panes need side by side."""
        panes = self._panes()
        handles = self.handleWidth() * max(0, len(panes) - 1)
        return sum(self._smallest(pane).width() for pane in panes) + handles

    def minimumSizeHint(self) -> QSize:
        panes = self._panes()
        sizes = [self._smallest(pane) for pane in panes]
        width = max((size.width() for size in sizes), default=0)
        if self.orientation() == Qt.Orientation.Vertical:
            handles = self.handleWidth() * max(0, len(panes) - 1)
            height = sum(size.height() for size in sizes) + handles
        else:
            height = max((size.height() for size in sizes), default=0)
        return QSize(width, height)

    def resizeEvent(self, event) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if self.width_beside() <= event.size().width()
            else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self.updateGeometry()
        super().resizeEvent(event)
