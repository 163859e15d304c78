"""What an assistive technology reads: Qt's accessibility interface, the one its
AT-SPI bridge exposes on Linux (and UI Automation on Windows).

EN 301 549 (chapter 11, software) checks covered here, on every page and dialog:
- 11.4.1.2 Name, role, value: every interactive element has an accessible name and a role;
- 11.1.3.1 Info and relationships: every field has its label (a buddy label or a name);
- 11.2.4.3 Focus order: Tab moves in reading order (down the page, left to right);
- 11.2.1.1 Keyboard and 11.2.1.2 No keyboard trap: tests/ui/test_keyboard_only.py and
  test_keyboard_help.py (reason boxes, the main flow by keys);
- 11.3.3.2 Labels or instructions and 11.2.4.6 Headings and labels: names are not empty.
tests/ui/test_atspi.py reads the same tree through AT-SPI under Xvfb where it is installed.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from omatyontekija.ui.gallery import dialogs, pages
from omatyontekija.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)


def _shown_interactive(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and w.window() is top
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        # parts of a compound widget (a combo's line edit, a spin box's) speak through it
        and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
    ]


def _labelled(widget: QWidget, top: QWidget) -> bool:
    if widget.accessibleName():
        return True
    return any(label.buddy() is widget for label in top.findChildren(QLabel))


def problems(top: QWidget) -> list[str]:
    found = []
    for widget in _shown_interactive(top):
        iface = QAccessible.queryAccessibleInterface(widget)
        what = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if iface is None or not iface.isValid():
            found.append(f"{what}: no accessible interface")
            continue
        name = iface.text(QAccessible.Text.Name).replace("&", "").strip()
        if not name and not (isinstance(widget, FIELDS) and _labelled(widget, top)):
            found.append(f"{what}: no accessible name")
        if iface.role() in (QAccessible.Role.NoRole, QAccessible.Role.Client):
            found.append(f"{what}: no role")
        if isinstance(widget, FIELDS) and not _labelled(widget, top):
            found.append(f"{what}: a field without a label")
    return found + _focus_order_problems(top)


def _what(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName() or text!r}"


def _focus_order_problems(top: QWidget) -> list[str]:
    """Tab goes down the page; within a row, left to right. A jump back up to the
    left of where focus was is out of reading order."""
    shown = set(_shown_interactive(top))
    order, widget = [], top  # the chain from its start: the window's first widget
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget in shown and widget not in order:
            order.append(widget)
        if widget is top:
            break
    found = []
    for before, after in itertools.pairwise(order):
        a = before.mapTo(top, QPoint(0, 0))
        b = after.mapTo(top, QPoint(0, 0))
        if b.y() + after.height() <= a.y() and b.x() + after.width() <= a.x():
            found.append(f"focus goes back up from {_what(before)} to {_what(after)}")
    return found


def test_every_element_has_a_name_a_role_and_its_label(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    found = {}
    for name, _widget in pages(window):
        page = window.pages.currentWidget()
        bad = [p for p in problems(window) if p]
        if bad:
            found[f"page {name} ({type(page).__name__})"] = bad
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        bad = problems(dialog)
        if bad:
            found[f"dialog {name}"] = bad
    report = "\n".join(f"{k}: {v}" for k, v in found.items())
    assert not found, report


def test_the_focus_order_check_sees_a_jump_back(app, qtbot):
    from PySide6.QtWidgets import QDialog, QGridLayout, QPushButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    grid = QGridLayout(dialog)
    buttons = [QPushButton(text, dialog) for text in ("a", "b", "c")]
    for place, button in enumerate(buttons):
        grid.addWidget(button, place, place)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _focus_order_problems(dialog) == []
    QWidget.setTabOrder(buttons[0], buttons[2])
    QWidget.setTabOrder(buttons[2], buttons[1])  # a → c → b: back up from c to b
    assert _focus_order_problems(dialog)
