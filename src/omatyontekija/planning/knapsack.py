"""Knapsacks with a load window, solved exactly: the pricing of the column method.

One worker's choice in :mod:`front_columns` is a set of districts (items)
whose load (the sum of their sizes) lies in a window ``[low, high]``; each
item has a profit (a float). :class:`WindowKnapsack` finds the most
profitable set, and lists every set whose profit reaches a threshold. Both
rest on one table, the best profit of items ``i..`` at each exact load,
computed by dynamic programming over loads (sizes are whole client counts).
"""

from __future__ import annotations

import numpy as np
from scipy.ndimage import maximum_filter1d

NEG = -1e18


class WindowKnapsack:
    """Items with whole sizes and a load window; profits are given per call."""

    def __init__(self, sizes: np.ndarray, low: int, high: int) -> None:
        self.sizes = np.asarray(sizes, dtype=np.int64)
        self.low = max(int(low), 0)
        self.high = int(high)

    def table(self, values: np.ndarray) -> np.ndarray:
        """F[i, l]: the best profit of a subset of items i.. whose load is exactly l."""
        n, high = len(self.sizes), self.high
        table = np.empty((n + 1, high + 1))
        table[n] = NEG
        table[n, 0] = 0.0
        for i in range(n - 1, -1, -1):
            table[i] = table[i + 1]
            s = int(self.sizes[i])
            if s <= high:
                np.maximum(table[i, s:], table[i + 1, : high + 1 - s] + values[i], out=table[i, s:])
        return table

    def best(self, values: np.ndarray) -> tuple[float, list[int]]:
        """The most profitable subset within the window, as (profit, item positions)."""
        if self.low > self.high or self.high < 0:
            return NEG, []
        table = self.table(values)
        load = self.low + int(np.argmax(table[0, self.low :]))
        profit = float(table[0, load])
        if profit <= NEG / 2:
            return NEG, []
        chosen = []
        for i in range(len(self.sizes)):
            if table[i, load] != table[i + 1, load]:
                chosen.append(i)
                load -= int(self.sizes[i])
        return profit, chosen

    def reach(self, values: np.ndarray) -> np.ndarray | None:
        """R[i, x]: the best profit items i.. can add to a load x ending in the window.

        None when no load lies in the window.
        """
        if self.low > self.high or self.high < 0:
            return None
        return _window_best(self.table(values), self.low, self.high)

    def above(
        self, values: np.ndarray, threshold: float, limit: int, reach: np.ndarray | None = None
    ) -> list | None:
        """Every subset within the window with profit ≥ threshold (None: more than ``limit``).

        Breadth first over the items, all partial sets of one depth at once:
        a partial set survives only if the best completion that ends in the
        window (a window maximum of the table's next row) still reaches the
        threshold, so every survivor leads to at least one answer and no
        depth holds more partial sets than there are answers.
        """
        if reach is None:
            reach = self.reach(values)
        if reach is None:
            return []
        n, high = len(self.sizes), self.high
        if reach[0, 0] < threshold:
            return []
        loads = np.zeros(1, dtype=np.int64)
        profits = np.zeros(1)
        parents: list[np.ndarray] = []
        first_take: list[int] = []
        for i in range(n):
            ahead = reach[i + 1]
            skip = np.flatnonzero(profits + ahead[loads] >= threshold)
            s = int(self.sizes[i])
            taken = loads + s
            fits = taken <= high
            take_profit = profits + values[i]
            take = np.flatnonzero(fits)
            take = take[take_profit[take] + ahead[taken[take]] >= threshold]
            parents.append(np.concatenate((skip, take)))
            first_take.append(len(skip))
            loads = np.concatenate((loads[skip], taken[take]))
            profits = np.concatenate((profits[skip], take_profit[take]))
            if len(loads) > limit:
                return None
        if len(loads) > limit:
            return None
        # Back from the answers to the items each one took.
        current = np.arange(len(loads))
        took = np.zeros((len(loads), n), dtype=bool)
        for i in range(n - 1, -1, -1):
            took[:, i] = current >= first_take[i]
            current = parents[i][current]
        return [tuple(int(k) for k in np.flatnonzero(row)) for row in took]


