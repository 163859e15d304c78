"""The main flow by keys alone (EN 301 549 11.2.1.1): search → open → read the
suggestion → decide with a reason → start a handover → tick items → print.

Every step is a key a worker presses; Finnish mnemonics (the tests' language).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from omatyontekija.domain.handover import ItemState
from omatyontekija.services import handovers as h
from omatyontekija.services.clients import find_clients
from omatyontekija.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def key(widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget.windowHandle(), key, modifier)


def active(qtbot, widget):
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def test_search_open_decide_hand_over_tick_and_print_by_keys(app, qtbot, ctx):
    row = next(r for r in find_clients(ctx, "", limit=100).rows if r.named_worker is not None)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    active(qtbot, window)

    key(window, Qt.Key.Key_F, CTRL)
    QTest.keyClicks(window.focusWidget(), row.identity_code)
    key(window, Qt.Key.Key_Return)
    assert window.client_view.client.id == row.id
    assert window.client_controller.suggestion is not None  # the suggestion is on screen

    # Decide with a reason: Alt+P opens the decision, Alt+E "not needed", Alt+P the
    # reason box, Ctrl+Enter confirms from it.
    decided = []

    def decide():
        # (no assert in here: it runs inside the dialog's own event loop)
        dialog = QApplication.activeModalWidget()
        active(qtbot, dialog)
        key(dialog, Qt.Key.Key_E, ALT)
        qtbot.waitUntil(dialog.none_choice.isChecked)  # a mnemonic clicks after a moment
        key(dialog, Qt.Key.Key_P, ALT)
        focus = QApplication.focusWidget()
        if focus is None:
            decided.append(None)
            dialog.reject()
            return
        QTest.keyClicks(focus, "Asiakas hoitaa asiansa itse")
        QTest.keyClick(focus, Qt.Key.Key_Return, CTRL)
        decided.append((focus is dialog.reason, dialog.none_choice.isChecked(), dialog.result()))

    QTimer.singleShot(300, decide)
    key(window, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: bool(decided))
    active(qtbot, window)
    assert decided == [(True, True, 1)]  # the reason box, "not needed", accepted
    assert window.client_view.client.named_worker is None

    # Start a handover: Alt+L, the reason by Alt+S and ↓, Enter.
    opened = []
    window.handovers.dialogOpened.connect(opened.append)
    window.client_controller.reload()
    key(window, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: bool(opened))  # (the button clicks a moment after its mnemonic)
    start = opened[0]
    active(qtbot, start)
    key(start, Qt.Key.Key_S, ALT)
    key(start, Qt.Key.Key_Down)
    key(start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 2)  # the new handover opens at once
    dialog = opened[1]
    active(qtbot, dialog)

    # Tick items: Alt+K to the checklist, Space marks done, ↓ the next.
    key(dialog, Qt.Key.Key_K, ALT)
    key(dialog, Qt.Key.Key_Space)
    key(dialog, Qt.Key.Key_Down)
    key(dialog, Qt.Key.Key_Space)
    items = h.get_handover(ctx, dialog.handover.id).items
    assert [i.state for i in items[:2]] == [ItemState.DONE, ItemState.DONE]

    # Print: Alt+F previews the checklist PDF, from where it is printed or saved.
    previews = []
    window.handovers.previewOpened.connect(previews.append)
    key(dialog, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: bool(previews), timeout=15000)
    assert previews[0].data.startswith(b"%PDF")
    previews[0].close()
    dialog.close()
