"""What the reform view works with: the situation loaded once, what-if edits, and a proposal.

All frozen and picklable: the situation is read from the database once and
then planned against any number of times, off the UI thread, with no
database access (``services.reform_plan.plan_reform``).

Workers are named by a *key*: an existing worker's id as a string ("8"), or
``new1``, ``new2``… for workers added in the what-if and not saved yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from omatyontekija.domain.area import AreaDivision, social_workers_client
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.planning import Message

NEW_WORKER_PREFIX = "new"


@dataclass(frozen=True, slots=True)
class ReformClient:
    """A client as the planner sees them: where they live, who their named worker is, and
    whether their suggestion (the unit's rule set) needs a social worker."""

    id: int
    postal_code: str
    named_worker_id: int | None
    needs_social_worker: bool = True


@dataclass(frozen=True, slots=True)
class ReformSituation:
    """The division in force, the workers and every client, as read on ``today``."""

    today: dt.date
    division: AreaDivision | None
    workers: tuple[Worker, ...]
    districts: tuple[str, ...]  # every district to plan: the division's and clients' postal codes
    district_names: tuple[tuple[str, str], ...]
    clients: tuple[ReformClient, ...]
    # A digest of what the plan depends on; applying refuses when it has changed.
    fingerprint: str = ""
    # Pairs of bordering districts; None when not known (areas may then be split).
    neighbours: tuple[tuple[str, str], ...] | None = None
    # The service unit whose division this is (each unit its own, migration 0012), the
    # ids of its workers (None: every worker) and the most clients one social worker may
    # hold there by law (child protection's 30, § 13 b), a hard limit for the planner.
    unit: str = DEFAULT_UNIT
    members: tuple[int, ...] | None = None
    max_clients: int | None = None

    def worker(self, worker_id: int) -> Worker | None:
        return next((w for w in self.workers if w.id == worker_id), None)

    @property
    def social_workers(self) -> tuple[Worker, ...]:
        """The workers the reform plans over: the unit's active social workers."""
        return tuple(
            w
            for w in self.workers
            if w.active
            and w.role is WorkerRole.SOCIAL_WORKER
            and (self.members is None or w.id in self.members)
        )

    @property
    def counsellors(self) -> tuple[Worker, ...]:
        """The counsellors the reform plans over: the unit's active social counsellors."""
        return tuple(
            w
            for w in self.workers
            if w.active
            and w.role is WorkerRole.SOCIAL_COUNSELLOR
            and (self.members is None or w.id in self.members)
        )

    def social_workers_clients(self) -> frozenset[int]:
        """Ids of the social workers' clients; every other client is a counsellor's
        (:func:`domain.area.social_workers_client`)."""
        roles = {w.id: w.role for w in self.workers}
        counsellors = bool(self.counsellors)
        return frozenset(
            c.id
            for c in self.clients
            if social_workers_client(
                c.needs_social_worker, roles.get(c.named_worker_id), counsellors=counsellors
            )
        )

    def district_name(self, postal_code: str) -> str:
        return dict(self.district_names).get(postal_code, "")


@dataclass(frozen=True, slots=True)
class NewWorker:
    """A worker added in the what-if (a social worker, or a counsellor for the counsellors'
    stage); made for real only when the reform is applied."""

    key: str
    name: str
    capacity: int
    role: WorkerRole = WorkerRole.SOCIAL_WORKER


@dataclass(frozen=True, slots=True)
class WhatIf:
    """Edits to try: districts pinned to a worker, capacities changed, workers added."""

    pins: tuple[tuple[str, str], ...] = ()  # (postal code, worker key)
    capacities: tuple[tuple[str, int], ...] = ()  # (worker key, capacity)
    new_workers: tuple[NewWorker, ...] = ()

    def with_pin(self, district: str, worker_key: str | None) -> WhatIf:
        """Pin ``district`` to the worker, or release it when ``worker_key`` is None."""
        pins = tuple((d, w) for d, w in self.pins if d != district)
        if worker_key is not None:
            pins += ((district, worker_key),)
        return replace(self, pins=pins)

    def with_capacity(self, worker_key: str, capacity: int) -> WhatIf:
        if any(w.key == worker_key for w in self.new_workers):
            workers = tuple(
                replace(w, capacity=capacity) if w.key == worker_key else w
                for w in self.new_workers
            )
            return replace(self, new_workers=workers)
        others = tuple((k, c) for k, c in self.capacities if k != worker_key)
        return replace(self, capacities=(*others, (worker_key, capacity)))

    def with_new_worker(
        self, name: str, capacity: int, role: WorkerRole = WorkerRole.SOCIAL_WORKER
    ) -> WhatIf:
        """Add a worker of ``role`` with the next free ``newN`` key."""
        taken = {w.key for w in self.new_workers}
        number = 1
        while f"{NEW_WORKER_PREFIX}{number}" in taken:
            number += 1
        worker = NewWorker(f"{NEW_WORKER_PREFIX}{number}", name.strip(), capacity, role)
        return replace(self, new_workers=(*self.new_workers, worker))

    def new_of_role(self, role: WorkerRole) -> tuple[NewWorker, ...]:
        return tuple(w for w in self.new_workers if w.role is role)

    def pinned_worker(self, district: str) -> str | None:
        return dict(self.pins).get(district)


@dataclass(frozen=True, slots=True)
class WorkerRow:
    """One worker in the comparison: districts and caseload before and after, and capacity."""

    key: str
    name: str
    capacity: int
    is_new: bool
    districts_before: tuple[str, ...]
    districts_after: tuple[str, ...]
    load_before: int
    load_after: int
    pinned: tuple[str, ...] = ()
    role: WorkerRole = WorkerRole.SOCIAL_WORKER

    @property
    def ratio_before(self) -> float:
        return self.load_before / self.capacity if self.capacity else float(self.load_before > 0)

    @property
    def ratio_after(self) -> float:
        return self.load_after / self.capacity if self.capacity else float(self.load_after > 0)


@dataclass(frozen=True, slots=True)
class ReformChange:
    """A client whose named worker changes: from ``old_worker_id`` to the worker of ``district``."""

    client_id: int
    district: str
    old_worker_id: int
    new_worker_key: str


@dataclass(frozen=True, slots=True)
class CounsellorPlan:
    """The counsellors' stage of a reform: one counsellor for each new area.

    Planned over the counsellors' clients (``ReformSituation.social_workers_client`` False)
    once the social workers' areas are known: the areas are named by their social
    worker's key. ``rows`` compare the counsellors before and after, ``changes`` are the
    clients whose named counsellor is not their new area's.
    """

    status: str  # a planning.PlanStatus value, or "none" when the unit has no counsellors
    assignment: tuple[tuple[str, str], ...] = ()  # (social worker key of the area, counsellor key)
    rows: tuple[WorkerRow, ...] = ()
    changes: tuple[ReformChange, ...] = ()
    reasons: tuple[Message, ...] = ()
    max_load_ratio: float = 0.0
    target: float | None = None

    @property
    def has_plan(self) -> bool:
        return bool(self.assignment)

    def reason(self, language: str = "en") -> str:
        return " ".join(m.text(language) for m in self.reasons)


@dataclass(frozen=True, slots=True)
class ReformProposal:
    """A planned division (or why there is none) for a situation and its what-if."""

    situation: ReformSituation = field(repr=False)
    what_if: WhatIf
    status: str  # a planning.PlanStatus value
    assignment: tuple[tuple[str, str], ...] = ()  # (postal code, worker key)
    rows: tuple[WorkerRow, ...] = ()
    changes: tuple[ReformChange, ...] = ()
    reasons: tuple[Message, ...] = ()
    # The largest load/capacity of the plan, and the target it was planned to (ratios).
    max_load_ratio: float = 0.0
    target: float | None = None
    # The counsellors of the planned areas (None until planned: plan_reform plans both).
    counsellors: CounsellorPlan | None = None

    @property
    def has_plan(self) -> bool:
        """True when there is a division to show and apply (optimal, or proven fewest changes)."""
        return bool(self.assignment)

    @property
    def all_changes(self) -> tuple[ReformChange, ...]:
        """The social workers' changes and then the counsellors': every handover to open."""
        return self.changes + (self.counsellors.changes if self.counsellors else ())

    @property
    def all_rows(self) -> tuple[WorkerRow, ...]:
        """The social workers' rows and then the counsellors'."""
        return self.rows + (self.counsellors.rows if self.counsellors else ())

    def reason(self, language: str = "en") -> str:
        """Why there is no plan, or why it is not proven best; empty for an optimal plan."""
        return " ".join(m.text(language) for m in self.reasons)

    def worker_name(self, key: str) -> str:
        row = next((r for r in self.all_rows if r.key == key), None)
        if row is not None:
            return row.name
        worker = self.situation.worker(int(key)) if key.isdigit() else None
        return worker.name if worker else key


@dataclass(frozen=True, slots=True)
class AppliedReform:
    """What applying made: the division, the handovers, the new workers, and who was skipped."""

    division_id: int
    handover_ids: tuple[int, ...]
    created_worker_ids: tuple[int, ...]
    # (client id, id of the open handover the client already had): reported, not duplicated.
    skipped: tuple[tuple[int, int], ...] = ()
    # Handovers of a replaced future division that this plan does not need.
    cancelled_handover_ids: tuple[int, ...] = ()
