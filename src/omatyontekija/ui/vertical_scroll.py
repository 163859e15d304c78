"""A part of a page that scrolls up and down, never sideways.

Where the screen is lower than a page needs (1366×768 at 150 % leaves 911×512
logical pixels) its body scrolls; its width is what its contents need at least, so
that a splitter or a layout never squeezes it below that and a button is never
hidden beside the visible part.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class VerticalScrollArea(QScrollArea):
    def __init__(self, content: QWidget | None, parent: QWidget | None = None) -> None:
        """``content`` None: set later with ``setWidget``, for an area made before its
        contents, so that Tab reaches it before them (the focus chain is the order in
        which widgets are made)."""
        super().__init__(parent)
        if content is not None:
            self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Cards and rows wrap to the width they get; never scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        needed = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(max(hint.width(), needed + bar + 2 * self.frameWidth()), hint.height())


class ShrinkingScrollArea(VerticalScrollArea):
    """A vertical scroll area whose content is as tall as the viewport, or as tall as the
    least its layout needs at this width when the viewport is lower: its tables give up
    rows before it scrolls. (A resizable QScrollArea keeps a content whose height depends
    on its width, a wrapped label's, at its preferred height and scrolls sooner.)"""

    def __init__(self, content: QWidget | None, parent: QWidget | None = None) -> None:
        """``content`` None: set later with ``setWidget`` (an area made before its body)."""
        super().__init__(None, parent)
        self.setWidgetResizable(False)
        if content is not None:
            self.setWidget(content)

    def setWidget(self, content: QWidget) -> None:
        super().setWidget(content)
        content.installEventFilter(self)

    def least_height(self, width: int) -> int:
        content = self.widget()
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalMinimumHeightForWidth(width)
        return content.minimumSizeHint().expandedTo(content.minimumSize()).height()

    def _fit(self) -> None:
        content = self.widget()
        if content is None:
            return
        view = self.viewport()
        width = max(view.width(), content.minimumSizeHint().width())
        height = max(view.height(), self.least_height(width))
        if content.size() != QSize(width, height):
            content.resize(width, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)
