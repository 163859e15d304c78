"""Key figures and the gap list evaluate every client off the UI thread: the page shows
the counts as they go ("50 / 400 clients") and Cancel really stops the work."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from omatyontekija.services import figures as figure_service
from omatyontekija.services import gaps as gap_service
from omatyontekija.services import progress as progress_module
from omatyontekija.ui.figures import FiguresPage
from omatyontekija.ui.gaps import GapPage
from omatyontekija.ui.task_progress import TaskProgress


def _gated(monkeypatch, module):
    """Report every 50 clients; the work waits at 50 until ``gate`` is set, so the test
    can press Cancel while it runs. Returns (gate, the counts the service reported)."""
    monkeypatch.setattr(progress_module, "EVERY", 50)
    gate, reported = threading.Event(), []
    real = module.reporting

    def reporting(items, total, progress):
        def gated(done, total):
            reported.append(done)
            progress(done, total)  # raises once cancelled: the work stops here
            if done == 50:
                gate.wait(10)

        return real(items, total, gated)

    monkeypatch.setattr(module, "reporting", reporting)
    return gate, reported


def test_progress_bar_counts_in_the_language_and_hides_cancel_for_exports(app, qtbot):
    progress = TaskProgress()
    qtbot.addWidget(progress)
    progress.start()
    assert progress.cancel_button.isVisibleTo(progress)
    assert progress.text() == ""
    progress.set_progress(12_000, 300_000)
    assert progress.text() == "12\u00a0000 / 300\u00a0000 asiakasta"
    assert progress.bar.value() == 12_000 and progress.bar.maximum() == 300_000
    progress.start(cancellable=False)
    assert not progress.cancel_button.isVisibleTo(progress)


def test_key_figures_show_counts_while_computing(app, qtbot, ctx, monkeypatch):
    monkeypatch.setattr(progress_module, "EVERY", 100)
    page = FiguresPage(ctx)
    qtbot.addWidget(page)
    page.show()
    seen = []
    real = page.busy.set_progress
    monkeypatch.setattr(page.busy, "set_progress", lambda d, t: (seen.append((d, t)), real(d, t)))
    with qtbot.waitSignal(page.figuresShown, timeout=20_000):
        page.refresh()
        assert page.busy.isVisible() and page.busy.cancel_button.isVisible()
    assert seen == [(0, 400), (100, 400), (200, 400), (300, 400), (400, 400)]
    assert page.busy.text() == "400 / 400 asiakasta"
    assert not page.busy.isVisible() and not page.is_busy()


def test_cancel_stops_computing_the_key_figures(app, qtbot, ctx, monkeypatch):
    gate, reported = _gated(monkeypatch, figure_service)
    page = FiguresPage(ctx)
    qtbot.addWidget(page)
    page.show()
    shown = []
    page.figuresShown.connect(shown.append)
    page.refresh()
    task = page.busy.task
    qtbot.waitUntil(lambda: page.busy.text().startswith("50 /"), timeout=20_000)
    with qtbot.waitSignal(task.signals.cancelled, timeout=20_000):
        qtbot.mouseClick(page.busy.cancel_button, Qt.MouseButton.LeftButton)
        assert not page.is_busy() and not page.busy.isVisible()
        gate.set()
    # The work stopped at its next report, far from the 400 clients.
    assert reported == [0, 50, 100]
    assert shown == [] and page.figures is None
    assert page.message.isVisibleTo(page) and page.message.text()
    # and computing again still works
    with qtbot.waitSignal(page.figuresShown, timeout=20_000):
        page.refresh()


@pytest.mark.parametrize("cancel", [False, True])
def test_gap_list_counts_and_cancels(app, qtbot, ctx, monkeypatch, cancel):
    gate, reported = _gated(monkeypatch, gap_service)
    if not cancel:
        gate.set()
    page = GapPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    task = page.busy.task
    assert page.busy.isVisible() and page.busy.cancel_button.isVisible()
    if not cancel:
        qtbot.waitUntil(lambda: page.loaded, timeout=30_000)
        assert reported[0] == 0 and reported[1:3] == [50, 100]
        total = int(page.busy.text().split(" / ")[1].split()[0])
        assert reported[-1] == total < 400  # those named to a social worker are not read
        assert page.model.rowCount() > 0
        return
    qtbot.waitUntil(lambda: page.busy.text().startswith("50 /"), timeout=20_000)
    with qtbot.waitSignal(task.signals.cancelled, timeout=20_000):
        qtbot.mouseClick(page.busy.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert reported == [0, 50, 100]
    assert not page.loaded and not page.is_busy() and page.model.rowCount() == 0
    assert page.count.text()
