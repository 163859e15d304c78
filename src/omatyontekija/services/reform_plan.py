"""Planning a reform from a loaded situation: pure, thread-safe, no database.

Design of the reform (seed 000_9d8b5e442bf5047e.txt: "a new social worker
resource", areas redrawn so that as many clients as possible keep their named
worker): social workers and counsellors are planned in one run, each role over its
own clients (``ReformSituation.social_workers_clients``: those whose suggestion
needs a social worker or whose named worker is one are the social workers').
First the social workers' districts (this module), then a counsellor for each of
the new areas (``reform_counsellors``). A client whose named worker is not of
their role, or who has none, is placed but never counts as a change. A named
worker of the role who is no longer active is a leaving worker: their clients
always change. After the plan a worker's caseload is every client of their role
living in their districts.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from omatyontekija.domain.load import load_ratio
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.planning import PlanningClient, PlanningProblem, PlanningWorker
from omatyontekija.planning.front import Front, trade_off_front
from omatyontekija.planning.messages import Message
from omatyontekija.services.reform_counsellors import (
    counsellor_capacities,
    loads_before,
    with_counsellors,
)
from omatyontekija.services.reform_messages import ReformError
from omatyontekija.services.reform_model import (
    ReformChange,
    ReformProposal,
    ReformSituation,
    WhatIf,
    WorkerRow,
)
from omatyontekija.services.reform_target import default_target, front_meeting

__all__ = ["default_target", "loads_before"]  # with the functions below, for the page

# Demo-sized and real units are proven optimal in well under a second; the
# limit only keeps a pathological what-if from running for hours.
DEFAULT_TIME_LIMIT = 120.0


def worker_capacities(situation: ReformSituation, what_if: WhatIf) -> dict[str, int]:
    """Worker key → capacity of every social worker planned over, the what-if's applied."""
    capacities = {str(w.id): w.capacity for w in situation.social_workers}
    for worker in what_if.new_of_role(WorkerRole.SOCIAL_WORKER):
        capacities[worker.key] = worker.capacity
    for key, capacity in what_if.capacities:
        if key in capacities:  # a counsellor's is reform_counsellors'
            capacities[key] = capacity
    return capacities


def _check(situation: ReformSituation, what_if: WhatIf) -> dict[str, int]:
    """The capacities, or ReformError naming the first what-if edit that does not fit."""
    known = set(worker_capacities(situation, what_if))
    # Counsellors' capacities may be tried too; districts are pinned to social workers only.
    counsellors = set(counsellor_capacities(situation, what_if))
    for worker in what_if.new_workers:
        if not worker.name.strip():
            raise ReformError("new_worker_name")
    for key, capacity in [*what_if.capacities, *((w.key, w.capacity) for w in what_if.new_workers)]:
        if key not in known | counsellors:
            raise ReformError("unknown_worker", worker=key)
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 0:
            raise ReformError("bad_capacity", capacity=capacity)
    districts = set(situation.districts)
    for district, key in what_if.pins:
        if district not in districts:
            raise ReformError("unknown_district", district=district)
        if key not in known:
            raise ReformError("unknown_worker", worker=key)
    return worker_capacities(situation, what_if)


def districts_before(situation: ReformSituation) -> dict[str, str]:
    """Postal code → key of the social worker of its area in the division in force."""
    before: dict[str, str] = {}
    for area in situation.division.areas if situation.division else ():
        if area.social_worker is not None:
            for code in area.postal_codes:
                before[code] = str(area.social_worker.id)
    return before


def planning_problem(situation: ReformSituation, what_if: WhatIf) -> PlanningProblem:
    """The planner's input for the situation with the what-if applied (checked first)."""
    capacities = _check(situation, what_if)
    social = {w.id for w in situation.workers if w.role is WorkerRole.SOCIAL_WORKER}
    mine = situation.social_workers_clients()
    clients = tuple(
        PlanningClient(
            str(c.id),
            c.postal_code,
            str(c.named_worker_id) if c.named_worker_id in social else None,
        )
        for c in situation.clients
        if c.postal_code and c.id in mine
    )
    # Child protection's cap counts the unit's clients in a worker's districts, children
    # and aftercare's young adults alike: never above the cap of children, if stricter.
    cap = situation.max_clients
    return PlanningProblem(
        workers=tuple(PlanningWorker(key, capacity, cap) for key, capacity in capacities.items()),
        districts=situation.districts,
        clients=clients,
        pinned=dict(what_if.pins),
        # Connected areas are exact in the planner but not yet fast enough on a
        # unit's database (a 30-district demo takes minutes): the proposal
        # says its areas may be split instead. See issue 16's resolution note.
        neighbours=None,
    )


