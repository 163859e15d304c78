"""What a worker's load is: the one definition the reform page, the planner and figures share.

A worker's load is the number of clients whose named worker **or** area
worker is this worker (a client counts once for a worker even when both),
over the worker's capacity. A client named to one worker and living in
another's area counts for both: both carry them until a handover is done.
After a reform every moved client's named worker becomes their area worker,
so a plan's load is simply the clients living in the worker's districts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable

#: The one-line explanation shown wherever a load is shown (English; the UI translates its own).
EXPLANATION = (
    "Load = clients whose named worker or area worker is this worker, over the worker's capacity."
)


def caseloads(
    clients: Iterable[tuple[Hashable | None, Hashable | None]],
) -> Counter[Hashable]:
    """Worker → clients, from each client's (named worker, area worker); None for none."""
    counted: Counter[Hashable] = Counter()
    for named, area in clients:
        for worker in {named, area} - {None}:
            counted[worker] += 1
    return counted


def load_ratio(clients: int, capacity: int) -> float | None:
    """Load as a ratio of capacity (1.0 = full); None when no capacity is set."""
    return clients / capacity if capacity > 0 else None
