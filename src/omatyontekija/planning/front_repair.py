"""A plan made to fit tighter load limits with few lost keeps: the walk's starting plans.

Each step of the front's walk lowers the load limits a little below the plan
found last. Moving a district off each worker above the new limit, or
swapping it for a smaller district of another worker, usually gives a plan
within the limits that keeps almost as many named workers: a start for the
exact methods (HiGHS prunes with it; the column method needs no phase one
and enumerates fewer columns). Exactness never depends on it.
"""

from __future__ import annotations

from collections.abc import Mapping


def repaired(
    decided: Mapping[str, str],
    limits: Mapping[str, int],
    size: Mapping[str, int],
    keep: Mapping[tuple[str, str], int],
    workers: list[str],
    fixed: set[str] | frozenset[str] = frozenset(),
) -> dict[str, str] | None:
    """``decided`` within ``limits`` by single moves and swaps, fewest lost keeps first.

    Districts in ``fixed`` (pins) never move. None when it gets stuck.
    """
    assignment = dict(decided)
    load = dict.fromkeys(workers, 0)
    held: dict[str, list[str]] = {w: [] for w in workers}
    for district, worker in assignment.items():
        load[worker] += size[district]
        held[worker].append(district)

    def kept(district: str, worker: str) -> int:
        return keep.get((district, worker), 0)

    for _ in range(2 * len(assignment) + 2):
        over = [w for w in workers if load[w] > limits[w]]
        if not over:
            return assignment
        worker = max(over, key=lambda w: load[w] - limits[w])
        best = None
        for district in held[worker]:
            if district in fixed:
                continue
            n = size[district]
            here = kept(district, worker)
            for other in workers:
                if other == worker:
                    continue
                room = limits[other] - load[other]
                if n <= room:
                    cost = (here - kept(district, other), -n)
                    if best is None or cost < best[0]:
                        best = (cost, district, other, None)
                    continue
                # A swap: a smaller district of ``other`` comes back.
                for back in held[other]:
                    m = size[back]
                    if back in fixed or m >= n or n - m > room:
                        continue
                    cost = (
                        here + kept(back, other) - kept(district, other) - kept(back, worker),
                        m - n,
                    )
                    if best is None or cost < best[0]:
                        best = (cost, district, other, back)
        if best is None:
            return None
        _, district, other, back = best
        _move(assignment, load, held, size, district, other)
        if back is not None:
            _move(assignment, load, held, size, back, worker)
    return None


def _move(assignment, load, held, size, district: str, to: str) -> None:
    source = assignment[district]
    held[source].remove(district)
    load[source] -= size[district]
    held[to].append(district)
    load[to] += size[district]
    assignment[district] = to
