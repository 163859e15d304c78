"""The organisation and unit as a form: used by the first start and the Administration page."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from omatyontekija.domain.organisation import UnitSettings


class UnitSettingsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("organisation")
        self.organisation.setPlaceholderText(self.tr("e.g. Keski-Suomen hyvinvointialue"))
        self.unit = QLineEdit(self)
        self.unit.setObjectName("unit")
        self.unit.setPlaceholderText(self.tr("e.g. Vammaispalvelut, Jyväskylä"))
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.phone_hours = QLineEdit(self)
        self.phone_hours.setObjectName("phoneHours")
        self.phone_hours.setPlaceholderText(self.tr("e.g. Mon–Fri 9–11"))
        self.e_service = QLineEdit(self)
        self.e_service.setObjectName("eService")
        self.e_service.setPlaceholderText(self.tr("e.g. the address of Polku"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Or&ganisation:"), self.organisation)
        form.addRow(self.tr("Uni&t:"), self.unit)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Pho&ne hours:"), self.phone_hours)
        form.addRow(self.tr("E-serv&ice:"), self.e_service)

    def settings(self) -> UnitSettings:
        return UnitSettings(
            organisation=self.organisation.text().strip(),
            unit=self.unit.text().strip(),
            address=self.address.text().strip(),
            phone=self.phone.text().strip(),
            phone_hours=self.phone_hours.text().strip(),
            e_service=self.e_service.text().strip(),
        )

    def set_settings(self, settings: UnitSettings) -> None:
        self.organisation.setText(settings.organisation)
        self.unit.setText(settings.unit)
        self.address.setText(settings.address)
        self.phone.setText(settings.phone)
        self.phone_hours.setText(settings.phone_hours)
        self.e_service.setText(settings.e_service)

    def complete(self) -> bool:
        settings = self.settings()
        return bool(settings.organisation and settings.unit)
