"""The client's service-path matters and their deadlines, with the law behind each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from omatyontekija.rules.deadlines import Deadline
from omatyontekija.ui import data_texts
from omatyontekija.ui.client_view.details import _TableCard
from omatyontekija.ui.deadlines.labels import (
    STATUS_COLOURS,
    deadline_status_text,
    deadline_tooltip,
)
from omatyontekija.ui.formatting import format_date

COLUMN_STATUS = 3


class DeadlinesCard(_TableCard):
    #: The user wants to record a new pending matter (application, assessment…).
    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Deadlines"),
            [self.tr("Deadline"), self.tr("Pending since"), self.tr("Due"), self.tr("Status")],
            parent,
        )
        self.add = QPushButton(self.tr("&New pending matter…"), self)
        self.add.setToolTip(self.tr("Record an application or another matter and its deadlines"))
        self.add.clicked.connect(self.addRequested)
        self.layout().addWidget(self.add)
        # The right column is narrow: the rule's label names the matter too, and the
        # full text and the law are in each row's tooltip.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_deadlines(self, deadlines: list[Deadline]) -> None:
        """Open deadlines first (most urgent first), then met ones, newest matter first."""
        ordered = sorted(
            deadlines,
            key=lambda d: (
                -d.status.severity,
                (1 if d.status.severity else -1) * d.due.toordinal(),
            ),
        )
        self.fill(
            [
                (
                    data_texts.deadline_rule_label(d.rule),
                    format_date(d.matter.pending_since),
                    format_date(d.due),
                    deadline_status_text(d),
                )
                for d in ordered
            ],
            self.tr("No pending matters with deadlines."),
        )
        for row, deadline in enumerate(ordered):
            tooltip = deadline_tooltip(deadline)
            for column in range(self.table.columnCount()):
                self.table.item(row, column).setToolTip(tooltip)
            self.table.item(row, COLUMN_STATUS).setForeground(STATUS_COLOURS[deadline.status])
