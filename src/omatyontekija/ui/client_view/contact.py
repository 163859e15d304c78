"""Who the client's worker is and how the client reaches them: one glance."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from omatyontekija.domain.area import E_SERVICE_NAME
from omatyontekija.domain.client import Client
from omatyontekija.domain.worker import Worker
from omatyontekija.ui.client_view.cards import Card, form, value_label
from omatyontekija.ui.labels import role_label


class WorkerCard(Card):
    #: The user wants to decide the named worker.
    designateRequested = Signal()
    #: The user wants to see (or hide) the history of decisions.
    historyToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Named worker"), parent)
        self.setObjectName("workerCard")
        self.designate = QPushButton(self.tr("&Decide named worker…"), self)
        self.designate.setObjectName("primary")
        self.designate.setToolTip(self.tr("Name a named worker or record that none is needed"))
        self.designate.clicked.connect(self.designateRequested)
        self.history = QPushButton(self.tr("His&tory"), self)
        self.history.setCheckable(True)
        self.history.setToolTip(self.tr("Show the decisions made for the client"))
        self.history.toggled.connect(self.historyToggled)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.designate)
        self.buttons.addWidget(self.history)
        self.buttons.addStretch(1)

    def show_client(self, client: Client) -> None:
        self.clear()
        if client.named_worker is not None:
            self.title.setText(self.tr("Named worker"))
            self._worker(client.named_worker)
        else:
            self.title.setText(self.tr("No named worker: the area worker is the contact"))
            if not client.area_workers:
                self.body.addWidget(
                    value_label(self.tr("The client's postal code is in no area."), self)
                )
            for worker in client.area_workers:
                self._worker(worker)
        if client.area is not None:
            self.body.addLayout(form([(self.tr("Area"), client.area.name)]))
        channel = QLabel(
            self.tr("Also reachable through the e-service %1").replace("%1", E_SERVICE_NAME), self
        )
        channel.setObjectName("hint")
        self.body.addWidget(channel)
        self.body.addLayout(self.buttons)

    def clear(self) -> None:
        # The buttons outlive each client shown; take their layout out before clearing.
        index = self.body.indexOf(self.buttons)
        if index >= 0:
            self.body.takeAt(index)
        super().clear()

    def _worker(self, worker: Worker) -> None:
        name = QLabel(worker.name, self)
        name.setObjectName("workerName")
        self.body.addWidget(name)
        self.body.addLayout(
            form(
                [
                    (self.tr("Role"), role_label(worker.role)),
                    (self.tr("Phone"), worker.phone),
                    (self.tr("E-mail"), worker.email),
                ]
            )
        )
