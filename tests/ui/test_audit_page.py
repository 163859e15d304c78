"""The access-log page: search by client and by user, date range, verify, copy head, report."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication

from omatyontekija.domain.access import Action
from omatyontekija.services.audit import head
from omatyontekija.services.clients import get_client
from omatyontekija.services.context import open_context
from omatyontekija.services.trust.use_case import record_access
from omatyontekija.ui.audit import AccessLogPage
from omatyontekija.ui.audit.model import (
    COLUMN_ACTION,
    COLUMN_CLIENTS,
    COLUMN_REASON,
    COLUMN_USER,
    AccessLogModel,
    EntryRole,
)
from omatyontekija.ui.main_window import MainWindow


def make_page(qtbot, ctx) -> AccessLogPage:
    page = AccessLogPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def finish(qtbot, page, action) -> None:
    with qtbot.waitSignal(page.jobFinished, timeout=30_000):
        action()


def test_the_model_passes_the_model_tester(app, qtmodeltester, ctx):
    model = AccessLogModel()
    record_access(ctx, Action.VIEW, list(range(1, 20)), reason="tarkistus")
    from omatyontekija.services.audit import list_entries

    model.set_entries(list_entries(ctx, limit=50))
    qtmodeltester.check(model)
    assert model.index(1, COLUMN_CLIENTS).data().endswith("(+11)")
    assert model.index(1, COLUMN_REASON).data() == "tarkistus"


def test_search_by_identity_code_lists_who_saw_the_client(app, qtbot, ctx, demo_path):
    client = get_client(ctx, 3)
    worker = open_context(str(demo_path), user="sari.mantyla")
    worker.clock = ctx.clock
    try:
        get_client(worker, 3, reason="puhelu")
    except Exception:  # not her client: then the refusal is what the log shows
        pass
    finally:
        worker.close()
    page = make_page(qtbot, ctx)
    page.query.setText(client.identity_code)
    finish(qtbot, page, page.search)  # finds the client
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.is_busy(), timeout=30_000)
    users = {page.model.index(r, COLUMN_USER).data() for r in range(page.model.rowCount())}
    # People by name, with the login the log keeps (testuser is no worker: a login only).
    assert {"testuser", "Sari Mäntylä (sari.mantyla)"} <= users
    assert all(
        3 in page.model.index(r, 0).data(EntryRole).client_ids for r in range(page.model.rowCount())
    )
    assert page.report_button.isEnabled()
    # Finnish: the application's language in these tests.
    actions = {page.model.index(r, COLUMN_ACTION).data() for r in range(page.model.rowCount())}
    assert actions & {"avasi asiakastiedot", "luki käyttölokia"}


def test_search_by_user_and_a_date_range(app, qtbot, ctx):
    record_access(ctx, Action.VIEW, [5])
    page = make_page(qtbot, ctx)
    page.mode.setCurrentIndex(1)
    page.query.setText("testuser")
    finish(qtbot, page, page.search)
    assert page.model.rowCount() > 0
    assert {page.model.index(r, COLUMN_USER).data() for r in range(page.model.rowCount())} == {
        "testuser"
    }
    assert not page.report_button.isEnabled()
    past = QDate(2000, 1, 1)
    page.end.setDate(past)
    page.start.setDate(past)
    finish(qtbot, page, lambda: page.use_end.setChecked(True))
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert page.model.rowCount() == 0


def test_clients_are_shown_by_name_and_the_names_shown_are_logged(app, qtbot, ctx):
    """Issue 19: the Clients column showed the log's ids. Names are client data: reading
    them is a listing logged like any other, naming exactly the clients shown."""
    from omatyontekija.services.audit import NAMES_REASON, list_entries

    first, second = get_client(ctx, 5), get_client(ctx, 6)
    record_access(ctx, Action.VIEW, [5, 6, 999_999])  # the last: a client removed since
    page = make_page(qtbot, ctx)
    page.mode.setCurrentIndex(1)
    page.query.setText("testuser")
    finish(qtbot, page, page.search)
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.index(r, 0).data(EntryRole).client_ids == (5, 6, 999_999)
    )
    shown = page.model.index(row, COLUMN_CLIENTS).data()
    assert shown == (
        f"{first.last_name} {first.first_names}, {second.last_name} {second.first_names}, "
        "poistettu asiakas nro 999999"
    )
    assert first.identity_code not in shown
    newest = list_entries(ctx, user="testuser", limit=3)
    # Newest first: this listing's own reading of the log, the names of the page's
    # listing (logged as a search, its reason saying why), the page's reading of the log.
    names_entry = newest[1]
    assert (names_entry.action, names_entry.reason) == ("search", NAMES_REASON)
    assert {5, 6} <= set(names_entry.client_ids) and 999_999 not in names_entry.client_ids
    # Listed again, that entry's reason reads in words.
    finish(qtbot, page, page.search)
    reasons = {
        page.model.index(r, COLUMN_REASON).data()
        for r in range(page.model.rowCount())
        if page.model.index(r, 0).data(EntryRole).reason == NAMES_REASON
    }
    assert reasons == {"käyttöloki"}


def test_a_period_that_ends_before_it_starts_is_refused(app, qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.mode.setCurrentIndex(1)
    page.query.setText("testuser")
    page.start.setDate(QDate(2026, 2, 1))
    page.end.setDate(QDate(2026, 1, 1))
    page.use_start.setChecked(True)
    page.use_end.setChecked(True)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    page.search()
    assert page.message.text() == "Jakso alkaa päättymisensä jälkeen."


def test_an_unknown_client_says_so(app, qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.query.setText("Zzyzx")
    finish(qtbot, page, page.search)
    assert page.model.rowCount() == 0
    assert page.message.text() == "Haulla ei löydy asiakasta."


def test_verify_shows_the_result_and_copies_the_head(app, qtbot, ctx):
    record_access(ctx, Action.VIEW, [1])
    page = make_page(qtbot, ctx)
    finish(qtbot, page, page.verify_button.click)
    _sequence, newest = head(ctx)
    assert page.head.text() == newest
    assert "eheä" in page.message.text()
    assert page.verify_button.isEnabled()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == newest


def test_a_worker_is_refused_in_words(app, qtbot, demo_path, ctx):
    worker = open_context(str(demo_path), user="sari.mantyla")
    try:
        page = make_page(qtbot, worker)
        page.mode.setCurrentIndex(1)
        page.query.setText("testuser")
        finish(qtbot, page, page.search)
        assert "Roolisi (worker) ei salli" in page.message.text()
        assert page.model.rowCount() == 0
    finally:
        worker.close()


def test_print_report_saves_logs_and_opens_the_pdf(app, qtbot, ctx, tmp_path):
    client = get_client(ctx, 4)
    page = make_page(qtbot, ctx)
    page.query.setText(client.identity_code)
    finish(qtbot, page, page.search)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    target = tmp_path / "raportti.pdf"
    opened = []
    page.ask_report_path = lambda client_id: target
    page.open_file = opened.append
    finish(qtbot, page, page.report_button.click)
    assert opened == [target]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert client.identity_code in text and "Selvitys" in text
    assert str(target) in page.message.text()


def test_the_menu_action_follows_the_role(app, qtbot, ctx, demo_path):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.gap_page.is_busy())
    assert window.access_log_action.isEnabled() and window.import_action.isEnabled()
    window.access_log_action.trigger()
    assert window.pages.currentWidget() is window.access_log_page
    worker_ctx = open_context(str(demo_path), user="sari.mantyla")
    worker_ctx.clock = lambda: dt.date(2026, 11, 23)
    try:
        other = MainWindow(worker_ctx)
        qtbot.addWidget(other)
        qtbot.waitUntil(lambda: not other.gap_page.is_busy())
        assert not other.access_log_action.isEnabled()
        assert not other.import_action.isEnabled() and not other.export_action.isEnabled()
    finally:
        worker_ctx.close()