def plan_reform(
    situation: ReformSituation,
    what_if: WhatIf | None = None,
    *,
    time_limit: float | None = None,
    max_load: Fraction | None = None,
) -> ReformProposal:
    """Propose a division for ``situation`` with ``what_if`` applied.

    The plan is the one with the fewest named-worker changes among those in
    which nobody's load is above ``max_load`` of capacity (default:
    :func:`default_target`); when no plan reaches the default target, the
    most even plan. Pure and thread-safe. Raises ReformError when the
    what-if names an unknown worker or district or gives a bad capacity; an
    impossible plan is not an error but a proposal without assignment whose
    ``reason()`` says why.
    """
    what_if = what_if or WhatIf()
    problem = planning_problem(situation, what_if)
    limit = DEFAULT_TIME_LIMIT if time_limit is None else time_limit
    front, reasons, target = front_meeting(problem, max_load, limit)
    proposal = proposal_from(situation, what_if, problem, front, reasons, target)
    return with_counsellors(proposal, time_limit=limit)


def proposal_from(
    situation: ReformSituation,
    what_if: WhatIf,
    problem: PlanningProblem,
    front: Front,
    reasons: tuple[Message, ...],
    target: Fraction | None,
) -> ReformProposal:
    """The proposal of the front's first point (none: a proposal without a plan)."""
    point = front.points[0] if front.points else None
    after = dict(point.assignment) if point else {}
    capacities = worker_capacities(situation, what_if)
    size = Counter(c.district for c in problem.clients)
    before = districts_before(situation)
    rows = _rows(situation, what_if, capacities, before, after, size, bool(after))
    postal = {c.id: c.postal_code for c in situation.clients}
    changes = tuple(
        ReformChange(int(c.id), postal[int(c.id)], int(c.named_worker), after[c.district])
        for c in problem.clients
        if after and c.named_worker is not None and c.named_worker != after[c.district]
    )
    status = "optimal" if point and front.ok and not reasons else front.status
    return ReformProposal(
        situation=situation,
        what_if=what_if,
        status=status if point else "infeasible",
        assignment=tuple((d, after[d]) for d in situation.districts if d in after),
        rows=rows,
        changes=changes,
        reasons=reasons,
        max_load_ratio=float(point.max_load_ratio) if point else 0.0,
        target=None if target is None else float(target),
    )


def _rows(situation, what_if, capacities, before, after, size, planned) -> tuple[WorkerRow, ...]:
    new = {w.key: w for w in what_if.new_workers}
    keys = list(dict.fromkeys([*capacities, *before.values()]))
    pins = dict(what_if.pins)
    # Before: the load of domain.load (named or area worker); after the reform
    # every moved client's named worker is their area worker, so the load is
    # the social workers' clients living in the worker's districts.
    loaded = loads_before(situation)
    rows = []
    for key in keys:
        worker = None if key in new else situation.worker(int(key))
        mine_before = tuple(d for d in situation.districts if before.get(d) == key)
        mine_after = tuple(d for d in situation.districts if after.get(d) == key)
        rows.append(
            WorkerRow(
                key=key,
                name=new[key].name if key in new else (worker.name if worker else key),
                capacity=capacities.get(key, worker.capacity if worker else 0),
                is_new=key in new,
                districts_before=mine_before,
                districts_after=mine_after if planned else (),
                load_before=loaded.get(key, 0),
                load_after=sum(size[d] for d in mine_after) if planned else 0,
                pinned=tuple(d for d in situation.districts if pins.get(d) == key),
            )
        )
    return tuple(rows)


def plan_front(
    situation: ReformSituation, what_if: WhatIf | None = None, *, time_limit: float | None = None
) -> tuple[ReformProposal, ...]:
    """Every Pareto-optimal proposal (fewest changes for its largest load), by changes.

    The reform page draws these as its trade-off chart; the proposal meeting
    a target is the first whose largest load is within it.
    """
    what_if = what_if or WhatIf()
    problem = planning_problem(situation, what_if)
    limit = DEFAULT_TIME_LIMIT if time_limit is None else time_limit
    front = trade_off_front(problem, time_limit=limit)
    proposals = (
        proposal_from(
            situation, what_if, problem, Front(front.status, (point,), front.connected), (), None
        )
        for point in front.points
    )
    return tuple(with_counsellors(proposal, time_limit=limit) for proposal in proposals)


def meeting(front: tuple[ReformProposal, ...], target: float) -> int | None:
    """Index of the proposal with the fewest changes whose largest load is within ``target``."""
    return next((i for i, p in enumerate(front) if p.max_load_ratio <= target + 1e-12), None)


def current_point(situation: ReformSituation) -> tuple[int, float]:
    """(changes, largest load ratio) of the division the plan starts from, for the chart."""
    before = districts_before(situation)
    social = {str(w.id): w.capacity for w in situation.social_workers}
    load = loads_before(situation)
    changes = 0
    for client in situation.clients:
        worker = before.get(client.postal_code)
        named = str(client.named_worker_id) if client.named_worker_id is not None else None
        if named in social and worker is not None and named != worker:
            changes += 1
    ratios = (load_ratio(load[w], c) for w, c in social.items())
    return changes, max((r for r in ratios if r is not None), default=0.0)
