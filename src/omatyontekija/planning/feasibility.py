"""Reasons, found before solving, why no area division can exist.

These are the cases a supervisor can act on directly: too little capacity in
total, a district too big for anyone, or pins that cannot hold. Anything subtler
(the districts exist but do not pack into the capacities) is left to the
solver, which proves it.
"""

from __future__ import annotations

from omatyontekija.planning.aggregate import Counts
from omatyontekija.planning.messages import Message
from omatyontekija.planning.problem import PlanningProblem


def infeasibility_reasons(problem: PlanningProblem, counts: Counts) -> list[Message]:
    """Every reason found without solving why ``problem`` has no plan (empty if none is found)."""
    reasons: list[Message] = []
    if problem.districts and not counts.open_workers():
        reasons.append(Message.of("no_worker_with_capacity", districts=len(problem.districts)))
    if counts.total_capacity < counts.total_clients:
        reasons.append(
            Message.of(
                "total_capacity_below_clients",
                capacity=counts.total_capacity,
                clients=counts.total_clients,
            )
        )
    largest = max(counts.capacity.values(), default=0)
    for district, size in counts.size.items():
        if size > largest:
            reasons.append(
                Message.of(
                    "district_larger_than_any_capacity",
                    district=district,
                    clients=size,
                    capacity=largest,
                )
            )
    reasons += _pin_reasons(problem, counts)
    if not reasons and counts.max_clients:
        # Capacity holds everyone; the legal caps below it may not.
        limits = {w: counts.hard_limit(w) for w in counts.open_workers()}
        reasons += limit_reasons(problem, counts, limits)
    return reasons


def limit_reasons(
    problem: PlanningProblem, counts: Counts, limits: dict[str, int | None]
) -> list[Message]:
    """Why no plan keeps every open worker within ``limits`` (None: no limit), found without
    solving: too little room in all, a district bigger than anyone's room, pins over a limit."""
    reasons: list[Message] = []
    if not limits:
        return reasons
    unlimited = any(limit is None for limit in limits.values())
    bounded = [limit for limit in limits.values() if limit is not None]
    if not unlimited and sum(bounded) < counts.total_clients:
        reasons.append(
            Message.of("limits_below_clients", room=sum(bounded), clients=counts.total_clients)
        )
    largest = None if unlimited else max(bounded, default=0)
    for district, size in counts.size.items():
        if largest is not None and size > largest and district not in problem.pinned:
            reasons.append(
                Message.of(
                    "district_over_every_limit", district=district, clients=size, limit=largest
                )
            )
    for worker, limit in limits.items():
        load = counts.pinned_load.get(worker, 0)
        if limit is not None and load > limit:
            districts = ", ".join(d for d, w in problem.pinned.items() if w == worker)
            reasons.append(
                Message.of(
                    "pinned_over_limit",
                    worker=worker,
                    districts=districts,
                    clients=load,
                    limit=limit,
                )
            )
    return reasons


def _pin_reasons(problem: PlanningProblem, counts: Counts) -> list[Message]:
    reasons: list[Message] = []
    # "Workers with capacity 0 get nothing", even an empty district: a pin to
    # such a worker contradicts the capacity the supervisor set.
    for district, worker in problem.pinned.items():
        if counts.capacity[worker] == 0:
            reasons.append(Message.of("pinned_to_zero_capacity", district=district, worker=worker))
    for worker, load in counts.pinned_load.items():
        capacity = counts.capacity[worker]
        if 0 < capacity < load:
            districts = ", ".join(d for d, w in problem.pinned.items() if w == worker)
            reasons.append(
                Message.of(
                    "pinned_over_capacity",
                    worker=worker,
                    districts=districts,
                    clients=load,
                    capacity=capacity,
                )
            )
    return reasons
