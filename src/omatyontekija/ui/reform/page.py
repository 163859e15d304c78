"""The area reform page: both roles' trade-offs, the plan chosen on them, what-ifs, apply.

The page composes its parts and keeps what they share: the situation (read once
off the UI thread), the what-if, the fronts and the points chosen on them.

- ``what_if_bar``: pin a district, add a worker, reset; the planning indicator;
- ``front_section``: the social workers' and the counsellors' fronts as charts,
  each with its target, and how to read them;
- ``plan_view``: each role's division in force and the plan chosen, the changes;
- ``apply_flow``: applying the plan from a date and offering to print;
- ``runner``: every job off the UI thread, the newest one's answer shown.

Issue 16: social workers and counsellors are planned in one run, each role over its
own clients. The social workers' stage draws the areas; the counsellors' stage gives
each area a counsellor, so each social workers' point has a front of its own for the
counsellors. The plan shown and applied is the social workers' point chosen with the
counsellors' point chosen on its front; by default the point meeting each target.
"""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from omatyontekija.domain.worker import WorkerRole
from omatyontekija.planning.messages import Message
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import Context
from omatyontekija.services.reform import (
    AppliedReform,
    ReformError,
    ReformProposal,
    ReformSituation,
    WhatIf,
    changed_client_names,
    plan_reform,
    reform_situation,
)
from omatyontekija.services.reform_counsellors import counsellor_front, counsellors_current_point
from omatyontekija.services.reform_model import CounsellorPlan
from omatyontekija.services.reform_plan import (
    current_point,
    default_target,
    meeting,
    plan_front,
    planning_problem,
)
from omatyontekija.services.units import all_units
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.reform.apply_flow import ApplyFlow
from omatyontekija.ui.reform.dialogs import AddWorkerDialog, ApplyDialog
from omatyontekija.ui.reform.front_section import FrontSection
from omatyontekija.ui.reform.plan_view import COUNSELLORS_TAB, SOCIAL_WORKERS_TAB, PlanView
from omatyontekija.ui.reform.runner import JobRunner
from omatyontekija.ui.reform.what_if_bar import WhatIfBar
from omatyontekija.ui.vertical_scroll import VerticalScrollArea

Point = tuple[int, float]


class Planned(NamedTuple):
    """A re-plan's answer: the social workers' front, each point's counsellors' front, the
    changed clients' names and both roles' division in force as chart points; or, when
    there is no front at all, the single proposal that says why."""

    front: tuple[ReformProposal, ...]
    counsellor_fronts: tuple[tuple[CounsellorPlan, ...], ...]
    names: dict[int, str]
    current: Point | None
    counsellors_current: Point | None
    single: ReformProposal | None = None


