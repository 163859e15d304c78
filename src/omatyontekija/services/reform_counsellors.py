"""The counsellors' stage of a reform: a counsellor for each new area, over their own clients.

Issue 16: social workers and counsellors are planned together in one run, each
role over its own clients. Once the social workers' districts are planned
(``reform_plan``), each new area (the districts of one social worker, named by
that worker's key) gets exactly one counsellor; a counsellor may hold several
areas. It is the same planning problem one level up, solved by the same
planner: its "districts" are the new areas, its clients the counsellors'
clients (``ReformSituation.social_workers_clients`` says who is whose), its
workers the unit's active counsellors with their capacities. So as many
clients as possible keep their named counsellor and no counsellor's load is
above the target (the even spread over the counsellors, as for social workers).
``counsellor_front`` gives the whole trade-off of this stage for one social workers'
plan, which the reform page draws beside the social workers' own.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Mapping

from omatyontekija.domain.area import Area
from omatyontekija.domain.load import caseloads, load_ratio
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.planning import PlanningClient, PlanningProblem, PlanningWorker
from omatyontekija.planning.front import trade_off_front
from omatyontekija.services.reform_model import (
    CounsellorPlan,
    ReformChange,
    ReformProposal,
    ReformSituation,
    WhatIf,
    WorkerRow,
)
from omatyontekija.services.reform_target import default_target, front_meeting

# As the social workers' stage (reform_plan.DEFAULT_TIME_LIMIT); the problem is tiny:
# as many "districts" as there are social workers.
DEFAULT_TIME_LIMIT = 120.0


def counsellor_capacities(situation: ReformSituation, what_if: WhatIf) -> dict[str, int]:
    """Counsellor key → capacity of every counsellor planned over, the what-if's applied."""
    capacities = {str(w.id): w.capacity for w in situation.counsellors}
    for worker in what_if.new_of_role(WorkerRole.SOCIAL_COUNSELLOR):
        capacities[worker.key] = worker.capacity
    for key, capacity in what_if.capacities:
        if key in capacities:
            capacities[key] = capacity
    return capacities


def areas_before(situation: ReformSituation) -> dict[str, Area]:
    """Postal code → its area in the division the plan starts from."""
    return {
        code: area
        for area in (situation.division.areas if situation.division else ())
        for code in area.postal_codes
    }


def counsellors_before(situation: ReformSituation) -> dict[str, str]:
    """Postal code → key of the counsellor of its area in the division in force."""
    return {
        code: str(area.counsellor.id)
        for code, area in areas_before(situation).items()
        if area.counsellor is not None
    }


def loads_before(situation: ReformSituation) -> Counter:
    """Worker key → load in the division the plan starts from (:mod:`domain.load`): the
    clients whose named worker is the worker or whose area worker (the area's worker of the
    client's role, :meth:`domain.area.Area.area_worker`) is."""
    areas = areas_before(situation)
    mine = situation.social_workers_clients()

    def workers(client):
        area = areas.get(client.postal_code)
        worker = area.area_worker(client.id in mine) if area is not None else None
        named = client.named_worker_id
        return (
            None if named is None else str(named),
            None if worker is None else str(worker.id),
        )

    return caseloads(workers(c) for c in situation.clients)


def counsellor_problem(
    situation: ReformSituation, what_if: WhatIf, assignment: Mapping[str, str]
) -> PlanningProblem:
    """The counsellors' planning problem once districts go to social workers by ``assignment``
    (postal code → social worker key): one "district" per social worker's new area."""
    areas = tuple(dict.fromkeys(assignment[d] for d in situation.districts if d in assignment))
    mine = situation.social_workers_clients()
    counsellors = {w.id for w in situation.workers if w.role is WorkerRole.SOCIAL_COUNSELLOR}
    clients = tuple(
        PlanningClient(
            str(c.id),
            assignment[c.postal_code],
            str(c.named_worker_id) if c.named_worker_id in counsellors else None,
        )
        for c in situation.clients
        if c.postal_code in assignment and c.id not in mine
    )
    capacities = counsellor_capacities(situation, what_if)
    return PlanningProblem(
        workers=tuple(PlanningWorker(key, capacity) for key, capacity in capacities.items()),
        districts=areas,
        clients=clients,
    )


def with_counsellors(
    proposal: ReformProposal, *, time_limit: float | None = None
) -> ReformProposal:
    """``proposal`` with its counsellors planned (unchanged when it has no plan or has them)."""
    if proposal.counsellors is not None or not proposal.has_plan:
        return proposal
    return dataclasses.replace(
        proposal, counsellors=plan_counsellors(proposal, time_limit=time_limit)
    )


def plan_counsellors(
    proposal: ReformProposal, *, time_limit: float | None = None
) -> CounsellorPlan:
    """A counsellor for each area of ``proposal``: fewest changes of named counsellor within
    the even spread over the counsellors (or the most even plan when none reaches it)."""
    if not _has_counsellors(proposal):
        return CounsellorPlan("none")
    districts = dict(proposal.assignment)
    problem = counsellor_problem(proposal.situation, proposal.what_if, districts)
    limit = DEFAULT_TIME_LIMIT if time_limit is None else time_limit
    front, reasons, target = front_meeting(problem, None, limit)
    point = front.points[0] if front.points else None
    status = "optimal" if point and front.ok and not reasons else front.status
    return _plan_of(proposal, problem, districts, point, status, reasons, target)


