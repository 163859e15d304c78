"""Browse the area divisions by date: which areas, districts and workers were in force."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.area import AreaDivision
from omatyontekija.services.areas import division_on
from omatyontekija.services.context import Context
from omatyontekija.ui.formatting import DateField, format_date
from omatyontekija.ui.reform.dialogs import from_qdate, to_qdate
from omatyontekija.ui.row_table_model import RowTableModel
from omatyontekija.ui.screen_fit import resize_within_screen


class AreaTableModel(RowTableModel):
    """The areas of one division: name, districts, social worker, counsellor."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Area"),
                self.tr("Districts"),
                self.tr("Social worker"),
                self.tr("Counsellor"),
            ),
            parent,
        )

    def set_division(self, division: AreaDivision | None) -> None:
        self.set_rows(division.areas if division is not None else ())

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        area = self.row_at(index)
        if area is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            area.name,
            ", ".join(area.postal_codes),
            area.social_worker.name if area.social_worker else "–",
            area.counsellor.name if area.counsellor else "–",
        )
        return values[index.column()]


class DivisionDialog(QDialog):
    """Pick a date; see the division in force on it."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("divisionDialog")
        self.setWindowTitle(self.tr("Area division"))
        self.on = DateField(self, to_qdate(ctx.today))
        self.on.setObjectName("divisionDate")
        self.heading = QLabel(self)
        self.heading.setObjectName("divisionHeading")
        self.model = AreaTableModel(self)
        self.table = QTableView(self)
        # Tab leaves the table (arrows move in it): a keyboard user is never trapped.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("divisionAreas")
        self.table.setAccessibleName(self.tr("Areas"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        form = QFormLayout()
        form.addRow(self.tr("Division in force &on"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.on.dateChanged.connect(self._show)
        resize_within_screen(self, 900, 420)
        self._show(self.on.date())

    def _show(self, day: QDate) -> None:
        # The division of the unit the user works in (each unit has its own).
        division = division_on(self.ctx, from_qdate(day), unit=self.ctx.unit)
        self.model.set_division(division)
        if division is None:
            self.heading.setText(self.tr("No area division was in force on that date."))
        else:
            self.heading.setText(
                self.tr("%1, in force from %2")
                .replace("%1", division.name)
                .replace("%2", format_date(division.effective_from))
            )
        self.table.resizeColumnsToContents()
