"""The column method's final MILPs: the best plan among enumerated columns.

Columns are ``(worker, rows, value)``: a set of districts (rows) for one
worker and the clients it keeps. A plan is a set partition of the districts
with exactly one column per worker (:func:`best_partition`). Where a worker's
columns would be too many, that worker's districts are chosen one by one
instead, its load within its window and its profit at the enumeration's
multipliers above a threshold (:func:`best_mixed`).
"""

from __future__ import annotations

import math
import time

import numpy as np

from omatyontekija.planning import highs
from omatyontekija.planning.front_model import Model
from omatyontekija.planning.front_step import Step, Stop

Column = tuple[int, tuple[int, ...], float]
Found = tuple[float, dict[str, str], bool]


def best_partition(
    model: Model,
    columns: list[Column],
    deadline: float | None,
    seconds: float,
    start: list[int] | None = None,
    least: float | None = None,
    options: dict | None = None,
) -> Found | None:
    """(value, plan, proven) of the best partition among ``columns``, or None.

    None also when time ran out before any partition was found, or none keeps
    at least ``least``. ``seconds`` bounds this solve (within ``deadline``);
    with no bound of its own (inf), running out of time raises :class:`Stop`.
    ``start`` indexes the columns of a known plan; ``options`` go to HiGHS
    (:data:`highs.PROOF` where a proof is wanted).
    """
    if not columns:
        return None
    limit = seconds if deadline is None else min(seconds, deadline - time.monotonic())
    if limit <= 0:
        raise Stop
    n_d = len(model.districts)
    result = highs.set_partition(
        [-value for _, _, value in columns],
        [[*rows, n_d + worker] for worker, rows, _ in columns],
        n_d + len(model.workers),
        time_limit=None if math.isinf(limit) else limit,
        start=start,
        cutoff=None if least is None else -least + 0.5,
        options=options,
    )
    if result.status == "time_limit" and math.isinf(seconds):
        raise Stop
    if result.chosen is None:
        return None
    chosen = [columns[i] for i in result.chosen]
    if least is not None and sum(value for _, _, value in chosen) < least - 0.5:
        return None  # scipy's milp (no cutoff) found only a worse one
    plan = {
        model.districts[row]: model.workers[worker] for worker, rows, _ in chosen for row in rows
    }
    return sum(value for _, _, value in chosen), plan, result.status == "optimal"


def best_mixed(
    model: Model,
    size: np.ndarray,
    keep: np.ndarray,
    step: Step,
    columns: list[Column],
    compact: list[tuple[int, float, np.ndarray]],
    deadline: float | None,
    least: float,
    options: dict,
) -> Found | None:
    """Like :func:`best_partition`, with some workers chosen district by district.

    ``compact`` lists (worker, threshold, profits): that worker's set is free
    (binary x[d] per district it may take, load within its window), except
    that its profit at the enumeration's multipliers must reach the
    threshold, which every plan good enough to be wanted meets. Running out
    of time raises :class:`Stop`.
    """
    from scipy.sparse import coo_array

    limit = math.inf if deadline is None else deadline - time.monotonic()
    if limit <= 0:
        raise Stop
    n_d, n_w = len(size), len(model.workers)
    values, row_index, col_index = [], [], []
    cost = []
    for k, (worker, rows, value) in enumerate(columns):
        for row in (*rows, n_d + worker):
            values.append(1.0)
            row_index.append(row)
            col_index.append(k)
        cost.append(-value)
    lower = [1.0] * (n_d + n_w)
    upper = [1.0] * (n_d + n_w)
    threshold_rows = []
    free: list[tuple[int, int]] = []  # (worker, row) of each district variable
    for worker, threshold, profits in compact:
        lower[n_d + worker] = float(step.low[worker])
        upper[n_d + worker] = float(step.high[worker])
        threshold_row = n_d + n_w + len(threshold_rows)
        threshold_rows.append(threshold)
        for position, row in enumerate(step.items[worker]):
            k = len(cost)
            free.append((worker, int(row)))
            cost.append(-float(keep[worker, row]))
            values += [1.0, float(size[row]), float(profits[position])]
            row_index += [int(row), n_d + worker, threshold_row]
            col_index += [k, k, k]
    lower += threshold_rows
    upper += [math.inf] * len(threshold_rows)
    n_rows, n_cols = n_d + n_w + len(threshold_rows), len(cost)
    matrix = coo_array((values, (row_index, col_index)), shape=(n_rows, n_cols)).tocsc()
    result = highs.solve(
        np.array(cost),
        matrix,
        np.array(lower),
        np.array(upper),
        np.ones(n_cols),
        np.ones(n_cols),
        time_limit=None if math.isinf(limit) else limit,
        cutoff=-least + 0.5,
        options=options,
    )
    if result.status == "time_limit":
        raise Stop
    if result.x is None or result.status != "optimal":
        return None
    plan = {}
    for k, (worker, rows, _) in enumerate(columns):
        if result.x[k] > 0.5:
            for row in rows:
                plan[model.districts[row]] = model.workers[worker]
    for k, (worker, row) in enumerate(free, start=len(columns)):
        if result.x[k] > 0.5:
            plan[model.districts[row]] = model.workers[worker]
    value = sum(model.keep.get(pair, 0) for pair in plan.items())
    if value < least:
        return None  # scipy's milp (no cutoff) found only a worse one
    return float(value), plan, True
