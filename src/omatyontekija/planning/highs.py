"""HiGHS as scipy ships it, with a starting solution.

``scipy.optimize.milp`` cannot be given a known plan to start from; the front
walk always has one (the previous point, repaired to the new load limits),
and HiGHS prunes far more of its search with it. scipy bundles the HiGHS
bindings it uses itself (``scipy.optimize._highspy``); this module calls them
directly. If that private module ever moves, :func:`solve` falls back to
``milp`` without the start: slower, equally exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csc_array

try:  # pragma: no cover - exercised by whichever scipy is installed
    from scipy.optimize._highspy import _core as _h
except ImportError:  # pragma: no cover
    _h = None


# Options for a set-partition MILP whose answer must be proven rather than
# found: HiGHS's sub-MIP heuristics (RINS, RENS, root reduced cost,
# feasibility jump) off, presolve on. On the four saved final MILPs of the
# 100 000-client front's last steps (20 000-29 000 columns, 2-core VM) they
# took 5.1-6.2 CPU seconds against 7.8-10.2 s with the defaults: the
# heuristics ran sub-MIPs after every restart, while presolve and the root's
# reduced-cost fixing do the proving.
PROOF = {
    "mip_heuristic_effort": 0.0,
    "mip_heuristic_run_rins": False,
    "mip_heuristic_run_rens": False,
    "mip_heuristic_run_root_reduced_cost": False,
    "mip_heuristic_run_feasibility_jump": False,
}


@dataclass(frozen=True, slots=True)
class Result:
    status: str  # "optimal", "infeasible", "time_limit" or "failed"
    x: np.ndarray | None = None


def solve(
    cost: np.ndarray,
    matrix: csc_array,
    lower_rows: np.ndarray,
    upper_rows: np.ndarray,
    upper: np.ndarray,
    integrality: np.ndarray,
    *,
    time_limit: float | None = None,
    start: np.ndarray | None = None,
    cutoff: float | None = None,
    options: dict | None = None,
) -> Result:
    """Minimise ``cost·x`` subject to rows and 0 ≤ x ≤ upper, to a proven optimum (gap 0).

    With ``cutoff``, only solutions costing less count: "infeasible" then
    means none does (HiGHS prunes everything above it at once).
    """
    if _h is None:
        # Without the cutoff: the optimum, which the caller compares with it.
        return _with_milp(cost, matrix, lower_rows, upper_rows, upper, integrality, time_limit)
    matrix = csc_array(matrix)
    matrix.sort_indices()
    n_rows, n_cols = matrix.shape
    lp = _h.HighsLp()
    lp.num_col_ = n_cols
    lp.num_row_ = n_rows
    lp.a_matrix_.num_col_ = n_cols
    lp.a_matrix_.num_row_ = n_rows
    lp.a_matrix_.format_ = _h.MatrixFormat.kColwise
    lp.col_cost_ = np.asarray(cost, dtype=float)
    lp.col_lower_ = np.zeros(n_cols)
    lp.col_upper_ = np.asarray(upper, dtype=float)
    lp.row_lower_ = np.asarray(lower_rows, dtype=float)
    lp.row_upper_ = np.asarray(upper_rows, dtype=float)
    lp.a_matrix_.start_ = matrix.indptr
    lp.a_matrix_.index_ = matrix.indices
    lp.a_matrix_.value_ = matrix.data.astype(float)
    lp.integrality_ = [_h.HighsVarType(int(i)) for i in integrality]
    highs = _h._Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("mip_rel_gap", 0.0)
    # Objectives are whole numbers of clients: a gap below one proves the optimum.
    highs.setOptionValue("mip_abs_gap", 0.5)
    if time_limit is not None:
        highs.setOptionValue("time_limit", max(float(time_limit), 0.0))
    if cutoff is not None:
        highs.setOptionValue("objective_bound", float(cutoff))
    for name, value in (options or {}).items():
        highs.setOptionValue(name, value)
    highs.passModel(lp)
    if start is not None:
        solution = _h.HighsSolution()
        solution.value_valid = True
        solution.col_value = np.asarray(start, dtype=float)
        highs.setSolution(solution)
    highs.run()
    status = highs.getModelStatus()
    if status == _h.HighsModelStatus.kOptimal:
        return Result("optimal", np.array(highs.getSolution().col_value))
    if status == _h.HighsModelStatus.kInfeasible:
        return Result("infeasible")
    if status == _h.HighsModelStatus.kTimeLimit:
        # The best plan found so far, if any: a start for another method.
        found = highs.getInfo().primal_solution_status == 2  # feasible
        return Result("time_limit", np.array(highs.getSolution().col_value) if found else None)
    return Result("failed")


def _with_milp(cost, matrix, lower_rows, upper_rows, upper, integrality, time_limit) -> Result:
    options: dict[str, float] = {"mip_rel_gap": 0.0}
    if time_limit is not None:
        options["time_limit"] = max(time_limit, 0.0)
    result = milp(
        cost,
        integrality=integrality,
        bounds=Bounds(np.zeros(len(cost)), upper),
        constraints=[LinearConstraint(matrix, lower_rows, upper_rows)],
        options=options,
    )
    if result.status == 0:
        return Result("optimal", result.x)
    if result.status == 2:
        return Result("infeasible")
    if result.status == 1:
        return Result("time_limit")
    return Result("failed")


def has_lp() -> bool:
    """Whether HiGHS's own interface (columns added one by one, duals) is available."""
    return _h is not None


