"""A day of typing must not grow the program: 5 000 searches through the real list.

Before the fix every search left two ``Task`` objects behind (a Qt connection
held a lambda holding its task: a cycle through C++ the collector cannot see,
and a QRunnable that C++ never let go), about 17 kB a search.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool

from omatyontekija.ui import tasks
from omatyontekija.ui.client_list_model import ClientListModel
from omatyontekija.ui.client_list_page import ClientListPage

SEARCHES = 5000
#: What a worker types: letters, names, a code's start, and clearing the box.
WORDS = ("a", "ma", "mä", "k", "ko", "", "l", "vi", "s", "sa", "0", "01")


def _settle() -> None:
    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        QCoreApplication.processEvents()
        # What the event loop does between keys: objects given to deleteLater go.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _size(page: ClientListPage) -> tuple[int, int, int, int]:
    _settle()
    return (
        len(gc.get_objects()),
        len(page.findChildren(QObject)) + len(page.model.children()),
        threading.active_count(),
        len(tasks._running),
    )


def test_five_thousand_searches_leave_nothing_behind(ctx, qtbot):
    model = ClientListModel(ctx)
    page = ClientListPage(model)
    qtbot.addWidget(page)

    def type_searches(count: int) -> None:
        for i in range(count):
            page.search.setText(WORDS[i % len(WORDS)])
            if i % 50 == 49:  # the answers of the threads arrive as they would between keys
                _settle()

    # The first searches fill bounded caches (SQLAlchemy's compiled statements,
    # the holiday calendar, the thread pool): about 9 000 objects, once, in the
    # first 2 000 searches. From then on nothing may accumulate.
    sizes = []
    for _ in range(5):
        type_searches(SEARCHES // 5)
        sizes.append(_size(page))

    # A leak of even one object a search would add 3 000 by now (it was ~20).
    grown = sizes[-1][0] - sizes[1][0]
    assert grown < 800, f"{grown} more objects after {SEARCHES} searches: {sizes}"
    # One step is 1 000 searches: a leak of one object each adds 1 000; bounded caches
    # (statements, a page's units by service codes) move a step by a few hundred either way.
    assert sizes[-1][0] - sizes[-2][0] < 600, f"still growing: {sizes}"
    # (the search box's clear button may be fading in: one animation alive at a time)
    assert max(size[1] for size in sizes) <= sizes[0][1] + 2, f"QObjects pile up: {sizes}"
    assert sizes[-1][2] <= max(sizes[0][2], QThreadPool.globalInstance().maxThreadCount() + 1)
    assert sizes[-1][3] == 0, "finished tasks are still held"
