"""Keyboard dead-ends of issue 19, and the in-app help (F1, the shortcut list)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from omatyontekija.ui import help as guide
from omatyontekija.ui import main_window as main_window_module
from omatyontekija.ui.main_window import MainWindow
from omatyontekija.ui.reason_edit import ReasonDialog

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    _activate(qtbot, window)
    return window


def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_tab_leaves_a_reason_box_and_ctrl_enter_confirms(app, qtbot):
    dialog = ReasonDialog(None, "t", "Why?")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    dialog.reason.setFocus()
    QTest.keyClicks(dialog.reason, "moved away")
    QTest.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert "\t" not in dialog.reason.toPlainText()
    assert QApplication.focusWidget() is not dialog.reason
    dialog.reason.setFocus()
    QTest.keyClick(dialog.reason, Qt.Key.Key_Tab, CTRL)
    assert QApplication.focusWidget() is not dialog.reason
    dialog.reason.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return, CTRL)
    assert dialog.text() == "moved away"


def test_an_empty_reason_cannot_be_confirmed(app, qtbot):
    dialog = ReasonDialog(None, "t", "Why?")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("  ")
    assert not ok.isEnabled()
    dialog.reason.setPlainText("asiakas soitti")
    assert ok.isEnabled()


def test_the_decision_dialog_reason_box_lets_tab_go(app, qtbot, ctx):
    from omatyontekija.ui.reason_edit import ReasonEdit

    assert ReasonEdit(None).tabChangesFocus()
    source = (ROOT / "src/omatyontekija/ui/designation_dialog.py").read_text()
    assert "ReasonEdit(self)" in source and "QPlainTextEdit(" not in source


def test_settings_open_with_a_key_that_windows_and_linux_have(app, qtbot, ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(
        main_window_module.SettingsDialog, "exec", lambda self: opened.append(self) or 0
    )
    window = _window(qtbot, ctx)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, CTRL | SHIFT)
    assert len(opened) == 1


def test_f1_opens_the_guide_of_the_page_in_the_users_language(language_app, qtbot, ctx):
    window = _window(qtbot, ctx)
    window.show_gaps()
    _activate(qtbot, window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    dialog = window.help_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    expected = {"fi": "Puutelista", "sv": "Bristlista", "en": "Gap list"}[language_app]
    assert dialog.heading.startswith(expected)
    assert dialog.browser.verticalScrollBar().value() > 0  # scrolled to it, not the top
    dialog.close()
    window.show_list()
    _activate(qtbot, window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    qtbot.addWidget(window.help_dialog)
    expected = {"fi": "Asiakkaan haku", "sv": "Sök klient", "en": "Finding a client"}
    assert window.help_dialog.heading == expected[language_app]


def test_shortcut_list_names_every_shortcut_of_the_menus(app, qtbot, ctx):
    window = _window(qtbot, ctx)
    window.shortcuts_action.trigger()
    dialog = window.shortcuts_dialog
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())}
    for action in (
        window.find_action,
        window.gaps_action,
        window.deadlines_action,
        window.handovers_action,
        window.figures_action,
        window.reform_action,
        window.guide_action,
    ):
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert any(key in text for text in listed), key
    settings = main_window_module.SETTINGS_KEY.toString(QKeySequence.SequenceFormat.NativeText)
    assert any(settings in text for text in listed)
    assert any("Ctrl+Enter" in text for text in listed)


def test_guides_ship_as_package_data_with_the_same_sections():
    counts = set()
    for language in ("fi", "sv", "en"):
        shipped = guide.guide_text(language)
        assert shipped == (ROOT / f"docs/user-guide.{language}.md").read_text(), (
            f"copy docs/user-guide.{language}.md to src/omatyontekija/resources/help/"
        )
        counts.add(sum(1 for line in shipped.splitlines() if line.startswith("## ")))
    assert counts == {guide.SECTION_SHORTCUTS + 1}


def test_no_line_edit_is_left_without_a_name_in_the_help(app, qtbot):
    dialog = guide.HelpDialog("fi", guide.SECTION_SHORTCUTS)
    qtbot.addWidget(dialog)
    assert dialog.heading == "Pikanäppäimet"
    assert not dialog.findChildren(QLineEdit)
