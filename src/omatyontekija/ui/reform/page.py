"""The area reform page: both roles' trade-offs, the plan chosen on them, what-ifs, apply.

The page composes its parts and keeps what they share (the situation, read once
off the UI thread, and the what-if):

- ``what_if_bar``: pin a district, add a worker, reset; the planning indicator;
- ``front_section``: the social workers' and the counsellors' fronts as charts,
  each with its target, and how to read them;
- ``chooser``: both roles' fronts planned off the UI thread, and the points chosen
  on them (the plan shown and applied);
- ``plan_view``: each role's division in force and the plan chosen, the changes;
- ``apply_flow``: applying the plan from a date and offering to print;
- ``runner``: every job off the UI thread, the newest one's answer shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import Context
from omatyontekija.services.reform import (
    AppliedReform,
    ReformError,
    ReformProposal,
    ReformSituation,
    WhatIf,
    reform_situation,
)
from omatyontekija.services.reform_model import CounsellorPlan
from omatyontekija.services.units import all_units
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.reform.apply_flow import ApplyFlow
from omatyontekija.ui.reform.chooser import FrontChooser, Planned, plan_both, plan_counsellors
from omatyontekija.ui.reform.dialogs import AddWorkerDialog, ApplyDialog
from omatyontekija.ui.reform.front_section import FrontSection
from omatyontekija.ui.reform.plan_view import COUNSELLORS_TAB, SOCIAL_WORKERS_TAB, PlanView
from omatyontekija.ui.reform.runner import JobRunner
from omatyontekija.ui.reform.what_if_bar import WhatIfBar
from omatyontekija.ui.vertical_scroll import ShrinkingScrollArea, VerticalScrollArea

#: The most of the page's height the charts get at first (where they need more, they
#: scroll and the plan below keeps the rest).
PLANNING_SHARE = 0.5


class ReformPage(QWidget):
    #: A proposal is shown (after every re-plan that was not cancelled, and every choice).
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
        self.names: dict[int, str] = {}
        self.worker_dialog: AddWorkerDialog | None = None

        self._title = self.tr("Area reform: the division in force and a proposal")
        self._unit_names: dict | None = None  # unit code → Unit, read once
        self.title = QLabel(self._title, self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        # Below the title, the planning (what-ifs, both roles' charts, how to read them)
        # above the plan (both roles' tables, the changes), with a handle between them;
        # each part scrolls up and down on its own where the screen is lower than it
        # needs (911×512 logical pixels at 150 %): the tables are in view at once, not
        # below the charts (issue 19), and the handle gives either part more room.
        # Each scrolling part is made before its body: Tab reaches it before what it holds,
        # and it takes the focus to be scrolled by keys, where a screen reader says its name.
        self.sections = QSplitter(Qt.Orientation.Vertical, self)
        self.sections.setObjectName("reformSections")
        self.sections.setChildrenCollapsible(False)
        self.planning_scroll = VerticalScrollArea(None, self)
        self.planning_scroll.setObjectName("reformPlanningScroll")
        self.planning_scroll.setAccessibleName(self._title)
        planning = QWidget(self.planning_scroll)
        planning.setObjectName("reformPlanning")
        self.what_ifs = WhatIfBar(planning)
        self.fronts = FrontSection(planning)
        planning_layout = QVBoxLayout(planning)
        planning_layout.setContentsMargins(0, 0, 0, 0)
        planning_layout.addWidget(self.what_ifs)
        planning_layout.addWidget(self.fronts, 1)
        self.planning_scroll.setWidget(planning)
        self.plan_scroll = ShrinkingScrollArea(None, self)
        self.plan_scroll.setObjectName("reformPlanScroll")
        self.plan = PlanView(self.plan_scroll)
        self.plan_scroll.setAccessibleName(self.tr("Proposed division"))
        self.plan_scroll.setWidget(self.plan)
        self.sections.addWidget(self.planning_scroll)
        self.sections.addWidget(self.plan_scroll)
        self._sections_placed = False
        self.sections.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.sections, 1)

        self.runner = JobRunner(self)
        self.chooser = FrontChooser(self.fronts, self)
        self.applier = ApplyFlow(ctx, self.runner, self, self.title.text)
        self._name_the_parts()

        self.runner.busyChanged.connect(self.what_ifs.set_busy)
        self.runner.failed.connect(self._failed)
        self.what_ifs.pinRequested.connect(
            lambda district, worker: self.set_what_if(self.what_if.with_pin(district, worker))
        )
        self.what_ifs.releaseRequested.connect(self._release)
        self.what_ifs.addWorkerRequested.connect(self.ask_new_worker)
        self.what_ifs.resetRequested.connect(lambda: self.set_what_if(WhatIf()))
        self.what_ifs.cancelRequested.connect(self.cancel)
        self.chooser.proposalChosen.connect(
            lambda proposal, note: self.show_proposal(proposal, self.names, note)
        )
        self.chooser.counsellorsWanted.connect(self._plan_counsellors)
        # A point clicked: the tables of its role come to the front.
        self.fronts.social.pointChosen.connect(
            lambda _index: self.roles.setCurrentIndex(SOCIAL_WORKERS_TAB)
        )
        self.fronts.counsellors.pointChosen.connect(
            lambda _index: self.roles.setCurrentIndex(COUNSELLORS_TAB)
        )
        self.plan.capacityEdited.connect(
            lambda key, capacity: self.set_what_if(self.what_if.with_capacity(key, capacity))
        )
        self.plan.apply_button.clicked.connect(self.ask_apply)
        self.applier.applied.connect(self.applied)
        self.applier.applied.connect(self._after_applying)
        self.applier.printRequested.connect(self.printRequested)
        self.applier.lettersRequested.connect(self.lettersRequested)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.sections
            and event.type() == QEvent.Type.Resize
            and not self._sections_placed
        ):
            self._place_the_handle()
        return super().eventFilter(watched, event)

    def _place_the_handle(self) -> None:
        """The first time the page has its height: the planning part as tall as it needs,
        up to PLANNING_SHARE of the height; the plan the rest (the user moves it after)."""
        total = self.sections.height() - self.sections.handleWidth()
        if total <= 0:
            return
        planning = self.planning_scroll.widget()
        width = self.planning_scroll.viewport().width()
        needs = (
            planning.heightForWidth(width)
            if planning.hasHeightForWidth()
            else planning.sizeHint().height()
        )
        top = max(
            self.planning_scroll.minimumSizeHint().height(), min(needs, int(total * PLANNING_SHARE))
        )
        self.sections.setSizes([top, total - top])
        self._sections_placed = True

    def _name_the_parts(self) -> None:
        """The parts' widgets under the names the page has always had (tests, main window)."""
        bar, fronts, plan = self.what_ifs, self.fronts, self.plan
        self.district, self.worker = bar.district, bar.worker
        self.pin_button, self.unpin_button = bar.pin_button, bar.unpin_button
        self.add_worker_button, self.reset_button = bar.add_worker_button, bar.reset_button
        self.busy, self.cancel_button = bar.busy, bar.cancel_button
        self.basis, self.load_note = fronts.basis, fronts.note
        self.chart, self.target_spin = fronts.social.chart, fronts.social.target_spin
        self.counsellor_chart = fronts.counsellors.chart
        self.counsellor_target_spin = fronts.counsellors.target_spin
        self.roles, self.splitter = plan.roles, plan.splitter
        self.current_model, self.proposed_model = plan.current_model, plan.proposed_model
        self.current_table, self.proposed_table = plan.current_table, plan.proposed_table
        self.counsellor_current_model = plan.counsellor_current_model
        self.counsellor_proposed_model = plan.counsellor_proposed_model
        self.counsellor_current_table = plan.counsellor_current_table
        self.counsellor_proposed_table = plan.counsellor_proposed_table
        self.summary, self.apply_button = plan.summary, plan.apply_button
        self.change_model, self.change_table = plan.change_model, plan.change_table

    @property
    def message(self) -> QMessageBox | None:
        """The message box the page showed last (a failure, or the offer to print)."""
        return self.applier.message

    @property
    def apply_dialog(self) -> ApplyDialog | None:
        return self.applier.dialog

    # -- loading and planning ------------------------------------------------
    def start(self) -> None:
        """Read the situation (off the UI thread) and plan it, unless it is read already."""
        if self.situation is None and not self.runner.is_busy():
            self.reload()

    def reload(self) -> None:
        # The unit chosen at the top right: each unit reforms its own division.
        ctx, unit = self.ctx, self.ctx.unit
        self._show_unit(unit)
        self.runner.run(lambda handle: reform_situation(ctx, unit=unit), self._situation_read)

    def unit_changed(self) -> None:
        """The user switched units: forget this unit's plan and what-ifs, plan the new one's
        (now if the page is shown, else when it is next opened)."""
        self.cancel()
        self._forget()
        self._show_unit(self.ctx.unit)
        if self.isVisible():
            self.reload()

    def _forget(self) -> None:
        self.situation = None
        self.what_if = WhatIf()
        self.chooser.forget_targets()

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

    def _situation_read(self, situation: ReformSituation) -> None:
        self.situation = situation
        self.what_ifs.set_districts(situation)
        self.fronts.set_basis(situation)
        self.replan()

    def set_what_if(self, what_if: WhatIf) -> None:
        """Try ``what_if``: the proposal is planned again off the UI thread."""
        self.what_if = what_if
        self.replan()

    def replan(self) -> None:
        if self.situation is None:
            return
        ctx, situation, what_if = self.ctx, self.situation, self.what_if
        self.runner.run(lambda handle: plan_both(ctx, situation, what_if, handle), self._planned)

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def cancel(self) -> None:
        """Stop waiting for the running plan: its result is ignored, the shown one stays."""
        self.runner.cancel()
        if self.proposal is not None:
            self.what_if = self.proposal.what_if

    def _planned(self, planned: Planned) -> None:
        self.names = planned.names
        self.chooser.set_planned(planned)

    def _plan_counsellors(self, index: int) -> None:
        """The counsellors' front of the social workers' point ``index``, off the UI thread."""
        ctx, proposal = self.ctx, self.chooser.front[index]

        def done(result) -> None:
            plans, names = result
            self.names = {**self.names, **names}
            self.chooser.set_counsellor_front(index, plans)

        self.runner.run(lambda handle: plan_counsellors(ctx, proposal, handle), done)

    # -- the fronts (the chooser's; under the names tests and callers know) -------
    @property
    def front(self) -> tuple[ReformProposal, ...]:
        """The social workers' front: every plan no other beats in both measures."""
        return self.chooser.front

    @property
    def planned(self) -> Planned | None:
        return self.chooser.planned

    @property
    def chosen(self) -> int | None:
        """The index of the social workers' point chosen."""
        return self.chooser.chosen

    @property
    def counsellor_front(self) -> tuple[CounsellorPlan, ...]:
        """The counsellors' front for the social workers' point chosen."""
        return self.chooser.counsellor_front

    def set_target(self, percent: int) -> None:
        """Show the plan with the fewest changes in which no social worker is above
        ``percent``."""
        self.chooser.set_target(percent)

    def set_counsellor_target(self, percent: int) -> None:
        self.chooser.set_counsellor_target(percent)

    def choose_point(self, index: int) -> None:
        self.chooser.choose_point(index)

    def show_proposal(
        self, proposal: ReformProposal, names: dict[int, str], note: str = ""
    ) -> None:
        self.proposal = proposal
        self.plan.show_proposal(proposal, names, note)
        self.what_ifs.set_workers(proposal)
        self.proposalShown.emit(proposal)

    def _failed(self, error: Exception) -> None:
        if self.proposal is not None:
            self.what_if = self.proposal.what_if  # the edit that failed is not kept
        if isinstance(error, ReformError | AccessDenied):
            text = error.text(current_language())
        else:
            text = self.tr("The reform could not be planned:\n%1").replace("%1", str(error))
        self.applier.inform(QMessageBox.Icon.Warning, text)

    # -- what-if edits -------------------------------------------------------
    def _release(self, district: str) -> None:
        if self.what_if.pinned_worker(district) is not None:
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
        """Apply the plan shown (both roles' points chosen) from a date the dialog asks."""
        return self.applier.ask(self.proposal)

    def _offer_printing(self, applied: AppliedReform) -> QMessageBox:
        return self.applier.offer_printing(applied)

    def _after_applying(self, _applied: AppliedReform) -> None:
        # Clients now have open handovers and workers may be new: read everything again.
        self._forget()
        self.roles.setCurrentIndex(SOCIAL_WORKERS_TAB)
        self.reload()
