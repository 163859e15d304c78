"""The exact two-stage optimisation behind the planner (scipy.optimize.milp, i.e. HiGHS).

Only districts that have clients and are not pinned are decided here ("free"
districts); pinned districts are fixed and empty districts do not change any
load, so :mod:`omatyontekija.planning.propose` places those two kinds itself.

Variables: ``x[d, w]`` ∈ {0, 1} for each free district d and each worker w with
capacity c_w > 0 whose remaining capacity r_w = c_w − (clients in districts
pinned to w) can hold d at all (other pairs are left out, which is the same as
fixing them to 0). n_d is the number of clients in d and k_dw the number of
them whose named worker is w.

    Σ_w x[d, w] = 1                         every free district has one worker
    Σ_d n_d · x[d, w] ≤ r_w                  nobody exceeds capacity
    Σ_d n_d · x[d, w] ≤ L_w − p_w            nor a hard limit L_w below it (a legal cap)

Stage 1 maximises the clients who keep their named worker, K = Σ k_dw · x[d, w]
(changes = clients with a named worker − K − kept in pinned districts).
Stage 2 keeps K at its optimum K* (Σ k_dw · x[d, w] ≥ K*; K is an integer, so
the bound is K* − ½ to be safe against round-off) and minimises t, the
largest load/capacity ratio:

    Σ_d n_d · x[d, w] − c_w · t ≤ −p_w        for every w (p_w = pinned clients)

Both stages run with a relative MIP gap of 0, so HiGHS proves optimality; a
stop at the time limit is reported as such, never taken as an answer. Ratios
closer together than HiGHS's feasibility tolerance (about 1e-7) count as equal.

Stage 2 is a min-max partition problem and can be hard to *prove* when the
named workers leave much freedom (e.g. no client has a named worker yet: many
interchangeable workers). Two things help: t's lower bound is the smallest
ratio at which whole-client loads ⌊t·c_w⌋ can hold everyone (not just the LP's
total/Σc), and symmetric workers are left to HiGHS's own symmetry detection.
When the time limit still runs out in stage 2, the best plan found is returned
with the proven bound instead of nothing, since its changes are already proven
minimal.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

_OPTIMAL, _LIMIT, _INFEASIBLE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the solver found: ``assignment`` of the free districts when ``status`` is optimal."""

    status: str  # "optimal", "infeasible", "time_limit" or "failed"
    # With "time_limit", a non-empty assignment is a plan with proven fewest
    # changes whose balance is not proven; an empty one means no plan at all.
    assignment: dict[str, str]
    detail: str = ""
    # Proven lower bound on the largest load/capacity ratio of any plan with
    # the fewest changes (0 when unknown).
    ratio_bound: float = 0.0


@dataclass(frozen=True, slots=True)
class FreeProblem:
    """The part of a problem the solver decides; see the module docstring for the symbols."""

    districts: list[str]
    size: dict[str, int]
    keep: dict[tuple[str, str], int]
    capacity: dict[str, int]  # c_w of workers with c_w > 0
    pinned_load: dict[str, int]  # p_w
    # L_w of workers whose hard limit is below capacity (child protection's cap):
    # Σ_d n_d · x[d, w] ≤ L_w − p_w, whatever t is.
    max_clients: dict[str, int] = field(default_factory=dict)


def solve(problem: FreeProblem, time_limit: float | None = None) -> Outcome:
    """Assign every free district to one worker: fewest changes, then the most even load."""
    if not problem.districts:
        return Outcome("optimal", {})
    pairs = [
        (d, w)
        for d in problem.districts
        for w, c in problem.capacity.items()
        if problem.size[d] <= min(c, problem.max_clients.get(w, c)) - problem.pinned_load[w]
    ]
    deadline = None if time_limit is None else time.monotonic() + time_limit
    kept = np.array([problem.keep.get(pair, 0) for pair in pairs], dtype=float)
    structure = _structure(problem, pairs)

    first = _run(np.append(-kept, 0.0), structure, None, deadline)
    if first.status != _OPTIMAL:
        return _failure(first)
    best_kept = round(-first.fun)
    keep_row = LinearConstraint(np.append(kept, 0.0)[np.newaxis, :], best_kept - 0.5, np.inf)
    objective = np.zeros(len(pairs) + 1)
    objective[-1] = 1.0
    second = _run(objective, structure, keep_row, deadline)
    if second.status == _LIMIT:
        # Changes are proven minimal; the balance is not. Hand back the best
        # plan known (stage 1's plan also has the fewest changes) with the
        # proven bound, so the caller can show both and say it is unproven.
        incumbent = second.x if second.x is not None else first.x
        bound = max(structure.lower_t, getattr(second, "mip_dual_bound", None) or 0.0)
        return Outcome("time_limit", _chosen(pairs, incumbent), ratio_bound=bound)
    if second.status != _OPTIMAL:
        return _failure(second)
    return Outcome("optimal", _chosen(pairs, second.x), ratio_bound=second.fun)


