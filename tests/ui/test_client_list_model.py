from PySide6.QtCore import Qt

from omatyontekija.services.clients import PAGE_SIZE
from omatyontekija.ui.client_list_model import (
    COLUMN_IDENTITY_CODE,
    COLUMN_NAME,
    ClientIdRole,
    ClientListModel,
)


def test_model_passes_the_model_tester(qtmodeltester, ctx):
    model = ClientListModel(ctx)
    model.set_search("")
    qtmodeltester.check(model)


def test_rows_arrive_a_page_at_a_time(ctx):
    model = ClientListModel(ctx)
    model.set_search("")
    assert model.rowCount() == PAGE_SIZE  # one page, not the whole database
    pages = 1
    while model.canFetchMore():
        model.fetchMore()
        pages += 1
        assert model.rowCount() == min(pages * PAGE_SIZE, 400)
    assert model.rowCount() == 400
    ids = [model.index(row, 0).data(ClientIdRole) for row in range(400)]
    assert len(set(ids)) == 400  # no client twice, none left out


def test_search_filters_and_counts(ctx, qtbot):
    model = ClientListModel(ctx)
    model.set_search("")
    code = model.index(0, COLUMN_IDENTITY_CODE).data()
    with qtbot.waitSignal(model.countChanged) as counted:
        model.set_search(code)
    assert counted.args == [1, False]
    assert model.rowCount() == 1
    assert model.index(0, COLUMN_IDENTITY_CODE).data() == code
    assert isinstance(model.index(0, COLUMN_NAME).data(ClientIdRole), int)


def test_a_long_list_is_counted_off_the_ui_thread(ctx, qtbot, monkeypatch):
    import threading

    from omatyontekija.ui import client_list_model

    release = threading.Event()
    real = client_list_model.count_clients

    def slow(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(client_list_model, "count_clients", slow)
    model = ClientListModel(ctx)
    counts = []
    model.countChanged.connect(lambda count, capped: counts.append((count, capped)))
    model.set_search("")  # returns with its rows while the count waits
    assert model.rowCount() == PAGE_SIZE and counts == []
    model.set_search("a")  # the first search's count must not be shown for this one
    release.set()
    qtbot.waitUntil(lambda: len(counts) == 1)
    qtbot.wait(50)
    assert len(counts) == 1 and counts[0][0] < 400


def test_keystrokes_faster_than_the_event_loop_count_only_the_newest_search(
    ctx, qtbot, monkeypatch
):
    # A count is read once the keystroke's rows are shown, never during the keystroke
    # itself (it competed with it for the interpreter), and only for the newest search.
    from omatyontekija.ui import client_list_model

    counted = []
    real = client_list_model.count_clients

    def recording(context, terms, **kwargs):
        counted.append(terms.value if hasattr(terms, "value") else terms)
        return real(context, terms, **kwargs)

    monkeypatch.setattr(client_list_model, "count_clients", recording)
    model = ClientListModel(ctx)
    counts = []
    model.countChanged.connect(lambda count, capped: counts.append(count))
    for typed in ("", "a"):  # both more than a page
        model.set_search(typed)
    assert counted == []  # nothing started while the keystrokes ran
    qtbot.waitUntil(lambda: len(counts) == 1)
    qtbot.wait(50)
    assert len(counted) == 1 and len(counts) == 1


def test_invalid_code_reports_failure(ctx, qtbot):
    model = ClientListModel(ctx)
    with qtbot.waitSignal(model.searchFailed):
        model.set_search("131052-9086")
    assert model.rowCount() == 0


def test_header_is_translated(app, ctx):
    model = ClientListModel(ctx)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nimi"


def test_deadline_badges_name_every_role_that_changed(ctx, qtbot):
    from omatyontekija.ui.client_list_model import COLUMN_DEADLINE

    model = ClientListModel(ctx)
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.UserRole + 3,
    ]
    emitted = []
    model.dataChanged.connect(lambda first, last, changed: emitted.append(set(changed)))

    def snapshot():
        return [
            [model.index(row, COLUMN_DEADLINE).data(role) for role in roles]
            for row in range(model.rowCount())
        ]

    with qtbot.waitSignal(model.deadlinesLoaded, timeout=10000):
        model.set_search("")
        while model.canFetchMore():  # all 400: some have a deadline near or overdue
            model.fetchMore()
        before = snapshot()  # the badges are read off the UI thread, after this
    after = snapshot()
    changed = {
        roles[i]
        for row_before, row_after in zip(before, after, strict=True)
        for i, (a, b) in enumerate(zip(row_before, row_after, strict=True))
        if a != b
    }
    assert Qt.ItemDataRole.DecorationRole in changed  # the demo has badges to show
    assert changed <= set().union(*emitted)
