"""A row of widgets that wraps onto the next line when the window is too narrow.

A row of buttons and fields laid out with ``QHBoxLayout`` asks for the width of all
of them together: at 1366×768 with 150 % scale (911 logical pixels) or in a longer
language the whole window could not be made that narrow. This row reads as one line
where there is room and as two where there is not, like a wrapped paragraph
(Qt's own "Flow Layout" example, kept small).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's bookkeeping -------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # One line: every item beside the next.
        width = sum(item.sizeHint().width() for item in self._visible())
        width += self._spacing() * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        # As narrow as the widest item: the rest wraps below it.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ---------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in lines (when ``move``); the height they take either way."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        spacing = self._spacing()
        lines: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append(item)
            x += width + spacing
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for item in line), default=0)
            x = area.x()
            for item in line:
                size = item.sizeHint()
                if move:
                    # Each item centred in its line's height, as a box layout does.
                    offset = (height - size.height()) // 2
                    width = min(size.width(), area.width())
                    item.setGeometry(QRect(QPoint(x, y + offset), QSize(width, size.height())))
                x += size.width() + spacing
            y += height + spacing
        return y - spacing - rect.y() + margins.bottom() if self._visible() else 0
