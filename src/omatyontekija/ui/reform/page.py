"""The area reform page: current and proposed division side by side, what-ifs, apply from a date.

Controller and view in one small class: the situation is read once off the
UI thread; every what-if edit re-plans off the UI thread (``ui.tasks``) with
an indeterminate progress bar and a Cancel that ignores the result; applying
runs off the UI thread too and then offers to print the new checklists.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.domain.load import explanation
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.planning.messages import Message
from omatyontekija.services.admin.areas import division_name
from omatyontekija.services.areas import list_divisions
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import Context
from omatyontekija.services.reform import (
    AppliedReform,
    ReformError,
    ReformProposal,
    ReformSituation,
    WhatIf,
    apply_reform,
    changed_client_names,
    plan_reform,
    reform_situation,
)
from omatyontekija.services.reform_plan import (
    current_point,
    default_target,
    meeting,
    plan_front,
    planning_problem,
    worker_capacities,
)
from omatyontekija.services.units import all_units
from omatyontekija.ui.flow_layout import FlowLayout
from omatyontekija.ui.formatting import format_date
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.reform.columns import fit_worker_columns
from omatyontekija.ui.reform.delegates import CapacitySpinDelegate, LoadBarDelegate
from omatyontekija.ui.reform.dialogs import AddWorkerDialog, ApplyDialog
from omatyontekija.ui.reform.front_chart import FrontChart
from omatyontekija.ui.reform.models import (
    COLUMN_CAPACITY,
    COLUMN_LOAD,
    ChangeTableModel,
    WorkerTableModel,
)
from omatyontekija.ui.tables import keep_headers_whole
from omatyontekija.ui.tasks import Cancelled, Task, run_task
from omatyontekija.ui.turning_splitter import TurningSplitter
from omatyontekija.ui.vertical_scroll import VerticalScrollArea


class _Failed(Exception):
    """A background job's error, tagged with the request it answers (a newer one wins)."""

    def __init__(self, generation: int, error: Exception) -> None:
        super().__init__(str(error))
        self.generation = generation
        self.error = error


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


