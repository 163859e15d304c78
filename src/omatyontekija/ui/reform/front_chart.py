"""The trade-off chart of the reform page: changes (x) against the largest load % (y).

Each point is a plan no other plan beats in both measures; the division the
plan starts from is marked as a square. Clicking a point (or Left/Right with
the keyboard) selects it and emits ``pointChosen`` with its index. A point's
tooltip and the chart's accessible description say the plan in words.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

_MARGIN_LEFT, _MARGIN_RIGHT, _MARGIN_TOP, _MARGIN_BOTTOM = 56, 16, 12, 40


def nice_step(span: float, ticks: int = 4) -> int:
    """A round whole step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks``
    steps over ``span``."""
    raw = max(span / ticks, 1.0)
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = (f * magnitude for f in (1, 2, 2.5, 5, 10))
    return round(next(s for s in steps if s >= raw - 1e-9 and float(s).is_integer()))


class FrontChart(QWidget):
    pointChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontChart")
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.points: list[tuple[int, float]] = []
        self.current: tuple[int, float] | None = None
        self.target: float | None = None
        self.selected: int | None = None
        # The point meeting the target with the fewest changes (or the most even): ringed.
        self.default: int | None = None
        self.setAccessibleName(self.tr("Trade-off between changes and the largest load"))

    def set_front(
        self,
        points: list[tuple[int, float]],
        current: tuple[int, float] | None,
        target: float | None,
        selected: int | None,
        default: int | None = None,
    ) -> None:
        self.points, self.current, self.target, self.selected = points, current, target, selected
        self.default = default
        self._describe()
        self.update()

    def select(self, index: int | None) -> None:
        self.selected = index
        self._describe()
        self.update()

    def describe(self, point: tuple[int, float]) -> str:
        """A plan in words: its changes and its largest load."""
        return (
            self.tr("%1 changes, largest load %2 %")
            .replace("%1", str(point[0]))
            .replace("%2", str(round(100 * point[1])))
        )

    def _describe(self) -> None:
        """What a screen reader says besides the chart's name: the plan chosen."""
        chosen = self.selected is not None and 0 <= self.selected < len(self.points)
        self.setAccessibleDescription(
            self.tr("Chosen: %1").replace("%1", self.describe(self.points[self.selected]))
            if chosen
            else ""
        )

    # -- geometry --------------------------------------------------------------
    def _axes(self) -> tuple[float, float, float, float, float, float]:
        """(x0, x1, x step, y0, y1, y step): both axes from and to a round tick (changes
        in whole clients, load in whole per cents), a little beyond every point."""
        xs = [p[0] for p in self.points] + ([self.current[0]] if self.current else [])
        ys = [p[1] * 100 for p in self.points] + ([self.current[1] * 100] if self.current else [])
        if self.target is not None:
            ys.append(self.target * 100)
        if not xs:
            return 0, 4, 1, 0, 100, 25
        x_step = nice_step(max(max(xs), 1) * 1.04, ticks=5)
        x1 = math.ceil(max(max(xs), 1) * 1.04 / x_step) * x_step
        low, high = min(ys), max(ys)
        pad = max((high - low) * 0.04, 0.5)
        y_step = nice_step(high - low + 2 * pad)
        y0 = math.floor((low - pad) / y_step) * y_step
        y1 = math.ceil((high + pad) / y_step) * y_step
        return 0, x1, x_step, y0, y1, y_step

    def _ranges(self) -> tuple[float, float, float, float]:
        x0, x1, _, y0, y1, _ = self._axes()
        return x0, x1, y0, y1

    def _plot(self) -> QRectF:
        return QRectF(
            _MARGIN_LEFT,
            _MARGIN_TOP,
            max(self.width() - _MARGIN_LEFT - _MARGIN_RIGHT, 1),
            max(self.height() - _MARGIN_TOP - _MARGIN_BOTTOM, 1),
        )

    def position(self, changes: float, ratio: float) -> QPointF:
        x0, x1, y0, y1 = self._ranges()
        plot = self._plot()
        x = plot.left() + (changes - x0) / (x1 - x0) * plot.width()
        y = plot.bottom() - (ratio * 100 - y0) / (y1 - y0) * plot.height()
        return QPointF(x, y)

    # -- painting --------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        plot = self._plot()
        painter.fillRect(self.rect(), palette.base())
        text = palette.text().color()
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        x0, x1, x_step, y0, y1, y_step = self._axes()
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
        painter.setFont(small)
        for i in range(round((y1 - y0) / y_step) + 1):
            value = y0 + i * y_step
            y = self.position(0, value / 100).y()
            painter.drawText(
                QRectF(0, y - 8, _MARGIN_LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:.0f} %",
            )
        for i in range(round((x1 - x0) / x_step) + 1):
            value = x0 + i * x_step
            x = self.position(value, y0 / 100).x()
            painter.drawText(
                QRectF(x - 30, plot.bottom() + 2, 60, 16),
                Qt.AlignmentFlag.AlignCenter,
                f"{value:.0f}",
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 18, plot.width(), 18),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Named-worker changes"),
        )
        painter.save()
        painter.translate(12, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-80, -10, 160, 20), Qt.AlignmentFlag.AlignCenter, self.tr("Largest load")
        )
        painter.restore()
        if self.target is not None:
            y = self.position(0, self.target).y()
            painter.setPen(QPen(QColor("#b58900"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        highlight = palette.highlight().color()
        painter.setPen(QPen(highlight, 1.5))
        for a, b in zip(self.points, self.points[1:], strict=False):
            # A step: the next plan is reached only with its changes.
            pa, pb = self.position(*a), self.position(*b)
            painter.drawLine(pa, QPointF(pb.x(), pa.y()))
            painter.drawLine(QPointF(pb.x(), pa.y()), pb)
        if self.default is not None and 0 <= self.default < len(self.points):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#b58900"), 2))
            painter.drawEllipse(self.position(*self.points[self.default]), 10, 10)
        for index, point in enumerate(self.points):
            centre = self.position(*point)
            radius = 6 if index == self.selected else 4
            painter.setBrush(highlight if index == self.selected else palette.base())
            painter.setPen(QPen(highlight, 2))
            painter.drawEllipse(centre, radius, radius)
        if self.current is not None:
            centre = self.position(*self.current)
            painter.setBrush(QColor("#dc322f"))
            painter.setPen(QPen(QColor("#dc322f"), 1))
            painter.drawRect(QRectF(centre.x() - 5, centre.y() - 5, 10, 10))
            painter.setPen(QPen(text, 1))
            painter.drawText(centre + QPointF(8, -6), self.tr("now"))
        if self.hasFocus():
            # Where the arrow keys go: the chart has the keyboard.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tip_at(event.pos().x(), event.pos().y())  # a QHelpEvent
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tip_at(self, x: float, y: float) -> str:
        """The tooltip at (x, y): the plan of the point there, or the division in force."""
        index = self.nearest(x, y)
        if index is not None:
            return self.describe(self.points[index])
        if self.current is not None:
            centre = self.position(*self.current)
            if (centre.x() - x) ** 2 + (centre.y() - y) ** 2 <= 14.0**2:
                return self.tr("Division in force: %1").replace("%1", self.describe(self.current))
        return ""

    # -- choosing --------------------------------------------------------------
    def nearest(self, x: float, y: float) -> int | None:
        best, distance = None, 14.0**2
        for index, point in enumerate(self.points):
            centre = self.position(*point)
            d = (centre.x() - x) ** 2 + (centre.y() - y) ** 2
            if d <= distance:
                best, distance = index, d
        return best

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.nearest(event.position().x(), event.position().y())
        if index is not None:
            self.select(index)
            self.pointChosen.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.points:
            return super().keyPressEvent(event)
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is None:
            return super().keyPressEvent(event)
        index = min(max((self.selected or 0) + step, 0), len(self.points) - 1)
        self.select(index)
        self.pointChosen.emit(index)
        return None
