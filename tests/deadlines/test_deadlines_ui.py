from PySide6.QtCore import Qt

from omatyontekija.services.clients import PAGE_SIZE
from omatyontekija.services.deadlines import client_deadlines
from omatyontekija.ui import client_list_model
from omatyontekija.ui.client_list_model import (
    COLUMN_DEADLINE,
    ClientIdRole,
    ClientListModel,
    DeadlineStatusRole,
)
from omatyontekija.ui.client_view.deadlines import COLUMN_STATUS, DeadlinesCard
from omatyontekija.ui.deadlines import DeadlinePage
from omatyontekija.ui.deadlines import model as deadline_model
from omatyontekija.ui.main_window import MainWindow


def identity_code(ctx, client_id):
    from omatyontekija.services.clients import get_client

    return get_client(ctx, client_id, reason="testi").identity_code


def test_client_list_shows_the_most_urgent_deadline(app, qtbot, qtmodeltester, dctx, known):
    model = ClientListModel(dctx)
    model.set_search(identity_code(dctx, known.sari_client))
    assert model.index(0, COLUMN_DEADLINE).data(DeadlineStatusRole) is None  # rows first
    with qtbot.waitSignal(model.deadlinesLoaded):
        pass  # read off the UI thread, a moment after the rows
    cell = model.index(0, COLUMN_DEADLINE)
    assert cell.data(DeadlineStatusRole) == "overdue"
    assert cell.data().startswith("Myöhässä · ")
    assert "Päätös hakemukseen" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    model.set_search(identity_code(dctx, known.jussi_client))
    with qtbot.waitSignal(model.deadlinesLoaded):
        pass
    cell = model.index(0, COLUMN_DEADLINE)
    assert (cell.data(DeadlineStatusRole), cell.data()) == ("ok", "")  # only near/overdue shown
    assert "4.1.2027" in cell.data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(model.deadlinesLoaded):
        model.set_search("")
    qtmodeltester.check(model)
    without = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(ClientIdRole)
        not in {known.sari_client, known.jussi_client, known.orphan_client}
    ]
    assert model.index(without[0], COLUMN_DEADLINE).data(DeadlineStatusRole) is None


def test_client_list_fetches_deadlines_a_page_at_a_time(app, qtbot, dctx, known, monkeypatch):
    asked: list[int] = []
    real = client_list_model.worst_deadlines

    def spy(ctx, ids, **kwargs):
        asked.append(len(ids))
        return real(ctx, ids, **kwargs)

    monkeypatch.setattr(client_list_model, "worst_deadlines", spy)
    model = ClientListModel(dctx)
    model.set_search("")
    assert asked == []  # the rows come first
    with qtbot.waitSignal(model.deadlinesLoaded):
        model.load_deadlines()
    assert asked == [model.rowCount()] and model.rowCount() <= PAGE_SIZE
    if model.canFetchMore():
        with qtbot.waitSignal(model.deadlinesLoaded):
            model.fetchMore()
        assert len(asked) == 2 and asked[1] <= PAGE_SIZE


def test_badges_read_for_an_earlier_search_are_dropped(app, qtbot, dctx, known):
    model = ClientListModel(dctx)
    model.set_search(identity_code(dctx, known.sari_client))
    model.load_deadlines()  # its answer arrives after the next search
    model.set_search(identity_code(dctx, known.jussi_client))
    with qtbot.waitSignal(model.deadlinesLoaded):
        pass
    assert model.index(0, COLUMN_DEADLINE).data(DeadlineStatusRole) == "ok"
    qtbot.wait(50)
    assert model.index(0, COLUMN_DEADLINE).data(DeadlineStatusRole) == "ok"
    assert model.rowCount() == 1


def test_the_ui_thread_does_not_wait_for_the_badges(app, qtbot, dctx, known, monkeypatch):
    import threading

    release = threading.Event()
    real = client_list_model.worst_deadlines

    def slow(ctx, ids, **kwargs):
        release.wait(10)
        return real(ctx, ids, **kwargs)

    monkeypatch.setattr(client_list_model, "worst_deadlines", slow)
    model = ClientListModel(dctx)
    model.set_search(identity_code(dctx, known.sari_client))
    model.load_deadlines()  # returns while the read waits
    assert model.index(0, COLUMN_DEADLINE).data(DeadlineStatusRole) is None
    with qtbot.waitSignal(model.deadlinesLoaded):
        release.set()
    assert model.index(0, COLUMN_DEADLINE).data(DeadlineStatusRole) == "overdue"


