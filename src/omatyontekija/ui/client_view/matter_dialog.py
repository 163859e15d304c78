"""Recording that a matter of the client became pending: its kind and the date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from omatyontekija.domain.client import ServicePathStage
from omatyontekija.ui.formatting import DateField
from omatyontekija.ui.labels import stage_label


class MatterDialog(QDialog):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New pending matter"))
        self.kind = QComboBox(self)
        for stage in ServicePathStage:
            self.kind.addItem(stage_label(stage), stage.value)
        self.pending_since = DateField(self, QDate(today.year, today.month, today.day))
        self.pending_since.setMaximumDate(QDate(today.year, today.month, today.day))
        kind_label = QLabel(self.tr("&Matter"), self)
        kind_label.setBuddy(self.kind)
        date_label = QLabel(self.tr("&Pending since"), self)
        date_label.setBuddy(self.pending_since)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(kind_label, self.kind)
        form.addRow(date_label, self.pending_since)
        form.addRow(buttons)

    def chosen(self) -> tuple[ServicePathStage, dt.date]:
        return ServicePathStage(self.kind.currentData()), self.pending_since.date().toPython()
