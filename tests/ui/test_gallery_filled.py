"""The gallery (screenshots, layout, name and date checks) shows its lists filled, not
empty: an empty list checks nothing and photographs nothing."""

from omatyontekija.ui.gallery import pages
from omatyontekija.ui.main_window import MainWindow


def test_the_gallerys_lists_have_rows(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    rows = {}
    for name, _widget in pages(window):
        if name == "handovers":
            rows[name] = window.handovers.page.model.rowCount()
        elif name == "deadlines":
            rows[name] = window.deadline_page.table.model().rowCount()
        elif name == "access_log":
            rows[name] = window.access_log_page.model.rowCount()
        elif name == "administration_areas":
            page = window.administration_page
            rows[name] = page.areas_table.rowCount() if page.area_unit.isVisible() else 0
    assert all(count > 0 for count in rows.values()), rows
    assert set(rows) == {"handovers", "deadlines", "access_log", "administration_areas"}
