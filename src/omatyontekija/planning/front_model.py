"""The exact "fewest changes under a load limit" model behind the trade-off front (HiGHS).

The model is over districts × workers only: clients enter as the counts of
:mod:`omatyontekija.planning.aggregate` (n_d clients in district d, k_dw of
them named to worker w), so its size does not grow with the number of clients.

Variables ``x[d, w]`` ∈ {0, 1} for each decided district d and each worker w
with capacity above 0 who may take it (a pinned district has one pair only; a
district bigger than w's load limit L_w has no pair with w):

    Σ_w x[d, w] = 1                 every decided district has one worker
    Σ_d n_d · x[d, w] ≤ L_w          the load limit of the ε-constraint
    max  Σ k_dw · x[d, w]            clients who keep their named worker

A ratio limit "largest load/capacity below (or at most) r" is exactly the
integer load limit L_w = the largest whole load with load/c_w below (at most)
r, computed with fractions, so the ε-constraint needs no ratio variable and
each step of the front is a generalised assignment problem with integer data.

When neighbours are known, every worker's area must be connected. This is a
single-commodity flow per worker: a root r[d, w] (at most one per worker, only
in its own area) sends flow along neighbour edges inside the area
(f[u→v, w] ≤ (|D|−1)·x[u, w] and ≤ (|D|−1)·x[v, w]), and every district of the
area must absorb one unit (the root may send what the others absorb). A part
of the area not reached from the root would have to absorb flow that nothing sends into it, so the
area is connected. Then every district (also the empty ones, which may be
needed to join an area) is decided by the model.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_array


@dataclass(frozen=True, slots=True)
class Model:
    """What the model is built from; see the module docstring for the symbols."""

    districts: list[str]  # the decided districts
    size: dict[str, int]
    keep: dict[tuple[str, str], int]
    workers: list[str]  # workers with capacity above 0
    allowed: dict[str, list[str]]  # district -> workers who may take it (pins)
    neighbours: list[tuple[str, str]] | None  # edges between decided districts


@dataclass(frozen=True, slots=True)
class Solution:
    status: str  # "optimal", "infeasible", "time_limit" or "failed"
    # With "time_limit", the best plan found, if any (its keeps not proven the most).
    assignment: dict[str, str]
    kept: int = 0


def fewest_changes(
    model: Model,
    limits: dict[str, int] | None,
    deadline: float | None = None,
    start: dict[str, str] | None = None,
) -> Solution:
    """The assignment keeping the most named workers with every load within ``limits``.

    ``limits`` maps each worker to the largest load allowed (None: no limit).
    ``start`` is a known assignment within the limits, if any, for HiGHS to
    begin from (it only speeds the search up).
    """
    from omatyontekija.planning import highs

    pairs = [
        (d, w)
        for d in model.districts
        for w in model.allowed[d]
        if limits is None or model.size[d] <= limits[w]
    ]
    covered = {d for d, _ in pairs}
    if len(covered) < len(model.districts):
        return Solution("infeasible", {})
    if not pairs:
        return Solution("optimal", {})
    n_x = len(pairs)
    district_row = {d: i for i, d in enumerate(model.districts)}
    worker_row = {w: i for i, w in enumerate(model.workers)}
    columns = np.arange(n_x)
    blocks = [
        (
            np.ones(n_x),
            np.array([district_row[d] for d, _ in pairs]),
            columns,
            len(model.districts),
            np.ones(len(model.districts)),
            np.ones(len(model.districts)),
        )
    ]
    if limits is not None:
        blocks.append(
            (
                np.array([float(model.size[d]) for d, _ in pairs]),
                np.array([worker_row[w] for _, w in pairs]),
                columns,
                len(model.workers),
                lowest_loads(model, limits),
                np.array([float(limits[w]) for w in model.workers]),
            )
        )
    n_vars = n_x
    integrality = [np.ones(n_x)]
    upper = [np.ones(n_x)]
    if model.neighbours is not None:
        extra, n_roots, n_flows = _connectivity(model, pairs, n_x)
        blocks += extra
        n_vars = n_x + n_roots + n_flows
        integrality.append(np.r_[np.ones(n_roots), np.zeros(n_flows)])
        upper.append(np.r_[np.ones(n_roots), np.full(n_flows, float(len(model.districts) - 1))])
    matrix, lower_rows, upper_rows = _stacked(blocks, n_vars)
    objective = np.zeros(n_vars)
    objective[:n_x] = [-float(model.keep.get(pair, 0)) for pair in pairs]
    initial = None
    if start is not None and model.neighbours is None:
        index = {pair: i for i, pair in enumerate(pairs)}
        if all(pair in index for pair in start.items()):
            initial = np.zeros(n_vars)
            initial[[index[pair] for pair in start.items()]] = 1.0
    result = highs.solve(
        objective,
        matrix,
        lower_rows,
        upper_rows,
        np.concatenate(upper),
        np.concatenate(integrality),
        time_limit=None if deadline is None else deadline - time.monotonic(),
        start=initial,
    )
    if result.status != "optimal" and result.x is None:
        return Solution(result.status, {})
    # With "time_limit", the best plan found so far (not proven): a start for other methods.
    chosen = {d: w for (d, w), value in zip(pairs, result.x[:n_x], strict=True) if value > 0.5}
    kept = sum(model.keep.get((d, w), 0) for d, w in chosen.items())
    return Solution(result.status, chosen, kept)


def lowest_loads(model: Model, limits: dict[str, int]) -> np.ndarray:
    """Each worker's least possible load: what the others cannot hold within their limits.

    Implied by the other rows, but stated it lets HiGHS cut on both sides of
    each worker's knapsack, which closes the gap near the most even plans.
    """
    total = sum(model.size[d] for d in model.districts)
    room = sum(limits[w] for w in model.workers)
    return np.array([float(max(total - (room - limits[w]), 0)) for w in model.workers])


def _stacked(blocks, n_vars: int):
    values, rows, cols, lower, upper = [], [], [], [], []
    offset = 0
    for v, r, c, n_rows, lo, hi in blocks:
        values.append(np.asarray(v, dtype=float))
        rows.append(np.asarray(r) + offset)
        cols.append(np.asarray(c))
        lower.append(lo)
        upper.append(hi)
        offset += n_rows
    matrix = coo_array(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
        shape=(offset, n_vars),
    ).tocsc()
    return matrix, np.concatenate(lower), np.concatenate(upper)


def _directed_edges(model: Model) -> list[tuple[str, str]]:
    assert model.neighbours is not None
    return [*model.neighbours, *((v, u) for u, v in model.neighbours)]


def _connectivity(model: Model, pairs: list[tuple[str, str]], n_x: int):
    """Rows and variables that make every worker's area connected (see the module docstring).

    Variables after the x's: roots r[d, w] (one per pair), then flows f[u→v, w]
    for each directed edge whose both ends may go to w.
    """
    index = {pair: i for i, pair in enumerate(pairs)}
    root = {pair: n_x + i for i, pair in enumerate(pairs)}
    flows: list[tuple[str, str, str]] = [
        (u, v, w)
        for w in model.workers
        for u, v in _directed_edges(model)
        if (u, w) in index and (v, w) in index
    ]
    first_flow = n_x + len(pairs)
    big = float(len(model.districts) - 1)
    blocks = []

    # r[d, w] ≤ x[d, w]
    rows = np.arange(len(pairs))
    blocks.append(
        (
            np.r_[np.ones(len(pairs)), -np.ones(len(pairs))],
            np.r_[rows, rows],
            np.r_[[root[p] for p in pairs], [index[p] for p in pairs]],
            len(pairs),
            np.full(len(pairs), -np.inf),
            np.zeros(len(pairs)),
        )
    )
    # Σ_d r[d, w] ≤ 1
    worker_row = {w: i for i, w in enumerate(model.workers)}
    blocks.append(
        (
            np.ones(len(pairs)),
            np.array([worker_row[w] for _, w in pairs]),
            np.array([root[p] for p in pairs]),
            len(model.workers),
            np.full(len(model.workers), -np.inf),
            np.ones(len(model.workers)),
        )
    )
    # f[u→v, w] − big·x[u, w] ≤ 0 and f[u→v, w] − big·x[v, w] ≤ 0
    values, r_idx, c_idx = [], [], []
    for i, (u, v, w) in enumerate(flows):
        for row, end in ((2 * i, u), (2 * i + 1, v)):
            values += [1.0, -big]
            r_idx += [row, row]
            c_idx += [first_flow + i, index[(end, w)]]
    if flows:
        blocks.append(
            (
                np.array(values),
                np.array(r_idx),
                np.array(c_idx),
                2 * len(flows),
                np.full(2 * len(flows), -np.inf),
                np.zeros(2 * len(flows)),
            )
        )
    # inflow − outflow − x[d, w] + big·r[d, w] ≥ 0 at every pair
    values, r_idx, c_idx = [], [], []
    for row, pair in enumerate(pairs):
        # The root absorbs its own unit and sends one to each other district.
        values += [-1.0, big + 1.0]
        r_idx += [row, row]
        c_idx += [index[pair], root[pair]]
    for i, (u, v, w) in enumerate(flows):
        values += [1.0, -1.0]
        r_idx += [index[(v, w)], index[(u, w)]]
        c_idx += [first_flow + i, first_flow + i]
    blocks.append(
        (
            np.array(values),
            np.array(r_idx),
            np.array(c_idx),
            len(pairs),
            np.zeros(len(pairs)),
            np.full(len(pairs), np.inf),
        )
    )
    return blocks, len(pairs), len(flows)
