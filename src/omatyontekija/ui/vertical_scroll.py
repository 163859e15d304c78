"""A part of a page that scrolls up and down, never sideways.

Where the screen is lower than a page needs (1366×768 at 150 % leaves 911×512
logical pixels) its body scrolls; its width is what its contents need at least, so
that a splitter or a layout never squeezes it below that and a button is never
hidden beside the visible part.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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
