"""Status messages reach assistive technology as announcements (EN 301 549 11.4.1.3):
the list's count after a search politely, a wrong identity code at once."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from omatyontekija.ui.main_window import MainWindow


@pytest.fixture
def heard(monkeypatch):
    said: list[tuple[str, object]] = []

    def update(event) -> None:
        if hasattr(event, "politeness"):
            said.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return said


def test_the_lists_count_and_a_wrong_code_are_announced(app, qtbot, ctx, heard):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.list_page
    polite = QAccessible.AnnouncementPoliteness.Polite
    qtbot.waitUntil(lambda: ("400 asiakasta", polite) in heard)
    heard.clear()
    qtbot.keyClicks(page.search, "131052-9086")
    assert page.message.isVisibleTo(window)
    urgent = [m for m, p in heard if p == QAccessible.AnnouncementPoliteness.Assertive]
    assert urgent == [page.message.text()] and "tarkistusmerkki" in urgent[0]
    qtbot.waitUntil(lambda: not window.gap_page.is_busy())


def test_typing_announces_the_count_once_it_pauses(app, qtbot, ctx, heard):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.list_page
    qtbot.waitUntil(lambda: bool(heard))
    heard.clear()
    name = page.model.index(10, 1).data().split()[0]
    qtbot.keyClicks(page.search, name)  # a letter at a time, faster than the pause
    qtbot.waitUntil(lambda: bool(heard))
    qtbot.wait(200)
    assert heard == [(page.count.text(), QAccessible.AnnouncementPoliteness.Polite)]
    qtbot.waitUntil(lambda: not window.gap_page.is_busy())
