"""The main flow by keys only: what a worker on the phone does without touching the mouse."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from omatyontekija.ui.client_list_model import COLUMN_IDENTITY_CODE
from omatyontekija.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the operating system delivers it: to the window, through shortcuts, to focus."""
    QTest.keyClick(window.windowHandle(), key, modifier)


def test_main_flow_by_keyboard_only(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: not window.gap_page.is_busy())
    page = window.list_page

    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert window.focusWidget() is page.search
    code = page.model.index(3, COLUMN_IDENTITY_CODE).data()
    qtbot.keyClicks(page.search, code)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.client_view
    assert window.client_view.client.identity_code == code

    # The decision dialog opens with its mnemonic and closes with Esc.
    seen = []

    def in_dialog():
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        )
        seen.append(dialog)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    decide = window.client_view.worker_card.designate
    assert "&" in decide.text()  # it has a mnemonic (Alt+P in Finnish)
    for _ in range(60):  # Tab reaches it
        if window.focusWidget() is decide:
            break
        press(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is decide
    QTimer.singleShot(200, in_dialog)
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.waitUntil(lambda: not seen[0].isVisible())
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitActive(window)
    assert seen[0] is not None and "Omatyöntekijä" in seen[0].windowTitle()

    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is page

    press(qtbot, window, Qt.Key.Key_G, CTRL)
    assert window.pages.currentWidget() is window.gap_page
    qtbot.waitUntil(lambda: not window.gap_page.is_busy() and window.gap_page.model.rowCount() > 0)
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.client_view
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.gap_page  # back where the user came from

    press(qtbot, window, Qt.Key.Key_H, CTRL)
    assert window.pages.currentWidget() is window.handovers.page
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is page
