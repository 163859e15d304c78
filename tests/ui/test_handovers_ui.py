"""The handovers in the GUI, driven through real widgets: keyboard ticking, refusals,
starting from the client view, the list filters, previews and a batch print with progress."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from omatyontekija.documents import load_template
from omatyontekija.domain.handover import HandoverStatus, ItemState
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services import handovers as h
from omatyontekija.services.clients import find_clients, get_client
from omatyontekija.services.workers import list_workers
from omatyontekija.store import access_log
from omatyontekija.ui.handovers.checklist import COLUMN_STATE, ChecklistModel
from omatyontekija.ui.handovers.dialog import HandoverDialog
from omatyontekija.ui.handovers.list_model import HandoverIdRole, HandoverListModel
from omatyontekija.ui.handovers.page import HandoversPage
from omatyontekija.ui.main_window import MainWindow


def clients_with_named_worker(ctx, count):
    social = [w.worker for w in list_workers(ctx) if w.worker.role is WorkerRole.SOCIAL_WORKER]
    found = []
    for row in find_clients(ctx, "", limit=400).rows:
        if row.named_worker is not None:
            to = next(w for w in social if w.id != row.named_worker.id)
            found.append((row.id, row.named_worker.id, to.id))
        if len(found) == count:
            return found
    raise AssertionError("too few clients with a named worker")


@pytest.fixture
def handover(ctx):
    client_id, _, to = clients_with_named_worker(ctx, 1)[0]
    return h.start_handover(ctx, client_id, to, "area_reform", due_date=dt.date(2026, 12, 31))


@pytest.fixture
def window(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_dialog(qtbot, ctx, handover_id) -> HandoverDialog:
    dialog = HandoverDialog(ctx, handover_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def state_of(ctx, handover_id, row):
    return h.get_handover(ctx, handover_id).items[row].state


def test_space_and_n_tick_items_from_the_keyboard(app, qtbot, ctx, handover):
    dialog = open_dialog(qtbot, ctx, handover.id)
    view = dialog.checklist
    assert dialog.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert state_of(ctx, handover.id, 0) is ItemState.DONE
    assert dialog.handover.status is HandoverStatus.IN_PROGRESS
    assert view.currentIndex().row() == 0  # the cursor stays where the user is
    # N on an item that is not required (a required one asks why: the test below).
    optional = next(i for i, item in enumerate(dialog.handover.items) if not item.required)
    for _ in range(optional):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert state_of(ctx, handover.id, optional) is ItemState.NOT_APPLICABLE
    for _ in range(optional):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert state_of(ctx, handover.id, 0) is ItemState.OPEN
    assert dialog.model.index(optional, COLUMN_STATE).data() == "Ei koske"  # Finnish UI


def test_enter_edits_the_note_of_the_item_and_enter_saves_it(app, qtbot, ctx, handover):
    dialog = open_dialog(qtbot, ctx, handover.id)
    qtbot.keyClick(dialog.checklist, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.checklist, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.item_note
    qtbot.keyClicks(dialog.item_note, "Tulkki: viittomakieli")
    dialog.item_note.insert(", äiti läsnä")  # QTest types ASCII only; ä comes as from an IME
    qtbot.keyClick(dialog.item_note, Qt.Key.Key_Return)
    assert h.get_handover(ctx, handover.id).items[1].note == "Tulkki: viittomakieli, äiti läsnä"
    assert dialog.focusWidget() is dialog.checklist
    assert dialog.isVisible()  # Enter did not close the dialog


def test_a_click_on_the_check_box_ticks_too(app, qtbot, ctx, handover):
    dialog = open_dialog(qtbot, ctx, handover.id)
    index = dialog.model.index(2, COLUMN_STATE)
    dialog.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert state_of(ctx, handover.id, 2) is ItemState.DONE
    assert dialog.model.index(2, COLUMN_STATE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )


def test_completion_is_refused_with_the_open_items_named(app, qtbot, ctx, handover):
    dialog = open_dialog(qtbot, ctx, handover.id)
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible()
    assert "ei voi päättää" in dialog.message.text()
    template = load_template(handover.template)
    for item in handover.open_required_items:
        assert f"• {template.item(item.key).text.fi}" in dialog.message.text()
    assert dialog.skip_button.isVisible()
    assert h.get_handover(ctx, handover.id).status is HandoverStatus.PLANNED
    client = get_client(ctx, handover.client_id)
    assert client.named_worker.id == handover.from_worker.id


def test_completion_with_every_required_item_ticked(app, qtbot, ctx, handover):
    dialog = open_dialog(qtbot, ctx, handover.id)
    for row, item in enumerate(handover.items):
        dialog.checklist.setCurrentIndex(dialog.model.index(row, 1))
        if item.required:
            qtbot.keyClick(dialog.checklist, Qt.Key.Key_Space)
    assert dialog.complete()
    assert dialog.handover.status is HandoverStatus.DONE
    assert not dialog.complete_button.isEnabled()
    assert get_client(ctx, handover.client_id).named_worker.id == handover.to_worker.id


def test_skipping_open_required_items_with_a_reason_completes(app, qtbot, ctx, handover):
    dialog = open_dialog(qtbot, ctx, handover.id)
    assert not dialog.complete()
    assert dialog.complete(skip_reason="Asiakas ei halunnut tapaamista")
    states = {i.state for i in h.get_handover(ctx, handover.id).items if i.required}
    assert states == {ItemState.SKIPPED}


def test_a_stale_copy_is_refused_and_reloaded(app, qtbot, ctx, handover):
    dialog = open_dialog(qtbot, ctx, handover.id)
    h.set_item_state(ctx, handover.id, handover.items[3].key, "done")  # someone else
    qtbot.keyClick(dialog.checklist, Qt.Key.Key_Space)
    assert "sillä välin" in dialog.message.text()
    assert dialog.handover.items[3].state is ItemState.DONE  # reloaded
    assert state_of(ctx, handover.id, 0) is ItemState.OPEN


def test_start_handover_from_the_client_view(app, qtbot, ctx, window):
    client_id, from_id, to_id = clients_with_named_worker(ctx, 1)[0]
    window.open_client(client_id)
    opened = []
    window.handovers.dialogOpened.connect(opened.append)
    qtbot.mouseClick(window.start_handover_button, Qt.MouseButton.LeftButton)
    start = opened[0]
    assert start.template.currentIndex() == 0
    assert start.template.count() >= 1
    ids = [start.worker.itemData(i) for i in range(start.worker.count())]
    assert from_id not in ids and to_id in ids
    start.worker.setCurrentIndex(ids.index(to_id))
    # No reason is given for the user: OK waits until one is chosen.
    assert start.reason.currentData() is None
    assert not start.buttons.button(start.buttons.StandardButton.Ok).isEnabled()
    start.reason.setCurrentIndex(start.reason.findData("worker_leaves"))
    assert start.buttons.button(start.buttons.StandardButton.Ok).isEnabled()
    qtbot.mouseClick(
        start.buttons.button(start.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    rows = h.list_handovers(ctx, client_id=client_id)
    assert len(rows) == 1
    assert (rows[0].to_worker.id, rows[0].reason.value) == (to_id, "worker_leaves")
    assert isinstance(opened[-1], HandoverDialog)  # the new handover opens at once
    assert opened[-1].handover.id == rows[0].id
    opened[-1].close()
    # a second start is refused in the dialog, not with a crash
    qtbot.mouseClick(window.start_handover_button, Qt.MouseButton.LeftButton)
    again = opened[-1]
    again.reason.setCurrentIndex(again.reason.findData("other"))
    assert not again.start()
    assert "avoin luovutus" in again.message.text()
    again.close()


def test_the_page_filters_and_opens_with_enter(app, qtbot, ctx, window):
    (a, _, a_to), (b, _, b_to) = clients_with_named_worker(ctx, 2)
    late = h.start_handover(ctx, a, a_to, "other", due_date=dt.date(2026, 1, 1))
    h.start_handover(ctx, b, b_to, "other", due_date=dt.date(2027, 1, 1))
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    page: HandoversPage = window.handovers.page
    assert window.pages.currentWidget() is page
    assert page.scope.currentData() == "all"  # a supervisor starts with the whole unit
    assert page.model.rowCount() == 2
    page.set_filters("all", "overdue")
    assert [page.model.index(r, 0).data(HandoverIdRole) for r in range(page.model.rowCount())] == [
        late.id
    ]
    page.set_filters("mine", "open")
    # The supervisor's worker is in neither, but the supervisor started both.
    assert page.model.rowCount() == 2
    page.set_filters("all", "open")
    opened = []
    window.handovers.dialogOpened.connect(opened.append)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened and opened[0].handover.id == late.id
    opened[0].close()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.list_page


def test_models_pass_the_model_tester(app, qtbot, qtmodeltester, ctx, handover):
    model = HandoverListModel()
    model.set_rows(h.list_handovers(ctx, state="all"), ctx.today)
    qtmodeltester.check(model)
    checklist = ChecklistModel()
    checklist.set_handover(handover, None)
    qtmodeltester.check(checklist)


def _prints_since(ctx, sequence: int) -> list[tuple[str, list[int]]]:
    with ctx.db.read() as session:
        return [
            (e.reason, list(e.client_ids))
            for e in access_log.iter_entries(session)
            if e.sequence > sequence and e.action == "print"
        ]


def test_preview_shows_the_pdf_and_records_every_output(
    app, qtbot, ctx, window, handover, tmp_path
):
    with ctx.db.read() as session:
        since = access_log.last_link(session)[0]

    class Recorded(list):
        def __eq__(self, other):
            return _prints_since(ctx, since) == other

        def __len__(self):
            return len(_prints_since(ctx, since))

        def __getitem__(self, index):
            return _prints_since(ctx, since)[index]

    recorded = Recorded()
    preview = window.handovers.preview(handover.id, "checklist")
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    assert recorded == [("handover_checklist", [handover.client_id])]
    target = tmp_path / "out" / "lista"
    target.parent.mkdir()
    assert preview.save_to(target)
    assert (target.parent / "lista.pdf").read_bytes() == preview.data
    assert len(recorded) == 2
    letter = window.handovers.preview(handover.id, "letter")
    qtbot.addWidget(letter)
    assert recorded[-1] == ("client_letter", [handover.client_id])
    assert letter.filename == f"kirje-{handover.id}-{handover.client_id}.pdf"


def test_batch_print_reports_progress_and_opens_the_folder(app, qtbot, ctx, window, tmp_path):
    moves = clients_with_named_worker(ctx, 3)
    ids = h.start_handovers(ctx, [(c, to) for c, _, to in moves], "area_reform")
    folder = tmp_path / "printed"
    folder.mkdir()
    progress = []
    opened = []
    started = []
    window.handovers.batchStarted.connect(started.append)
    with qtbot.waitSignal(window.handovers.batchStarted, timeout=1000):
        window.handovers.print_all_open(folder)
    batch = started[0]
    batch.opener = opened.append
    batch.task.signals.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(batch.finished, timeout=30_000):
        pass
    assert batch.result is not None and not batch.result.cancelled
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"luovutus-{i}-{c}.pdf" for i, (c, _, _) in zip(ids, moves, strict=True)
    )
    assert (progress and progress[-1] == (3, 3)) or batch.progress.maximum() == 3
    assert opened == [folder]
    assert "3" in window.statusBar().currentMessage()


def test_a_cancelled_batch_leaves_only_whole_files(app, qtbot, ctx, window, tmp_path):
    moves = clients_with_named_worker(ctx, 6)
    h.start_handovers(ctx, [(c, to) for c, _, to in moves], "area_reform")
    folder = tmp_path / "printed"
    folder.mkdir()
    batch = window.handovers.print_all_open(folder)
    batch.opener = lambda folder: None
    assert batch.progress.isVisible()
    cancel = batch.progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the user presses Cancel at once
    with qtbot.waitSignal(batch.finished, timeout=30_000):
        pass
    files = list(folder.iterdir())
    assert len(files) <= 1  # at most the document that was being written
    for path in files:
        assert not path.name.startswith(".")  # no temporary left behind
        assert len(PdfReader(path).pages) >= 1
    assert "peruttiin" in window.statusBar().currentMessage()
    assert window.handovers.batch is None  # a new batch may start


def test_handover_list_shows_the_most_urgent_first(app, qtbot, ctx):
    today = ctx.today
    dues = [dt.date(2027, 3, 1), None, dt.date(2026, 12, 5), dt.date(2027, 1, 10)]
    for (client_id, _, to), due in zip(clients_with_named_worker(ctx, 4), dues, strict=True):
        h.start_handover(ctx, client_id, to, "other", due_date=due)
    page = HandoversPage(ctx)
    qtbot.addWidget(page)
    page.set_filters("all", "open")
    shown = [page.model.row_at(r).due_date for r in range(page.model.rowCount())]
    assert shown[: len(dues)] == [
        dt.date(2026, 12, 5),
        dt.date(2027, 1, 10),
        dt.date(2027, 3, 1),
        None,
    ]
    assert today  # the demo's today, before every due date


def test_a_completed_handover_says_so_calmly_and_offers_no_more_changes(app, qtbot, ctx, handover):
    from omatyontekija.domain.handover import HandoverStatus

    for item in h.get_handover(ctx, handover.id).items:
        h.set_item_state(ctx, handover.id, item.key, "done")
    dialog = open_dialog(qtbot, ctx, handover.id)
    assert dialog.complete(decision_reason="sovittu")
    assert dialog.handover.status is HandoverStatus.DONE
    assert dialog.message.objectName() == "doneMessage"  # not the red refusal style
    assert not dialog.complete_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_a_counsellor_where_a_social_worker_is_required_asks_why_at_once(app, qtbot, ctx):
    """The start dialog says so when the counsellor is chosen (it was said first at
    completion), and OK waits for the reason, which the handover keeps."""
    from omatyontekija.rules import SuggestedRole
    from omatyontekija.services.suggestions import suggestion_for
    from omatyontekija.ui.handovers.start_dialog import StartHandoverDialog

    client = next(
        c
        for c in (get_client(ctx, row.id) for row in find_clients(ctx, "", limit=400).rows)
        if c.named_worker is not None
        and suggestion_for(c, ctx.today).worker_role is SuggestedRole.SOCIAL_WORKER
    )
    dialog = StartHandoverDialog(ctx, client)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.reason.setCurrentIndex(dialog.reason.findData("worker_leaves"))
    roles = {w.worker.id: w.worker.role for w in list_workers(ctx)}
    ids = [dialog.worker.itemData(i) for i in range(dialog.worker.count())]
    social = next(i for i in ids if roles[i] is WorkerRole.SOCIAL_WORKER)
    counsellor = next(i for i in ids if roles[i] is WorkerRole.SOCIAL_COUNSELLOR)

    dialog.worker.setCurrentIndex(ids.index(social))
    assert dialog.role_warning.isHidden() and dialog.role_reason.isHidden()
    assert ok.isEnabled()

    dialog.worker.setCurrentIndex(ids.index(counsellor))
    assert dialog.role_warning.isVisible() and dialog.role_reason.isVisible()
    assert "sosiaalityöntekijä" in dialog.role_warning.text()
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.role_reason, "Asiakas tuntee ohjaajan entuudestaan")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    started = h.list_handovers(ctx, client_id=client.id)
    assert [r.to_worker.id for r in started] == [counsellor]
    assert "tuntee ohjaajan" in h.get_handover(ctx, started[0].id).note


def test_n_on_a_required_item_asks_why_and_keeps_the_answer(app, qtbot, ctx, handover):
    dialog = open_dialog(qtbot, ctx, handover.id)
    view = dialog.checklist
    row = next(i for i, item in enumerate(dialog.handover.items) if item.required)
    asked = []
    answers = iter(["", "Asiakas ei halua yhteistapaamista"])

    def answer(prompt):
        asked.append(prompt)
        return next(answers)

    dialog._ask_text = answer
    view.setCurrentIndex(dialog.model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_N)  # no answer: nothing changes
    assert state_of(ctx, handover.id, row) is ItemState.OPEN
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert state_of(ctx, handover.id, row) is ItemState.NOT_APPLICABLE
    assert "yhteistapaamista" in h.get_handover(ctx, handover.id).items[row].note
    assert len(asked) == 2
    # Back to open is no question.
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert state_of(ctx, handover.id, row) is ItemState.OPEN
    assert len(asked) == 2


def test_the_item_column_gets_the_room_the_others_do_not_need(app, qtbot, ctx, handover):
    """Issue 19: in Swedish at 150 % the items wrapped onto four lines while the empty
    date, by and note columns kept as much room as the item had."""
    from omatyontekija.ui.handovers.checklist import COLUMN_DATE, COLUMN_ITEM, COLUMN_NOTE
    from omatyontekija.ui.tables import AIR, header_width

    dialog = open_dialog(qtbot, ctx, handover.id)
    dialog.resize(860, dialog.height())
    qtbot.wait(20)
    view = dialog.checklist
    shown = view.viewport().width()
    # Nothing ticked, nothing noted: the date and the note as wide as their titles.
    assert view.columnWidth(COLUMN_DATE) <= header_width(view, COLUMN_DATE) + AIR
    assert view.columnWidth(COLUMN_NOTE) == header_width(view, COLUMN_NOTE)
    # The item takes the rest: every column in view, none past the edge.
    widths = [view.columnWidth(c) for c in range(view.model().columnCount())]
    assert widths[COLUMN_ITEM] == max(widths)
    assert sum(widths) <= shown
    assert widths[COLUMN_ITEM] >= shown - sum(widths) + widths[COLUMN_ITEM] - 2
    # A long note widens its column, up to a quarter of the table.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog.item_note.setText("Asiakas haluaa tavata uuden työntekijän ensin puhelimessa " * 2)
    qtbot.keyClick(dialog.item_note, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert h.get_handover(ctx, handover.id).items[0].note
    assert header_width(view, COLUMN_NOTE) < view.columnWidth(COLUMN_NOTE) <= shown // 4
    assert view.columnWidth(COLUMN_ITEM) == max(
        view.columnWidth(c) for c in range(view.model().columnCount())
    )