class ReformPage(QWidget):
    #: A proposal is shown (after every re-plan that was not cancelled).
    proposalShown = Signal(object)
    #: A reform was applied; the argument is the AppliedReform.
    applied = Signal(object)
    #: The user wants these handovers' checklists printed.
    printRequested = Signal(list)
    #: The user wants the letters of these handovers (the reform just applied) printed.
    lettersRequested = Signal(list)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.situation: ReformSituation | None = None
        self.what_if = WhatIf()
        self.proposal: ReformProposal | None = None
        self._task: Task | None = None
        self._generation = 0
        self.apply_dialog: ApplyDialog | None = None
        self.worker_dialog: AddWorkerDialog | None = None
        self.message: QMessageBox | None = None
        self.front: tuple[ReformProposal, ...] = ()
        self.names: dict[int, str] = {}
        # The supervisor's target in per cent; None: the even spread (the default).
        self.user_target: int | None = None

        self._title = self.tr("Area reform: the division in force and a proposal")
        self._unit_names: dict | None = None  # unit code → Unit, read once
        self.title = QLabel(self._title, self)
        self.title.setObjectName("pageTitle")
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

        self.bar_delegate = LoadBarDelegate(self)
        self.capacity_delegate = CapacitySpinDelegate(self)
        # Issue 16: social workers and counsellors are planned in one run; each role's
        # division in force and proposal side by side, on a tab of its own (a role
        # column would take the districts' room at 1366 px).
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

        self.basis = QLabel(self)
        self.basis.setObjectName("reformBasis")
        self.target_spin = QSpinBox(self)
        self.target_spin.setObjectName("reformTarget")
        self.target_spin.setRange(1, 10000)
        self.target_spin.setSuffix(" %")
        target_label = QLabel(self.tr("Nobody a&bove (of capacity)"), self)
        target_label.setBuddy(self.target_spin)
        self.chart = FrontChart(self)
        # The load's one-line explanation is domain.load's, the same as in key figures.
        self.load_note = QLabel(self._chart_note(None), self)
        self.load_note.setWordWrap(True)
        self.load_note.setObjectName("loadExplanation")

        self.summary = QLabel(self)
        self.summary.setObjectName("reformSummary")
        self.summary.setWordWrap(True)
        self.change_model = ChangeTableModel(self)
        self.change_table = _table(self.change_model, "changedClients", self)
        self.change_table.horizontalHeader().setStretchLastSection(True)
        changes_label = QLabel(self.tr("Clients whose named worker would change"), self)
        # What a screen reader says on entering each table: the titles seen above them.
        self.change_table.setAccessibleName(changes_label.text())
        self.apply_button = QPushButton(self.tr("&Apply from date…"), self)
        self.apply_button.setObjectName("applyReform")
        self.apply_button.setEnabled(False)

        # The what-ifs read as one row where there is room and wrap where there is not
        # (1366×768 at 150 % leaves 911 logical pixels; Swedish is longer).
        what_if = FlowLayout()
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
            what_if.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.apply_button)
        target_row = QHBoxLayout()
        self.basis.setWordWrap(True)
        target_row.addWidget(self.basis, 1)
        target_row.addWidget(target_label)
        target_row.addWidget(self.target_spin)
        # Below the title the page scrolls up and down where the screen is lower than
        # the chart, both roles' tables and the changes need (911×512 logical pixels at
        # 150 %); on a 1366×768 or larger screen everything fits and nothing scrolls.
        body = QWidget(self)
        body.setObjectName("reformBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(what_if)
        body_layout.addLayout(target_row)
        body_layout.addWidget(self.chart, 2)
        body_layout.addWidget(self.load_note)
        body_layout.addWidget(self.roles, 3)
        body_layout.addLayout(bottom)
        body_layout.addWidget(changes_label)
        body_layout.addWidget(self.change_table, 2)
        self.scroll = VerticalScrollArea(body, self)
        self.scroll.setObjectName("reformScroll")
        self.title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        self._set_busy(False)

        self.pin_button.clicked.connect(self.pin_selected)
        self.unpin_button.clicked.connect(self.release_selected)
        self.add_worker_button.clicked.connect(self.ask_new_worker)
        self.reset_button.clicked.connect(lambda: self.set_what_if(WhatIf()))
        self.cancel_button.clicked.connect(self.cancel)
        self.apply_button.clicked.connect(self.ask_apply)
        self.chart.pointChosen.connect(self.choose_point)
        self.target_spin.editingFinished.connect(lambda: self.set_target(self.target_spin.value()))
        for model in (self.proposed_model, self.counsellor_proposed_model):
            model.capacityEdited.connect(
                lambda key, capacity: self.set_what_if(self.what_if.with_capacity(key, capacity))
            )

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

    # -- loading and planning ------------------------------------------------
    def start(self) -> None:
        """Read the situation (off the UI thread) and plan it, unless it is read already."""
        if self.situation is None and self._task is None:
            self.reload()

    def reload(self) -> None:
        # The unit chosen at the top right: each unit reforms its own division.
        ctx, unit = self.ctx, self.ctx.unit
        self._show_unit(unit)
        self._run(lambda handle: reform_situation(ctx, unit=unit), self._situation_read)

    def unit_changed(self) -> None:
        """The user switched units: forget this unit's plan and what-ifs, plan the new one's
        (now if the page is shown, else when it is next opened)."""
        self.cancel()
        self.situation = None
        self.what_if = WhatIf()
        self.user_target = None
        self._show_unit(self.ctx.unit)
        if self.isVisible():
            self.reload()

    def _show_unit(self, unit: str) -> None:
        """The title names the unit whose division is planned."""
        if self._unit_names is None:
            try:
                self._unit_names = {u.code: u for u in all_units(self.ctx)}
            except AccessDenied:
                self._unit_names = {}
        found = self._unit_names.get(unit)
        name = found.name(current_language()) if found else unit
        self.title.setText(f"{self._title} – {name[:1].upper()}{name[1:]}")

    def _situation_read(self, result) -> None:
        generation, situation = result
        if generation != self._generation:
            return
        self._task = None
        self.situation = situation
        self.district.clear()
        for code in situation.districts:
            name = situation.district_name(code)
            self.district.addItem(f"{code} {name}".strip(), code)
        self.replan()

    def set_what_if(self, what_if: WhatIf) -> None:
        """Try ``what_if``: the proposal is planned again off the UI thread."""
        self.what_if = what_if
        self.replan()

    def replan(self) -> None:
        if self.situation is None:
            return
        ctx, situation, what_if = self.ctx, self.situation, self.what_if

        def job(handle):
            front = plan_front(situation, what_if)
            handle.check()
            if not front:  # no plan at all: the single proposal says why
                return (), plan_reform(situation, what_if), {}
            ids = sorted({c.client_id for p in front for c in p.all_changes})
            return front, None, changed_client_names(ctx, ids) if ids else {}

        self._run(job, self._planned)

    def default_percent(self) -> int:
        if self.situation is None:
            return 100
        problem = planning_problem(self.situation, self.what_if)
        return int(default_target(problem) * 100)

    def set_target(self, percent: int) -> None:
        """Show the plan with the fewest changes in which nobody is above ``percent``."""
        self.user_target = percent
        self._show_target()

    def _show_target(self) -> None:
        if not self.front:
            return
        percent = self.user_target or self.default_percent()
        index = meeting(self.front, percent / 100)
        self.choose_point(len(self.front) - 1 if index is None else index)
        if index is None:
            most_even = self.front[-1].max_load_ratio * 100
            note = Message.of(
                "target_not_reached", target=percent, ratio=round(float(most_even), 1)
            )
            self.summary.setText(f"{self.summary.text()} {note.text(current_language())}")

    def choose_point(self, index: int) -> None:
        """Show the plan of the chart's point ``index`` and its changes."""
        if not 0 <= index < len(self.front):
            return
        self.chart.select(index)
        self.show_proposal(self.front[index], self.names)

    def _run(self, job, on_done) -> None:
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        self._set_busy(True)

        def tagged(handle):
            try:
                return generation, job(handle)
            except Cancelled:
                raise
            except Exception as error:
                raise _Failed(generation, error) from error

        # Bound methods, not lambdas: Qt drops the connection if the page is deleted first.
        self._task = run_task(tagged, on_done=on_done, on_error=self._failed)

    def is_busy(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        """Stop waiting for the running plan: its result is ignored, the shown one stays."""
        if self._task is not None:
            self._task.cancel()
        self._task = None
        self._generation += 1
        self._set_busy(False)
        if self.proposal is not None:
            self.what_if = self.proposal.what_if

    def _planned(self, result) -> None:
        generation, (front, single, names) = result
        if generation != self._generation:
            return  # cancelled or replaced by a newer what-if
        self._task = None
        self._set_busy(False)
        self.front, self.names = front, names
        percent = self.user_target or self.default_percent()
        self.target_spin.blockSignals(True)
        self.target_spin.setValue(percent)
        self.target_spin.blockSignals(False)
        self._show_basis()
        current = current_point(self.situation) if self.situation else None
        points = [(len(p.changes), p.max_load_ratio) for p in front]
        self.chart.set_front(points, current, percent / 100, None)
        self.load_note.setText(self._chart_note(current))
        if single is not None:
            self.show_proposal(single, names)
        else:
            self._show_target()

    def _chart_note(self, current: tuple[int, float] | None) -> str:
        """The load's explanation and how to read the chart, its "now" point included: the
        current division sits right of zero when clients already have a named worker other
        than their area's, and a supervisor should not have to guess why."""
        text = (
            explanation(current_language())
            + " "
            + self.tr(
                "Each point is a plan that no other plan beats in both changes and "
                "largest load; click one to see it."
            )
        )
        if current is not None and current[0]:
            text += " " + self.tr(
                "The red square (now) is the division in force: %1 of its clients already "
                "have a named social worker other than their area's, and they count as "
                "changes in it too."
            ).replace("%1", str(current[0]))
        return text

    def _show_basis(self) -> None:
        division = self.situation.division if self.situation else None
        if division is None:
            self.basis.setText(self.tr("Starts from: no saved division"))
            return
        day = division.effective_from
        if division.name == division_name(day):
            # The name an import gives ("Aluejako 16.3.2020") is Finnish and only repeats
            # the date: said in the user's language instead.
            self.basis.setText(
                self.tr("Starts from: the division in force from %1").replace(
                    "%1", format_date(day)
                )
            )
            return
        self.basis.setText(
            self.tr("Starts from: %1, in force from %2")
            .replace("%1", division.name)
            .replace("%2", format_date(day))
        )

    def show_proposal(self, proposal: ReformProposal, names: dict[int, str]) -> None:
        self.proposal = proposal
        models = (
            self.current_model,
            self.proposed_model,
            self.counsellor_current_model,
            self.counsellor_proposed_model,
        )
        for model in models:
            model.set_proposal(proposal)
        planned = proposal.counsellors
        # A unit without counsellors (child protection) has no counsellors' tab to show.
        self.roles.setTabVisible(1, planned is None or planned.status != "none")
        self.change_model.set_changes(proposal, names if proposal.has_plan else {})
        for table in (
            self.current_table,
            self.proposed_table,
            self.counsellor_current_table,
            self.counsellor_proposed_table,
        ):
            fit_worker_columns(table)
        self.change_table.resizeColumnsToContents()
        self._fill_workers(proposal)
        if proposal.has_plan:
            count = len(proposal.all_changes)
            text = self.tr("%n client(s) would change their named worker.", "", count)
            reason = proposal.reason(current_language())
            self.summary.setText(f"{text} {reason} {self._counsellor_note(proposal)}".strip())
        else:
            self.summary.setText(
                self.tr("No division is possible: %1").replace(
                    "%1", proposal.reason(current_language())
                )
            )
        self.apply_button.setEnabled(proposal.has_plan)
        self.proposalShown.emit(proposal)

    def _counsellor_note(self, proposal: ReformProposal) -> str:
        """What the counsellors' stage says: how many of the changes are counsellors', and
        why it found no plan or missed its target."""
        planned = proposal.counsellors
        if planned is None or planned.status == "none":
            return ""
        if not planned.has_plan:
            return self.tr("Counsellors: no plan (%1)").replace(
                "%1", planned.reason(current_language())
            )
        text = self.tr("Of them %n with counsellors.", "", len(planned.changes))
        reason = planned.reason(current_language())
        if reason:
            text += " " + self.tr("Counsellors: %1").replace("%1", reason)
        return text

    def _fill_workers(self, proposal: ReformProposal) -> None:
        keep = self.worker.currentData()
        self.worker.clear()
        capacities = worker_capacities(proposal.situation, proposal.what_if)
        for row in proposal.rows:
            if row.key in capacities:
                self.worker.addItem(row.name, row.key)
        index = self.worker.findData(keep)
        self.worker.setCurrentIndex(max(index, 0))

    def _failed(self, failure: Exception, trace: str) -> None:
        generation, error = (
            (failure.generation, failure.error) if isinstance(failure, _Failed) else (0, failure)
        )
        if generation != self._generation:
            return
        self._task = None
        self._set_busy(False)
        if self.proposal is not None:
            self.what_if = self.proposal.what_if  # the edit that failed is not kept
        if isinstance(error, ReformError | AccessDenied):
            text = error.text(current_language())
        else:
            text = self.tr("The reform could not be planned:\n%1").replace("%1", str(error))
        self._inform(QMessageBox.Icon.Warning, text)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)

    # -- what-if edits -------------------------------------------------------
    def pin_selected(self) -> None:
        district, worker = self.district.currentData(), self.worker.currentData()
        if district is not None and worker is not None:
            self.set_what_if(self.what_if.with_pin(district, worker))

    def release_selected(self) -> None:
        district = self.district.currentData()
        if district is not None and self.what_if.pinned_worker(district) is not None:
            self.set_what_if(self.what_if.with_pin(district, None))

    def ask_new_worker(self) -> AddWorkerDialog:
        rows = self.proposal.all_rows if self.proposal else ()
        typical = {}
        for role in (WorkerRole.SOCIAL_WORKER, WorkerRole.SOCIAL_COUNSELLOR):
            capacities = sorted(r.capacity for r in rows if r.role is role and not r.is_new)
            typical[role] = capacities[len(capacities) // 2] if capacities else 0
        dialog = AddWorkerDialog(typical, self)
        dialog.accepted.connect(
            lambda: self.set_what_if(
                self.what_if.with_new_worker(
                    dialog.name.text(), dialog.capacity.value(), dialog.chosen_role()
                )
            )
        )
        self.worker_dialog = dialog
        dialog.open()
        return dialog

    # -- applying ------------------------------------------------------------
    def ask_apply(self) -> ApplyDialog | None:
        if self.proposal is None or not self.proposal.has_plan or self._task is not None:
            return None
        divisions = list_divisions(self.ctx)
        # A division not yet in force is replaced by applying, so only the one
        # in force bounds the date (the same date as the replaced one is fine).
        today = self.ctx.today
        latest = max(
            (d.effective_from for d in divisions if d.effective_from <= today), default=None
        )
        dialog = ApplyDialog(len(self.proposal.all_changes), self.ctx.today, latest, self)
        proposal = self.proposal
        dialog.accepted.connect(lambda: self._apply(proposal, *dialog.dates()))
        self.apply_dialog = dialog
        dialog.open()
        return dialog

    def _apply(self, proposal: ReformProposal, effective_from, due) -> None:
        ctx = self.ctx
        self._run(
            lambda handle: apply_reform(ctx, proposal, effective_from, due=due), self._applied
        )

    def _applied(self, result) -> None:
        generation, applied = result
        if generation != self._generation:
            return
        self._task = None
        self._set_busy(False)
        self.applied.emit(applied)
        self._offer_printing(applied)
        # Clients now have open handovers and workers may be new: read everything again.
        self.situation = None
        self.what_if = WhatIf()
        self.user_target = None
        self.reload()

    def _offer_printing(self, applied: AppliedReform) -> None:
        count = len(applied.handover_ids)
        text = self.tr("The new area division was saved; %n handover(s) were opened.", "", count)
        if applied.skipped:
            text += "\n" + self.tr(
                "%n client(s) already had an open handover and got no second one.",
                "",
                len(applied.skipped),
            )
        box = QMessageBox(QMessageBox.Icon.Information, self.title.text(), text, parent=self)
        box.setObjectName("printOffer")
        if count:
            box.setInformativeText(self.tr("Print their checklists now?"))
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            ids = list(applied.handover_ids)
            box.accepted.connect(lambda: self.printRequested.emit(ids))
            letters = box.addButton(
                self.tr("Print the letters of this reform…"), QMessageBox.ButtonRole.ActionRole
            )
            letters.setObjectName("reformLetters")
            letters.clicked.connect(lambda: self.lettersRequested.emit(ids))
        self.message = box
        box.open()

    def _inform(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.title.text(), text, parent=self)
        self.message = box
        box.open()
