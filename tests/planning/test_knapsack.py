"""The window knapsacks that price the front's column method, against brute force."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from omatyontekija.planning.knapsack import NEG, Knapsacks, WindowKnapsack


def subsets(sizes, allowed, low, high):
    """Every subset (item positions) whose load lies in [max(low, 0), high]."""
    n = len(sizes)
    for r in range(n + 1):
        for chosen in itertools.combinations(range(n), r):
            if (
                all(allowed[i] for i in chosen)
                and max(low, 0) <= sum(sizes[i] for i in chosen) <= high
            ):
                yield chosen


@st.composite
def one_worker(draw):
    n = draw(st.integers(0, 7))
    sizes = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    values = draw(st.lists(st.integers(-12, 12), min_size=n, max_size=n))
    low = draw(st.integers(-2, 10))
    high = draw(st.integers(-1, 14))
    threshold = draw(st.integers(-30, 20)) / 2
    return sizes, np.array(values, dtype=float) / 4, low, high, threshold


@settings(max_examples=300, deadline=None)
@given(one_worker())
def test_window_knapsack_best_and_above_match_brute_force(case):
    sizes, values, low, high, threshold = case
    knapsack = WindowKnapsack(np.array(sizes, dtype=np.int64), low, high)
    anything = [True] * len(sizes)
    every = [(float(values[list(c)].sum()), c) for c in subsets(sizes, anything, low, high)]
    profit, chosen = knapsack.best(values)
    if not every:
        assert profit <= NEG / 2
        assert knapsack.above(values, threshold, 1000) == []
        return
    assert profit == max(p for p, _ in every)
    assert float(values[chosen].sum()) == profit
    assert sorted(knapsack.above(values, threshold, 1000)) == sorted(
        c for p, c in every if p >= threshold
    )
    many = [c for p, c in every if p >= threshold]
    if many:
        assert knapsack.above(values, threshold, len(many) - 1) is None


@st.composite
def many_workers(draw):
    n = draw(st.integers(0, 6))
    workers = draw(st.integers(1, 3))
    sizes = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    scale = draw(st.sampled_from([10, 10**6, 10**9]))
    profits = [
        draw(st.lists(st.integers(-scale, scale), min_size=n, max_size=n)) for _ in range(workers)
    ]
    allowed = [draw(st.lists(st.booleans(), min_size=n, max_size=n)) for _ in range(workers)]
    low = draw(st.lists(st.integers(-2, 8), min_size=workers, max_size=workers))
    high = draw(st.lists(st.integers(-1, 12), min_size=workers, max_size=workers))
    return sizes, profits, allowed, low, high


def _knapsacks(case) -> Knapsacks:
    sizes, profits, allowed, low, high = case
    return Knapsacks(
        np.array(sizes, dtype=np.int64),
        np.array(allowed, dtype=bool).reshape(len(profits), len(sizes)),
        np.array(low),
        np.array(high),
    )


@settings(max_examples=300, deadline=None)
@given(many_workers())
def test_all_workers_at_once_match_brute_force(case):
    sizes, profits, allowed, low, high = case
    knapsacks = _knapsacks(case)
    table = np.array(profits, dtype=np.int64).reshape(len(profits), len(sizes))
    _check_best(knapsacks, table, sizes, profits, allowed, low, high)


@settings(max_examples=200, deadline=None)
@given(many_workers(), st.data())
def test_one_knapsacks_object_answers_every_call_afresh(case, data):
    """Its buffers are reused: a later call (other profits, scale) owes nothing to earlier ones."""
    sizes, profits, allowed, low, high = case
    knapsacks = _knapsacks(case)
    for _ in range(3):
        scale = data.draw(st.sampled_from([10, 10**9]))
        profits = [
            data.draw(
                st.lists(st.integers(-scale, scale), min_size=len(sizes), max_size=len(sizes))
            )
            for _ in profits
        ]
        table = np.array(profits, dtype=np.int64).reshape(len(profits), len(sizes))
        _check_best(knapsacks, table, sizes, profits, allowed, low, high)


def _check_best(knapsacks, table, sizes, profits, allowed, low, high):
    bests, sets = knapsacks.best(table, per_worker=3)
    for w in range(len(profits)):
        every = [sum(profits[w][i] for i in c) for c in subsets(sizes, allowed[w], low[w], high[w])]
        assert bests[w] == (max(every) if every else None)
        for chosen in sets[w]:
            assert all(allowed[w][i] for i in chosen)
            assert max(low[w], 0) <= sum(sizes[i] for i in chosen) <= high[w]
        if every:
            assert sum(profits[w][i] for i in sets[w][0]) == bests[w]
