"""Starting a handover from the client view: new worker, reason, due date and checklist template."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.documents import templates_for_unit
from omatyontekija.domain.client import Client
from omatyontekija.domain.handover import Handover, HandoverReason
from omatyontekija.domain.text import sort_key
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.rules import SuggestedRole
from omatyontekija.services import handovers as service
from omatyontekija.services.context import Context
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.services.suggestions import suggestion_for
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.handovers.dates import date_edit, date_of, show_date
from omatyontekija.ui.handovers.labels import reason_label, template_name
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.labels import role_label

# Seed 000: clients were told "at client meetings in the following weeks".
DEFAULT_DUE_DAYS = 28


class StartHandoverDialog(QDialog):
    def __init__(self, ctx: Context, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client = client
        self.handover: Handover | None = None
        self.setObjectName("startHandoverDialog")
        self.setWindowTitle(self.tr("Start handover – %1").replace("%1", client.name))

        current = client.named_worker
        self.current = QLabel(current.name if current else self.tr("No named worker yet"), self)
        self.worker = QComboBox(self)
        self.worker.setObjectName("newWorker")
        candidates = [
            w.worker
            for w in list_workers(ctx)
            if w.worker.active
            and w.worker.role in (WorkerRole.SOCIAL_WORKER, WorkerRole.SOCIAL_COUNSELLOR)
            and (current is None or w.worker.id != current.id)
        ]
        self._candidates = {w.id: w for w in candidates}
        for worker in sorted(candidates, key=lambda w: sort_key(w.name)):
            self.worker.addItem(f"{worker.name} ({role_label(worker.role)})", worker.id)
        self.reason = QComboBox(self)
        self.reason.setObjectName("handoverReason")
        # No reason is preselected: a handover started by hand is seldom an area
        # reform (the reform starts its own), and a default is a reason nobody gave.
        self.reason.addItem(self.tr("Choose the reason…"), None)
        for reason in HandoverReason:
            self.reason.addItem(reason_label(reason), reason.value)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.due = date_edit(self)
        show_date(self.due, ctx.today + dt.timedelta(days=DEFAULT_DUE_DAYS))
        self.template = QComboBox(self)
        self.template.setObjectName("handoverTemplate")
        # The default template of the client's unit comes first and is preselected.
        for template in templates_for_unit(service.service_unit_of(client)):
            self.template.addItem(template_name(template), template.id)
        self.note = QLineEdit(self)
        # Said when the worker is chosen, not first at completion: the suggestion asks
        # for a social worker and the one chosen is not, so the choice needs a reason.
        self.required = suggestion_for(client, ctx.today).worker_role
        self.role_reason = QLineEdit(self)
        self.role_reason.setObjectName("roleReason")
        self.role_warning = QLabel(self)
        self.role_warning.setObjectName("roleWarning")
        self.role_warning.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("Named worker now:"), self.current)
        form.addRow(self.tr("&New worker:"), self.worker)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Due date:"), self.due)
        form.addRow(self.tr("Checklist &template:"), self.template)
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow(self.role_warning)
        form.addRow(self.tr("Reason for the &choice:"), self.role_reason)
        self._form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start handover"))
        self.buttons.accepted.connect(self.start)
        self.reason.currentIndexChanged.connect(self._update)
        self.worker.currentIndexChanged.connect(self._update)
        self.role_reason.textChanged.connect(self._update)
        self._update()
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.worker.setFocus()

    def needs_role_reason(self) -> bool:
        """The suggestion asks for a social worker and the chosen new worker is not one."""
        worker = self._chosen()
        return (
            self.required is SuggestedRole.SOCIAL_WORKER
            and worker is not None
            and worker.role is not WorkerRole.SOCIAL_WORKER
        )

    def _chosen(self):
        return self._candidates.get(self.worker.currentData())

    def _update(self) -> None:
        needs = self.needs_role_reason()
        if needs:
            self.role_warning.setText(
                HandoverError("role_reason_required", worker=self._chosen().name).text(
                    current_language()
                )
            )
        self.role_warning.setVisible(needs)
        self._form.setRowVisible(self.role_reason, needs)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            self.reason.currentData() is not None
            and self.worker.count() > 0
            and (not needs or bool(self.role_reason.text().strip()))
        )

    def start(self) -> bool:
        """Open the handover as chosen; accept on success, else show why in the dialog."""
        if self.reason.currentData() is None:
            self.message.setText(self.tr("Choose the reason for the handover."))
            self.message.show()
            return False
        try:
            self.handover = service.start_handover(
                self.ctx,
                self.client.id,
                self.worker.currentData(),
                self.reason.currentData(),
                due_date=date_of(self.due),
                template=self.template.currentData(),
                note=self.note.text(),
                role_reason=self.role_reason.text() if self.needs_role_reason() else "",
            )
        except HandoverError as error:
            self.message.setText(error.text(current_language()))
            self.message.show()
            return False
        self.accept()
        return True
