"""Builders and hypothesis strategies for planner tests (synthetic data only)."""

from __future__ import annotations

import itertools
from fractions import Fraction

from hypothesis import strategies as st

from omatyontekija.planning import PlanningClient, PlanningProblem, PlanningWorker

LEAVER = "leaving-worker"


def problem_from(
    capacities: dict[str, int],
    clients_by_district: dict[str, list[str | None]],
    pinned: dict[str, str] | None = None,
) -> PlanningProblem:
    """A problem from capacities and, per district, the named worker of each client."""
    clients = [
        PlanningClient(f"{district}-c{i}", district, named)
        for district, named_workers in clients_by_district.items()
        for i, named in enumerate(named_workers)
    ]
    return PlanningProblem(
        workers=tuple(PlanningWorker(w, c) for w, c in capacities.items()),
        districts=tuple(clients_by_district),
        clients=tuple(clients),
        pinned=pinned or {},
    )


def evaluate(problem: PlanningProblem, assignment: dict[str, str]) -> tuple[int, Fraction] | None:
    """(changes, largest load/capacity ratio) of an assignment, or None if it breaks a capacity
    or a hard limit (max_clients)."""
    capacity = {w.id: w.capacity for w in problem.workers}
    load = dict.fromkeys(capacity, 0)
    changes = 0
    for client in problem.clients:
        worker = assignment[client.district]
        load[worker] += 1
        if client.named_worker is not None and client.named_worker != worker:
            changes += 1
    if any(load[w] > capacity[w] for w in capacity):
        return None
    if any(w.max_clients is not None and load[w.id] > w.max_clients for w in problem.workers):
        return None
    if any(capacity[worker] == 0 for worker in assignment.values()):
        return None
    ratio = max((Fraction(load[w], c) for w, c in capacity.items() if c > 0), default=Fraction(0))
    return changes, ratio


def brute_force(problem: PlanningProblem) -> tuple[int, Fraction] | None:
    """The lexicographic optimum (changes, ratio) over every assignment, or None if none fits."""
    workers = [w.id for w in problem.workers]
    choices = [[problem.pinned[d]] if d in problem.pinned else workers for d in problem.districts]
    best = None
    for combination in itertools.product(*choices):
        value = evaluate(problem, dict(zip(problem.districts, combination, strict=True)))
        if value is not None and (best is None or value < best):
            best = value
    return best


@st.composite
def small_problems(draw, max_workers: int = 3, max_districts: int = 5, max_capacity: int = 9):
    """Problems small enough to solve by enumeration, with leavers, nulls, pins and zeros."""
    n_workers = draw(st.integers(1, max_workers))
    workers = [f"w{i}" for i in range(n_workers)]
    capacities = {w: draw(st.integers(0, max_capacity)) for w in workers}
    n_districts = draw(st.integers(0, max_districts))
    named = st.sampled_from([*workers, None, LEAVER])
    clients_by_district = {f"d{i}": draw(st.lists(named, max_size=5)) for i in range(n_districts)}
    pinned = {}
    for district in clients_by_district:
        if draw(st.integers(0, 4)) == 0:
            pinned[district] = draw(st.sampled_from(workers))
    return problem_from(capacities, clients_by_district, pinned)


@st.composite
def larger_problems(draw):
    """Feasible-looking problems of a realistic shape: an old division plus a new worker."""
    n_workers = draw(st.integers(2, 8))
    n_districts = draw(st.integers(n_workers, 30))
    workers = [f"w{i}" for i in range(n_workers)]
    sizes = [draw(st.integers(0, 40)) for _ in range(n_districts)]
    clients_by_district = {}
    for i, size in enumerate(sizes):
        owner = workers[i % (n_workers - 1)]  # the last worker is new: no clients yet
        stay = draw(st.integers(0, size))
        clients_by_district[f"d{i}"] = [owner] * stay + [None] * (size - stay)
    # Capacity of at least (largest district + an even share) makes a plan
    # certain to exist: each worker can be filled past its share before a
    # district fails to fit, so the districts run out first.
    base = max(sizes, default=0) + sum(sizes) // n_workers + 1
    capacities = {w: base + draw(st.integers(0, 20)) for w in workers}
    return problem_from(capacities, clients_by_district)
