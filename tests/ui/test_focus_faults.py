"""Focus-order faults the AT-SPI walk (tests/ui/test_atspi_focus_order.py) found, each
held here in-process as well, where it runs without Xvfb."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from omatyontekija.domain.client import ClientFacts
from omatyontekija.ui.client_view.facts import FactsCard
from omatyontekija.ui.handovers.dates import date_edit


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