def plan_both(ctx: Context, situation: ReformSituation, what_if: WhatIf, handle) -> Planned:
    """Both roles' fronts for ``what_if`` (off the UI thread)."""
    current = current_point(situation)
    counsellors_now = counsellors_current_point(situation)
    front = plan_front(situation, what_if)
    handle.check()
    if not front:  # no plan at all: the single proposal says why
        single = plan_reform(situation, what_if)
        return Planned((), (), {}, current, counsellors_now, single)
    counsellor_fronts = tuple(counsellor_front(p) for p in front)
    handle.check()
    changes = [c for p in front for c in p.changes]
    changes += [c for plans in counsellor_fronts for plan in plans for c in plan.changes]
    ids = sorted({c.client_id for c in changes})
    names = changed_client_names(ctx, ids) if ids else {}
    return Planned(front, counsellor_fronts, names, current, counsellors_now)


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
        self.planned: Planned | None = None
        self.front: tuple[ReformProposal, ...] = ()
        self.names: dict[int, str] = {}
        # The points chosen: the social workers' (in front) and the counsellors' (in
        # counsellor_front, the front of the social workers' point chosen).
        self.chosen: int | None = None
        self.counsellor_front: tuple[CounsellorPlan, ...] = ()
        self.counsellor_chosen: int | None = None
        # The supervisor's targets in per cent; None: the even spread (the default).
        self.user_target: int | None = None
        self.user_counsellor_target: int | None = None
        self.worker_dialog: AddWorkerDialog | None = None

        self._title = self.tr("Area reform: the division in force and a proposal")
        self._unit_names: dict | None = None  # unit code → Unit, read once
        self.title = QLabel(self._title, self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        # Below the title the page scrolls up and down where the screen is lower than
        # the charts, both roles' tables and the changes need (911×512 logical pixels at
        # 150 %); on a 1366×768 or larger screen nearly everything fits.
        body = QWidget(self)
        body.setObjectName("reformBody")
        self.what_ifs = WhatIfBar(body)
        self.fronts = FrontSection(body)
        self.plan = PlanView(body)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.what_ifs)
        body_layout.addWidget(self.fronts, 2)
        body_layout.addWidget(self.plan, 5)
        self.scroll = VerticalScrollArea(body, self)
        self.scroll.setObjectName("reformScroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)

        self.runner = JobRunner(self)
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
        self.fronts.social.pointChosen.connect(self.choose_point)
        self.fronts.social.targetSet.connect(self.set_target)
        self.fronts.counsellors.pointChosen.connect(self.choose_counsellor_point)
        self.fronts.counsellors.targetSet.connect(self.set_counsellor_target)
        self.plan.capacityEdited.connect(
            lambda key, capacity: self.set_what_if(self.what_if.with_capacity(key, capacity))
        )
        self.plan.apply_button.clicked.connect(self.ask_apply)
        self.applier.applied.connect(self.applied)
        self.applier.applied.connect(self._after_applying)
        self.applier.printRequested.connect(self.printRequested)
        self.applier.lettersRequested.connect(self.lettersRequested)

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
        self.user_target = self.user_counsellor_target = None

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
        self.planned = planned
        self.front, self.names = planned.front, planned.names
        self.fronts.set_note(planned.current)
        if planned.single is not None:
            self.chosen, self.counsellor_front, self.counsellor_chosen = None, (), None
            self.fronts.social.set_front([], planned.current, self.default_percent() / 100, None)
            self._draw_counsellors()
            self.show_proposal(planned.single, planned.names)
        else:
            self._show_target()

    # -- choosing on the fronts ----------------------------------------------
    def default_percent(self) -> int:
        """The social workers' default target: the even spread, in per cent."""
        if self.situation is None:
            return 100
        problem = planning_problem(self.situation, self.what_if)
        return int(default_target(problem) * 100)

    def set_target(self, percent: int) -> None:
        """Show the plan with the fewest changes in which no social worker is above
        ``percent``."""
        self.user_target = percent
        self._show_target()

    def _show_target(self) -> None:
        if not self.front:
            return
        percent = self.user_target or self.default_percent()
        index = meeting(self.front, percent / 100)
        note = ""
        if index is None:
            most_even = self.front[-1].max_load_ratio * 100
            message = Message.of(
                "target_not_reached", target=percent, ratio=round(float(most_even), 1)
            )
            note = message.text(current_language())
        self.choose_point(len(self.front) - 1 if index is None else index, note)

    def choose_point(self, index: int, note: str = "") -> None:
        """Show the social workers' plan of the chart's point ``index``: its counsellors'
        front, the counsellors' point meeting their target, and the plan's changes."""
        if not 0 <= index < len(self.front):
            return
        self.chosen = index
        percent = self.user_target or self.default_percent()
        points = [(len(p.changes), p.max_load_ratio) for p in self.front]
        self.fronts.social.set_front(points, self.planned.current, percent / 100, index)
        self.counsellor_front = self.planned.counsellor_fronts[index]
        self.counsellor_chosen, counsellor_note = self._counsellors_meeting()
        self._draw_counsellors()
        self._show_chosen(" ".join(n for n in (note, counsellor_note) if n))

    def choose_counsellor_point(self, index: int) -> None:
        """Show the plan with the counsellors' point ``index`` (of the social workers' point
        chosen) and its changes; the counsellors' tables come to the front."""
        if self.chosen is None or not 0 <= index < len(self.counsellor_front):
            return
        self.counsellor_chosen = index
        self.fronts.counsellors.chart.select(index)
        self.roles.setCurrentIndex(COUNSELLORS_TAB)
        self._show_chosen()

    def set_counsellor_target(self, percent: int) -> None:
        """Show the counsellors' plan with the fewest changes in which no counsellor is above
        ``percent`` (for the social workers' point chosen)."""
        self.user_counsellor_target = percent
        if self.chosen is None or not self.counsellor_front:
            return
        self.counsellor_chosen, note = self._counsellors_meeting()
        self._draw_counsellors()
        self._show_chosen(note)

    def counsellor_percent(self) -> int:
        """The counsellors' target in per cent: the user's, else their even spread."""
        if self.user_counsellor_target:
            return self.user_counsellor_target
        own = self.front[self.chosen].counsellors if self.chosen is not None else None
        return round((own.target if own and own.target else 1.0) * 100)

    def _counsellors_meeting(self) -> tuple[int | None, str]:
        """The counsellors' point to choose, and a note if it misses the user's target. By
        default the proposal's own (planned to the even spread, with its reasons)."""
        plans = self.counsellor_front
        if not plans:
            return None, ""
        own = self.front[self.chosen].counsellors
        if self.user_counsellor_target is None:
            index = next((i for i, plan in enumerate(plans) if plan is own), None)
            if index is not None:
                return index, ""
        percent = self.counsellor_percent()
        index = meeting(plans, percent / 100)
        if index is not None:
            return index, ""
        message = Message.of(
            "target_not_reached",
            target=percent,
            ratio=round(float(plans[-1].max_load_ratio * 100), 1),
        )
        note = self.tr("Counsellors: %1").replace("%1", message.text(current_language()))
        return len(plans) - 1, note

    def _draw_counsellors(self) -> None:
        stage = self.fronts.counsellors
        plans = self.counsellor_front
        self.fronts.show_counsellors(bool(plans))
        self.fronts.set_note(self.planned.current if self.planned else None)
        points = [(len(p.changes), p.max_load_ratio) for p in plans]
        current = self.planned.counsellors_current if self.planned else None
        stage.set_front(points, current, self.counsellor_percent() / 100, self.counsellor_chosen)

    def _show_chosen(self, note: str = "") -> None:
        """The plan of the points chosen: the social workers' proposal itself when its own
        counsellors are chosen, else that proposal with the counsellors' plan chosen."""
        proposal = self.front[self.chosen]
        if self.counsellor_chosen is not None:
            counsellors = self.counsellor_front[self.counsellor_chosen]
            if counsellors is not proposal.counsellors:
                proposal = dataclasses.replace(proposal, counsellors=counsellors)
        self.show_proposal(proposal, self.names, note)

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
