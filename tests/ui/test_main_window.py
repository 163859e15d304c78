from PySide6.QtCore import Qt

from omatyontekija.ui.client_list_model import COLUMN_IDENTITY_CODE, COLUMN_NAME, ClientRowRole
from omatyontekija.ui.main_window import MainWindow


def make_window(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.gap_page.is_busy())
    return window


def test_typing_filters_the_list(app, qtbot, ctx):
    window = make_window(qtbot, ctx)
    page = window.list_page
    everyone = page.model.rowCount()
    name = page.model.index(10, COLUMN_NAME).data()
    last = name.split()[0]
    page.search.setFocus()
    qtbot.keyClicks(page.search, last)
    assert 0 < page.model.rowCount() < everyone
    assert all(
        page.model.index(r, COLUMN_NAME).data().startswith(last)
        or last.lower() in page.model.index(r, COLUMN_NAME).data().lower()
        for r in range(page.model.rowCount())
    )


def test_enter_opens_the_right_client_and_escape_returns(app, qtbot, ctx):
    window = make_window(qtbot, ctx)
    page = window.list_page
    code = page.model.index(7, COLUMN_IDENTITY_CODE).data()
    qtbot.keyClicks(page.search, code)
    assert page.model.rowCount() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.client_view
    assert window.client_view.client.identity_code == code
    assert code in window.client_view.subheading.text()
    qtbot.keyClick(window.client_view, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is page


def test_ctrl_f_focuses_search_from_the_client_view(app, qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.open_client(window.list_page.model.client_id(0))
    window.find_action.trigger()
    assert window.pages.currentWidget() is window.list_page
    assert window.focusWidget() is window.list_page.search


def test_client_view_shows_the_area_worker_when_no_named_worker(app, qtbot, ctx):
    window = make_window(qtbot, ctx)
    model = window.list_page.model
    row = next(
        model.index(r, 0).data(ClientRowRole)
        for r in range(model.rowCount())
        if model.index(r, 0).data(ClientRowRole).named_worker is None
    )
    window.open_client(row.id)
    card = window.client_view.worker_card
    texts = [label.text() for label in card.findChildren(type(card.title))]
    assert row.area_worker.name in texts
    assert any("Polku" in t for t in texts)


def test_invalid_identity_code_is_explained(app, qtbot, ctx):
    window = make_window(qtbot, ctx)
    qtbot.keyClicks(window.list_page.search, "131052-9086")
    assert window.list_page.message.isVisibleTo(window)
    assert "tarkistusmerkki" in window.list_page.message.text()


def test_geometry_is_remembered(app, qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.resize(700, 500)
    window.close()
    again = make_window(qtbot, ctx)
    assert again.size().width() == 700


def test_status_bar_shows_the_gap_count_after_start(app, qtbot, ctx):
    window = make_window(qtbot, ctx)
    qtbot.waitUntil(lambda: "Puutelistalla" in window.gap_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.gap_page.is_busy())


def test_the_count_is_exact_unless_a_name_search_stops_counting(app, qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.list_page.search.setText("")
    # everyone: counted exactly (off the UI thread, a moment after the rows)
    qtbot.waitUntil(lambda: window.list_page.count.text() == "400 asiakasta")
    window.list_page._show_count(3000, False)
    assert window.list_page.count.text() == "3\u00a0000 asiakasta"  # Finnish groups digits
    window.list_page._show_count(1001, True)
    assert window.list_page.count.text().startswith("yli 1")


def _cells(card) -> list[str]:
    table = card.table
    return [
        table.item(r, c).text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c) is not None
    ]


def test_the_client_view_never_shows_another_clients_data(app, qtbot, ctx):
    """History opened on one client, then another client opened: every card is the second's."""
    from omatyontekija.domain.designation import DecisionKind
    from omatyontekija.services.designations import designate, history

    window = make_window(qtbot, ctx)
    model = window.list_page.model
    first, second = model.client_id(3), model.client_id(4)
    mark = "Vain ensimmäisen asiakkaan perustelu"
    designate(ctx, first, kind=DecisionKind.NOT_NEEDED, reason=mark)
    window.open_client(first)
    view = window.client_view
    view.worker_card.history.setChecked(True)
    assert any(mark in text for text in _cells(view.history_card))
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # back to the list: the client view is hidden
    assert window.pages.currentWidget() is window.list_page
    window.open_client(second)
    shown = view.client
    assert shown.id == second
    assert shown.identity_code in view.subheading.text()
    assert not any(mark in text for text in _cells(view.history_card))
    expected = history(ctx, second)
    assert view.history_card.table.rowCount() == len(expected)
    # and closing the history, then opening the first client again, shows nothing stale
    view.worker_card.history.setChecked(False)
    window.open_client(first)
    assert view.history_card.table.rowCount() == 0 or view.history_card.isHidden()


def test_the_first_start_fits_the_window_to_the_screen(app, qtbot, ctx):
    """No saved size: 1280×800 where the screen has room, else the screen's own room (the
    test screen is 800×800), so no part of the window starts off the screen."""
    window = make_window(qtbot, ctx)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.width() >= min(1280, room.width()) - 60
