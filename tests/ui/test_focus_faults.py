"""Focus-order faults the AT-SPI walk (tests/ui/test_atspi_focus_order.py) found, each
held here in-process as well, where it runs without Xvfb."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.client import ClientFacts
from omatyontekija.services.clients import find_clients
from omatyontekija.ui.client_view.facts import FactsCard
from omatyontekija.ui.formatting import DATE_FORMATS, DateField
from omatyontekija.ui.gallery import dialogs, pages, settle
from omatyontekija.ui.handovers.dates import date_edit
from omatyontekija.ui.main_window import MainWindow


def _tab_from(qtbot, make, backwards=False):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    before = QLineEdit(dialog)  # made in the order of the focus chain
    field = make(dialog)
    after = QLineEdit(dialog)
    for widget in (before, field, after):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    QTest.keyClick(field, key)
    return QApplication.focusWidget(), before, after, dialog


def test_tab_leaves_an_empty_optional_date(app, qtbot):
    """An empty date (its special text "–" or "Not recorded") kept Tab: Qt's date field
    swallows Tab while it shows its special text, a keyboard trap going forward."""
    focus, _before, after, _dialog = _tab_from(qtbot, date_edit)
    assert focus is after
    focus, before, _after, _dialog = _tab_from(qtbot, date_edit, backwards=True)
    assert focus is before


def test_tab_leaves_an_unrecorded_fact_date(app, qtbot):
    card = FactsCard()
    qtbot.addWidget(card)
    card.show_facts(ClientFacts())
    card.show()
    qtbot.waitExposed(card)
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    field = card.editors["current_worker_since"]  # "Not recorded"
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.editors["life_situation_reason"]


def test_one_tab_passes_a_date(app, qtbot):
    """Qt's date field moves between its day, month and year with Tab: passing one
    date took three presses."""
    focus, _before, after, _dialog = _tab_from(qtbot, lambda parent: DateField(parent))
    assert focus is after
    focus, before, _after, _dialog = _tab_from(
        qtbot, lambda parent: DateField(parent), backwards=True
    )
    assert focus is before


def test_a_date_is_typed_with_its_separators(app, qtbot):
    """Without Tab between day, month and year, the date is typed as it is written."""
    field = DateField(None, QDate(2026, 12, 6))
    qtbot.addWidget(field)
    field.setDisplayFormat(DATE_FORMATS["fi"])  # the tests speak English: "6 Dec 2026"
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setSelectedSection(QDateEdit.Section.DaySection)
    QTest.keyClicks(field, "15.3.2020")
    assert field.date() == QDate(2020, 3, 15)


def _date_fields_keeping_tab(qtbot, name: str, top: QWidget) -> list[str]:
    kept = []
    for field in top.findChildren(QDateEdit):
        if not field.isVisibleTo(top):
            continue
        enabled = field.isEnabled()
        field.setEnabled(True)  # the access log's dates wait for their check box
        top.activateWindow()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        QTest.keyClick(field, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is field:
            kept.append(f"{name}: {field.objectName() or field.accessibleName()}")
        field.setEnabled(enabled)
    return kept


def test_one_tab_passes_every_date_field_of_every_page_and_dialog(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    kept, seen = [], 0
    for name, _widget in pages(window):
        seen += sum(f.isVisibleTo(window) for f in window.findChildren(QDateEdit))
        kept += _date_fields_keeping_tab(qtbot, name, window)
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        seen += sum(f.isVisibleTo(dialog) for f in dialog.findChildren(QDateEdit))
        kept += _date_fields_keeping_tab(qtbot, name, dialog)
    assert seen >= 8  # the check met the program's date fields
    assert kept == []


def _tab_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab stops at in ``top``, in order from its first."""
    chain, widget = [], top
    for _ in range(1000):
        widget = widget.nextInFocusChain()
        if widget is top:
            break
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.window() is top
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget not in chain
        ):
            chain.append(widget)
    return chain


def _shown(qtbot, window) -> None:
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)


def test_the_header_buttons_come_before_the_columns(app, qtbot, ctx):
    """Start handover sits at the right of the back button; Tab reached it last, after
    both columns, from the bottom of the right column back up to the header."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    window.open_client(find_clients(ctx, "", limit=1).rows[0].id)
    chain = _tab_chain(window)
    view = window.client_view
    assert chain[chain.index(view.back) + 1] is window.start_handover_button


def test_every_tab_stop_of_every_page_has_a_name(app, qtbot, ctx):
    """A Tab stop without a name tells a screen reader nothing: the client view's two
    scrolling columns took the focus without one."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    nameless = {}
    for page, _widget in pages(window):
        for widget in _tab_chain(window):
            iface = QAccessible.queryAccessibleInterface(widget)
            if not iface.text(QAccessible.Text.Name).replace("&", "").strip():
                label = any(lab.buddy() is widget for lab in window.findChildren(QLabel))
                if not label:
                    nameless.setdefault(page, []).append(type(widget).__name__)
    assert nameless == {}


