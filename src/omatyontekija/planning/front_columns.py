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
programming over loads, :mod:`knapsack`). A plan of value ≥ T takes, for each
worker, a set whose profit is at least best_w(u) − (Lag(u) − T): otherwise
the others' profits could not make up the difference. So the plans of value
≥ T are exactly the set partitions among the columns above those thresholds,
and a small MILP over them (HiGHS) finds the best one. Column generation on
the LP relaxation finds good multipliers; exactness does not depend on how
good they are (any u gives a valid bound), only the number of columns does.

T is the value of a known plan: the walk's repaired start, or the best
partition among the columns generated so far. Without one, T is guessed
below the bound and lowered until a plan is found at or above it. When the
columns would be too many to enumerate, :func:`fewest_changes` says so
(:data:`TOO_MANY`) and the caller tries the assignment model instead
(slower near the most even plans, equally exact); if that cannot answer in
time either, the column method solves the step with raised limits, choosing
any number of workers district by district in the final MILP.
Infeasibility is proven the same way, with values 0: if for some u,
Σ_d u_d + Σ_w max_S (−u(S)) < 0, no partition exists.

The walk of the front solves this problem again and again with limits that
only shrink, so :class:`Columns` keeps the column generation's state from one
step to the next: the master LP with every column found so far (those
outside the new windows are closed by their bounds) and the last
multipliers, from which the next step's multipliers start (smoothed towards
them, after Wentges, which cuts the long tail of column generation).
:mod:`front_step` prices one step; :mod:`front_partition` solves the final MILPs.
"""

from __future__ import annotations

import math

import numpy as np

from omatyontekija.planning import highs
from omatyontekija.planning.front_model import Model, Solution
from omatyontekija.planning.front_partition import best_mixed, best_partition
from omatyontekija.planning.front_step import Step, Stop, check

# Enumerating more columns than this costs more than HiGHS's own search.
COLUMN_LIMIT = 60_000
# Cells (districts × workers × loads) of the pricing table, one byte each, at most.
TABLE_LIMIT = 200_000_000
# A worker with more columns than this is chosen district by district in the
# final MILP (at most COMPACT_LIMIT such workers; any number with ``raised``
# limits, when the assignment model could not answer the step either).
WORKER_LIMIT = 20_000
COMPACT_LIMIT = 2
# The status of a step whose columns would be too many (many sets of equal profit).
TOO_MANY = "too_many_columns"
# Round-off in sums of float multipliers stays far below this (values are client counts).
_SLACK = 1e-6
# Column generation stops when the bound is this close to the master LP:
# closing the last fraction of a client would not shrink the enumeration.
_CLOSE = 0.5
# Weight of the best multipliers so far in the smoothed ones (Wentges).
_SMOOTHING = 0.5
# Seconds the master's own best partition may take to supply an incumbent.
_INCUMBENT_TRY = 1.0
# HiGHS's presolve makes the mixed MILP two to four times faster (saved MILPs
# of limits 2 520-2 525 of the 100 000-client front, 8 000-26 000 columns:
# 20.7 -> 6.7, 12.4 -> 4.4, 10.2 -> 5.4 CPU s; one with six workers district
# by district unsolved at 172 s without, 32 s with), but on a larger one
# (limit 2 526, 39 574 columns) presolve alone ran far past its time limit.
# So presolve is on up to PRESOLVE_LIMIT columns, and always with raised
# limits (that step has no time limit of its own left).
_MIXED_OPTIONS = {"presolve": "off"}
_PRESOLVED_OPTIONS = {"presolve": "on"}
PRESOLVE_LIMIT = 30_000
# The enumeration's first target lies this much further below the bound than
# the last enumerated optimum did (see ``Columns.gap_seen``).
_GAP_MARGIN = 2.0
# After a target proven out of reach, the next lies this many times further below
# (the gap grows geometrically). The last target overshoots the optimum by up to
# (_GROWTH - 1) of the gap before it, and the columns grow fast with the overshoot:
# doubling put the most even step of the 10 000-client front 161 clients below its
# optimum (20 951 columns, a 5 s MILP); 1.5 puts it 45 below (6 926 columns, 1.6 s),
# for two more (small) MILPs proven out of reach on the way. Whole front: 8.7-9.4 s
# -> 4.5-5.7 s; the 100 000-client front at 60 s: 74 -> 76 points (one run each).
_GROWTH = 1.5


class Columns:
    """The column method's state for one model, kept across the steps of the walk."""

    def __init__(self, model: Model) -> None:
        self.model = model
        n_d, n_w = len(model.districts), len(model.workers)
        self.position = {d: i for i, d in enumerate(model.districts)}
        self.size = np.array([model.size[d] for d in model.districts], dtype=np.int64)
        self.keep = np.zeros((n_w, n_d))
        for j, worker in enumerate(model.workers):
            for row, district in enumerate(model.districts):
                self.keep[j, row] = model.keep.get((district, worker), 0)
        worker_index = {w: j for j, w in enumerate(model.workers)}
        allowed: list[list[int]] = [[] for _ in model.workers]
        for row, district in enumerate(model.districts):
            for worker in model.allowed[district]:
                allowed[worker_index[worker]].append(row)
        self.allowed_rows = allowed
        # Artificial columns cost more than any plan can keep: used only while
        # the real columns cannot cover every row yet.
        self.master = highs.ColumnMaster(n_d + n_w, artificial_cost=float(self.size.sum() + 1))
        self.keys: dict[tuple[int, tuple[int, ...]], int] = {}
        self.owner: list[int] = []
        self.members: list[tuple[int, ...]] = []
        self.load: list[int] = []
        self.value: list[float] = []
        self.center: np.ndarray | None = None
        # How far the last enumerated optimum lay below its bound: consecutive
        # steps of the walk have similar gaps, so the next enumeration first
        # tries a target that far below its own bound (None: no such step yet).
        self.gap_seen: float | None = None
        # The lowest target the last enumeration proved out of reach, with its
        # step's key: raised limits on the same step start below it.
        self.unreached: tuple[tuple[int, ...], float] | None = None

    # -- columns -----------------------------------------------------------

    def add(self, worker: int, rows: tuple[int, ...], step: Step) -> bool:
        """Add the column (open in this step); False if it was there already."""
        rows = tuple(sorted(rows))
        key = (worker, rows)
        if key in self.keys:
            return False
        self.keys[key] = len(self.owner)
        self.owner.append(worker)
        self.members.append(rows)
        load = int(self.size[list(rows)].sum()) if rows else 0
        self.load.append(load)
        value = float(self.keep[worker, list(rows)].sum()) if rows else 0.0
        self.value.append(value)
        n_d = len(self.size)
        self.master.add_column(-value, [*rows, n_d + worker])
        return True

    def open_columns(self, step: Step) -> np.ndarray:
        """Indices of the columns within this step's windows; the others are closed."""
        if not self.owner:
            return np.zeros(0, dtype=np.int64)
        owner = np.array(self.owner)
        load = np.array(self.load)
        fits = (load >= step.low[owner]) & (load <= step.high[owner])
        self.master.set_open(fits)
        return np.flatnonzero(fits)

    def columns_of(self, assignment: dict[str, str]) -> list[tuple[int, tuple[int, ...]]]:
        by_worker: dict[int, list[int]] = {j: [] for j in range(len(self.model.workers))}
        index = {w: j for j, w in enumerate(self.model.workers)}
        for district, worker in assignment.items():
            by_worker[index[worker]].append(self.position[district])
        return [(j, tuple(sorted(rows))) for j, rows in by_worker.items()]

    def start_value(self, step: Step, start: dict[str, str] | None) -> float | None:
        """The keeps of the walk's start, when it is a partition within every window."""
        model = self.model
        if start is None or set(start) != set(model.districts):
            return None
        if any(w not in model.allowed[d] for d, w in start.items() if w in self.model.workers):
            return None
        if any(w not in self.model.workers for w in start.values()):
            return None
        for j, rows in self.columns_of(start):
            load = int(self.size[list(rows)].sum()) if rows else 0
            if not step.low[j] <= load <= step.high[j]:
                return None
        return float(sum(model.keep.get(pair, 0) for pair in start.items()))

    def start_keeps(self, plan: dict[str, str]) -> int:
        return sum(self.model.keep.get(pair, 0) for pair in plan.items())

    # -- one step ----------------------------------------------------------

    def solve(
        self,
        limits: dict[str, int],
        deadline: float | None,
        start: dict[str, str] | None,
        ceiling: int | None = None,
        raised: bool = False,
    ) -> Solution | None:
        """The optimum under ``limits``; ``ceiling`` bounds it from above when known.

        With ``raised``, any number of workers may be chosen district by
        district in the final MILP: the answer is never :data:`TOO_MANY`.
        """
        top = max(limits.values(), default=0)
        if len(self.size) * len(self.model.workers) * (top + 1) > TABLE_LIMIT:
            return None  # loads too large for the pricing table: the assignment model
        step = Step(self.model, self.allowed_rows, self.size, self.keep, limits)
        if any(k.low > k.high for k in step.knapsacks):
            return Solution("infeasible", {})
        self.open_columns(step)
        known = self.start_value(step, start)
        known_plan = None
        if known is not None:
            for worker, rows in self.columns_of(start):
                self.add(worker, rows, step)
            known_plan = dict(start)
            if ceiling is not None and known >= ceiling:
                return _optimal(known_plan, known)
        bound, multipliers, bests = self._generate(step, deadline, known)
        # Values are never negative: a bound below 0 (or -inf) says there is no plan.
        if bound < -_SLACK:
            return Solution("infeasible", {})
        if known is None or _top(bound, ceiling) - known >= 1.0:
            # The master's own best partition: often the optimum, always a plan.
            found = self._incumbent(step, deadline, known_plan, (bound, multipliers, bests))
            if found is not None and (known is None or found[0] > known):
                known, known_plan = found
        if known is None and self._no_partition(step, deadline):
            return Solution("infeasible", {})
        return self._enumerate(
            step, bound, multipliers, bests, known, known_plan, deadline, ceiling, raised
        )

    def _open_mask(self, step: Step) -> np.ndarray:
        owner = np.array(self.owner)
        load = np.array(self.load)
        return (load >= step.low[owner]) & (load <= step.high[owner])

    def _generate(
        self,
        step: Step,
        deadline: float | None,
        known: float | None = None,
    ) -> tuple[float, np.ndarray, list[float]]:
        """Column generation, smoothed; returns the lowest bound found, its u and bests.

        The bound is -inf when some worker has no set within its window. It
        stops early once the bound proves ``known`` optimal (no whole value
        left between them).
        """
        n_d = step.n_districts
        best: tuple[float, np.ndarray, list[float]] | None = None
        if self.center is not None:
            bound, u, bests, sets = step.price(self.center)
            if bound == -math.inf:
                return bound, u, bests
            best = (bound, u, bests)
            for worker, found in enumerate(sets):
                for items in found:
                    self.add(worker, tuple(items), step)
        while True:
            check(deadline)
            self.master.solve()
            lp = -self.master.objective()
            duals = self.master.duals()
            u_lp = -duals[:n_d]
            v_lp = -duals[n_d:]
            if best is not None and best[0] - lp <= _CLOSE:
                break
            if best is not None and known is not None and _top(best[0], None) < known + 1:
                break
            smoothed = best is not None
            u = _SMOOTHING * best[1] + (1 - _SMOOTHING) * u_lp if smoothed else u_lp
            added, priced = self._price_and_add(step, u, u_lp, v_lp)
            if priced[0] == -math.inf:
                return priced
            if best is None or priced[0] < best[0]:
                best = priced
            if added:
                continue
            if smoothed:
                # Nothing new at the smoothed point: price at the LP's own duals.
                added, priced = self._price_and_add(step, u_lp, u_lp, v_lp)
                if priced[0] < best[0]:
                    best = priced
                if added:
                    continue
            break
        self.center = best[1]
        return best

    def _no_partition(self, step: Step, deadline: float | None) -> bool:
        """Whether even a fractional partition is impossible (phase one), proven by u.

        A master of its own: artificial columns cost 1, real ones 0; if its
        optimum stays above 0, the multipliers prove that no partition exists.
        """
        n_d = step.n_districts
        master = highs.ColumnMaster(n_d + len(self.model.workers))
        seen = set()
        for k in np.flatnonzero(self._open_mask(step)):
            seen.add((self.owner[k], self.members[k]))
            master.add_column(0.0, [*self.members[k], n_d + self.owner[k]])
        while True:
            check(deadline)
            master.solve()
            duals = master.duals()
            u, v = -duals[:n_d], -duals[n_d:]
            value, _, sets = step.feasibility(u)
            if value < -_SLACK * max(1.0, float(np.abs(u).sum())):
                return True
            added = False
            for worker, found in enumerate(sets):
                for items in found:
                    rows = tuple(sorted(items))
                    if (worker, rows) in seen or -float(u[list(rows)].sum()) - v[worker] <= 1e-7:
                        continue
                    seen.add((worker, rows))
                    master.add_column(0.0, [*rows, n_d + worker])
                    self.add(worker, rows, step)
                    added = True
            if not added:
                return False

    def _price_and_add(self, step: Step, u: np.ndarray, u_lp: np.ndarray, v_lp: np.ndarray):
        """Price at ``u``; add the sets that improve the LP at its duals (u_lp, v_lp).

        Returns whether any was added, and (bound, rounded u, bests) at ``u``.
        """
        bound, rounded, bests, sets = step.price(u)
        added = False
        for worker, found in enumerate(sets):
            for items in found:
                index = list(items)
                reduced = float((self.keep[worker, index] - u_lp[index]).sum()) - v_lp[worker]
                if reduced > 1e-7 and self.add(worker, tuple(items), step):
                    added = True
        return added, (bound, rounded, bests)

    def _incumbent(self, step: Step, deadline, start_plan, priced=None):
        """The best partition among the master's open columns within a short time, or None.

        With ``priced`` (bound, u, bests), only columns that can be part of a
        plan better than the start (their profit at u within the bound's gap
        of their worker's best), or, without a start, within a small gap.
        """
        open_ = np.flatnonzero(self._open_mask(step))
        least = None if start_plan is None else self.start_keeps(start_plan) + 1
        if priced is not None:
            bound, u, bests = priced
            room = bound - least if least is not None else max(1.0, 0.002 * abs(bound))
            room += _SLACK * max(1.0, abs(bound))
            open_ = [
                k
                for k in open_
                if bests[self.owner[k]] - (self.value[k] - float(u[list(self.members[k])].sum()))
                <= room
            ]
        columns = [(self.owner[k], self.members[k], self.value[k]) for k in open_]
        found = self._partition(columns, deadline, _INCUMBENT_TRY, start_plan, least)
        return None if found is None else found[:2]

    def _partition(self, columns, deadline, seconds, start_plan, least=None, options=None):
        """The best partition among ``columns`` (:func:`front_partition.best_partition`),
        started from ``start_plan`` when all its columns are among them."""
        start = None
        if columns and start_plan is not None:
            wanted = set(self.columns_of(start_plan))
            start = [i for i, (w, rows, _) in enumerate(columns) if (w, rows) in wanted]
            if len(start) != len(self.model.workers):
                start = None
        return best_partition(self.model, columns, deadline, seconds, start, least, options)

    def _mixed(self, step: Step, columns, compact, deadline, least, raised=False):
        """The best plan with the ``compact`` workers chosen district by district
        (:func:`front_partition.best_mixed`)."""
        presolved = raised or len(columns) <= PRESOLVE_LIMIT
        options = _PRESOLVED_OPTIONS if presolved else _MIXED_OPTIONS
        return best_mixed(
            self.model, self.size, self.keep, step, columns, compact, deadline, least, options
        )

    def _enumerate(
        self,
        step,
        bound,
        multipliers,
        bests,
        known,
        known_plan,
        deadline,
        ceiling=None,
        raised=False,
    ):
        """The optimum: ``known`` or a better plan among the columns that could beat it.

        Values are whole numbers, so a better plan keeps at least known + 1
        and a known plan within one of the bound is optimal. Without a known
        plan, 0 is the least value (no plan keeps fewer): if no partition
        exists among the columns that could reach 0, there is none.
        """
        ceiling = _top(bound, ceiling)
        compact_limit = len(step.knapsacks) if raised else COMPACT_LIMIT
        if known is not None and ceiling < known + 1:
            return _optimal(known_plan, known)
        least = 0.0 if known is None else known + 1
        # The multipliers stay: each worker's table serves every target.
        profits = [step.profits(w, multipliers) for w in range(len(step.knapsacks))]
        reaches = [k.reach(p) for k, p in zip(step.knapsacks, profits, strict=True)]
        plain_gap = max(1.0, 0.002 * abs(bound))
        gap, target = plain_gap, ceiling - plain_gap
        # First, targets from the last step's gap (fewer columns than at
        # ``least`` when that gap repeats), as long as they need no mixed MILP.
        # With raised limits, also with workers chosen district by district,
        # starting below what the step's first try proved out of reach.
        tentative = self.gap_seen is not None
        if tentative:
            gap = max(1.0, min(plain_gap, self.gap_seen + _GAP_MARGIN))
            target = min(ceiling, _top(bound, None) - gap)
            if raised and self.unreached is not None and self.unreached[0] == step.key:
                target = min(target, self.unreached[1] - gap)
        while True:
            guess = target > least
            if not guess:
                target = least
            check(deadline)
            columns, compact = [], []
            for worker, knapsack in enumerate(step.knapsacks):
                threshold = bests[worker] - (bound - target) - _SLACK * max(1.0, abs(bound))
                found = knapsack.above(
                    profits[worker],
                    threshold,
                    min(WORKER_LIMIT, COLUMN_LIMIT - len(columns)),
                    reaches[worker],
                )
                if found is None and len(compact) < compact_limit:
                    # Many sets of near-equal profit (a worker with few named
                    # clients): this worker's districts are chosen one by one.
                    compact.append((worker, threshold, profits[worker]))
                    continue
                if found is None:
                    # Too many: the best plan known so far, for the assignment model to start from.
                    return Solution(TOO_MANY, dict(known_plan or {}), round(known or 0))
                items, keeps = step.items[worker], step.keeps[worker]
                for chosen in found:
                    rows = tuple(sorted(int(items[i]) for i in chosen))
                    columns.append((worker, rows, float(keeps[list(chosen)].sum())))
            if compact and tentative and guess and not raised:
                # A mixed MILP is slow to prove that no plan reaches a target
                # (its relaxation is weak): back to the plain targets.
                tentative = False
                gap, target = plain_gap, ceiling - plain_gap
                continue
            # Only plans reaching the target matter: HiGHS cuts off the rest.
            if compact:
                found = self._mixed(step, columns, compact, deadline, target, raised)
            else:
                found = self._partition(columns, deadline, math.inf, None, target, highs.PROOF)
            if found is not None and found[0] >= target - 0.5:
                # Every plan at least as good as this one is among the columns.
                self.gap_seen = bound - found[0]
                return _optimal(found[1], found[0])
            if not guess:
                # Every plan keeping at least ``least`` is among the columns: there is none.
                if known is None:
                    return Solution("infeasible", {})
                self.gap_seen = bound - known
                return _optimal(known_plan, known)
            if found is not None and (known is None or found[0] > known):
                known, known_plan = found[0], found[1]
                least = known + 1
            # No plan reaches the target: every one that would is among the columns.
            self.unreached = (step.key, target)
            target -= gap
            gap *= _GROWTH


