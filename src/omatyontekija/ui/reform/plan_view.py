"""The reform page's plan: each role's division in force and proposal, what the plan
changes, and the button that applies it.

Issue 16: social workers and counsellors are planned in one run; each role's division
in force and proposal side by side, on a tab of its own (a role column would take
the districts' room at 1366 px). Below them the summary and every client whose
named worker would change, of both roles.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.services.reform import ReformProposal
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.reform.columns import fit_worker_columns
from omatyontekija.ui.reform.delegates import CapacitySpinDelegate, LoadBarDelegate
from omatyontekija.ui.reform.models import (
    COLUMN_CAPACITY,
    COLUMN_LOAD,
    ChangeTableModel,
    WorkerTableModel,
)
from omatyontekija.ui.tables import keep_headers_whole
from omatyontekija.ui.turning_splitter import TurningSplitter

#: The tabs of ``PlanView.roles``.
SOCIAL_WORKERS_TAB, COUNSELLORS_TAB = 0, 1


def _table(model, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    # Tab leaves the table (arrows move in it): a keyboard user is never trapped.
    table.setTabKeyNavigation(False)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


class PlanView(QWidget):
    #: The user edited a worker's capacity on a proposed side: (worker key, capacity).
    capacityEdited = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reformPlan")
        self.bar_delegate = LoadBarDelegate(self)
        self.capacity_delegate = CapacitySpinDelegate(self)
        self.current_model = WorkerTableModel(False, self)
        self.proposed_model = WorkerTableModel(True, self)
        self.current_table, self.proposed_table, self.splitter = self._division_tables(
            self.current_model, self.proposed_model, "currentDivision", "proposedDivision"
        )
        self.counsellor_current_model = WorkerTableModel(False, self, counsellors=True)
        self.counsellor_proposed_model = WorkerTableModel(True, self, counsellors=True)
        (
            self.counsellor_current_table,
            self.counsellor_proposed_table,
            counsellor_splitter,
        ) = self._division_tables(
            self.counsellor_current_model,
            self.counsellor_proposed_model,
            "counsellorsCurrentDivision",
            "counsellorsProposedDivision",
        )
        self.roles = QTabWidget(self)
        self.roles.setObjectName("reformRoles")
        self.roles.setDocumentMode(True)
        self.roles.addTab(self.splitter, self.tr("&Social workers"))
        self.roles.addTab(counsellor_splitter, self.tr("Cou&nsellors"))

        self.summary = QLabel(self)
        self.summary.setObjectName("reformSummary")
        self.summary.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply from date…"), self)
        self.apply_button.setObjectName("applyReform")
        self.apply_button.setEnabled(False)
        self.change_model = ChangeTableModel(self)
        self.change_table = _table(self.change_model, "changedClients", self)
        self.change_table.horizontalHeader().setStretchLastSection(True)
        changes_label = QLabel(self.tr("Clients whose named worker would change"), self)
        # What a screen reader says on entering each table: the titles seen above them.
        self.change_table.setAccessibleName(changes_label.text())

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.roles, 3)
        layout.addLayout(bottom)
        layout.addWidget(changes_label)
        layout.addWidget(self.change_table, 2)

        # The tables were made before the tabs they sit in: Tab reads down the page,
        # the tabs first, then the division tables, the apply button and the changes.
        order = [
            self.roles,
            self.current_table,
            self.proposed_table,
            self.counsellor_current_table,
            self.counsellor_proposed_table,
            self.apply_button,
            self.change_table,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        for model in (self.proposed_model, self.counsellor_proposed_model):
            model.capacityEdited.connect(self.capacityEdited)

    def _division_tables(
        self, current_model, proposed_model, current_name: str, proposed_name: str
    ) -> tuple[QTableView, QTableView, QSplitter]:
        """One role's division in force and proposal side by side (capacity editable)."""
        current = _table(current_model, current_name, self)
        proposed = _table(proposed_model, proposed_name, self)
        for table in (current, proposed):
            table.setItemDelegateForColumn(COLUMN_LOAD, self.bar_delegate)
            fit_worker_columns(table)
            keep_headers_whole(table)
        proposed.setItemDelegateForColumn(COLUMN_CAPACITY, self.capacity_delegate)
        # One capacity a worker, edited on the proposed side: shown once, there.
        current.setColumnHidden(COLUMN_CAPACITY, True)
        proposed.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        current_box = QGroupBox(self.tr("Division in force"), self)
        proposed_box = QGroupBox(self.tr("Proposed division (capacity editable)"), self)
        for box, table in ((current_box, current), (proposed_box, proposed)):
            box_layout = QVBoxLayout(box)
            # Thin margins: side by side at 1366 px every pixel goes to the columns.
            box_layout.setContentsMargins(2, 2, 2, 2)
            box_layout.addWidget(table)
            # What a screen reader says on entering the table: the title seen above it.
            table.setAccessibleName(box.title())
        splitter = TurningSplitter(self)
        splitter.addWidget(current_box)
        splitter.addWidget(proposed_box)
        # The proposed side has one column more (the capacity): it gets more room.
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        return current, proposed, splitter

    def show_proposal(self, proposal: ReformProposal, names: dict[int, str], note: str) -> None:
        """Show ``proposal`` (both roles), its changed clients by ``names``, and a summary
        with ``note`` (a target not met)."""
        for model in (
            self.current_model,
            self.proposed_model,
            self.counsellor_current_model,
            self.counsellor_proposed_model,
        ):
            model.set_proposal(proposal)
        planned = proposal.counsellors
        # A unit without counsellors (child protection) has no counsellors' tab to show.
        self.roles.setTabVisible(COUNSELLORS_TAB, planned is None or planned.status != "none")
        self.change_model.set_changes(proposal, names if proposal.has_plan else {})
        for table in (
            self.current_table,
            self.proposed_table,
            self.counsellor_current_table,
            self.counsellor_proposed_table,
        ):
            fit_worker_columns(table)
        self.change_table.resizeColumnsToContents()
        if proposal.has_plan:
            count = len(proposal.all_changes)
            text = self.tr("%n client(s) would change their named worker.", "", count)
            reason = proposal.reason(current_language())
            share, counsellors = self._counsellor_notes(proposal)
            # What each stage says in the order of the charts: social workers first.
            parts = (text, share, reason, note, counsellors)
            self.summary.setText(" ".join(p.strip() for p in parts if p and p.strip()))
        else:
            self.summary.setText(
                self.tr("No division is possible: %1").replace(
                    "%1", proposal.reason(current_language())
                )
            )
        self.apply_button.setEnabled(proposal.has_plan)

    def _counsellor_notes(self, proposal: ReformProposal) -> tuple[str, str]:
        """What the counsellors' stage says: how many of the changes are counsellors', and
        why it found no plan or missed its target."""
        planned = proposal.counsellors
        if planned is None or planned.status == "none":
            return "", ""
        if not planned.has_plan:
            reason = planned.reason(current_language())
            return "", self.tr("Counsellors: no plan (%1)").replace("%1", reason)
        share = self.tr("Of them %n with counsellors.", "", len(planned.changes))
        reason = planned.reason(current_language())
        return share, self.tr("Counsellors: %1").replace("%1", reason) if reason else ""