def test_tab_leaves_every_list_and_table(app, qtbot, ctx):
    """A table moving through its cells with Tab (Qt's default for tables) keeps the
    focus: at its last cell it starts again at the first, a keyboard trap. The arrow
    keys move in a list; Tab goes on to the next element. The handover's checklist,
    the access log, the administration tables and the import dialog's tables did."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    trapping = set()

    def look(name, top):
        for view in top.findChildren(QAbstractItemView):
            if view.isVisible() and view.tabKeyNavigation():
                trapping.add(f"{name}: {view.objectName() or type(view).__name__}")

    for name, _widget in pages(window):
        look(name, window)
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        look(name, dialog)
    assert trapping == set()


def test_tabs_come_before_what_they_show(app, qtbot, ctx):
    """A row of tabs reads before the page under it: the reform page's division tables
    were made before their tabs and Tab reached them first, then went back up."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    late = []

    def look(name, top):
        chain = _tab_chain(top)
        for tabs in top.findChildren(QTabWidget):
            if not tabs.isVisible() or tabs.tabBar() not in chain:
                continue
            inside = [w for w in chain if tabs.currentWidget().isAncestorOf(w)]
            if inside and chain.index(inside[0]) < chain.index(tabs.tabBar()):
                late.append(f"{name}: {tabs.objectName()}")

    for name, _widget in pages(window):
        look(name, window)
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        look(name, dialog)
    assert late == []


def test_a_scrolling_part_comes_before_what_it_holds(app, qtbot, ctx):
    """A part that scrolls takes the focus (to be scrolled by keys) and holds the page
    under it: it reads before its contents. The reform page's came after them, and Tab
    went from the last table back up to it."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    late = []
    for name, _widget in pages(window):
        chain = _tab_chain(window)
        for area in window.findChildren(QAbstractScrollArea):
            if area not in chain or isinstance(area, QAbstractItemView):
                continue
            inside = [w for w in chain if area.isAncestorOf(w)]
            if inside and chain.index(inside[0]) < chain.index(area):
                late.append(f"{name}: {area.objectName() or area.accessibleName()}")
    assert late == []


def _in_order(a: QRect, b: QRect) -> bool:
    """Moving from ``a`` to ``b`` reads in order: down, right in the same row, or up only
    into the next column to the right (tests/ui/atspi/focus_order.py's rule)."""
    if a.contains(b):
        return True  # into what ``a`` holds (a scrolling part, then its first field)
    tolerance = max(6, min(a.height(), b.height()) // 2)
    if b.y() - a.y() > tolerance:
        return True
    if b.y() - a.y() >= -tolerance:
        return b.x() > a.x()
    return b.x() >= a.x() + a.width() - tolerance


def _reading_order_problems(top: QWidget) -> list[str]:
    """Going round the Tab chain, focus goes back up once: from the last to the first
    (the unit chooser in the menu bar's corner is not judged; a table is one stop)."""
    chain = [
        w
        for w in _tab_chain(top)
        if not any(isinstance(p, QMenuBar) for p in _parents(w))
        and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
    ]
    boxes = [QRect(w.mapTo(top, QPoint(0, 0)), w.size()) for w in chain]
    moves = list(zip(range(len(chain)), [*range(1, len(chain)), 0], strict=True))
    back = [
        f"{_name(chain[i])} → {_name(chain[j])}"
        for i, j in moves
        if not _in_order(boxes[i], boxes[j])
    ]
    return back if len(chain) > 1 and len(back) != 1 else []


def _parents(widget: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or text!r}"


def test_tab_goes_round_each_tab_of_every_page_in_reading_order(app, qtbot, ctx):
    """The administration page's tables came before the buttons above them."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    found = {}
    for name, _widget in pages(window):
        tab_widgets = [t for t in window.findChildren(QTabWidget) if t.isVisible()]
        for tabs in tab_widgets or [None]:
            for index in range(tabs.count() if tabs else 1):
                if tabs is not None:
                    if not tabs.isTabVisible(index):
                        continue
                    tabs.setCurrentIndex(index)
                    settle()  # the tab's own reads done, as its user would see it
                problems = _reading_order_problems(window)
                if problems:
                    label = tabs.tabText(index) if tabs else ""
                    found[f"{name} {label}".strip()] = problems
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        problems = _reading_order_problems(dialog)
        if problems:
            found[f"dialog {name}"] = problems
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