def _chosen(pairs: list[tuple[str, str]], x: np.ndarray) -> dict[str, str]:
    return {d: w for (d, w), value in zip(pairs, x[:-1], strict=True) if value > 0.5}


@dataclass(frozen=True, slots=True)
class _Structure:
    constraints: list[LinearConstraint]
    lower_t: float


def _structure(problem: FreeProblem, pairs: list[tuple[str, str]]) -> _Structure:
    """The constraints shared by both stages; the last variable is t (unused in stage 1)."""
    n_vars = len(pairs) + 1
    district_row = {d: i for i, d in enumerate(problem.districts)}
    workers = list(problem.capacity)
    worker_row = {w: i for i, w in enumerate(workers)}
    columns = np.arange(len(pairs))

    one_worker = coo_array(
        (
            np.ones(len(pairs)),
            ([district_row[d] for d, _ in pairs], columns),
        ),
        shape=(len(problem.districts), n_vars),
    )
    capacity = np.array([problem.capacity[w] for w in workers], dtype=float)
    pinned = np.array([problem.pinned_load[w] for w in workers], dtype=float)
    rows = [worker_row[w] for _, w in pairs] + list(range(len(workers)))
    cols = list(columns) + [n_vars - 1] * len(workers)
    values = [float(problem.size[d]) for d, _ in pairs] + list(-capacity)
    # One row per worker serves both stages: load − c_w·t ≤ −p_w with t ≤ 1
    # is the capacity limit, and minimising t evens the load.
    load = coo_array((values, (rows, cols)), shape=(len(workers), n_vars))
    # problem.size covers every district; only the free ones are still to place.
    total = sum(problem.size[d] for d in problem.districts) + int(pinned.sum())
    lower_t = max(_rounded_lower_bound(total, problem.capacity), float((pinned / capacity).max()))
    constraints = [
        LinearConstraint(one_worker.tocsr(), 1.0, 1.0),
        LinearConstraint(load.tocsr(), -np.inf, -pinned),
    ]
    if problem.max_clients:
        constraints.append(_hard_limits(problem, pairs, worker_row, n_vars))
    return _Structure(constraints, lower_t)


def _hard_limits(problem: FreeProblem, pairs, worker_row, n_vars: int) -> LinearConstraint:
    """Σ_d n_d · x[d, w] ≤ L_w − p_w for the workers with a hard limit below capacity."""
    capped = [w for w in worker_row if w in problem.max_clients]
    row_of = {w: i for i, w in enumerate(capped)}
    chosen = [(i, d, w) for i, (d, w) in enumerate(pairs) if w in row_of]
    matrix = coo_array(
        (
            [float(problem.size[d]) for _, d, _ in chosen],
            ([row_of[w] for _, _, w in chosen], [i for i, _, _ in chosen]),
        ),
        shape=(len(capped), n_vars),
    )
    upper = [float(problem.max_clients[w] - problem.pinned_load[w]) for w in capped]
    return LinearConstraint(matrix.tocsr(), -np.inf, np.array(upper))


def _rounded_lower_bound(total: int, capacity: dict[str, int]) -> float:
    """The smallest ratio t at which whole-client loads ⌊t·c_w⌋ can hold ``total`` clients.

    Loads are integers, so no plan has a largest ratio below this; the LP
    relaxation alone only knows total/Σc. When a plan reaches this bound,
    HiGHS has its proof at once, which is what makes balancing many equal
    workers (no named workers to tell them apart) provable in time.
    """
    t = Fraction(total, sum(capacity.values()))
    while sum(t.numerator * c // t.denominator for c in capacity.values()) < total:
        # The next ratio at which some worker can take one more client.
        t = min(Fraction(t.numerator * c // t.denominator + 1, c) for c in capacity.values())
    return float(t)


def _run(objective, structure: _Structure, extra, deadline):
    options: dict[str, float] = {"mip_rel_gap": 0.0}
    if deadline is not None:
        options["time_limit"] = max(deadline - time.monotonic(), 0.0)
    lower = np.zeros(len(objective))
    upper = np.ones(len(objective))
    lower[-1] = min(structure.lower_t, 1.0)
    integrality = np.ones(len(objective))
    integrality[-1] = 0
    constraints = [*structure.constraints, *([extra] if extra is not None else [])]
    return milp(
        objective,
        integrality=integrality,
        bounds=Bounds(lower, upper),
        constraints=constraints,
        options=options,
    )


def _failure(result) -> Outcome:
    if result.status == _INFEASIBLE:
        return Outcome("infeasible", {})
    if result.status == _LIMIT:
        return Outcome("time_limit", {})
    return Outcome("failed", {}, detail=str(result.message))
