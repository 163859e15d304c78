"""The service unit is chosen in the File menu as well as in the window's corner."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from omatyontekija.ui.main_window import MainWindow


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _mnemonic(menu: QMenu) -> str:
    title = menu.title()
    return title[title.index("&") + 1].lower()


def _checked(window: MainWindow) -> list[str]:
    return [a.data() for a in window.unit_menu.unit_actions if a.isChecked()]


def test_the_file_menu_chooses_the_unit_and_follows_the_corner(app, qtbot, ctx):
    window = _window(qtbot, ctx)
    menu, chooser = window.unit_menu, window.unit_chooser
    assert menu.menuAction().isVisible()  # the supervisor leads three units
    texts = [chooser.itemText(i) for i in range(chooser.count())]
    assert [a.text() for a in menu.unit_actions] == texts
    assert _checked(window) == [ctx.unit] == ["disability_services"]
    try:
        [child] = [a for a in menu.unit_actions if a.data() == "child_protection"]
        child.trigger()
        assert ctx.unit == "child_protection"
        assert chooser.currentData() == "child_protection"
        assert _checked(window) == ["child_protection"]
        chooser.choose("disability_services")
        assert _checked(window) == ["disability_services"]
    finally:
        chooser.choose("disability_services")  # the setting outlives the test


def test_the_keyboard_reaches_the_unit_through_the_file_menu(app, qtbot, ctx):
    window = _window(qtbot, ctx)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        file_menu = window.menuBar().actions()[0].menu()  # &File, in the test's language
        QTest.keyClick(window, _mnemonic(file_menu), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is file_menu)
        QTest.keyClick(file_menu, _mnemonic(window.unit_menu))  # Service &unit
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.unit_menu)
        units = window.unit_menu
        for _ in range(len(units.unit_actions)):
            active = units.activeAction()
            if active is not None and active.data() == "child_protection":
                break
            QTest.keyClick(units, Qt.Key.Key_Down)
        QTest.keyClick(units, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ctx.unit == "child_protection")
        assert window.unit_chooser.currentData() == "child_protection"
    finally:
        window.unit_chooser.choose("disability_services")


def test_one_unit_shows_no_choice(app, qtbot, ctx):
    from omatyontekija.ui.unit_chooser import UnitChooser, UnitMenu

    chooser = UnitChooser(ctx)
    qtbot.addWidget(chooser)
    while chooser.count() > 1:
        chooser.removeItem(chooser.count() - 1)
    menu = UnitMenu(chooser)
    assert not menu.menuAction().isVisible()
