"""Small building blocks of the client view: a titled card and label helpers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget


class Card(QFrame):
    """A white panel with a title, the unit the client view is built from."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        # Titles, badges and hints wrap: two columns of cards side by side at 911 logical
        # pixels (1366×768 at 150 %) in a long language.
        self.title.setWordWrap(True)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(self.title)
        layout.addLayout(self.body)

    def clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget():
                # Hidden now: deleted later, it would still be painted under the new content.
                item.widget().hide()
                item.widget().deleteLater()
            elif item.layout():
                _delete_layout(item.layout())


def _delete_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout():
            _delete_layout(item.layout())
    layout.deleteLater()


def value_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text or "–", parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def form(rows: list[tuple[str, str]]) -> QFormLayout:
    layout = QFormLayout()
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    layout.setHorizontalSpacing(18)
    for label, value in rows:
        caption = QLabel(label)
        caption.setObjectName("caption")
        layout.addRow(caption, value_label(value))
    return layout
