"""People are shown by name; the login only where no worker has it."""

from omatyontekija.services.context import open_context
from omatyontekija.ui import people
from omatyontekija.ui.client_view.history import HistoryCard
from omatyontekija.ui.main_window import MainWindow


def test_names_for_logins(ctx):
    people.use(ctx)
    assert people.person_name("sari.mantyla") == "Sari Mäntylä"
    assert people.person_name("nobody.known") == "nobody.known"
    assert people.person_name(None) == "–"


def test_history_and_status_bar_show_names(app, qtbot, demo_path):
    from omatyontekija.domain.designation import DecisionKind
    from omatyontekija.services.clients import find_clients, get_client
    from omatyontekija.services.designations import designate, history

    ctx = open_context(str(demo_path), user="sari.mantyla")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert "Sari Mäntylä" in window.user_label.text()
        rows = find_clients(ctx, "", limit=60).rows
        row = next(r for r in rows if r.named_worker and r.named_worker.name == "Sari Mäntylä")
        found = get_client(ctx, row.id)
        designate(
            ctx,
            row.id,
            kind=DecisionKind.NOT_NEEDED,
            worker_id=None,
            stage=found.stage,
            reason="ei tarvetta",
            expected_version=found.version,
        )
        card = HistoryCard()
        qtbot.addWidget(card)
        card.show_history(history(ctx, row.id))
        texts = {card.table.model().index(0, c).data() for c in range(6)}
        assert "Sari Mäntylä" in texts and "sari.mantyla" not in texts
    finally:
        ctx.close()


def test_a_worker_is_not_offered_the_reform(app, qtbot, demo_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ctx = open_context(str(demo_path), user="sari.mantyla")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert not window.reform_action.isEnabled()
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        assert window.reform_page is None  # no empty page, no refusal afterwards
    finally:
        ctx.close()
