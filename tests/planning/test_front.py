"""The trade-off front against brute force: every point Pareto-optimal, none missing."""

from __future__ import annotations

import itertools
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omatyontekija.planning import PlanningProblem
from omatyontekija.planning.front import fewest_changes_within, trade_off_front
from tests.planning.planning_builders import LEAVER, problem_from


def measures(problem: PlanningProblem, assignment: dict[str, str]) -> tuple[int, Fraction]:
    capacity = {w.id: w.capacity for w in problem.workers}
    load = dict.fromkeys(capacity, 0)
    changes = 0
    for client in problem.clients:
        worker = assignment[client.district]
        load[worker] += 1
        if client.named_worker is not None and client.named_worker != worker:
            changes += 1
    ratio = max((Fraction(load[w], c) for w, c in capacity.items() if c > 0), default=Fraction(0))
    return changes, ratio


def connected(problem: PlanningProblem, assignment: dict[str, str]) -> bool:
    if problem.neighbours is None:
        return True
    touching = {d: set() for d in problem.districts}
    for a, b in problem.neighbours:
        touching[a].add(b)
        touching[b].add(a)
    for worker in set(assignment.values()):
        area = {d for d, w in assignment.items() if w == worker}
        start = next(iter(area))
        seen, todo = {start}, [start]
        while todo:
            for other in touching[todo.pop()] & area - seen:
                seen.add(other)
                todo.append(other)
        if seen != area:
            return False
    return True


def brute_front(problem: PlanningProblem) -> list[tuple[int, Fraction]]:
    open_workers = [w.id for w in problem.workers if w.capacity > 0]
    choices = [
        [problem.pinned[d]] if d in problem.pinned else open_workers for d in problem.districts
    ]
    values = set()
    for combination in itertools.product(*choices):
        assignment = dict(zip(problem.districts, combination, strict=True))
        if connected(problem, assignment):
            values.add(measures(problem, assignment))
    front = []
    for changes, ratio in sorted(values):
        if not front or ratio < front[-1][1]:
            front.append((changes, ratio))
    return front


@st.composite
def front_problems(draw, with_neighbours: bool):
    n_workers = draw(st.integers(1, 3))
    workers = [f"w{i}" for i in range(n_workers)]
    capacities = {w: draw(st.integers(1, 9)) for w in workers}
    n_districts = draw(st.integers(1, 5))
    named = st.sampled_from([*workers, None, LEAVER])
    by_district = {f"d{i}": draw(st.lists(named, max_size=6)) for i in range(n_districts)}
    pinned = {}
    for district in by_district:
        if draw(st.integers(0, 5)) == 0:
            pinned[district] = draw(st.sampled_from(workers))
    problem = problem_from(capacities, by_district, pinned)
    if with_neighbours:
        pairs = list(itertools.combinations(by_district, 2))
        chosen = draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
        problem = PlanningProblem(
            problem.workers, problem.districts, problem.clients, problem.pinned, tuple(chosen)
        )
    return problem


def check(problem: PlanningProblem) -> None:
    expected = brute_front(problem)
    front = trade_off_front(problem)
    got = [(p.changes, p.max_load_ratio) for p in front.points]
    assert got == expected
    for point in front.points:
        assert measures(problem, point.assignment) == (point.changes, point.max_load_ratio)
        assert connected(problem, point.assignment)
        assert all(point.assignment[d] == w for d, w in problem.pinned.items())
    # --max-load at each point's ratio, and just above and below it.
    for changes, ratio in expected:
        within = fewest_changes_within(problem, ratio)
        assert [(p.changes, p.max_load_ratio) for p in within.points] == [(changes, ratio)]
        # The same limit as a decimal (as --front prints it) finds the same plan.
        within = fewest_changes_within(problem, Fraction(repr(float(ratio))))
        assert [(p.changes, p.max_load_ratio) for p in within.points] == [(changes, ratio)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_problems(with_neighbours=False))
def test_front_equals_brute_force(problem):
    check(problem)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_problems(with_neighbours=True))
def test_front_with_neighbours_equals_brute_force(problem):
    check(problem)