def _top(bound: float, ceiling: int | None) -> int:
    """The most any plan can keep: the bound's whole part, or ``ceiling`` if lower."""
    top = math.floor(bound + _SLACK) if bound > -math.inf else -1
    return top if ceiling is None else min(top, ceiling)


def _optimal(plan: dict[str, str], kept: float) -> Solution:
    return Solution("optimal", dict(plan), round(kept))


def fewest_changes(
    model: Model,
    limits: dict[str, int],
    deadline: float | None = None,
    start: dict[str, str] | None = None,
    columns: Columns | None = None,
    ceiling: int | None = None,
    raised: bool = False,
) -> Solution | None:
    """The exact answer of :func:`front_model.fewest_changes` for a model without neighbours.

    Status :data:`TOO_MANY` (with the best plan known, if any) when the
    columns to enumerate would be too many, unless ``raised`` (then any
    number of workers is chosen district by district), and None when HiGHS's LP
    interface is missing or loads are too large for the pricing table
    (:data:`TABLE_LIMIT`): the caller then solves the assignment model.
    ``columns`` carries the state of earlier solves of the same model.
    ``ceiling``, when given, is at least the optimum (the walk's last
    optimum, under looser limits): the search stops once a plan reaches it.
    """
    if not usable(model):
        return None
    try:
        return (columns or Columns(model)).solve(limits, deadline, start, ceiling, raised)
    except Stop:
        return Solution("time_limit", {})


def usable(model: Model) -> bool:
    """Whether the column method applies: no neighbours, and HiGHS's LP interface is there."""
    return model.neighbours is None and highs.has_lp()
