"""The client list's area column and the gap list's area filter follow the unit chosen top
right: each unit has its own division (issue 18)."""

import pytest

from omatyontekija.ui.client_list_model import COLUMN_AREA, COLUMN_AREA_WORKER, ClientRowRole
from omatyontekija.ui.main_window import MainWindow


def _areas_shown(window) -> set[tuple[str, str]]:
    model = window.model
    return {
        (model.index(n, COLUMN_AREA).data(), model.index(n, COLUMN_AREA_WORKER).data())
        for n in range(model.rowCount())
        if model.index(n, 0).data(ClientRowRole).postal_code
    }


@pytest.mark.usefixtures("child_protection_division")
def test_the_list_and_the_gap_filter_show_the_chosen_units_areas(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert ctx.unit == "disability_services"
    disability = _areas_shown(window)
    assert ("Lasten alue", "Jussi Kärkkäinen") not in disability
    window.show_gaps()
    page = window.gap_page
    areas = [page.area.itemData(n) for n in range(page.area.count())]
    assert "Keskusta ja Lutakko" in areas and "Lasten alue" not in areas
    try:
        window.unit_chooser.choose("child_protection")
        assert _areas_shown(window) == {("Lasten alue", "Jussi Kärkkäinen")}
        areas = [page.area.itemData(n) for n in range(page.area.count())]
        assert areas == [None, "Lasten alue"]
        window.unit_chooser.choose("disability_services")
        assert _areas_shown(window) == disability
    finally:
        window.unit_chooser.choose("disability_services")  # the setting outlives the test


@pytest.mark.usefixtures("child_protection_division")
def test_the_figures_page_shows_the_chosen_units_areas(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_figures()
    page = window.figures_page
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20000)
    assert page.figures.unit == "disability_services"
    try:
        window.unit_chooser.choose("child_protection")
        qtbot.waitUntil(lambda: page.figures.unit == "child_protection", timeout=20000)
        assert {a.name for a in page.figures.areas} <= {"Lasten alue", None}
    finally:
        window.unit_chooser.choose("disability_services")  # the setting outlives the test
