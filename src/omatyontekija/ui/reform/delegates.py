"""How the reform tables draw a load bar and edit a capacity."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSpinBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from omatyontekija.ui.roles import LoadRatioRole

# Colours that read on both light and dark palettes; red means over capacity.
_WITHIN = QColor(70, 140, 90)
_NEAR = QColor(210, 150, 40)
_OVER = QColor(200, 50, 50)
NEAR_FULL = 0.9


def bar_colour(ratio: float) -> QColor:
    """Green within capacity, amber from 90 %, red over 100 %."""
    if ratio > 1.0:
        return _OVER
    return _NEAR if ratio >= NEAR_FULL else _WITHIN


class LoadBarDelegate(QStyledItemDelegate):
    """Paints load/capacity as a bar with its percentage; the bar stops at the cell's edge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        ratio = index.data(LoadRatioRole)
        if ratio is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        area = option.rect.adjusted(3, 4, -3, -4)
        painter.save()
        painter.setPen(option.palette.mid().color())
        painter.drawRect(area)
        width = int(area.width() * min(float(ratio), 1.0))
        painter.fillRect(QRect(area.left(), area.top(), width, area.height()), bar_colour(ratio))
        painter.setPen(option.palette.text().color())
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, str(index.data() or ""))
        painter.restore()


class CapacitySpinDelegate(QStyledItemDelegate):
    """Edits a capacity with a spin box (0 – 100 000)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setObjectName("capacityEditor")
        editor.setRange(0, 100_000)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QSpinBox, index: QModelIndex) -> None:
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QSpinBox, model, index: QModelIndex) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
