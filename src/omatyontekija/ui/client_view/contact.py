"""Who the client's workers are, one per unit, and how the client reaches each: one glance.

The user's own unit comes first, under that unit's word for the worker
(omatyöntekijä, lapsen asioista vastaava sosiaalityöntekijä); the client's
other units follow, each with its worker. The user decides only in their own
unit (services refuse the rest; the button says which unit it acts in).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from omatyontekija.domain.area import E_SERVICE_NAME
from omatyontekija.domain.client import Client
from omatyontekija.domain.unit import DEFAULT_UNIT, Unit
from omatyontekija.domain.worker import Worker
from omatyontekija.ui.client_view.cards import Card, form, value_label
from omatyontekija.ui.i18n import current_language, data_text
from omatyontekija.ui.labels import role_label


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class WorkerCard(Card):
    #: The user wants to decide the named worker.
    designateRequested = Signal()
    #: The user wants to see (or hide) the history of decisions.
    historyToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Named worker"), parent)
        self.setObjectName("workerCard")
        # The units by code and the one the user works in (set by the controller).
        self.units: dict[str, Unit] = {}
        self.unit = DEFAULT_UNIT
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

    def set_units(self, units: list[Unit], current: str) -> None:
        self.units = {u.code: u for u in units}
        self.unit = current

    def _word(self, unit: str) -> str:
        found = self.units.get(unit)
        return (
            data_text(found.worker_word(current_language())) if found else self.tr("Named worker")
        )

    def own_word(self) -> str | None:
        """The word of the user's unit for its named worker, when it is not disability
        services' (then None: the texts say "named worker" as they always have)."""
        word = self._word(self.unit)
        return None if word == self._word(DEFAULT_UNIT) else word

    def _unit_name(self, unit: str) -> str:
        found = self.units.get(unit)
        return data_text(found.name(current_language())) if found else unit

    def show_client(self, client: Client) -> None:
        self.clear()
        own = client.unit_worker(self.unit)
        if own is None and self.unit == DEFAULT_UNIT:
            own = client.named_worker  # a record read without its units
        word = _capitalised(self._word(self.unit))
        area = client.unit_area(self.unit)
        area_row = [] if area is None else [(self.tr("Area"), area.name)]
        if own is not None:
            self.title.setText(word)
            self._unit_heading(self.unit)
            # The area in the worker's own form, so that its columns line up with theirs.
            self._worker(own, responsible=client.responsible_unit == self.unit, extra=area_row)
            area_row = []
        elif self.unit == DEFAULT_UNIT or client.unit_area(self.unit) is not None:
            # Each unit's area worker comes from that unit's own division.
            self.title.setText(self.tr("No named worker: the area worker is the contact"))
            self._unit_heading(self.unit)
            if not client.unit_area_workers(self.unit):
                self.body.addWidget(
                    value_label(self.tr("The client's postal code is in no area."), self)
                )
            for worker in client.unit_area_workers(self.unit):
                self._worker(worker)
        else:
            self.title.setText(word)
            self._unit_heading(self.unit)
            self.body.addWidget(value_label(self.tr("None named yet."), self))
        if area_row:
            self.body.addLayout(form(area_row))
        for unit, worker in client.unit_workers:
            if unit == self.unit:
                continue
            self._unit_heading(unit, word=True)
            if worker is None:
                self.body.addWidget(value_label(self.tr("None named."), self))
            else:
                self._worker(worker, responsible=client.responsible_unit == unit)
        channel = QLabel(
            self.tr("Also reachable through the e-service %1").replace("%1", E_SERVICE_NAME), self
        )
        channel.setObjectName("hint")
        channel.setWordWrap(True)
        self.body.addWidget(channel)
        own_word = self.own_word()
        self.designate.setText(
            self.tr("&Decide named worker…")
            if own_word is None
            else self.tr("&Decide: %1…").replace("%1", own_word)
        )
        self.designate.setToolTip(
            self.tr("Decide in your unit: %1").replace("%1", self._unit_name(self.unit))
        )
        self.body.addLayout(self.buttons)

    def _unit_heading(self, unit: str, *, word: bool = False) -> None:
        if len(self.units) < 2:
            return  # one unit: nothing to tell apart
        text = self._unit_name(unit)
        if word:
            text = f"{_capitalised(text)}: {self._word(unit)}"
        label = QLabel(_capitalised(text), self)
        label.setObjectName("unitHeading")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        if word:  # another unit's worker: set apart from the user's own unit above
            label.setContentsMargins(0, 10, 0, 0)
        label.setWordWrap(True)
        self.body.addWidget(label)

    def clear(self) -> None:
        # The buttons outlive each client shown; take their layout out before clearing.
        index = self.body.indexOf(self.buttons)
        if index >= 0:
            self.body.takeAt(index)
        super().clear()

    def _worker(
        self, worker: Worker, *, responsible: bool = False, extra: list | None = None
    ) -> None:
        name = QLabel(worker.name, self)
        name.setObjectName("workerName")
        self.body.addWidget(name)
        if responsible:
            # Seed 003: the responsible worker is the client's first contact in any matter.
            note = QLabel(self.tr("Responsible worker: the first contact in any matter"), self)
            note.setObjectName("responsibleWorker")
            note.setWordWrap(True)
            self.body.addWidget(note)
        self.body.addLayout(
            form(
                [
                    (self.tr("Role"), role_label(worker.role)),
                    (self.tr("Phone"), worker.phone),
                    (self.tr("E-mail"), worker.email),
                    *(extra or []),
                ]
            )
        )
