"""Adding and changing a user, a worker or an area: small forms, checked by the services."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.access import Role, User
from omatyontekija.domain.area import Area
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.ui.formatting import DateField


def role_names(widget: QWidget) -> dict[Role, str]:
    return {
        Role.WORKER: QCoreApplication.translate("AdminLabels", "Worker"),
        Role.SUPERVISOR: QCoreApplication.translate("AdminLabels", "Supervisor"),
        Role.ADMIN: QCoreApplication.translate("AdminLabels", "Administrator"),
    }


def worker_role_names(widget: QWidget) -> dict[WorkerRole, str]:
    return {
        WorkerRole.SOCIAL_WORKER: QCoreApplication.translate("AdminLabels", "Social worker"),
        WorkerRole.SOCIAL_COUNSELLOR: QCoreApplication.translate(
            "AdminLabels", "Social counsellor"
        ),
        WorkerRole.SUPERVISOR: QCoreApplication.translate("AdminLabels", "Lead social worker"),
    }


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def worker_choice(parent: QWidget, workers: list[Worker], current: int | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("AdminLabels", "(none)"), None)
    for worker in workers:
        combo.addItem(worker.name, worker.id)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    return combo


class UserDialog(QDialog):
    def __init__(self, workers: list[Worker], user: User | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change user") if user else self.tr("Add user"))
        self.login = QLineEdit(self)
        self.login.setObjectName("userLogin")
        self.role = QComboBox(self)
        for role, name in role_names(self).items():
            self.role.addItem(name, role.value)
        self.worker = worker_choice(self, workers, user.worker_id if user else None)
        self.active = QCheckBox(self.tr("May log in"), self)
        self.active.setChecked(True)
        if user is not None:
            self.login.setText(user.login)
            self.login.setReadOnly(True)
            self.role.setCurrentIndex(self.role.findData(user.role.value))
            self.active.setChecked(user.active)
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Worker:"), self.worker)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))


class WorkerDialog(QDialog):
    """Name, title, contact details, capacity and working period of one worker."""

    def __init__(self, worker: Worker | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change worker") if worker else self.tr("Add worker"))
        self.name = QLineEdit(self)
        self.name.setObjectName("workerName")
        self.title = QComboBox(self)
        self.title.setEditable(True)
        self.title.addItems(["sosiaalityöntekijä", "sosiaaliohjaaja", "johtava sosiaalityöntekijä"])
        self.title.setToolTip(
            self.tr("The title as printed on letters; it also tells the role the rules read")
        )
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone_hours = QLineEdit(self)
        self.login = QLineEdit(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(self.tr("not set"))
        # Made in the order they are laid out: the focus chain is the order of making.
        self.until = QLineEdit(self)
        self.until.setPlaceholderText(self.tr("D.M.YYYY, when leaving"))
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(True)
        if worker is not None:
            self.name.setText(worker.name)
            self.title.setCurrentText(worker.title or _ROLE_TITLES[worker.role])
            self.phone.setText(worker.phone)
            self.email.setText(worker.email)
            self.phone_hours.setText(worker.phone_hours)
            self.login.setText(worker.login or "")
            self.capacity.setValue(worker.capacity)
            self.active.setChecked(worker.active)
            if worker.active_until:
                d = worker.active_until
                self.until.setText(f"{d.day}.{d.month}.{d.year}")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("Phone &hours:"), self.phone_hours)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Capacity:"), self.capacity)
        form.addRow(self.tr("Last &working day:"), self.until)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(480, self.sizeHint().height())

    def texts(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "title": self.title.currentText(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "phone_hours": self.phone_hours.text(),
            "login": self.login.text(),
            "capacity": str(self.capacity.value()),
            "active_until": self.until.text(),
            "active": "yes" if self.active.isChecked() else "no",
        }


_ROLE_TITLES = {
    WorkerRole.SOCIAL_WORKER: "sosiaalityöntekijä",
    WorkerRole.SOCIAL_COUNSELLOR: "sosiaaliohjaaja",
    WorkerRole.SUPERVISOR: "johtava sosiaalityöntekijä",
}


class AreaDialog(QDialog):
    """An area's name and workers, from a date (a new version of the division)."""

    def __init__(self, area: Area, workers: list[Worker], today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change area"))
        self.name = QLineEdit(area.name, self)
        self.social_worker = worker_choice(
            self, workers, area.social_worker.id if area.social_worker else None
        )
        self.counsellor = worker_choice(
            self, workers, area.counsellor.id if area.counsellor else None
        )
        self.start = DateField(self, QDate(today.year, today.month, today.day))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Social worker:"), self.social_worker)
        form.addRow(self.tr("&Counsellor:"), self.counsellor)
        form.addRow(self.tr("&From:"), self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def effective_from(self) -> dt.date:
        return self.start.date().toPython()
