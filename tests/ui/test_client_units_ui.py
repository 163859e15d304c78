"""The client view of a client in two units: each unit's worker, the user's unit first."""

import datetime as dt

from sqlalchemy import text

from omatyontekija.domain.designation import DecisionKind
from omatyontekija.services.designations import designate
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.main_window import MainWindow


def test_each_units_page_shows_its_own_worker(app, qtbot, ctx, child_in_two_units):
    client_id = child_in_two_units
    designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=2, reason="Alue")
    designate(
        ctx, client_id, kind=DecisionKind.NAMED, worker_id=3, reason="x", unit="child_protection"
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.unit_chooser.isVisibleTo(window)  # the supervisor leads three units
    window.open_client(client_id)
    card = window.client_view.worker_card
    qtbot.wait(20)

    def texts():
        return [label.text() for label in card.findChildren(type(card.title))]

    # disability services' page: its worker under its word first, child protection's after
    assert ctx.unit == "disability_services"
    shown = texts()
    assert "Sari Mäntylä" in shown and "Jussi Kärkkäinen" in shown
    assert shown.index("Sari Mäntylä") < shown.index("Jussi Kärkkäinen")
    assert "014 266 4103" in shown  # how to reach the other unit's worker
    window.unit_chooser.choose("child_protection")
    assert ctx.unit == "child_protection"
    qtbot.wait(20)  # the labels of the page before are deleted later
    shown = texts()
    assert shown.index("Jussi Kärkkäinen") < shown.index("Sari Mäntylä")
    word = {"fi": "Lapsen", "sv": "Socialarbetare", "en": "Social worker"}[current_language()]
    assert card.title.text().startswith(word)
    assert window.client_controller.unit == "child_protection"  # decisions act here only
    window.unit_chooser.choose("disability_services")  # the setting outlives the test


def test_the_list_shows_the_named_worker_of_its_own_unit(app, qtbot, ctx, child_in_two_units):
    """The client list of child protection names the child's worker there, not the one
    in disability services (it showed disability services' in every unit)."""
    from omatyontekija.ui.client_list_model import COLUMN_NAMED_WORKER, ClientListModel

    client_id = child_in_two_units
    designate(ctx, client_id, kind=DecisionKind.NAMED, worker_id=2, reason="Alue")
    designate(
        ctx, client_id, kind=DecisionKind.NAMED, worker_id=3, reason="x", unit="child_protection"
    )
    model = ClientListModel(ctx)

    def shown() -> str:
        model.set_search("")
        rows = [r for r in range(model.rowCount()) if model.client_id(r) == client_id]
        while not rows and model.canFetchMore():
            model.fetchMore()
            rows = [r for r in range(model.rowCount()) if model.client_id(r) == client_id]
        return model.index(rows[0], COLUMN_NAMED_WORKER).data()

    assert shown() == "Sari Mäntylä"
    model.set_unit("child_protection")
    assert shown() == "Jussi Kärkkäinen"


def test_a_unit_without_a_named_worker_shows_the_area_worker_of_its_own_division(
    app, qtbot, ctx, child_in_two_units
):
    """Each unit its own division: child protection's page of a child nobody is named for
    there shows the worker of the child's area in child protection's division."""
    from omatyontekija.services.reform import apply_reform, plan_reform, reform_situation

    client_id = child_in_two_units
    with ctx.db.write() as session:
        session.execute(
            text("DELETE FROM unit_named_workers WHERE client_id = :c"), {"c": client_id}
        )
    proposal = plan_reform(reform_situation(ctx, unit="child_protection"))
    apply_reform(ctx, proposal, dt.date(2027, 1, 1))
    with ctx.db.read() as session:
        postal = session.execute(
            text("SELECT postal_code FROM clients WHERE id = :c"), {"c": client_id}
        ).scalar()
        area_worker = session.execute(
            text("SELECT name FROM workers WHERE id = :w"),
            {"w": int(dict(proposal.assignment)[postal])},
        ).scalar()
    ctx.clock = lambda: dt.date(2027, 1, 1)  # the division is in force
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.unit_chooser.choose("child_protection")
    window.open_client(client_id)
    card = window.client_view.worker_card
    qtbot.wait(20)
    shown = [label.text() for label in card.findChildren(type(card.title))]
    assert card.title.text() == card.tr("No named worker: the area worker is the contact")
    assert area_worker in shown
    window.unit_chooser.choose("disability_services")  # the setting outlives the test
