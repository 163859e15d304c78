"""The named-worker decisions made for the client, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from omatyontekija.domain.designation import DecisionKind, Designation
from omatyontekija.ui import data_texts
from omatyontekija.ui.client_view.details import _TableCard
from omatyontekija.ui.formatting import format_datetime
from omatyontekija.ui.labels import stage_label
from omatyontekija.ui.people import person_name


class HistoryCard(_TableCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Named-worker history"),
            [
                self.tr("Decided"),
                self.tr("Decision"),
                self.tr("Stage"),
                self.tr("Suggestion then"),
                self.tr("By"),
                self.tr("Reason"),
            ],
            parent,
        )
        self.setObjectName("historyCard")

    def show_history(self, decisions: list[Designation]) -> None:
        self.fill(
            [
                (
                    format_datetime(d.decided_at),
                    d.worker.name
                    if d.kind is DecisionKind.NAMED and d.worker
                    else self.tr("Not needed"),
                    stage_label(d.stage),
                    data_texts.outcome_label(d.suggestion)
                    + (f" ({', '.join(d.rules)})" if d.rules else ""),
                    person_name(d.decided_by),
                    d.reason
                    or (
                        self.tr("Handover #%1").replace("%1", str(d.handover_id))
                        if d.handover_id
                        else ""
                    ),
                )
                for d in decisions
            ],
            self.tr("No decisions recorded yet."),
        )
