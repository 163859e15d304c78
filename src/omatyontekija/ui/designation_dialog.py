"""Deciding the named worker: name one, or record none is needed; deviating needs a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.client import Client, ServicePathStage
from omatyontekija.domain.designation import DecisionKind
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.rules import Suggestion
from omatyontekija.services.designations import deviation, worker_meets
from omatyontekija.ui import data_texts
from omatyontekija.ui.labels import role_label, stage_label
from omatyontekija.ui.reason_edit import ReasonEdit
from omatyontekija.ui.screen_fit import resize_within_screen


class DesignationDialog(QDialog):
    def __init__(
        self,
        client: Client,
        suggestion: Suggestion,
        workers: list[Worker],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Named worker for %1").replace("%1", client.name))
        self.suggestion = suggestion
        self.workers = [w for w in workers if w.active and w.role is not WorkerRole.SUPERVISOR]

        summary = QLabel(self)
        summary.setWordWrap(True)
        text = self.tr("Suggestion: %1").replace(
            "%1", data_texts.outcome_label(suggestion.outcome.value)
        )
        if suggestion.worker_role is not None:
            text += " – " + data_texts.role_label(suggestion.worker_role.value)
        if suggestion.rules:
            text += " (" + ", ".join(suggestion.rules) + ")"
        summary.setText(text)
        summary.setObjectName("dialogSummary")

        self.name_choice = QRadioButton(self.tr("&Name a named worker"), self)
        self.none_choice = QRadioButton(self.tr("A named worker is not nee&ded"), self)
        self.worker = QComboBox(self)
        self.worker.setObjectName("workerChoice")
        self.all_workers = QCheckBox(self.tr("Show &all workers, not only the role needed"), self)
        self.stage = QComboBox(self)
        for stage in ServicePathStage:
            self.stage.addItem(stage_label(stage), stage)
        self.stage.setCurrentIndex(self.stage.findData(client.stage))
        self.reason = ReasonEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why the decision is what it is"))
        # At least four lines; the room the dialog has beyond its rows goes to the reason
        # (issue 19: with a fixed height it went into gaps between the rows).
        self.reason.setMinimumHeight(80)
        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)

        form = QFormLayout()
        worker_label = QLabel(self.tr("&Worker"), self)
        worker_label.setBuddy(self.worker)
        form.addRow(worker_label, self.worker)
        form.addRow("", self.all_workers)
        stage_caption = QLabel(self.tr("Service path &stage"), self)
        stage_caption.setBuddy(self.stage)
        form.addRow(stage_caption, self.stage)
        reason_label = QLabel(self.tr("&Reason"), self)
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.name_choice)
        layout.addWidget(self.none_choice)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

        if client.named_worker is None and suggestion.outcome.value == "not_needed":
            self.none_choice.setChecked(True)
        else:
            self.name_choice.setChecked(True)
        self._fill_workers(client.named_worker.id if client.named_worker else None)
        for signal in (
            self.name_choice.toggled,
            self.worker.currentIndexChanged,
            self.reason.textChanged,
        ):
            signal.connect(self._update)
        self.all_workers.toggled.connect(lambda: self._fill_workers(self.worker_id()))
        resize_within_screen(self, 520, 420)
        self._update()

    def _fill_workers(self, keep: int | None) -> None:
        self.worker.blockSignals(True)
        self.worker.clear()
        for worker in self.workers:
            if self.all_workers.isChecked() or worker_meets(
                worker.role, self.suggestion.worker_role
            ):
                self.worker.addItem(f"{worker.name} – {role_label(worker.role)}", worker.id)
        index = self.worker.findData(keep)
        self.worker.setCurrentIndex(max(index, 0))
        self.worker.blockSignals(False)
        self._update()

    def kind(self) -> DecisionKind:
        return DecisionKind.NAMED if self.name_choice.isChecked() else DecisionKind.NOT_NEEDED

    def worker_id(self) -> int | None:
        return self.worker.currentData() if self.kind() is DecisionKind.NAMED else None

    def stage_value(self) -> ServicePathStage:
        return ServicePathStage(self.stage.currentData())

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def deviates(self) -> bool:
        role = None
        if self.kind() is DecisionKind.NAMED:
            worker = next((w for w in self.workers if w.id == self.worker_id()), None)
            role = worker.role if worker else None
        return deviation(self.suggestion, self.kind(), role) is not None

    def _update(self) -> None:
        naming = self.kind() is DecisionKind.NAMED
        self.worker.setEnabled(naming)
        self.all_workers.setEnabled(naming)
        deviates = self.deviates()
        self.warning.setVisible(deviates)
        self.warning.setText(
            self.tr("The decision differs from the suggestion: write the reason. It is kept.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            (not naming or self.worker_id() is not None)
            and (not deviates or bool(self.reason_text()))
        )
