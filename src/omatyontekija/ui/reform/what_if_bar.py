"""The reform page's row of what-ifs: pin a district to a worker, add a worker, reset, and
the planning indicator with its Cancel.

Only the controls: what an edit means (a new ``WhatIf``, a re-plan) is the page's.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QPushButton, QWidget

from omatyontekija.services.reform import ReformProposal, ReformSituation
from omatyontekija.services.reform_plan import worker_capacities
from omatyontekija.ui.flow_layout import FlowLayout


class WhatIfBar(QWidget):
    #: Pin the district (postal code) to the worker (key).
    pinRequested = Signal(str, str)
    #: Release the district's pin.
    releaseRequested = Signal(str)
    addWorkerRequested = Signal()
    resetRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reformWhatIfs")
        self.district = QComboBox(self)
        self.district.setObjectName("pinDistrict")
        self.worker = QComboBox(self)
        self.worker.setObjectName("pinWorker")
        for combo in (self.district, self.worker):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        district_label = QLabel(self.tr("Pin &district"), self)
        district_label.setBuddy(self.district)
        worker_label = QLabel(self.tr("to &worker"), self)
        worker_label.setBuddy(self.worker)
        self.pin_button = QPushButton(self.tr("&Pin"), self)
        self.unpin_button = QPushButton(self.tr("&Release pin"), self)
        self.add_worker_button = QPushButton(self.tr("Add wor&ker…"), self)
        self.add_worker_button.setObjectName("addWorker")
        self.reset_button = QPushButton(self.tr("Reset what-&ifs"), self)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("planningBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setFormat(self.tr("Planning…"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelPlanning")

        # One row where there is room, wrapped where there is not (1366×768 at 150 %
        # leaves 911 logical pixels; Swedish is longer).
        row = FlowLayout(self)
        for widget in (
            district_label,
            self.district,
            worker_label,
            self.worker,
            self.pin_button,
            self.unpin_button,
            self.add_worker_button,
            self.reset_button,
            self.busy,
            self.cancel_button,
        ):
            row.addWidget(widget)
        self.set_busy(False)

        self.pin_button.clicked.connect(self._pin)
        self.unpin_button.clicked.connect(self._release)
        self.add_worker_button.clicked.connect(self.addWorkerRequested)
        self.reset_button.clicked.connect(self.resetRequested)
        self.cancel_button.clicked.connect(self.cancelRequested)

    def set_districts(self, situation: ReformSituation) -> None:
        """Offer every district of ``situation`` to be pinned, with its name."""
        self.district.clear()
        for code in situation.districts:
            self.district.addItem(f"{code} {situation.district_name(code)}".strip(), code)

    def set_workers(self, proposal: ReformProposal) -> None:
        """Offer the social workers of ``proposal`` (districts are pinned to them only),
        keeping the one chosen."""
        keep = self.worker.currentData()
        self.worker.clear()
        capacities = worker_capacities(proposal.situation, proposal.what_if)
        for row in proposal.rows:
            if row.key in capacities:
                self.worker.addItem(row.name, row.key)
        self.worker.setCurrentIndex(max(self.worker.findData(keep), 0))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _pin(self) -> None:
        district, worker = self.district.currentData(), self.worker.currentData()
        if district is not None and worker is not None:
            self.pinRequested.emit(district, worker)

    def _release(self) -> None:
        district = self.district.currentData()
        if district is not None:
            self.releaseRequested.emit(district)
