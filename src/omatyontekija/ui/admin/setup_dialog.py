"""The first start on an empty database: the organisation, the unit, and you as administrator.

Shown instead of "you are not a user" when the database has no users at all;
the services allow it only then (services/admin/setup.initialise).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.setup import initialise
from omatyontekija.services.context import Context
from omatyontekija.ui.admin.settings_form import UnitSettingsForm
from omatyontekija.ui.i18n import current_language


class FirstStartDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Omatyöntekijä – first start"))
        heading = QLabel(self.tr("<h2>Welcome</h2>"), self)
        intro = QLabel(
            self.tr(
                "The database is empty. Tell whose it is: the organisation and the unit are "
                "printed on every letter and checklist, the phone, phone hours and e-service "
                "tell clients how to reach the unit. You can change them later under "
                "Administration."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = UnitSettingsForm(self)
        self.admin = QLabel(
            self.tr(
                "You (%1) become the first administrator: you add the users, workers "
                "and areas next."
            ).replace("%1", ctx.user),
            self,
        )
        self.admin.setObjectName("firstAdmin")
        self.admin.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Set up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.admin)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())
        for edit in (self.form.organisation, self.form.unit):
            edit.textChanged.connect(self._enable)
        self.ok_button.clicked.connect(self.set_up)
        self.buttons.rejected.connect(self.reject)
        self.form.organisation.setFocus()

    def _enable(self) -> None:
        self.ok_button.setEnabled(self.form.complete())

    def set_up(self) -> None:
        try:
            initialise(self.ctx, self.form.settings(), self.ctx.user)
        except AdminError as error:
            QMessageBox.warning(self, self.windowTitle(), error.text(current_language()))
            return
        self.accept()
