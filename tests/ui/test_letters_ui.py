"""Informing clients from the handovers page, through real widgets: the "not yet informed"
filter, "Print letters…" with its choice dialog and a real background thread, a cancel that
writes and ticks nothing, and the reform page's offer to print that reform's letters."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from omatyontekija.domain.handover import CLIENT_INFORMED, ItemState
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services import handovers as h
from omatyontekija.services.clients import find_clients
from omatyontekija.services.reform_model import AppliedReform
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.handovers import print_choice
from omatyontekija.ui.handovers.batch import RENDER_LOCK
from omatyontekija.ui.main_window import MainWindow
from omatyontekija.ui.reform.page import ReformPage

WAIT = 30_000


def start_handovers(ctx, count: int) -> list[int]:
    """Handovers of ``count`` adults without a non-disclosure mark, to another social worker."""
    social = [w.worker for w in list_workers(ctx) if w.worker.role is WorkerRole.SOCIAL_WORKER]
    moves = []
    for row in find_clients(ctx, "", limit=400).rows:
        if row.named_worker is None:
            continue
        from omatyontekija.services.clients import get_client

        client = get_client(ctx, row.id)
        if client.non_disclosure or any(c.non_disclosure for c in client.close_ones):
            continue
        moves.append((row.id, next(w.id for w in social if w.id != row.named_worker.id)))
        if len(moves) == count:
            return h.start_handovers(ctx, moves, "area_reform", dt.date(2026, 12, 31))
    raise AssertionError("too few clients")


def informed(ctx, handover_id):
    return next(i for i in h.get_handover(ctx, handover_id).items if i.key == CLIENT_INFORMED)


@pytest.fixture
def window(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_not_yet_informed_filter(app, qtbot, ctx, window):
    ids = start_handovers(ctx, 3)
    h.set_item_state(ctx, ids[0], CLIENT_INFORMED, "done")
    window.handovers.show_page()
    page = window.handovers.page
    page.set_filters("all", "open")
    shown = page.shown_ids()
    assert set(ids) <= set(shown)
    assert page.not_informed.text() == "Ei vie&lä tiedotettu"
    qtbot.mouseClick(page.not_informed, Qt.MouseButton.LeftButton)
    assert page.not_informed.isChecked()
    assert set(page.shown_ids()) == set(ids[1:])  # the informed one is not listed
    qtbot.mouseClick(page.not_informed, Qt.MouseButton.LeftButton)
    assert set(page.shown_ids()) == set(shown)
    # Tab goes the way the eye does: the top row (Open, Print letters, Print all open),
    # then the filters, then the list.
    chain, widget = [], page.back
    for _ in range(40):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    wanted = [
        page.open_button,
        page.letters_button,
        page.print_button,
        page.state,
        page.not_informed,
        page.table,
    ]
    assert sorted(wanted, key=chain.index) == wanted


def test_print_letters_of_the_selected_in_one_pdf_ticks_and_refreshes(
    app, qtbot, ctx, window, tmp_path, monkeypatch
):
    ids = start_handovers(ctx, 3)
    target = tmp_path / "kirjeet.pdf"
    monkeypatch.setattr(
        print_choice.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(target), "")),
    )
    window.handovers.show_page()
    page = window.handovers.page
    page.set_filters("all", "open")
    page.not_informed.setChecked(True)
    # Select two of the three.
    chosen = ids[:2]
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).id in chosen:
            selection.select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog.objectName()
        seen["selected"] = dialog.only_selected.isChecked()
        seen["combined"] = dialog.combined.isChecked()
        dialog.accept()

    started = []
    window.handovers.batchStarted.connect(started.append)
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)
    assert seen == {"dialog": "printChoice", "selected": True, "combined": True}
    batch = started[0]
    batch.opener = lambda path: seen.setdefault("opened", path)
    with qtbot.waitSignal(batch.finished, timeout=WAIT):
        pass
    assert batch.result.letters == 2 and not batch.result.cancelled
    assert len(PdfReader(str(target)).pages) == 2
    assert oct(os.stat(target).st_mode & 0o777) == "0o600"
    assert seen["opened"] == target  # the PDF, ready to print
    for handover_id in chosen:
        item = informed(ctx, handover_id)
        assert (item.state, item.done_on) == (ItemState.DONE, ctx.today)
    assert informed(ctx, ids[2]).state is ItemState.OPEN
    # The list was read again: with the filter on, only the one not informed is left.
    assert ids[2] in page.shown_ids() and not set(chosen) & set(page.shown_ids())
    assert "2" in window.statusBar().currentMessage()


def test_a_cancelled_letter_print_writes_and_ticks_nothing(app, qtbot, ctx, window, tmp_path):
    ids = start_handovers(ctx, 4)
    folder = tmp_path / "out"
    folder.mkdir()
    with RENDER_LOCK:  # the background job waits here until the user has pressed Cancel
        batch = window.handovers.print_letters(ids, target=folder / "kirjeet.pdf")
        assert batch.progress.isVisible()
        cancel = batch.progress.findChild(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(batch.finished, timeout=WAIT):
        pass
    assert batch.result.cancelled
    assert os.listdir(folder) == []  # no half file, no hidden temporary
    assert all(informed(ctx, i).state is ItemState.OPEN for i in ids)
    assert "peruttiin" in window.statusBar().currentMessage()
    assert window.handovers.batch is None


def test_the_reform_page_offers_the_letters_of_the_reform(app, qtbot, ctx):
    page = ReformPage(ctx)
    qtbot.addWidget(page)
    page._offer_printing(AppliedReform(division_id=1, handover_ids=(5, 6), created_worker_ids=()))
    box = page.message
    button = box.findChild(QPushButton, "reformLetters")
    assert button.text() == "Tulosta tämän uudistuksen kirjeet…"
    with qtbot.waitSignal(page.lettersRequested, timeout=WAIT) as asked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked.args == [[5, 6]]
    assert isinstance(box, QMessageBox)


def test_print_all_open_asks_and_gives_one_combined_pdf(
    app, qtbot, ctx, window, tmp_path, monkeypatch
):
    ids = start_handovers(ctx, 3)
    target = tmp_path / "luovutukset.pdf"
    monkeypatch.setattr(
        print_choice.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(target), "")),
    )
    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen["combined"] = dialog.combined.isChecked()  # the default
        seen["scope"] = dialog.all_shown.isVisible() or dialog.only_selected.isVisible()
        dialog.accept()

    QTimer.singleShot(0, answer)
    batch = window.handovers.print_all_open()
    batch.opener = lambda path: None
    with qtbot.waitSignal(batch.finished, timeout=WAIT):
        pass
    assert seen == {"combined": True, "scope": False}
    pages = [p.extract_text() for p in PdfReader(str(target)).pages]
    assert sum("Sivu 1 /" in text for text in pages) == len(ids)


def test_a_worker_is_told_plainly_that_batch_letters_are_not_theirs(
    app, qtbot, ctx, demo_path, tmp_path, monkeypatch
):
    from omatyontekija.services.context import open_context
    from omatyontekija.ui.handovers import letters as letters_ui

    ids = start_handovers(ctx, 2)
    told = []
    monkeypatch.setattr(
        letters_ui.QMessageBox, "information", staticmethod(lambda *args: told.append(args[2]))
    )
    worker = open_context(str(demo_path), user="sari.mantyla")
    worker.clock = ctx.clock
    try:
        window = MainWindow(worker)
        qtbot.addWidget(window)
        batch = window.handovers.print_letters(ids, target=tmp_path / "kirjeet.pdf")
        with qtbot.waitSignal(batch.finished, timeout=WAIT):
            pass
    finally:
        worker.close()
    assert len(told) == 1 and "Traceback" not in told[0]  # refused, in the user's language
    assert not (tmp_path / "kirjeet.pdf").exists()
