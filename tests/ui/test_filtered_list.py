"""The gap list and the deadline list are one filtered-list page (ui/filtered_list.py):
the same filters row, reading off the UI thread, count, and Enter opening a client."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from omatyontekija.ui.deadlines import DeadlinePage
from omatyontekija.ui.filtered_list import FilteredListPage
from omatyontekija.ui.gaps import GapPage
from omatyontekija.ui.roles import ClientIdRole


@pytest.mark.parametrize("page_class", [GapPage, DeadlinePage])
def test_a_filtered_list_reads_counts_and_opens_by_keys(app, qtbot, ctx, page_class):
    page = page_class(ctx)
    qtbot.addWidget(page)
    assert isinstance(page, FilteredListPage)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    last = page.filters[-1]
    last.setCurrentIndex(last.count() - 1)  # a filter change reads the list again
    assert page.is_busy()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    # gaps: all areas, the last worker; deadlines: the whole unit (after "My clients"), all open
    page.filters[0].setCurrentIndex(1 if page_class is DeadlinePage else 0)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert page.count.text()
    assert page.model.rowCount() > 0
    assert page.table.currentIndex().row() == 0
    opened = []
    page.clientActivated.connect(opened.append)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.model.index(0, 0).data(ClientIdRole)]


def test_the_gap_list_opened_at_once_is_read_not_empty(app, qtbot, ctx):
    """Opened before the window's delayed first count (issue 19 screenshots: empty)."""
    from omatyontekija.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_gaps()
    assert window.gap_page.is_busy() or window.gap_page.loaded
    qtbot.waitUntil(lambda: window.gap_page.loaded, timeout=30_000)
    assert window.gap_page.model.rowCount() > 0
