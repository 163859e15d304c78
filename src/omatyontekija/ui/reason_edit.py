"""The box where a reason is written, and a small dialog that asks for one.

A plain text box takes Tab as a character, which traps a keyboard user in it
(issue 19: "Tab is trapped in every reason box"). Here Tab and Shift+Tab move
focus, Ctrl+Tab too, and Ctrl+Enter presses the dialog's default button, so a
reason is written and confirmed without the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReasonEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if control and enter and self._press_default():
            return
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return
        super().keyPressEvent(event)

    def _press_default(self) -> bool:
        window = self.window()
        default = next((b for b in window.findChildren(QPushButton) if b.isDefault()), None)
        if default is None:
            box = window.findChild(QDialogButtonBox)
            if box is not None:
                default = box.button(QDialogButtonBox.StandardButton.Ok)
        if default is None or not default.isEnabled() or not default.isVisible():
            return False
        default.click()
        return True


class ReasonDialog(QDialog):
    """Asks for a reason; OK only once something is written."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.reason = ReasonEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(prompt)
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str:
    """The reason written, or "" when the user cancelled."""
    dialog = ReasonDialog(parent, title, prompt)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else ""