def counsellor_front(
    proposal: ReformProposal, *, time_limit: float | None = None
) -> tuple[CounsellorPlan, ...]:
    """Every counsellors' plan for ``proposal``'s areas that no other beats in both changes
    and largest load, by changes: the counsellors' trade-off, as the social workers' is
    ``reform_plan.plan_front``. Empty when the unit has no counsellors or the proposal no
    plan. The reform page draws it as the counsellors' chart."""
    if not proposal.has_plan or not _has_counsellors(proposal):
        return ()
    districts = dict(proposal.assignment)
    problem = counsellor_problem(proposal.situation, proposal.what_if, districts)
    limit = DEFAULT_TIME_LIMIT if time_limit is None else time_limit
    front = trade_off_front(problem, time_limit=limit)
    target = default_target(problem)
    plans = [
        _plan_of(proposal, problem, districts, point, front.status, (), target)
        for point in front.points
    ]
    # The proposal's own counsellors (planned to the default target, with the reasons
    # why it was missed) stand for the point of the same measures: choosing that point
    # is choosing the proposal as planned.
    own = proposal.counsellors
    for index, plan in enumerate(plans):
        if own is not None and _same_point(plan, own):
            plans[index] = own
            break
    return tuple(plans)


def _same_point(a: CounsellorPlan, b: CounsellorPlan) -> bool:
    return len(a.changes) == len(b.changes) and math.isclose(
        a.max_load_ratio, b.max_load_ratio, abs_tol=1e-12
    )


def counsellor_target(proposal: ReformProposal) -> float:
    """The counsellors' default target for ``proposal``'s areas: the even spread over them."""
    if not proposal.has_plan or not _has_counsellors(proposal):
        return 1.0
    problem = counsellor_problem(proposal.situation, proposal.what_if, dict(proposal.assignment))
    return float(default_target(problem))


def counsellors_current_point(situation: ReformSituation) -> tuple[int, float] | None:
    """(changes, largest load ratio) of the division the plan starts from for the counsellors,
    for their chart: their clients named to a counsellor other than their area's, and the
    most loaded counsellor (:mod:`domain.load`). None when the unit has no counsellors."""
    capacities = {str(w.id): w.capacity for w in situation.counsellors}
    if not capacities:
        return None
    before = counsellors_before(situation)
    mine = situation.social_workers_clients()
    changes = 0
    for client in situation.clients:
        if client.id in mine:
            continue
        worker = before.get(client.postal_code)
        named = None if client.named_worker_id is None else str(client.named_worker_id)
        if named in capacities and worker is not None and named != worker:
            changes += 1
    load = loads_before(situation)
    ratios = (load_ratio(load[key], capacity) for key, capacity in capacities.items())
    return changes, max((r for r in ratios if r is not None), default=0.0)


def _has_counsellors(proposal: ReformProposal) -> bool:
    return bool(
        proposal.situation.counsellors or proposal.what_if.new_of_role(WorkerRole.SOCIAL_COUNSELLOR)
    )


def _plan_of(proposal, problem, districts, point, status, reasons, target) -> CounsellorPlan:
    """The counsellors' plan of one front point (None: a plan without assignment)."""
    situation = proposal.situation
    after = dict(point.assignment) if point else {}  # social worker key → counsellor key
    postal = {c.id: c.postal_code for c in situation.clients}
    changes = tuple(
        ReformChange(int(c.id), postal[int(c.id)], int(c.named_worker), after[c.district])
        for c in problem.clients
        if after and c.named_worker is not None and c.named_worker != after[c.district]
    )
    return CounsellorPlan(
        status=status if point else "infeasible",
        assignment=tuple((area, after[area]) for area in problem.districts if area in after),
        rows=_rows(situation, proposal.what_if, problem, districts, after),
        changes=changes,
        reasons=reasons,
        max_load_ratio=float(point.max_load_ratio) if point else 0.0,
        target=float(target),
    )


def _rows(situation, what_if, problem, districts, after) -> tuple[WorkerRow, ...]:
    capacities = counsellor_capacities(situation, what_if)
    before = counsellors_before(situation)
    keys = list(dict.fromkeys([*capacities, *before.values()]))
    size = Counter(c.district for c in problem.clients)
    loaded = loads_before(situation)
    new = {w.key: w for w in what_if.new_workers}
    rows = []
    for key in keys:
        worker = None if key in new else situation.worker(int(key))
        mine_after = [area for area, counsellor in after.items() if counsellor == key]
        rows.append(
            WorkerRow(
                key=key,
                name=new[key].name if key in new else (worker.name if worker else key),
                capacity=capacities.get(key, worker.capacity if worker else 0),
                is_new=key in new,
                districts_before=tuple(d for d in situation.districts if before.get(d) == key),
                districts_after=tuple(
                    d for d in situation.districts if after.get(districts.get(d, "")) == key
                ),
                load_before=loaded.get(key, 0),
                load_after=sum(size[area] for area in mine_after),
                role=WorkerRole.SOCIAL_COUNSELLOR,
            )
        )
    return tuple(rows)
