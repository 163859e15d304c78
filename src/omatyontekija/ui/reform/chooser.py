"""Choosing the plan on the reform page's two fronts: the points chosen and the targets.

Issue 16: social workers and counsellors are planned in one run, each role over its
own clients. The social workers' stage draws the areas; the counsellors' stage gives
each area a counsellor, so each social workers' point has a front of its own for the
counsellors (``Planned``, made off the UI thread by :func:`plan_both` for the point
chosen first, and by :func:`plan_counsellors` for another point when it is chosen:
a front for every point cost a re-plan a second per 5 000 clients). The plan shown
and applied is the social workers' point chosen with the counsellors' point chosen on
its front: by default the point meeting each role's target (the even spread), or the
point the supervisor clicks, or the one meeting the target the supervisor sets.
"""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from omatyontekija.planning.messages import Message
from omatyontekija.services.context import Context
from omatyontekija.services.reform import (
    ReformProposal,
    ReformSituation,
    WhatIf,
    changed_client_names,
    plan_reform,
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
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.reform.front_section import FrontSection

Point = tuple[int, float]


class Planned(NamedTuple):
    """A re-plan's answer: the social workers' front and default target, each point's
    counsellors' front, the changed clients' names and both roles' division in force as
    chart points; or, when there is no front at all, the single proposal that says why."""

    front: tuple[ReformProposal, ...]
    # social workers' point → its counsellors' front, filled in as points are chosen
    counsellor_fronts: dict[int, tuple[CounsellorPlan, ...]]
    names: dict[int, str]
    target: float
    current: Point | None
    counsellors_current: Point | None
    single: ReformProposal | None = None


def plan_both(ctx: Context, situation: ReformSituation, what_if: WhatIf, handle) -> Planned:
    """Both roles' fronts for ``what_if`` (off the UI thread)."""
    target = float(default_target(planning_problem(situation, what_if)))
    now = current_point(situation), counsellors_current_point(situation)
    front = plan_front(situation, what_if)
    handle.check()
    if not front:  # no plan at all: the single proposal says why
        return Planned((), {}, {}, target, *now, plan_reform(situation, what_if))
    first = meeting(front, target)
    first = len(front) - 1 if first is None else first
    plans, names = plan_counsellors(ctx, front[first], handle, [*front])
    return Planned(front, {first: plans}, names, target, *now)


def plan_counsellors(
    ctx: Context, proposal: ReformProposal, handle, also: list[ReformProposal] = ()
) -> tuple[tuple[CounsellorPlan, ...], dict[int, str]]:
    """The counsellors' front of the social workers' point ``proposal`` (off the UI thread),
    with the names of the clients its plans (and ``also``'s) change."""
    plans = counsellor_front(proposal)
    handle.check()
    changes = [c for p in also for c in p.changes]
    changes += [c for plan in plans for c in plan.changes]
    ids = sorted({c.client_id for c in changes})
    return plans, changed_client_names(ctx, ids) if ids else {}


def _points(plans) -> list[Point]:
    return [(len(p.changes), p.max_load_ratio) for p in plans]


class FrontChooser(QObject):
    #: The plan of the points chosen, and a note for its summary (a target not met).
    proposalChosen = Signal(object, str)
    #: The social workers' point chosen has no counsellors' front yet: plan it (off the
    #: UI thread) and hand it to ``set_counsellor_front``.
    counsellorsWanted = Signal(int)

    def __init__(self, fronts: FrontSection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fronts = fronts
        self.planned: Planned | None = None
        # The points chosen: the social workers' (in front) and the counsellors' (in
        # counsellor_front, the front of the social workers' point chosen).
        self.chosen: int | None = None
        self.counsellor_front: tuple[CounsellorPlan, ...] = ()
        self.counsellor_chosen: int | None = None
        # What the summary says of the social workers' point chosen (a target it misses),
        # kept while the counsellors' point changes.
        self.social_note = ""
        # The supervisor's targets in per cent; None: the even spread (the default).
        self.user_target: int | None = None
        self.user_counsellor_target: int | None = None
        fronts.social.pointChosen.connect(self.choose_point)
        fronts.social.targetSet.connect(self.set_target)
        fronts.counsellors.pointChosen.connect(self.choose_counsellor_point)
        fronts.counsellors.targetSet.connect(self.set_counsellor_target)

    @property
    def front(self) -> tuple[ReformProposal, ...]:
        return self.planned.front if self.planned else ()

    def forget_targets(self) -> None:
        self.user_target = self.user_counsellor_target = None

    def set_planned(self, planned: Planned) -> None:
        """Draw a new re-plan's fronts and choose the points meeting the targets."""
        self.planned = planned
        self.fronts.set_note(planned.current)
        if planned.single is None:
            self._show_target()
            return
        self.chosen, self.counsellor_front, self.counsellor_chosen = None, (), None
        self.social_note = ""
        self.fronts.social.set_front([], planned.current, self.percent() / 100, None)
        self._draw_counsellors()
        self.proposalChosen.emit(planned.single, "")

    # -- the social workers ----------------------------------------------------
    def percent(self) -> int:
        """The social workers' target in per cent: the user's, else the even spread."""
        if self.user_target:
            return self.user_target
        return round(self.planned.target * 100) if self.planned else 100

    def set_target(self, percent: int) -> None:
        """Choose the plan with the fewest changes in which no social worker is above
        ``percent``."""
        self.user_target = percent
        self._show_target()

    def _show_target(self) -> None:
        if not self.front:
            return
        percent = self.percent()
        index = meeting(self.front, percent / 100)
        note = ""
        if index is None:
            most_even = self.front[-1].max_load_ratio * 100
            message = Message.of(
                "target_not_reached", target=percent, ratio=round(float(most_even), 1)
            )
            note = self.tr("Social workers: %1").replace("%1", message.text(current_language()))
        self.choose_point(len(self.front) - 1 if index is None else index, note)

    def choose_point(self, index: int, note: str = "") -> None:
        """Choose the social workers' point ``index``: its counsellors' front comes with the
        counsellors' point meeting their target."""
        if self.planned is None or not 0 <= index < len(self.front):
            return
        self.chosen, self.social_note = index, note
        percent = self.percent()
        default = meeting(self.front, percent / 100)
        self.fronts.social.set_front(
            _points(self.front),
            self.planned.current,
            percent / 100,
            index,
            len(self.front) - 1 if default is None else default,
        )
        self.counsellor_front = self.planned.counsellor_fronts.get(index, ())
        self.counsellor_chosen, counsellor_note = self._counsellors_meeting()
        self._draw_counsellors()
        self._emit(counsellor_note)
        if index not in self.planned.counsellor_fronts:
            # Shown meanwhile: the point with the counsellors planned to their target.
            self.counsellorsWanted.emit(index)

    def set_counsellor_front(self, index: int, plans: tuple[CounsellorPlan, ...]) -> None:
        """The counsellors' front of the social workers' point ``index``, planned on demand."""
        if self.planned is None or not 0 <= index < len(self.front):
            return
        self.planned.counsellor_fronts[index] = plans
        if self.chosen == index:
            self.counsellor_front = plans
            self.counsellor_chosen, note = self._counsellors_meeting()
            self._draw_counsellors()
            self._emit(note)

    # -- the counsellors -------------------------------------------------------
    def counsellor_percent(self) -> int:
        """The counsellors' target in per cent: the user's, else their even spread."""
        if self.user_counsellor_target:
            return self.user_counsellor_target
        own = self.front[self.chosen].counsellors if self.chosen is not None else None
        return round((own.target if own and own.target else 1.0) * 100)

    def choose_counsellor_point(self, index: int) -> None:
        """Choose the counsellors' point ``index`` (of the social workers' point chosen)."""
        if self.chosen is None or not 0 <= index < len(self.counsellor_front):
            return
        self.counsellor_chosen = index
        self.fronts.counsellors.chart.select(index)
        self._emit()

    def set_counsellor_target(self, percent: int) -> None:
        """Choose the counsellors' plan with the fewest changes in which no counsellor is
        above ``percent`` (on the front of the social workers' point chosen)."""
        self.user_counsellor_target = percent
        if self.chosen is None or not self.counsellor_front:
            return
        self.counsellor_chosen, note = self._counsellors_meeting()
        self._draw_counsellors()
        self._emit(note)

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
        # shown while a point's front is being planned too: no jump of the layout
        own = self.front[self.chosen].counsellors if self.chosen is not None else None
        self.fronts.show_counsellors(bool(self.counsellor_front) or own is not None)
        self.fronts.set_note(self.planned.current if self.planned else None)
        current = self.planned.counsellors_current if self.planned else None
        default, _ = self._counsellors_meeting()
        self.fronts.counsellors.set_front(
            _points(self.counsellor_front),
            current,
            self.counsellor_percent() / 100,
            self.counsellor_chosen,
            default,
        )

    def _emit(self, counsellor_note: str = "") -> None:
        """The plan of the points chosen: the social workers' proposal itself when its own
        counsellors are chosen, else that proposal with the counsellors' plan chosen."""
        proposal = self.front[self.chosen]
        if self.counsellor_chosen is not None:
            counsellors = self.counsellor_front[self.counsellor_chosen]
            if counsellors is not proposal.counsellors:
                proposal = dataclasses.replace(proposal, counsellors=counsellors)
        note = " ".join(n for n in (self.social_note, counsellor_note) if n)
        self.proposalChosen.emit(proposal, note)