class ColumnMaster:
    """An LP "every row covered exactly once" built column by column, for column generation.

    Every row has an artificial column of cost ``artificial_cost``, so the LP
    is feasible before the real columns can cover every row (big M: its
    duals still price useful columns). Rows are equalities with right-hand
    side 1. Columns can be closed (bounds 0) and opened again; the LP is
    re-solved warm from the last basis.
    """

    def __init__(self, n_rows: int, artificial_cost: float = 1.0) -> None:
        self._highs = _h._Highs()
        self._highs.setOptionValue("output_flag", False)
        # Re-solved after each round of new columns: warm from the last basis.
        self._highs.setOptionValue("presolve", "off")
        self._highs.setOptionValue("solver", "simplex")
        ones = np.ones(n_rows)
        self._highs.addRows(
            n_rows, ones, ones, 0, np.array([0]), np.array([], dtype=np.int32), np.array([])
        )
        self.n_rows = n_rows
        for row in range(n_rows):
            self._highs.addCol(
                float(artificial_cost), 0.0, np.inf, 1, np.array([row], dtype=np.int32), np.ones(1)
            )
        self.columns = 0
        self._open = np.zeros(0, dtype=bool)

    def add_column(self, cost: float, rows: list[int]) -> None:
        index = np.array(sorted(rows), dtype=np.int32)
        self._highs.addCol(float(cost), 0.0, np.inf, len(index), index, np.ones(len(index)))
        self.columns += 1
        self._open = np.append(self._open, True)

    def set_open(self, is_open: np.ndarray) -> None:
        """Open exactly the columns (in order of addition) where ``is_open`` is true."""
        is_open = np.asarray(is_open, dtype=bool)
        changed = np.flatnonzero(is_open != self._open)
        if len(changed):
            upper = np.where(is_open[changed], np.inf, 0.0)
            self._highs.changeColsBounds(
                len(changed),
                (changed + self.n_rows).astype(np.int32),
                np.zeros(len(changed)),
                upper,
            )
            self._open = is_open.copy()

    def solve(self) -> None:
        self._highs.run()
        if self._highs.getModelStatus() != _h.HighsModelStatus.kOptimal:
            raise RuntimeError("the column master LP did not solve")

    def objective(self) -> float:
        return float(self._highs.getInfo().objective_function_value)

    def duals(self) -> np.ndarray:
        return np.array(self._highs.getSolution().row_dual)


@dataclass(frozen=True, slots=True)
class Partition:
    status: str  # "optimal", "infeasible", "time_limit" or "failed"
    # The chosen column indices: the optimum, or with "time_limit" the best found (or None).
    chosen: list[int] | None = None


def set_partition(
    costs: list[float],
    rows: list[list[int]],
    n_rows: int,
    *,
    time_limit: float | None = None,
    start: list[int] | None = None,
    cutoff: float | None = None,
    options: dict | None = None,
) -> Partition:
    """The cheapest choice of columns covering each row exactly once (proven optimal).

    ``start`` is a known choice (column indices) for HiGHS to begin from;
    ``options`` are HiGHS options (such as :data:`PROOF`).
    """
    starts, index = [0], []
    for column in rows:
        index += sorted(column)
        starts.append(len(index))
    matrix = csc_array(
        (np.ones(len(index)), np.array(index, dtype=np.int64), np.array(starts)),
        shape=(n_rows, len(rows)),
    )
    n = len(rows)
    initial = None
    if start is not None:
        initial = np.zeros(n)
        initial[start] = 1.0
    result = solve(
        np.array(costs, dtype=float),
        matrix,
        np.ones(n_rows),
        np.ones(n_rows),
        np.ones(n),
        np.ones(n),
        time_limit=time_limit,
        start=initial,
        cutoff=cutoff,
        options=options,
    )
    chosen = None
    if result.x is not None:
        chosen = [k for k, value in enumerate(result.x) if value > 0.5]
    return Partition(result.status, chosen)
