"""The trade-off front: every area division that cannot be improved in one measure
without getting worse in the other.

The two measures are the number of named-worker changes and the largest
load ratio (a worker's clients over their capacity). Capacity is the scale of
the ratio here, not a hard limit: the supervisor chooses how high the largest
ratio may go ("nobody above N % of capacity"), and a ratio above 1 is a plan
that overloads someone, which the front shows rather than hides. A worker's
``max_clients`` (child protection's cap of 30) is a hard limit instead: every
load limit below is capped by it, the first solve included, so no point passes it.

The front is computed exactly by the ε-constraint method over the largest
load. Let f(r) be the fewest changes of any plan whose largest ratio is below
r (one exact MILP, :func:`front_model.fewest_changes`). Starting with no
limit, each step solves f just below the largest ratio a of the plan found
last; if the changes did not grow, that plan has the same changes and a
smaller ratio and replaces the last point, otherwise the last point is proven
(no plan with its changes or fewer has a smaller ratio) and a new point
begins. The walk stops when no plan has a smaller ratio. Ratios are exact
fractions throughout; ties in ratio are equal points, never two.

Between two solves, cheap moves of districts that keep the number of changes
lower the largest ratio, so that fewer solves are spent on one point.
Exactness does not depend on them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

from omatyontekija.planning.aggregate import Counts, count
from omatyontekija.planning.feasibility import limit_reasons
from omatyontekija.planning.messages import Message
from omatyontekija.planning.problem import PlanningProblem
from omatyontekija.planning.validation import InvalidProblem, validate

if TYPE_CHECKING:
    from omatyontekija.planning.front_model import Solution


@dataclass(frozen=True, slots=True)
class FrontPoint:
    """One plan on the front: its measures and the worker of every district."""

    changes: int
    max_load_ratio: Fraction
    assignment: dict[str, str]
    caseloads: dict[str, int]


@dataclass(frozen=True, slots=True)
class Front:
    """The front ordered by changes (ratios falling), and whether areas are connected."""

    status: str  # "optimal", "infeasible" or "time_limit"
    points: tuple[FrontPoint, ...] = ()
    # True when neighbours were known and every area is connected.
    connected: bool = False
    reasons: tuple[Message, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.status == "optimal"


TOLERANCE = Fraction(1, 10**9)
# Seconds the assignment model gets before a step is handed to the column method
# (0: columns from the first limited step on).
ASSIGNMENT_TRY = 0.3
# Seconds the column method gets a step; if it cannot answer, the assignment
# model gets as long, then the column method the rest (_Planner.column_miss).
# Near the most even plans of 100 000 clients most steps take 1-15 s by
# columns, one 70 s, where the assignment model takes minutes.
COLUMN_TRY = 30.0
# Steps in a row the assignment model may answer where the column method did
# not in COLUMN_TRY before the walk stays with the assignment model for good
# (on instances where columns do not pay). One slow step alone does not say
# the next ones will be slow.
COLUMN_MISSES = 2


class _TimeLimit(Exception):
    pass


class _Planner:
    """The fixed parts of one problem: counts, the model, and exact measures of a plan."""

    def __init__(self, problem: PlanningProblem) -> None:
        from omatyontekija.planning.front_model import Model

        self.problem = problem
        self.counts: Counts = count(problem)
        counts = self.counts
        self.workers = counts.open_workers()
        self.connected = problem.neighbours is not None
        if self.connected:
            decided = list(problem.districts)
        else:
            # Without neighbours an empty district changes nothing: placed afterwards.
            decided = [d for d in problem.districts if counts.size[d] > 0]
        allowed = {
            d: [problem.pinned[d]] if d in problem.pinned else list(self.workers) for d in decided
        }
        # A district pinned to a worker without capacity has no one to go to.
        allowed = {
            d: [w for w in ws if w in counts.capacity and counts.capacity[w] > 0]
            for d, ws in allowed.items()
        }
        edges = None
        if self.connected:
            edges = sorted(
                {tuple(sorted(pair)) for pair in problem.neighbours if pair[0] != pair[1]}
            )
        self.model = Model(decided, counts.size, counts.keep, self.workers, allowed, edges)
        self.order = {w: i for i, w in enumerate(self.workers)}
        self.hard = {w: counts.max_clients[w] for w in self.workers if w in counts.max_clients}
        # The column method's state, kept across the walk's steps (made when first used).
        self.columns = None
        self.columns_first = False
        self.columns_off = False
        # Steps in a row the assignment model answered where columns ran out of COLUMN_TRY.
        self.column_misses = 0
        # Whether the assignment model has run out of COLUMN_TRY on a step the columns
        # could not answer: the limits only shrink, so it will not answer a later one.
        self.assignment_out_of_time = False

    def capped(self, limits: dict[str, int]) -> dict[str, int]:
        """``limits`` with each worker's hard limit (max_clients) applied."""
        return {w: min(limit, self.hard.get(w, limit)) for w, limit in limits.items()}

    def first_limits(self) -> dict[str, int] | None:
        """The limits of the walk's first solve: none, or the hard limits alone."""
        if not self.hard:
            return None
        total = self.counts.total_clients
        return self.reachable(self.capped(dict.fromkeys(self.workers, total)))

    def limits_below(self, ratio: Fraction) -> dict[str, int]:
        """The largest load of each worker below ``ratio`` of capacity that districts can make."""
        p, q = ratio.numerator, ratio.denominator
        limits = {w: (p * self.counts.capacity[w] - 1) // q for w in self.workers}
        return self.reachable(self.capped(limits))

    def limits_at_most(self, ratio: Fraction) -> dict[str, int]:
        p, q = ratio.numerator, ratio.denominator
        return self.reachable(
            self.capped({w: p * self.counts.capacity[w] // q for w in self.workers})
        )

    def reachable(self, limits: dict[str, int]) -> dict[str, int]:
        """Each limit lowered to the largest sum of whole districts at most that limit.

        A load is always such a sum, so this cuts no plan; it tightens what
        the solver's relaxation sees, and often proves at once that the
        limits cannot hold every client.
        """
        tight = {}
        for worker, limit in limits.items():
            if limit < 0:
                tight[worker] = limit
                continue
            mask = (1 << (limit + 1)) - 1
            sums = 1
            for district in self.model.districts:
                if worker in self.model.allowed[district]:
                    sums = (sums | (sums << self.counts.size[district])) & mask
            tight[worker] = sums.bit_length() - 1
        return tight

    def holds_everyone(self, limits: dict[str, int]) -> bool:
        decided = sum(self.counts.size[d] for d in self.model.districts)
        return sum(max(limit, 0) for limit in limits.values()) >= decided

    def solve(
        self,
        limits: dict[str, int] | None,
        deadline: float | None,
        previous: dict[str, str] | None = None,
        ceiling: int | None = None,
    ) -> dict[str, str] | None:
        """The plan with the fewest changes within ``limits`` (None: there is none).

        ``ceiling`` is the most named workers any plan within ``limits`` can
        keep, when known: the walk's limits only shrink, so the optimum of
        the step before bounds this one. A start that keeps that many is
        optimal without any solver.

        Two exact methods: the assignment model, fast while the limits leave
        room, and the column method (:mod:`front_columns`), fast near the most
        even plans, where the assignment model's bound is weak. The assignment
        model gets a short try first; once it has run out of that time, the
        walk stays with columns, since its limits only get tighter. A step the
        column method cannot answer in its own time (COLUMN_TRY), or whose
        columns are too many to enumerate, goes to the assignment model for
        COLUMN_TRY, then back to columns without a time limit and with their
        enumeration limits raised (:meth:`column_miss`); the next step tries
        columns again, unless the assignment model answered where they ran
        out of time COLUMN_MISSES steps in a row.
        """
        from omatyontekija.planning import front_columns
        from omatyontekija.planning.front_model import fewest_changes

        if deadline is not None and time.monotonic() >= deadline:
            raise _TimeLimit
        start = None
        if previous is not None and limits is not None:
            start = self.repaired(previous, limits)
        if start is not None and ceiling is not None and self.kept(start) >= ceiling:
            return start
        solution = None
        if limits is not None and not self.columns_first and ASSIGNMENT_TRY > 0:
            short = time.monotonic() + ASSIGNMENT_TRY
            if deadline is None or short < deadline:
                solution = fewest_changes(self.model, limits, short, start)
                if solution.status == "time_limit":
                    start = start or solution.assignment or None
                    solution = None
                    self.columns_first = True
        if solution is None and limits is not None and not self.columns_off:
            short = time.monotonic() + COLUMN_TRY
            if self.columns is None and front_columns.usable(self.model):
                self.columns = front_columns.Columns(self.model)
            solution = front_columns.fewest_changes(
                self.model,
                limits,
                short if deadline is None else min(short, deadline),
                start,
                self.columns,
                ceiling,
            )
            if solution is not None and solution.status == front_columns.TOO_MANY:
                # Sets of equal profit abound in this step (loose limits): the
                # assignment model tries it, from the best plan the columns knew,
                # then the columns with their enumeration limits raised. No miss
                # of the columns: they were not out of time.
                start = solution.assignment or start
                solution = self.column_miss(limits, deadline, start, ceiling, miss=False)
            elif solution is None:
                # Columns do not apply to this model: the assignment model from now on.
                self.columns_off = True
            elif solution.status == "time_limit" and (deadline is None or short < deadline):
                start = solution.assignment or start
                solution = self.column_miss(limits, deadline, start, ceiling)
            else:
                self.column_misses = 0
        if solution is None:
            solution = fewest_changes(self.model, limits, deadline, start)
        if solution.status == "time_limit":
            # A plan found but not proven is no point of the front.
            raise _TimeLimit
        if solution.status != "optimal":
            return None
        return solution.assignment

    def column_miss(
        self,
        limits: dict[str, int],
        deadline: float | None,
        start: dict[str, str] | None,
        ceiling: int | None,
        miss: bool = True,
    ) -> Solution | None:
        """A step the column method could not answer (None: solve it otherwise).

        The column method ran out of COLUMN_TRY (``miss``) or found too many
        columns to enumerate (:data:`front_columns.TOO_MANY`). The assignment
        model gets COLUMN_TRY. If it answers, a ``miss`` counts against the
        columns; if it cannot answer either, the column method goes on (its
        columns kept, its enumeration limits raised so that it answers) to
        the deadline: near the most even plans it needs over a minute for
        some steps where the assignment model needs many. Once the assignment
        model has run out of its try, later steps skip it: their limits are
        tighter, where it is slower still (near the most even plans of 100 000
        clients it answered no such step in any trace, 30 s each).
        """
        from omatyontekija.planning import front_columns
        from omatyontekija.planning.front_model import fewest_changes

        if not self.assignment_out_of_time:
            short = time.monotonic() + COLUMN_TRY
            solution = fewest_changes(
                self.model, limits, short if deadline is None else min(short, deadline), start
            )
            if solution.status != "time_limit" or (deadline is not None and short >= deadline):
                if miss and solution.status != "time_limit":
                    self.column_misses += 1
                    if self.column_misses >= COLUMN_MISSES:
                        self.columns_off = True
                return solution
            start = start or solution.assignment or None
            self.assignment_out_of_time = True
        self.column_misses = 0
        return front_columns.fewest_changes(
            self.model, limits, deadline, start, self.columns, ceiling, raised=True
        )

    def complete(self, decided: dict[str, str]) -> dict[str, str]:
        """Every district with a worker: the empty ones go where the load ratio is lowest."""
        assignment = dict(decided)
        load = self.loads(assignment)
        held = dict.fromkeys(self.workers, 0)
        for worker in assignment.values():
            held[worker] += 1
        for district in self.problem.districts:
            if district in assignment:
                continue
            worker = self.problem.pinned.get(district)
            if worker is None or self.counts.capacity.get(worker, 0) == 0:
                worker = min(
                    self.workers,
                    key=lambda w: (
                        Fraction(load[w], self.counts.capacity[w]),
                        held[w],
                        self.order[w],
                    ),
                )
            assignment[district] = worker
            held[worker] += 1
        return {d: assignment[d] for d in self.problem.districts}

    def loads(self, assignment: dict[str, str]) -> dict[str, int]:
        load = dict.fromkeys(self.workers, 0)
        for district, worker in assignment.items():
            load[worker] += self.counts.size[district]
        return load

    def ratio(self, assignment: dict[str, str]) -> Fraction:
        load = self.loads(assignment)
        return max(
            (Fraction(load[w], self.counts.capacity[w]) for w in self.workers), default=Fraction(0)
        )

    def kept(self, decided: dict[str, str]) -> int:
        """Named workers kept by ``decided``."""
        return sum(self.counts.keep.get(pair, 0) for pair in decided.items())

    def changes(self, assignment: dict[str, str]) -> int:
        kept = sum(self.counts.keep.get(pair, 0) for pair in assignment.items())
        return self.counts.named - kept

    def point(self, decided: dict[str, str]) -> FrontPoint:
        assignment = self.complete(decided)
        return FrontPoint(
            self.changes(assignment), self.ratio(assignment), assignment, self.loads(assignment)
        )

    def lowest_ratio(self) -> Fraction:
        """No plan's largest ratio is below this: whole loads must hold every client."""
        capacity = [self.counts.capacity[w] for w in self.workers]
        total = self.counts.total_clients
        if not capacity or total == 0:
            return Fraction(0)
        t = Fraction(total, sum(capacity))
        while sum(t.numerator * c // t.denominator for c in capacity) < total:
            t = min(Fraction(t.numerator * c // t.denominator + 1, c) for c in capacity)
        pinned = max(
            (Fraction(self.counts.pinned_load[w], self.counts.capacity[w]) for w in self.workers),
            default=Fraction(0),
        )
        return max(t, pinned)

    def repaired(self, decided: dict[str, str], limits: dict[str, int]) -> dict[str, str] | None:
        """``decided`` made to fit ``limits`` (:mod:`front_repair`); None when that gets stuck."""
        if self.connected:
            return None
        from omatyontekija.planning.front_repair import repaired

        assignment = {d: w for d, w in decided.items() if d in self.model.allowed}
        return repaired(
            assignment,
            limits,
            self.counts.size,
            self.counts.keep,
            self.workers,
            set(self.problem.pinned),
        )

    def improve(self, decided: dict[str, str]) -> dict[str, str]:
        """Move districts off the most loaded worker while changes do not grow (a heuristic)."""
        if self.connected:
            return decided
        assignment = dict(decided)
        load = self.loads(assignment)
        cap = self.counts.capacity
        keep = self.counts.keep
        for _ in range(10 * len(assignment) + 10):
            top = max(self.workers, key=lambda w: Fraction(load[w], cap[w]))
            top_ratio = Fraction(load[top], cap[top])
            best = None
            for district, worker in assignment.items():
                if worker != top or district in self.problem.pinned:
                    continue
                n = self.counts.size[district]
                here = keep.get((district, top), 0)
                for other in self.workers:
                    if other == top or keep.get((district, other), 0) < here:
                        continue
                    if load[other] + n > self.hard.get(other, load[other] + n):
                        continue
                    new = Fraction(load[other] + n, cap[other])
                    if new < top_ratio and (best is None or new < best[0]):
                        best = (new, district, other)
            if best is None:
                break
            _, district, other = best
            n = self.counts.size[district]
            load[top] -= n
            load[other] += n
            assignment[district] = other
        return assignment


def _checked(problem: PlanningProblem) -> _Planner:
    issues = validate(problem)
    if issues:
        raise InvalidProblem(issues)
    return _Planner(problem)


def _no_worker(planner: _Planner) -> Front | None:
    if not planner.workers and planner.problem.districts:
        reason = Message.of("no_worker_with_capacity", districts=len(planner.problem.districts))
        return Front("infeasible", connected=planner.connected, reasons=(reason,))
    zero = [
        Message.of("pinned_to_zero_capacity", district=d, worker=w)
        for d, w in planner.problem.pinned.items()
        if planner.counts.capacity[w] == 0
    ]
    if zero:
        return Front("infeasible", connected=planner.connected, reasons=tuple(zero))
    if planner.hard:
        limits = {w: planner.hard.get(w) for w in planner.workers}
        reasons = limit_reasons(planner.problem, planner.counts, limits)
        if reasons:
            return Front("infeasible", connected=planner.connected, reasons=tuple(reasons))
    return None


def _walk(
    planner: _Planner, limits: dict[str, int] | None, deadline: float | None
) -> Iterator[FrontPoint]:
    """Proven front points from the first limit on, in order of changes (see the module doc)."""
    floor = planner.lowest_ratio()
    decided = planner.solve(limits, deadline)
    if decided is None:
        return
    decided = planner.improve(decided)
    current = planner.point(decided)
    while True:
        if current.max_load_ratio <= floor:
            yield current
            return
        limits = planner.limits_below(current.max_load_ratio)
        if not planner.holds_everyone(limits):
            yield current
            return
        # These limits are tighter than the last ones: no plan keeps more than its optimum.
        decided = planner.solve(limits, deadline, decided, planner.kept(decided))
        if decided is None:
            yield current
            return
        decided = planner.improve(decided)
        found = planner.point(decided)
        if found.changes > current.changes:
            yield current
        current = found


def trade_off_front(problem: PlanningProblem, *, time_limit: float | None = None) -> Front:
    """Every Pareto-optimal (changes, largest load ratio) plan of ``problem``, proven by HiGHS."""
    planner = _checked(problem)
    if (failure := _no_worker(planner)) is not None:
        return failure
    deadline = None if time_limit is None else time.monotonic() + time_limit
    points: list[FrontPoint] = []
    try:
        for point in _walk(planner, planner.first_limits(), deadline):
            points.append(point)
    except _TimeLimit:
        reason = Message.of("time_limit", seconds=time_limit)
        return Front("time_limit", tuple(points), planner.connected, (reason,))
    if not points:
        reason = Message.of("no_plan_within_limits") if planner.hard else _no_connected_plan()
        return Front("infeasible", (), planner.connected, (reason,))
    return Front("optimal", tuple(points), planner.connected)


def fewest_changes_within(
    problem: PlanningProblem, max_load: Fraction, *, time_limit: float | None = None
) -> Front:
    """The plan with the fewest changes whose largest load ratio is at most ``max_load``.

    Among such plans the one with the smallest largest ratio: the front point
    that meets the target. The answer is a front of that one point (or none).
    """
    planner = _checked(problem)
    if (failure := _no_worker(planner)) is not None:
        return failure
    deadline = None if time_limit is None else time.monotonic() + time_limit
    # A limit written as a decimal (0.9047109207708779, say, copied from --front)
    # may fall a hair below the exact ratio it names; ratios of whole loads over
    # capacities below 30 000 differ by more than 1e-9, so this tolerance joins
    # no two distinct ratios.
    max_load = Fraction(max_load) + TOLERANCE
    if max_load < planner.lowest_ratio():
        return Front("infeasible", (), planner.connected, (_below_lowest(planner, max_load),))
    try:
        first = next(_walk(planner, planner.limits_at_most(max_load), deadline), None)
        # Within the target there is none; say whether the hard limits alone allow any plan.
        capped_out = (
            first is None
            and bool(planner.hard)
            and planner.solve(planner.first_limits(), deadline) is None
        )
    except _TimeLimit:
        reason = Message.of("time_limit", seconds=time_limit)
        return Front("time_limit", (), planner.connected, (reason,))
    if first is None:
        reason = (
            Message.of("no_plan_within_limits") if capped_out else _below_lowest(planner, max_load)
        )
        return Front("infeasible", (), planner.connected, (reason,))
    return Front("optimal", (first,), planner.connected)


def _below_lowest(planner: _Planner, max_load: Fraction) -> Message:
    return Message.of(
        "no_plan_within_load",
        percent=f"{float(max_load - TOLERANCE) * 100:g}",
        clients=planner.counts.total_clients,
        capacity=planner.counts.total_capacity,
    )


def _no_connected_plan() -> Message:
    return Message.of("no_connected_plan")
