"""The Administration page's areas tab works on the unit chosen on it: its division is
shown, imported and changed, and the other units' divisions are left as they were."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from omatyontekija.services.areas import division_on
from omatyontekija.ui.admin.dialogs import AreaDialog
from omatyontekija.ui.main_window import MainWindow


def _areas_shown(page) -> list[str]:
    return [page.areas_table.item(r, 0).text() for r in range(page.areas_table.rowCount())]


def test_the_areas_tab_imports_and_changes_the_chosen_units_division(
    app, qtbot, ctx, child_protection_areas_file, monkeypatch
):
    path = child_protection_areas_file
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_administration()
    page = window.administration_page
    page.tabs.setCurrentIndex(3)
    disability = _areas_shown(page)
    assert disability and "Lasten alue" not in disability
    units = [page.area_unit.itemData(n) for n in range(page.area_unit.count())]
    assert {"disability_services", "child_protection"} <= set(units)
    assert page.area_unit.currentData() == ctx.unit == "disability_services"

    # the unit chosen by keys, as a user would (Alt+V takes focus to the chooser)
    page.area_unit.setFocus()
    while page.area_unit.currentData() != "child_protection":
        qtbot.keyClick(page.area_unit, Qt.Key.Key_Down)
    assert "Lasten alue" not in _areas_shown(page)  # no division of its own yet

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(page, "ask_file", lambda: path)
    monkeypatch.setattr(page, "ask_date", lambda: ctx.today)
    page.choose_areas_file()
    assert _areas_shown(page) == ["Lasten alue"]
    assert [a.name for a in division_on(ctx, ctx.today, unit="child_protection").areas] == [
        "Lasten alue"
    ]
    assert [a.name for a in division_on(ctx, ctx.today).areas] == disability

    # changing an area changes the chosen unit's division
    def renamed(dialog: AreaDialog):
        dialog.name.setText("Lasten ja nuorten alue")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AreaDialog, "exec", renamed)
    page.areas_table.selectRow(0)
    page.edit_area("Lasten alue")
    assert _areas_shown(page) == ["Lasten ja nuorten alue"]
    assert [a.name for a in division_on(ctx, ctx.today).areas] == disability

    page.area_unit.setCurrentIndex(page.area_unit.findData("disability_services"))
    assert _areas_shown(page) == disability
