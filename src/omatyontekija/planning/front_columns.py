"""Fewest changes under load limits, proven by a Lagrangian bound and column enumeration.

The same problem as :func:`front_model.fewest_changes` without neighbours (a
generalised assignment problem): give each district one worker, each
worker's load within ``[low_w, L_w]``, keeping as many named workers as
possible. Near the most even plans the assignment model's LP bound is far
from the optimum (on the 10 000-client benchmark 7 710 against 6 883), and
HiGHS branches for seconds per front point. Seen as "each worker takes one
set of districts" (a column), the bound is much tighter (6 920 there), and it
makes almost every column provably useless:

Relax "every district exactly once" with multipliers u_d. For any u,

    value of any plan ≤ Lag(u) = Σ_d u_d + Σ_w best_w(u),

where best_w(u) is the largest Σ_{d∈S} (k_dw − u_d) over district sets S
whose load is within w's window (a knapsack, solved exactly by dynamic
programming over loads). A plan of value ≥ T takes, for each worker, a set
whose profit is at least best_w(u) − (Lag(u) − T): otherwise the others'
profits could not make up the difference. So the plans of value ≥ T are
exactly the set partitions among the columns above those thresholds, and a
small MILP over them (HiGHS) finds the best one. Column generation on the
LP relaxation finds good multipliers; exactness does not depend on how good
they are, only the number of columns does.

T is the value of a known plan (the walk's repaired start, or the best
partition among the columns generated). Without one, T is guessed below the
bound and lowered until a plan is found at or above it. When the columns
would be too many to enumerate, :func:`fewest_changes` returns None and the
caller solves the assignment model instead: slower, equally exact.
Infeasibility is proven the same way, with values 0: if for some u,
Σ_d u_d + Σ_w max_S (−u(S)) < 0, no partition exists.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from omatyontekija.planning import highs
from omatyontekija.planning.front_model import Model, Solution, lowest_loads

# Enumerating more columns than this costs more than HiGHS's own search.
COLUMN_LIMIT = 60_000
_NEG = -1e18
# Round-off in sums of float multipliers stays far below this (values are client counts).
_SLACK = 1e-6


class _Stop(Exception):
    """The deadline passed."""


@dataclass(slots=True)
class _Worker:
    """What one worker may take: districts (indices), their sizes, keeps, and the load window."""

    index: int
    items: np.ndarray
    sizes: np.ndarray
    keeps: np.ndarray
    low: int
    high: int

    def table(self, values: np.ndarray) -> np.ndarray:
        """F[i, l]: the best profit of a subset of items i.. whose load is exactly l."""
        n, high = len(self.items), self.high
        table = np.full((n + 1, high + 1), _NEG)
        table[n, 0] = 0.0
        for i in range(n - 1, -1, -1):
            table[i] = table[i + 1]
            s = int(self.sizes[i])
            if s <= high:
                np.maximum(table[i, s:], table[i + 1, : high + 1 - s] + values[i], out=table[i, s:])
        return table

    def best(self, values: np.ndarray) -> tuple[float, list[int]]:
        """The most profitable subset within the window, as (profit, item positions)."""
        table = self.table(values)
        if self.low > self.high:
            return _NEG, []
        load = self.low + int(np.argmax(table[0, self.low :]))
        profit = float(table[0, load])
        if profit <= _NEG / 2:
            return _NEG, []
        chosen = []
        for i in range(len(self.items)):
            if table[i, load] != table[i + 1, load]:
                chosen.append(i)
                load -= int(self.sizes[i])
        return profit, chosen

    def columns_above(self, values: np.ndarray, threshold: float, limit: int) -> list | None:
        """Every subset within the window with profit ≥ threshold (None: more than ``limit``)."""
        table = self.table(values)
        n, low, high = len(self.items), self.low, self.high
        found: list[tuple[int, ...]] = []
        stack = [(0, 0, 0.0, ())]
        while stack:
            i, load, profit, chosen = stack.pop()
            a, b = max(low - load, 0), high - load
            if b < a or profit + table[i, a : b + 1].max() < threshold:
                continue
            if i == n:
                found.append(chosen)
                if len(found) > limit:
                    return None
                continue
            stack.append((i + 1, load, profit, chosen))
            s = int(self.sizes[i])
            if s <= b:
                stack.append((i + 1, load + s, profit + values[i], (*chosen, i)))
        return found


class _Problem:
    def __init__(self, model: Model, limits: dict[str, int]) -> None:
        self.model = model
        self.districts = model.districts
        self.position = {d: i for i, d in enumerate(self.districts)}
        low = lowest_loads(model, limits)
        self.workers: list[_Worker] = []
        for j, worker in enumerate(model.workers):
            items = [
                self.position[d]
                for d in self.districts
                if worker in model.allowed[d] and model.size[d] <= limits[worker]
            ]
            self.workers.append(
                _Worker(
                    j,
                    np.array(items, dtype=np.int64),
                    np.array([model.size[self.districts[i]] for i in items], dtype=np.int64),
                    np.array(
                        [float(model.keep.get((self.districts[i], worker), 0)) for i in items]
                    ),
                    int(low[j]),
                    int(limits[worker]),
                )
            )

    def value(self, worker: _Worker, chosen) -> float:
        return float(worker.keeps[list(chosen)].sum()) if len(chosen) else 0.0

    def rows_of(self, worker: _Worker, chosen) -> list[int]:
        return [int(worker.items[i]) for i in chosen]

    def named(self, worker: _Worker, chosen) -> tuple[str, frozenset[str]]:
        """A column in names, as the pool keeps it across problems."""
        return (
            self.model.workers[worker.index],
            frozenset(self.districts[row] for row in self.rows_of(worker, chosen)),
        )

    def columns_of(self, assignment: dict[str, str]):
        """The columns of a plan: each worker's districts (item positions)."""
        for worker in self.workers:
            name = self.model.workers[worker.index]
            where = {int(row): i for i, row in enumerate(worker.items)}
            yield (
                worker,
                tuple(sorted(where[self.position[d]] for d, w in assignment.items() if w == name)),
            )

    def still_fitting(self, pool: Pool):
        """The pool's columns that are columns of this problem (allowed, within the window)."""
        by_name = {self.model.workers[w.index]: w for w in self.workers}
        for name, districts in pool.columns:
            worker = by_name.get(name)
            if worker is None:
                continue
            where = {int(row): i for i, row in enumerate(worker.items)}
            rows = [self.position.get(d) for d in districts]
            if any(row is None or row not in where for row in rows):
                continue
            load = sum(self.model.size[d] for d in districts)
            if worker.low <= load <= worker.high:
                yield worker, tuple(sorted(where[row] for row in rows))