def _window_best(table: np.ndarray, low: int, high: int) -> np.ndarray:
    """R[i, x]: the best profit items i.. can add to a load x so that it ends in the window.

    That is the maximum of table[i, l] over l in [max(low - x, 0), high - x];
    reversed, a sliding maximum of width high - low + 1 (prefix maxima once x
    passes low, which the padding with NEG gives for free).
    """
    reversed_rows = table[:, ::-1]
    width = high - low + 1
    return maximum_filter1d(
        reversed_rows, size=width, axis=1, mode="constant", cval=NEG, origin=-(width // 2)
    )


class Knapsacks:
    """Every worker's window knapsack over the same items, solved at once in whole numbers.

    The column method prices all workers in each round; one table of
    workers × loads, updated item by item, spends far less time in numpy's
    per-call overhead than one table per worker. Profits are whole numbers
    (the caller scales them), so the table is exact; it is int32 while the
    sums cannot overflow it, int64 otherwise.
    """

    def __init__(
        self, sizes: np.ndarray, allowed: np.ndarray, low: np.ndarray, high: np.ndarray
    ) -> None:
        self.sizes = np.asarray(sizes, dtype=np.int64)
        self.allowed = np.asarray(allowed, dtype=bool)  # workers × items
        self.low = np.maximum(np.asarray(low, dtype=np.int64), 0)
        self.high = np.asarray(high, dtype=np.int64)
        self.top = int(self.high.max(initial=-1))
        # Buffers reused by every call (allocating them anew cost a quarter of
        # each call). Each row of ``_took`` is written at the same loads in
        # every call and the rest stays False, so it never needs clearing.
        self._took: np.ndarray | None = None
        self._sums: dict[type, np.ndarray] = {}

    def best(self, profits: np.ndarray, per_worker: int = 1) -> tuple[np.ndarray, list[list]]:
        """Each worker's best profit within its window, and up to ``per_worker`` sets.

        ``profits`` is workers × items, whole numbers. A worker with no set in
        its window gets None as profit. The sets (item positions) are the
        best ones at the ``per_worker`` most profitable loads of the window.
        """
        n_workers, n = self.allowed.shape
        top = self.top
        if top < 0:
            return np.full(n_workers, None), [[] for _ in range(n_workers)]
        # Every valid sum lies in [-bound, bound]; loads not reached start at
        # ``neg`` and a disallowed item adds ``neg / 2``: such sums stay below
        # ``invalid`` (= neg / 4) and never overflow.
        bound = int(np.abs(profits).max(initial=0)) * max(n, 1)
        dtype = np.int32 if bound < 2**28 else np.int64
        neg = -(2**30) if dtype == np.int32 else -(2**62)
        invalid = neg // 4
        values = np.where(self.allowed, profits, neg // 2).astype(dtype)
        table = np.full((n_workers, top + 1), neg, dtype=dtype)
        table[:, 0] = 0
        if self._took is None:
            self._took = np.zeros((n, n_workers, top + 1), dtype=bool)
        took = self._took
        if dtype not in self._sums:
            self._sums[dtype] = np.empty((n_workers, top + 1), dtype=dtype)
        sums = self._sums[dtype]
        for i in range(n):
            s = int(self.sizes[i])
            if s > top:
                continue
            candidate = sums[:, : top + 1 - s]
            np.add(table[:, : top + 1 - s], values[:, i : i + 1], out=candidate)
            np.greater(candidate, table[:, s:], out=took[i, :, s:])
            np.maximum(table[:, s:], candidate, out=table[:, s:])
        bests = np.full(n_workers, None)
        wanted: list[tuple[int, int]] = []  # (worker, load) of each set to trace back
        for w in range(n_workers):
            low, high = int(self.low[w]), int(self.high[w])
            if low <= high:
                window = table[w, low : high + 1]
                order = np.argsort(window, kind="stable")[::-1][:per_worker]
                for k, position in enumerate(order):
                    if window[position] <= invalid:
                        break
                    if k == 0:
                        bests[w] = int(window[position])
                    wanted.append((w, low + int(position)))
        chosen = self._back(took, wanted)
        sets: list[list] = [[] for _ in range(n_workers)]
        for (w, _), items in zip(wanted, chosen, strict=True):
            sets[w].append(items)
        return bests, sets

    def _back(self, took: np.ndarray, wanted: list[tuple[int, int]]) -> list[list[int]]:
        """The items of the best set at each (worker, load), all traced back at once."""
        if not wanted:
            return []
        workers = np.array([w for w, _ in wanted], dtype=np.int64)
        loads = np.array([load for _, load in wanted], dtype=np.int64)
        n = len(self.sizes)
        taken = np.zeros((n, len(wanted)), dtype=bool)
        for i in range(n - 1, -1, -1):
            # A load below 0 cannot occur on a valid trace; the guard keeps indices in range.
            here = took[i, workers, np.maximum(loads, 0)] & (loads >= 0)
            taken[i] = here
            loads -= here * self.sizes[i]
        return [np.flatnonzero(taken[:, k]).tolist() for k in range(len(wanted))]
