"""One step of the column method: each worker's window, districts and knapsack, and pricing.

A step is the problem "fewest changes with each worker's load within
``[low_w, L_w]``" for one set of limits of the front's walk
(:mod:`front_columns` keeps what carries over from step to step). Pricing
evaluates the Lagrangian bound Lag(u) = Σ_d u_d + Σ_w best_w(u) exactly: the
multipliers are rounded to a grid of 1/:data:`SCALE`, so every profit is a
whole number of grid units and every sum exact.
"""

from __future__ import annotations

import math
import time

import numpy as np

from omatyontekija.planning.front_model import Model, lowest_loads
from omatyontekija.planning.knapsack import Knapsacks, WindowKnapsack

# Multipliers are rounded to multiples of 1/SCALE (any u gives a valid bound):
# then profits are whole numbers of 1/SCALE and every sum is exact.
SCALE = 1024
# Sets offered per worker and round of pricing (the best at different loads).
PER_WORKER = 3


class Stop(Exception):
    """The deadline passed."""


def check(deadline: float | None) -> None:
    """Raise :class:`Stop` once ``deadline`` (``time.monotonic``) has passed."""
    if deadline is not None and time.monotonic() >= deadline:
        raise Stop


class Step:
    """One problem of the walk: each worker's districts (rows) and knapsack under ``limits``.

    ``size`` is each district's clients, ``keep[w, d]`` the clients of district
    ``d`` whose named worker is ``w``, ``allowed_rows[w]`` the districts ``w`` may take.
    """

    def __init__(
        self,
        model: Model,
        allowed_rows: list[list[int]],
        size: np.ndarray,
        keep: np.ndarray,
        limits: dict[str, int],
    ) -> None:
        self.n_districts = len(model.districts)
        low = lowest_loads(model, limits)
        self.low = np.array([max(int(x), 0) for x in low], dtype=np.int64)
        self.high = np.array([int(limits[w]) for w in model.workers], dtype=np.int64)
        self.items: list[np.ndarray] = []
        self.keeps: list[np.ndarray] = []
        self.knapsacks: list[WindowKnapsack] = []
        for j, worker in enumerate(model.workers):
            rows = np.array(
                [row for row in allowed_rows[j] if size[row] <= limits[worker]],
                dtype=np.int64,
            )
            self.items.append(rows)
            self.keeps.append(keep[j, rows])
            self.knapsacks.append(WindowKnapsack(size[rows], self.low[j], self.high[j]))
        allowed = np.zeros((len(model.workers), self.n_districts), dtype=bool)
        for j, rows in enumerate(self.items):
            allowed[j, rows] = True
        self.all_workers = Knapsacks(size, allowed, self.low, self.high)
        self.keep_scaled = np.round(keep * SCALE).astype(np.int64)
        # The windows' upper ends name the step (the lower ends follow from them).
        self.key = tuple(int(x) for x in self.high)

    def profits(self, worker: int, multipliers: np.ndarray) -> np.ndarray:
        return self.keeps[worker] - multipliers[self.items[worker]]

    def feasibility(self, multipliers: np.ndarray) -> tuple[float, np.ndarray, list]:
        """Σ_d u_d + Σ_w max_S(−u(S)) at u rounded to the grid, that u, and the best sets.

        Below 0, no partition exists (see :mod:`front_columns`); -inf when some
        worker has no set within its window.
        """
        scaled = np.round(multipliers * SCALE).astype(np.int64)
        profits = np.broadcast_to(-scaled[None, :], self.keep_scaled.shape)
        bests, sets = self.all_workers.best(profits, PER_WORKER)
        rounded = scaled / SCALE
        if any(b is None for b in bests):
            return -math.inf, rounded, sets
        return (int(scaled.sum()) + sum(int(b) for b in bests)) / SCALE, rounded, sets

    def price(self, multipliers: np.ndarray) -> tuple[float, np.ndarray, list[float], list]:
        """Lag(u) at u rounded to the grid, that u, each worker's best profit, and sets (rows).

        The bound is -inf when some worker has no set within its window.
        """
        scaled = np.round(multipliers * SCALE).astype(np.int64)
        profits = self.keep_scaled - scaled[None, :]
        bests, sets = self.all_workers.best(profits, PER_WORKER)
        rounded = scaled / SCALE
        if any(b is None for b in bests):
            return -math.inf, rounded, [], []
        bound = (int(scaled.sum()) + sum(int(b) for b in bests)) / SCALE
        return bound, rounded, [int(b) / SCALE for b in bests], sets