class Pool:
    """Columns found in earlier solves of the same model, offered to the next one.

    The walk's limits only shrink, so most columns of one step still fit the
    next: starting from them, column generation needs few rounds.
    """

    def __init__(self) -> None:
        self.columns: set[tuple[str, frozenset[str]]] = set()


def fewest_changes(
    model: Model,
    limits: dict[str, int],
    deadline: float | None = None,
    start: dict[str, str] | None = None,
    pool: Pool | None = None,
) -> Solution | None:
    """The exact answer of :func:`front_model.fewest_changes` for a model without neighbours.

    None when the columns are too many (or HiGHS's LP interface is missing):
    the caller then solves the assignment model.
    """
    if model.neighbours is not None or not highs.has_lp():
        return None
    try:
        return _solve(_Problem(model, limits), deadline, start, pool or Pool())
    except _Stop:
        return Solution("time_limit", {})


def _check(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() >= deadline:
        raise _Stop


def _solve(problem: _Problem, deadline, start, pool: Pool) -> Solution | None:
    n_districts = len(problem.districts)
    master = highs.ColumnMaster(n_districts + len(problem.workers))
    columns: list[tuple[_Worker, tuple[int, ...]]] = []
    seen: set[tuple[int, tuple[int, ...]]] = set()

    def add(worker: _Worker, chosen, cost: float) -> None:
        key = (worker.index, tuple(chosen))
        if key in seen:
            return
        seen.add(key)
        columns.append((worker, tuple(chosen)))
        master.add_column(cost, [*problem.rows_of(worker, chosen), n_districts + worker.index])
        pool.columns.add(problem.named(worker, chosen))

    for worker, chosen in problem.still_fitting(pool):
        add(worker, chosen, 0.0)
    known = _start_value(problem, start)
    if known is not None:
        # A known plan makes phase one end at once.
        for worker, chosen in problem.columns_of(start):
            add(worker, chosen, 0.0)
    # Phase 1: a fractional partition at all (artificial columns cost 1, real ones 0).
    multipliers = _generate(problem, master, add, deadline, phase_one=True)
    if master.objective() > 1e-9:
        if _infeasibility_proven(problem, multipliers):
            return Solution("infeasible", {})
        return None
    # Phase 2: the keeps; artificial columns are closed and columns get their cost.
    master.close_artificial()
    for k, (worker, chosen) in enumerate(columns):
        master.set_cost(k, -problem.value(worker, chosen))
    multipliers = _generate(problem, master, add, deadline, phase_one=False)
    bests = [w.best(_profits(w, multipliers))[0] for w in problem.workers]
    bound = float(multipliers.sum()) + sum(bests)

    # Guess the optimum a little below the bound and lower the guess until a
    # plan meets it; a known plan (the walk's start) is the lowest guess needed.
    gap = max(1.0, 0.002 * abs(bound))
    target = math.floor(bound + _SLACK) - gap
    while True:
        guess = known is None or target > known
        if not guess:
            target = known
        _check(deadline)
        enumerated = []
        for worker, best in zip(problem.workers, bests, strict=True):
            threshold = best - (bound - target) - _SLACK * max(1.0, abs(bound))
            found = worker.columns_above(_profits(worker, multipliers), threshold, COLUMN_LIMIT)
            if found is None or len(enumerated) + len(found) > COLUMN_LIMIT:
                return None
            enumerated += [(worker, chosen) for chosen in found]
        result = _best_partition(problem, enumerated, deadline)
        if result is not None and result[0] >= target - 0.5:
            return _solution(problem, result[1])
        if not guess:
            # A known plan has value ≥ target, and its columns were enumerated.
            return None
        target -= gap
        gap *= 2
        if target < 0:
            return None


def _profits(worker: _Worker, multipliers: np.ndarray) -> np.ndarray:
    return worker.keeps - multipliers[worker.items]


def _generate(problem: _Problem, master, add, deadline, *, phase_one: bool) -> np.ndarray:
    """Column generation until no column improves the LP; returns the district multipliers."""
    n_districts = len(problem.districts)
    while True:
        _check(deadline)
        master.solve()
        duals = master.duals()
        multipliers = -duals[:n_districts]
        per_worker = -duals[n_districts:]
        added = False
        for worker in problem.workers:
            values = -multipliers[worker.items] if phase_one else _profits(worker, multipliers)
            profit, chosen = worker.best(values)
            if profit <= _NEG / 2:
                continue
            if profit - per_worker[worker.index] > 1e-7:
                before = master.columns
                add(worker, chosen, 0.0 if phase_one else -problem.value(worker, chosen))
                added = added or master.columns > before
        if not added:
            return multipliers


def _infeasibility_proven(problem: _Problem, multipliers: np.ndarray) -> bool:
    """Σ_d u_d + Σ_w max_S(−u(S)) < 0 for these u: no partition exists (see the module doc)."""
    total = float(multipliers.sum())
    for worker in problem.workers:
        profit, _ = worker.best(-multipliers[worker.items])
        if profit <= _NEG / 2:
            return True  # this worker has no load within its window at all
        total += profit
    return total < -_SLACK * max(1.0, abs(float(multipliers.sum())))


def _start_value(problem: _Problem, start: dict[str, str] | None) -> float | None:
    """The keeps of the walk's start, when it is a partition within every window."""
    if start is None or set(start) != set(problem.districts):
        return None
    load = dict.fromkeys(problem.model.workers, 0)
    for district, worker in start.items():
        if worker not in load or worker not in problem.model.allowed[district]:
            return None
        load[worker] += problem.model.size[district]
    for worker in problem.workers:
        name = problem.model.workers[worker.index]
        if not worker.low <= load[name] <= worker.high:
            return None
    return float(sum(problem.model.keep.get(pair, 0) for pair in start.items()))


def _best_partition(problem: _Problem, columns, deadline):
    """(value, columns) of the best partition among ``columns``, or None if there is none."""
    if not columns:
        return None
    n_districts = len(problem.districts)
    rows = [
        [*problem.rows_of(worker, chosen), n_districts + worker.index] for worker, chosen in columns
    ]
    costs = [-problem.value(worker, chosen) for worker, chosen in columns]
    picked = highs.set_partition(
        costs,
        rows,
        n_districts + len(problem.workers),
        time_limit=None if deadline is None else deadline - time.monotonic(),
    )
    if picked == "time_limit":
        raise _Stop
    if picked is None:
        return None
    chosen = [columns[k] for k in picked]
    return sum(problem.value(w, c) for w, c in chosen), chosen


def _solution(problem: _Problem, chosen) -> Solution:
    assignment = {}
    for worker, items in chosen:
        name = problem.model.workers[worker.index]
        for row in problem.rows_of(worker, items):
            assignment[problem.districts[row]] = name
    kept = sum(problem.model.keep.get(pair, 0) for pair in assignment.items())
    return Solution("optimal", assignment, kept)
