"""The client view's table cards need no sideways scrolling in a narrow card (issue 19:
at 1366×768 at 150 % the granted services' third column was cut, reached only by
scrolling sideways): the longest column wraps in the room the others leave."""

from __future__ import annotations

from omatyontekija.ui.client_view.details import CloseOnesCard, ServicesCard

SERVICES = [
    (
        "specialomsorg (specialomsorgsprogram) med en lång förklaring",
        "Funktionshinderservice",
        "28.2.2025",
        "31.12.2026",
    ),
    ("arbetsverksamhet", "Funktionshinderservice", "1.3.2025", "–"),
]

NOTE = "Nås bäst på kvällar efter klockan sex, annars genom dottern"


def _shown(card, width: int, qtbot) -> None:
    qtbot.addWidget(card)
    card.resize(width, 600)
    card.show()
    qtbot.waitExposed(card)


def _fits(table) -> list[str]:
    found = []
    if table.horizontalScrollBar().maximum() > 0:
        found.append("scrolls sideways")
    if table.verticalScrollBar().maximum() > 0:
        found.append("scrolls up and down")
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        right = header.sectionPosition(column) + header.sectionSize(column)
        if right > header.viewport().width():
            found.append(f"column {column} past the edge")
    for row in range(table.rowCount()):
        if table.rowHeight(row) < table.sizeHintForRow(row):
            found.append(f"row {row} cut")
    return found


def test_services_fit_a_narrow_card(app, qtbot):
    card = ServicesCard()
    _shown(card, 430, qtbot)
    card.fill(SERVICES, "")
    qtbot.wait(20)
    table = card.table
    assert _fits(table) == []
    # The dates are whole: as wide as their texts.
    for column in (2, 3):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    # Narrowed further, the service wraps onto more lines and the table grows.
    before = table.height()
    card.resize(380, 600)
    qtbot.wait(20)
    assert _fits(table) == []
    assert table.height() > before


def test_close_ones_fit_a_narrow_card(app, qtbot):
    card = CloseOnesCard()
    _shown(card, 400, qtbot)
    card.fill(
        [("Virtanen Aino", "förälder", "040 123 4567", NOTE)],
        "",
    )
    qtbot.wait(20)
    assert _fits(card.table) == []


def test_a_wrapped_text_is_whole_in_its_tooltip(app, qtbot):
    card = ServicesCard()
    _shown(card, 380, qtbot)
    card.fill(SERVICES, "")
    assert card.table.item(0, 0).toolTip() == SERVICES[0][0]