def test_deadlines_card_lists_open_then_met_with_the_law_in_the_tooltip(app, qtbot, dctx, known):
    card = DeadlinesCard()
    qtbot.addWidget(card)
    card.show_deadlines(client_deadlines(dctx, known.jussi_client, reason="Sijaisuus"))
    table = card.table
    assert table.rowCount() == 2
    assert table.item(0, COLUMN_STATUS).text() == "Ajallaan"
    assert table.item(1, COLUMN_STATUS).text() == "Tehty"
    assert table.item(0, 2).text() == "4.1.2027"
    assert "675/2023" in table.item(0, 0).toolTip()
    assert "380/1987" not in table.item(0, 0).toolTip()
    card.show_deadlines([])
    assert table.isHidden() and not card.empty.isHidden()


def test_my_deadlines_page_filters_and_opens_a_client(app, qtbot, qtmodeltester, dctx, known):
    page = DeadlinePage(dctx)
    qtbot.addWidget(page)
    assert page.who.itemText(0) == "Omat asiakkaani" and page.who.itemData(0) == 2
    with qtbot.waitSignal(page.listed) as listed:
        page.refresh()
    assert listed.args == [2]
    statuses = [
        page.model.index(r, 0).data(deadline_model.DeadlineStatusRole)
        for r in range(page.model.rowCount())
    ]
    assert statuses == ["overdue", "near"]
    assert page.count.text() == "2 määräaikaa"
    qtmodeltester.check(page.model)
    with qtbot.waitSignal(page.listed) as listed:
        page.who.setCurrentIndex(page.who.findText("Koko yksikkö"))
    assert listed.args == [3]
    with qtbot.waitSignal(page.listed) as listed:
        page.status.setCurrentIndex(page.status.findText("Lähestyy"))
    assert listed.args == [1]
    with qtbot.waitSignal(page.clientActivated) as activated:
        page.table.activated.emit(page.model.index(0, deadline_model.COLUMN_NAME))
    assert activated.args == [known.sari_client]


def test_page_for_a_user_who_is_no_worker_starts_with_the_unit(app, qtbot, dctx):
    from omatyontekija.store.bulk import insert_rows

    with dctx.db.write() as session:  # a supervisor who is no worker of the unit
        insert_rows(
            session,
            "users",
            [{"login": "visitor", "worker_id": None, "role": "supervisor", "active": True}],
        )
    dctx.user = "visitor"
    dctx.forget_user()
    page = DeadlinePage(dctx)
    qtbot.addWidget(page)
    assert page.who.itemText(0) == "Koko yksikkö"


def test_ctrl_d_shows_my_deadlines_and_escape_comes_back(app, qtbot, dctx, known):
    window = MainWindow(dctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.gap_page.is_busy())
    assert window.deadlines_action.shortcut().toString() == "Ctrl+D"
    with qtbot.waitSignal(window.deadline_page.listed):
        window.deadlines_action.trigger()
    assert window.pages.currentWidget() is window.deadline_page
    window.deadline_page.table.activated.emit(window.deadline_page.model.index(0, 0))
    assert window.pages.currentWidget() is window.client_view
    card = window.client_view.deadlines_card
    assert card.table.rowCount() == 3  # the application and both assessment deadlines
    assert card.table.item(0, COLUMN_STATUS).text() == "Myöhässä"
    window.back_action.trigger()
    assert window.pages.currentWidget() is window.deadline_page
    window.back_action.trigger()
    assert window.pages.currentWidget() is window.list_page


def test_a_new_matter_from_the_client_view(app, qtbot, dctx, known, monkeypatch):
    from omatyontekija.ui.client_view.matter_dialog import MatterDialog

    window = MainWindow(dctx)
    qtbot.addWidget(window)
    window.show()
    window.open_client(known.sari_client)
    card = window.client_view.deadlines_card
    before = card.table.rowCount()

    def accept(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("application"))
        return MatterDialog.DialogCode.Accepted

    monkeypatch.setattr(MatterDialog, "exec", accept)
    card.add.click()
    assert card.table.rowCount() > before
