"""The reform page's dialogs: apply from a date, and add a worker to the what-if."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services.reform import DEFAULT_HANDOVER_DAYS
from omatyontekija.ui.formatting import DateField
from omatyontekija.ui.labels import role_label


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _first_of_next_month(today: dt.date) -> dt.date:
    return (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


class ApplyDialog(QDialog):
    """Ask the date the new division takes effect and the handovers' due date; confirm the count."""

    def __init__(
        self,
        handovers: int,
        today: dt.date,
        latest: dt.date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applyReformDialog")
        self.setWindowTitle(self.tr("Apply the area reform"))
        self.latest = latest
        self._due_edited = False
        first = max(_first_of_next_month(today), (latest or today) + dt.timedelta(days=1))
        self.effective_from = DateField(self, to_qdate(first))
        self.effective_from.setObjectName("effectiveFrom")
        self.due = DateField(self, to_qdate(first + dt.timedelta(days=DEFAULT_HANDOVER_DAYS)))
        self.due.setObjectName("handoverDue")
        if latest is not None:
            self.effective_from.setMinimumDate(to_qdate(latest + dt.timedelta(days=1)))
        summary = QLabel(
            self.tr(
                "The new area division is saved as a new version, and an accompanied handover "
                "(reason: area reform) is opened for %n client(s) whose named worker changes.",
                "",
                handovers,
            ),
            self,
        )
        summary.setObjectName("applySummary")
        summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New division in &force from"), self.effective_from)
        form.addRow(self.tr("Handovers &due by"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.effective_from.dateChanged.connect(self._from_changed)
        self.due.dateChanged.connect(self._due_changed)
        self.setMinimumWidth(460)

    def _from_changed(self, day: QDate) -> None:
        if not self._due_edited:
            self.due.blockSignals(True)
            self.due.setDate(day.addDays(DEFAULT_HANDOVER_DAYS))
            self.due.blockSignals(False)

    def _due_changed(self, _day: QDate) -> None:
        self._due_edited = True

    def dates(self) -> tuple[dt.date, dt.date]:
        """(effective from, due date) as chosen."""
        return from_qdate(self.effective_from.date()), from_qdate(self.due.date())


class AddWorkerDialog(QDialog):
    """A new worker for the what-if: a name, a role and a capacity; saved only when applied.

    ``capacities`` gives each role's typical capacity, shown when the role is chosen (until
    the user types one of their own)."""

    def __init__(self, capacities: dict[WorkerRole, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addWorkerDialog")
        self.setWindowTitle(self.tr("Add a worker"))
        self.name = QLineEdit(self)
        self.name.setObjectName("newWorkerName")
        self.role = QComboBox(self)
        self.role.setObjectName("newWorkerRole")
        for role in (WorkerRole.SOCIAL_WORKER, WorkerRole.SOCIAL_COUNSELLOR):
            self.role.addItem(role_label(role), role)
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("newWorkerCapacity")
        self.capacity.setRange(0, 100_000)
        self._typical = capacities
        self.capacity.setValue(capacities.get(WorkerRole.SOCIAL_WORKER, 0))
        self.role.currentIndexChanged.connect(self._role_chosen)
        note = QLabel(
            self.tr("The worker is saved only when the reform is applied."),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Capacity (largest caseload)"), self.capacity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_role(self) -> WorkerRole:
        # Qt hands a str-valued enum back as its plain string.
        return WorkerRole(self.role.currentData())

    def _role_chosen(self) -> None:
        typical = set(self._typical.values())
        if self.capacity.value() in typical or self.capacity.value() == 0:  # not the user's own
            self.capacity.setValue(self._typical.get(self.chosen_role(), 0))
