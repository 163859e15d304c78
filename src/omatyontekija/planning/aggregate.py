"""Clients counted per district and per (district, named worker).

The optimisation model is built from these counts only, so its size grows with
districts × workers and not with the number of clients.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from omatyontekija.planning.problem import PlanningProblem


@dataclass(frozen=True, slots=True)
class Counts:
    """The figures of a problem that the planner needs.

    ``keep[(district, worker)]`` is the number of clients in ``district`` whose
    named worker is ``worker``: they keep their named worker exactly when the
    district goes to that worker. ``named`` counts clients with any named
    worker, so changes = named - Σ keep over the chosen (district, worker) pairs.
    """

    size: dict[str, int]
    keep: dict[tuple[str, str], int]
    named: int
    capacity: dict[str, int]
    pinned_load: dict[str, int]
    # Hard limits on load (PlanningWorker.max_clients) of the workers that have one.
    max_clients: dict[str, int] = field(default_factory=dict)

    @property
    def total_clients(self) -> int:
        return sum(self.size.values())

    @property
    def total_capacity(self) -> int:
        return sum(self.capacity.values())

    def hard_limit(self, worker: str) -> int:
        """The most clients ``worker`` may hold in a plan that keeps capacity as a limit."""
        return min(self.capacity[worker], self.max_clients.get(worker, self.capacity[worker]))

    def open_workers(self) -> list[str]:
        """Workers who can take a district (capacity above 0), in input order."""
        return [worker for worker, capacity in self.capacity.items() if capacity > 0]


def count(problem: PlanningProblem) -> Counts:
    """Aggregate ``problem`` (assumed valid) into :class:`Counts`."""
    size = dict.fromkeys(problem.districts, 0)
    keep: Counter[tuple[str, str]] = Counter()
    named = 0
    for client in problem.clients:
        size[client.district] += 1
        if client.named_worker is not None:
            named += 1
            keep[(client.district, client.named_worker)] += 1
    capacity = {worker.id: worker.capacity for worker in problem.workers}
    pinned_load = dict.fromkeys(capacity, 0)
    for district, worker in problem.pinned.items():
        pinned_load[worker] += size[district]
    # Pairs with a worker who is leaving (not in the plan) can never be kept.
    kept = {pair: n for pair, n in keep.items() if pair[1] in capacity}
    caps = {w.id: w.max_clients for w in problem.workers if w.max_clients is not None}
    return Counts(size, kept, named, capacity, pinned_load, caps)
