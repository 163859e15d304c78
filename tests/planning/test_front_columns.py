"""The column method of the front (planning.front_columns) against the assignment model.

Both are exact, so on every instance they must agree on whether a plan exists
and on the most named workers kept; the walk must give the brute-force front
when every step goes through columns.
"""

from __future__ import annotations

import itertools
from fractions import Fraction
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omatyontekija.planning import front, front_columns, front_model
from omatyontekija.planning.front import _Planner, trade_off_front
from tests.planning.planning_builders import LEAVER, problem_from
from tests.planning.test_front import brute_front, measures


@st.composite
def instances(draw):
    n_workers = draw(st.integers(1, 4))
    workers = [f"w{i}" for i in range(n_workers)]
    capacities = {w: draw(st.integers(1, 12)) for w in workers}
    n_districts = draw(st.integers(1, 7))
    named = st.sampled_from([*workers, None, LEAVER])
    by_district = {
        f"d{i}": draw(st.lists(named, min_size=1, max_size=6)) for i in range(n_districts)
    }
    pinned = {}
    for district in by_district:
        if draw(st.integers(0, 6)) == 0:
            pinned[district] = draw(st.sampled_from(workers))
    problem = problem_from(capacities, by_district, pinned)
    total = sum(len(v) for v in by_district.values())
    limits = {w: draw(st.integers(0, total)) for w in workers}
    return problem, limits


def kept_by_brute_force(planner: _Planner, limits: dict[str, int]) -> int | None:
    model = planner.model
    best = None
    for combination in itertools.product(*(model.allowed[d] for d in model.districts)):
        load = dict.fromkeys(model.workers, 0)
        for district, worker in zip(model.districts, combination, strict=True):
            load[worker] += model.size[district]
        if any(load[w] > limits[w] for w in model.workers):
            continue
        kept = sum(
            model.keep.get(pair, 0) for pair in zip(model.districts, combination, strict=True)
        )
        best = kept if best is None else max(best, kept)
    return best


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_columns_keep_as_many_as_brute_force(instance):
    problem, limits = instance
    planner = _Planner(problem)
    limits = {w: limits[w] for w in planner.workers}
    expected = kept_by_brute_force(planner, limits)
    solution = front_columns.fewest_changes(planner.model, limits)
    # Small instances never have too many columns: the method must answer itself.
    assert solution is not None
    if expected is None:
        assert solution.status == "infeasible"
        return
    assert solution.status == "optimal"
    assert solution.kept == expected
    load = dict.fromkeys(planner.workers, 0)
    for district, worker in solution.assignment.items():
        assert worker in planner.model.allowed[district]
        load[worker] += planner.model.size[district]
    assert set(solution.assignment) == set(planner.model.districts)
    assert all(load[w] <= limits[w] for w in planner.workers)
    assert solution.kept == sum(planner.model.keep.get(p, 0) for p in solution.assignment.items())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_front_through_columns_equals_brute_force(instance):
    problem, _ = instance
    with patch.object(front, "ASSIGNMENT_TRY", 0.0):
        got = trade_off_front(problem)
    expected = brute_front(problem)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == expected
    for point in got.points:
        assert measures(problem, point.assignment) == (point.changes, point.max_load_ratio)


def test_columns_kept_from_earlier_limits_change_no_answer():
    problem = problem_from(
        {"a": 10, "b": 10, "c": 5},
        {
            "d1": ["a"] * 4,
            "d2": ["a", "a", None],
            "d3": ["b"] * 5,
            "d4": ["b", "c"],
            "d5": ["a", "b", "c", LEAVER],
        },
    )
    planner = _Planner(problem)
    columns = front_columns.Columns(planner.model)
    for top in (16, 12, 9, 8, 7, 6, 5, 12):
        limits = {w: top for w in planner.workers}
        kept = front_columns.fewest_changes(planner.model, limits, columns=columns)
        fresh = front_model.fewest_changes(planner.model, limits)
        assert kept is not None
        assert (kept.status, kept.kept) == (fresh.status, fresh.kept)
    assert columns.owner


def test_the_walk_hands_slow_steps_to_columns(monkeypatch):
    problem = problem_from(
        {"a": 6, "b": 6, "c": 6},
        {f"d{i}": ["a" if i % 2 else "b"] * (1 + i % 4) for i in range(8)},
    )
    used = []
    real = front_columns.fewest_changes

    def spy(*args, **kwargs):
        solution = real(*args, **kwargs)
        used.append(solution)
        return solution

    monkeypatch.setattr(front, "ASSIGNMENT_TRY", 0.0)
    monkeypatch.setattr(front_columns, "fewest_changes", spy)
    got = trade_off_front(problem)
    assert used and all(s is not None for s in used)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == brute_front(problem)


def test_a_stopped_assignment_model_is_never_called_optimal():
    import time

    from benchmarks.bench_planning import reform_problem

    planner = _Planner(reform_problem(45, 12, 10_000))
    limits = planner.limits_below(Fraction(841, 934))  # near the most even plans: seconds
    solution = front_model.fewest_changes(planner.model, limits, time.monotonic() + 0.05)
    assert solution.status == "time_limit"
    # Whatever it found is offered as a start, never as the answer.
    exact = front_columns.fewest_changes(planner.model, limits, start=solution.assignment or None)
    assert exact is not None and exact.status == "optimal"
    assert exact.kept >= solution.kept


@st.composite
def limit_sequences(draw):
    problem, _ = draw(instances())
    total = sum(1 for _ in problem.clients)
    steps = draw(st.lists(st.integers(0, total), min_size=1, max_size=5))
    return problem, steps


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(limit_sequences())
def test_columns_kept_across_any_limits_and_starts_stay_exact(case):
    """One Columns object for a sequence of limits, with the last answer as start."""
    problem, steps = case
    planner = _Planner(problem)
    columns = front_columns.Columns(planner.model)
    start = None
    for k, top in enumerate(steps):
        limits = {w: top for w in planner.workers}
        # Every other step without the master's own partition: answers from enumeration.
        with patch.object(
            front_columns.Columns,
            "_incumbent",
            (lambda *args: None) if k % 2 else front_columns.Columns._incumbent,
        ):
            solution = front_columns.fewest_changes(
                planner.model, limits, start=start, columns=columns
            )
        expected = kept_by_brute_force(planner, limits)
        assert solution is not None
        if expected is None:
            assert solution.status == "infeasible"
            continue
        assert (solution.status, solution.kept) == ("optimal", expected)
        start = solution.assignment


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_workers_chosen_district_by_district_change_no_answer(instance):
    """Every worker with more than one set goes into the final MILP district by district."""
    problem, limits = instance
    planner = _Planner(problem)
    limits = {w: limits[w] for w in planner.workers}
    with (
        patch.object(front_columns, "WORKER_LIMIT", 1),
        patch.object(front_columns, "COMPACT_LIMIT", 10),
        # Without the master's own partition, every answer comes from enumeration.
        patch.object(front_columns.Columns, "_incumbent", lambda *args: None),
    ):
        solution = front_columns.fewest_changes(planner.model, limits)
    expected = kept_by_brute_force(planner, limits)
    assert solution is not None
    if expected is None:
        assert solution.status == "infeasible"
    else:
        assert (solution.status, solution.kept) == ("optimal", expected)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_steps_with_too_many_columns_go_to_the_assignment_model(instance):
    problem, _ = instance
    with (
        patch.object(front, "ASSIGNMENT_TRY", 0.0),
        patch.object(front_columns, "COLUMN_LIMIT", 1),
        patch.object(front_columns, "WORKER_LIMIT", 1),
        patch.object(front_columns, "COMPACT_LIMIT", 0),
        patch.object(front_columns.Columns, "_incumbent", lambda *args: None),
    ):
        got = trade_off_front(problem)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == brute_front(problem)


def test_the_walk_keeps_its_time_limit():
    import time

    from benchmarks.bench_planning import reform_problem

    problem = reform_problem(45, 12, 10_000)  # the whole front takes about 6 s
    started = time.monotonic()
    got = trade_off_front(problem, time_limit=1.0)
    assert got.status == "time_limit"
    assert time.monotonic() - started < 2.5
    # Every point given is proven: a prefix of the whole front.
    assert got.points and all(p.changes < 3791 for p in got.points)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(limit_sequences())
def test_the_last_optimum_as_ceiling_changes_no_answer(case):
    """Limits that only shrink, each step bounded by the optimum of the one before."""
    problem, steps = case
    planner = _Planner(problem)
    columns = front_columns.Columns(planner.model)
    start, ceiling = None, None
    for top in sorted(steps, reverse=True):
        limits = {w: top for w in planner.workers}
        solution = front_columns.fewest_changes(
            planner.model, limits, start=start, columns=columns, ceiling=ceiling
        )
        expected = kept_by_brute_force(planner, limits)
        assert solution is not None
        if expected is None:
            assert solution.status == "infeasible"
            return
        assert (solution.status, solution.kept) == ("optimal", expected)
        start, ceiling = solution.assignment, solution.kept


def test_a_start_that_keeps_the_ceiling_needs_no_solver(monkeypatch):
    problem = problem_from({"a": 10, "b": 10}, {"d1": ["a"] * 3, "d2": ["b"] * 3, "d3": [None]})
    planner = _Planner(problem)

    def no_solver(*args, **kwargs):
        raise AssertionError("a solver was called")

    monkeypatch.setattr(front_columns, "fewest_changes", no_solver)
    monkeypatch.setattr(front_model, "fewest_changes", no_solver)
    plan = {"d1": "a", "d2": "b", "d3": "a"}
    limits = {"a": 4, "b": 4}
    assert planner.solve(limits, None, plan, ceiling=6) == plan


def test_the_enumerations_partition_is_proven_without_sub_mip_heuristics(monkeypatch):
    """HiGHS's sub-MIP heuristics slowed the final partition MILPs by a third or more."""
    from omatyontekija.planning import highs

    problem = problem_from(
        {"a": 6, "b": 6, "c": 6},
        {f"d{i}": ["a" if i % 2 else "b"] * (1 + i % 4) for i in range(8)},
    )
    planner = _Planner(problem)
    limits = dict.fromkeys(planner.workers, 7)
    seen = []
    real = highs.solve

    def spy(*args, **kwargs):
        seen.append(kwargs.get("options"))
        return real(*args, **kwargs)

    monkeypatch.setattr(highs, "solve", spy)
    monkeypatch.setattr(front_columns.Columns, "_incumbent", lambda *args: None)
    solution = front_columns.fewest_changes(planner.model, limits)
    assert solution is not None and solution.status == "optimal"
    assert solution.kept == kept_by_brute_force(planner, limits)
    assert seen and all(options == highs.PROOF for options in seen)
    assert "presolve" not in highs.PROOF


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(limit_sequences(), st.lists(st.sampled_from([0.0, 0.5, 1.0, 3.0, 50.0]), min_size=5))
def test_any_gap_seen_before_changes_no_answer(case, gaps):
    """The enumeration's first target comes from the last step's gap: right or wrong, exact."""
    problem, steps = case
    planner = _Planner(problem)
    columns = front_columns.Columns(planner.model)
    start = None
    # Without the master's own partition, every answer comes from enumeration.
    with patch.object(front_columns.Columns, "_incumbent", lambda *args: None):
        for top, gap in zip(steps, gaps, strict=False):
            columns.gap_seen = gap
            limits = {w: top for w in planner.workers}
            solution = front_columns.fewest_changes(
                planner.model, limits, start=start, columns=columns
            )
            expected = kept_by_brute_force(planner, limits)
            assert solution is not None
            if expected is None:
                assert solution.status == "infeasible"
                continue
            assert (solution.status, solution.kept) == ("optimal", expected)
            start = solution.assignment


def test_the_enumeration_starts_at_the_last_gap_below_the_bound(monkeypatch):
    """With a gap seen, the first MILP's target is that far (plus a margin) below the bound.

    The bound here is above 2 000 keeps, so without a gap seen the first
    target would lie 0.2 % of it (over 4) below the bound.
    """
    problem = problem_from(
        {"a": 1000, "b": 1000, "c": 1000},
        {f"d{i}": ["a" if i % 2 else "b"] * (100 + 50 * (i % 4)) for i in range(10)},
    )
    planner = _Planner(problem)
    limits = dict.fromkeys(planner.workers, 700)
    targets, bounds = [], []
    real_partition = front_columns.Columns._partition
    real_enumerate = front_columns.Columns._enumerate

    def partition_spy(self, columns, deadline, seconds, start_plan, least=None, options=None):
        targets.append(least)
        return real_partition(self, columns, deadline, seconds, start_plan, least, options)

    def enumerate_spy(self, step, bound, *args, **kwargs):
        bounds.append(bound)
        return real_enumerate(self, step, bound, *args, **kwargs)

    monkeypatch.setattr(front_columns.Columns, "_incumbent", lambda *args: None)
    monkeypatch.setattr(front_columns.Columns, "_partition", partition_spy)
    monkeypatch.setattr(front_columns.Columns, "_enumerate", enumerate_spy)
    columns = front_columns.Columns(planner.model)
    columns.gap_seen = 0.0
    solution = front_columns.fewest_changes(planner.model, limits, columns=columns)
    assert solution is not None and solution.status == "optimal"
    assert solution.kept == front_model.fewest_changes(planner.model, limits).kept
    assert 0.002 * bounds[0] > front_columns._GAP_MARGIN
    assert targets[0] == front_columns._top(bounds[0], None) - front_columns._GAP_MARGIN
    assert columns.gap_seen == bounds[0] - solution.kept


def test_targets_out_of_reach_step_down_by_half_again_as_much(monkeypatch):
    """Each target proven out of reach is followed by one 1.5 times further down: the
    last overshoots the optimum by at most half the step before it. Doubling put the
    most even step of the 10 000-client front 161 clients below its optimum (20 951
    columns, a 5 s MILP) where 1.5 puts it 45 below (6 926 columns, 1.6 s)."""
    from benchmarks.bench_planning import reform_problem

    # The benchmark's reform in small, at its most even limit: the optimum 54 below the
    # first target.
    planner = _Planner(reform_problem(20, 6, 1000, seed=5))
    limits = dict.fromkeys(planner.workers, -(-1000 // 6))
    targets = []
    real_partition = front_columns.Columns._partition

    def partition_spy(self, columns, deadline, seconds, start_plan, least=None, options=None):
        targets.append(least)
        return real_partition(self, columns, deadline, seconds, start_plan, least, options)

    monkeypatch.setattr(front_columns.Columns, "_incumbent", lambda *args: None)
    monkeypatch.setattr(front_columns.Columns, "_partition", partition_spy)
    columns = front_columns.Columns(planner.model)
    columns.gap_seen = 0.0
    solution = front_columns.fewest_changes(planner.model, limits, columns=columns)
    assert solution is not None and solution.status == "optimal"  # exact: tests above
    steps = [a - b for a, b in itertools.pairwise(targets)]
    assert len(steps) >= 2
    for step, following in itertools.pairwise(steps):
        assert following == pytest.approx(1.5 * step)
    assert targets[-2] > solution.kept >= targets[-1] > solution.kept - steps[-1]


def test_no_mixed_milp_is_spent_on_a_target_from_the_last_gap(monkeypatch):
    """A worker chosen district by district makes a weak MILP: then the plain targets."""
    problem = problem_from(
        {"a": 1000, "b": 1000, "c": 1000},
        {f"d{i}": ["a" if i % 2 else "b"] * (100 + 50 * (i % 4)) for i in range(10)},
    )
    planner = _Planner(problem)
    limits = dict.fromkeys(planner.workers, 700)
    targets, bounds = [], []
    real_mixed = front_columns.Columns._mixed
    real_enumerate = front_columns.Columns._enumerate

    def mixed_spy(self, step, columns, compact, deadline, least, raised=False):
        targets.append(least)
        return real_mixed(self, step, columns, compact, deadline, least, raised)

    def enumerate_spy(self, step, bound, *args, **kwargs):
        bounds.append(bound)
        return real_enumerate(self, step, bound, *args, **kwargs)

    monkeypatch.setattr(front_columns, "WORKER_LIMIT", 1)
    monkeypatch.setattr(front_columns, "COMPACT_LIMIT", 10)
    monkeypatch.setattr(front_columns.Columns, "_incumbent", lambda *args: None)
    monkeypatch.setattr(front_columns.Columns, "_mixed", mixed_spy)
    monkeypatch.setattr(front_columns.Columns, "_enumerate", enumerate_spy)
    columns = front_columns.Columns(planner.model)
    columns.gap_seen = 0.0
    solution = front_columns.fewest_changes(planner.model, limits, columns=columns)
    assert solution is not None and solution.status == "optimal"
    assert solution.kept == front_model.fewest_changes(planner.model, limits).kept
    plain = front_columns._top(bounds[0], None) - max(1.0, 0.002 * bounds[0])
    assert targets and targets[0] == plain


def _walk_problem():
    return problem_from(
        {"a": 6, "b": 6, "c": 6},
        {f"d{i}": ["a" if i % 2 else "b"] * (1 + i % 4) for i in range(8)},
    )


def _columns_out_of_time_at(steps, monkeypatch, assignment_steps=()):
    """The column method, run out of its time at the given calls (0: the first).

    The assignment model runs out of its time when called after as many
    column calls as in ``assignment_steps``. Only calls with a time limit
    (COLUMN_TRY) can run out: the walk itself has none.
    """
    import time

    calls, assignment_calls, steps_limits = [], [], []
    real = front_columns.fewest_changes
    real_assignment = front_model.fewest_changes

    def timed(model, limits, deadline=None, *args, **kwargs):
        if len(calls) in steps and deadline is not None:
            deadline = time.monotonic() - 1.0  # COLUMN_TRY passed in this step
        solution = real(model, limits, deadline, *args, **kwargs)
        calls.append(solution.status)
        steps_limits.append(dict(limits))
        return solution

    def assignment(model, limits, deadline=None, *args, **kwargs):
        assignment_calls.append(len(calls))
        if len(calls) in assignment_steps and deadline is not None:
            deadline = time.monotonic() - 1.0
        return real_assignment(model, limits, deadline, *args, **kwargs)

    monkeypatch.setattr(front, "ASSIGNMENT_TRY", 0.0)
    monkeypatch.setattr(front_columns, "fewest_changes", timed)
    monkeypatch.setattr(front_model, "fewest_changes", assignment)
    return calls, assignment_calls, steps_limits


def test_one_slow_column_step_goes_to_the_assignment_model_alone(monkeypatch):
    problem = _walk_problem()
    calls, assignment_calls, _ = _columns_out_of_time_at({0}, monkeypatch)
    got = trade_off_front(problem)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == brute_front(problem)
    # The first step passed COLUMN_TRY and was solved by the assignment model;
    # every later step used columns again.
    assert calls[0] == "time_limit"
    assert len(calls) >= 3 and all(status != "time_limit" for status in calls[1:])
    # (The walk's first, unlimited solve is the assignment model's: column call 0.)
    assert [after for after in assignment_calls if after > 0] == [1]


def test_columns_slow_steps_in_a_row_leave_the_walk_to_the_assignment_model(monkeypatch):
    problem = _walk_problem()
    calls, assignment_calls, _ = _columns_out_of_time_at(set(range(100)), monkeypatch)
    got = trade_off_front(problem)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == brute_front(problem)
    # Two misses in a row: no more column tries, the assignment model to the end.
    assert calls == ["time_limit"] * front.COLUMN_MISSES
    assert len(assignment_calls) > front.COLUMN_MISSES


def test_a_step_too_slow_for_both_methods_goes_back_to_columns(monkeypatch):
    problem = _walk_problem()
    calls, assignment_calls, limits = _columns_out_of_time_at({0}, monkeypatch, {1})
    got = trade_off_front(problem)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == brute_front(problem)
    # Columns out of time, then the assignment model out of time: the column
    # method again, without a limit, answers that step, and the next ones.
    assert calls[0] == "time_limit" and calls[1] == "optimal"
    assert limits[1] == limits[0]  # the same step
    assert len(calls) >= 3 and all(status != "time_limit" for status in calls[1:])
    assert [after for after in assignment_calls if after > 0] == [1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(), st.sets(st.integers(0, 8)), st.sets(st.integers(1, 9)))
def test_column_steps_out_of_time_anywhere_change_no_front(instance, slow, assignment_slow):
    problem, _ = instance
    with pytest.MonkeyPatch.context() as monkeypatch:
        _columns_out_of_time_at(slow, monkeypatch, assignment_slow)
        got = trade_off_front(problem)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == brute_front(problem)
    for point in got.points:
        assert measures(problem, point.assignment) == (point.changes, point.max_load_ratio)


def _too_many_at(steps, monkeypatch, assignment_steps=()):
    """The column method finds too many columns at the given calls (0: the first).

    Those calls run with enumeration limits so low (and no master partition)
    that any step needing an enumeration says :data:`front_columns.TOO_MANY`,
    unless the walk raised the limits itself; without the walk's start and
    ceiling, almost every step needs one. The assignment model runs out
    of its time when called after as many column calls as in
    ``assignment_steps`` (only calls with a time limit can run out).
    Returns each column call as (status, raised, limits) and the number of
    column calls before each assignment call.
    """
    import time

    calls, assignment_calls = [], []
    real = front_columns.fewest_changes
    real_assignment = front_model.fewest_changes

    def counted(model, limits, deadline=None, *args, **kwargs):
        raised = kwargs.get("raised", False)
        if len(calls) in steps and not raised:
            with (
                patch.object(front_columns, "COLUMN_LIMIT", 1),
                patch.object(front_columns, "WORKER_LIMIT", 1),
                patch.object(front_columns, "COMPACT_LIMIT", 0),
                patch.object(front_columns.Columns, "_incumbent", lambda *args: None),
            ):
                _, columns, _ = args
                solution = real(model, limits, deadline, None, columns, None)
        else:
            solution = real(model, limits, deadline, *args, **kwargs)
        calls.append((solution.status, raised, dict(limits)))
        return solution

    def assignment(model, limits, deadline=None, *args, **kwargs):
        assignment_calls.append(len(calls))
        if len(calls) in assignment_steps and deadline is not None:
            deadline = time.monotonic() - 1.0  # COLUMN_TRY passed in this step
        return real_assignment(model, limits, deadline, *args, **kwargs)

    monkeypatch.setattr(front, "ASSIGNMENT_TRY", 0.0)
    monkeypatch.setattr(front_columns, "fewest_changes", counted)
    monkeypatch.setattr(front_model, "fewest_changes", assignment)
    return calls, assignment_calls


def _first_too_many(calls):
    return next(i for i, (status, _, _) in enumerate(calls) if status == front_columns.TOO_MANY)


def test_a_step_with_too_many_columns_goes_to_the_assignment_model_for_a_try(monkeypatch):
    problem = _walk_problem()
    calls, assignment_calls = _too_many_at(set(range(100)), monkeypatch)
    got = trade_off_front(problem)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == brute_front(problem)
    # Each step with too many columns was answered by the assignment model in
    # its try; steps with too many columns count as no miss of the columns.
    too_many = [i for i, (status, _, _) in enumerate(calls) if status == front_columns.TOO_MANY]
    assert too_many
    assert all(i + 1 in assignment_calls for i in too_many)
    assert not any(raised for _, raised, _ in calls)
    assert len(calls) > front.COLUMN_MISSES  # the columns were never turned off


def _walk_with_the_assignment_model_slow_at_the_first_too_many(monkeypatch):
    """The walk of :func:`_walk_problem` with too many columns at every unraised call,
    the assignment model out of its time on the first step that had too many (checked
    against brute force): that step's index, the column calls and the assignment calls."""
    problem = _walk_problem()
    probe = pytest.MonkeyPatch()
    calls, _ = _too_many_at(set(range(100)), probe)
    trade_off_front(problem)
    probe.undo()
    first = _first_too_many(calls)
    calls, assignment_calls = _too_many_at(set(range(100)), monkeypatch, {first + 1})
    got = trade_off_front(problem)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == brute_front(problem)
    return first, calls, assignment_calls


def test_a_step_with_too_many_columns_and_a_slow_assignment_model_gets_raised_columns(
    monkeypatch,
):
    first, calls, assignment_calls = _walk_with_the_assignment_model_slow_at_the_first_too_many(
        monkeypatch
    )
    # That step: too many columns, the assignment model out of time, then the
    # columns again with raised limits, which answer it.
    assert calls[first][0] == front_columns.TOO_MANY
    status, raised, limits = calls[first + 1]
    assert (status, raised, limits) == ("optimal", True, calls[first][2])
    # The assignment model was not called again on that step without a limit.
    assert assignment_calls.count(first + 1) == 1


def test_once_the_assignment_model_ran_out_of_time_later_steps_skip_it(monkeypatch):
    """Limits only shrink: the assignment model, out of its try on one step the columns
    could not answer, is slower still on the next; those go to raised columns at once
    (near the most even plans of 100 000 clients each try cost 30 s and never answered)."""
    first, calls, assignment_calls = _walk_with_the_assignment_model_slow_at_the_first_too_many(
        monkeypatch
    )
    later = [i for i, (status, _, _) in enumerate(calls) if status == front_columns.TOO_MANY]
    assert [i for i in later if i > first]  # more steps had too many columns...
    # ...and only the first went to the assignment model (besides the walk's first
    # solve, without limits), once.
    assert max(assignment_calls) == first + 1 and assignment_calls.count(first + 1) == 1
    assert all(raised for i, (_, raised, _) in enumerate(calls) if i - 1 in later)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(), st.sets(st.integers(0, 8)), st.sets(st.integers(1, 9)))
def test_steps_with_too_many_columns_anywhere_change_no_front(instance, many, assignment_slow):
    problem, _ = instance
    with pytest.MonkeyPatch.context() as monkeypatch:
        calls, _ = _too_many_at(many, monkeypatch, assignment_slow)
        got = trade_off_front(problem)
    assert [(p.changes, p.max_load_ratio) for p in got.points] == brute_front(problem)
    for point in got.points:
        assert measures(problem, point.assignment) == (point.changes, point.max_load_ratio)
    # Raised limits never answer "too many".
    assert all(status != front_columns.TOO_MANY for status, raised, _ in calls if raised)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(), st.sampled_from([None, 0.0, 1.0, 50.0]), st.integers(-3, 30))
def test_raised_limits_with_every_worker_district_by_district_change_no_answer(
    instance, gap, unreached
):
    """Raised limits: never too many, whatever the walk saw before (even a wrong target
    out of reach); still exact."""
    problem, limits = instance
    planner = _Planner(problem)
    limits = {w: limits[w] for w in planner.workers}
    columns = front_columns.Columns(planner.model)
    columns.gap_seen = gap
    columns.unreached = (tuple(limits[w] for w in planner.model.workers), float(unreached))
    with (
        patch.object(front_columns, "COLUMN_LIMIT", 1),
        patch.object(front_columns, "WORKER_LIMIT", 1),
        patch.object(front_columns, "COMPACT_LIMIT", 0),
        patch.object(front_columns.Columns, "_incumbent", lambda *args: None),
    ):
        solution = front_columns.fewest_changes(planner.model, limits, columns=columns, raised=True)
    expected = kept_by_brute_force(planner, limits)
    assert solution is not None
    if expected is None:
        assert solution.status == "infeasible"
    else:
        assert (solution.status, solution.kept) == ("optimal", expected)


def test_raised_limits_start_below_the_target_out_of_reach_and_presolve(monkeypatch):
    """The step's first try proved a target out of reach: raised limits start below it,
    with workers chosen district by district at once, and HiGHS's presolve on."""
    from omatyontekija.planning import highs

    problem = problem_from(
        {"a": 1000, "b": 1000, "c": 1000},
        {f"d{i}": ["a" if i % 2 else "b"] * (100 + 50 * (i % 4)) for i in range(10)},
    )
    planner = _Planner(problem)
    limits = dict.fromkeys(planner.workers, 700)
    expected = front_model.fewest_changes(planner.model, limits).kept
    real_mixed = front_columns.Columns._mixed
    real_enumerate = front_columns.Columns._enumerate
    real_solve = highs.solve
    targets, bounds, options = [], [], []

    def mixed_spy(self, step, columns, compact, deadline, least, raised=False):
        targets.append(least)
        return real_mixed(self, step, columns, compact, deadline, least, raised)

    def enumerate_spy(self, step, bound, *args, **kwargs):
        bounds.append(bound)
        return real_enumerate(self, step, bound, *args, **kwargs)

    def solve_spy(*args, **kwargs):
        options.append(kwargs.get("options"))
        return real_solve(*args, **kwargs)

    monkeypatch.setattr(front_columns, "WORKER_LIMIT", 1)
    monkeypatch.setattr(front_columns, "COMPACT_LIMIT", 0)
    monkeypatch.setattr(front_columns, "PRESOLVE_LIMIT", -1)
    monkeypatch.setattr(front_columns.Columns, "_incumbent", lambda *args: None)
    monkeypatch.setattr(front_columns.Columns, "_mixed", mixed_spy)
    monkeypatch.setattr(front_columns.Columns, "_enumerate", enumerate_spy)
    monkeypatch.setattr(highs, "solve", solve_spy)
    key = tuple(limits[w] for w in planner.model.workers)
    first_bound = 0.0
    for unreached in (None, 5):
        targets.clear()
        bounds.clear()
        columns = front_columns.Columns(planner.model)
        columns.gap_seen = 0.0
        top = None
        if unreached is not None:
            top = front_columns._top(first_bound, None)
            columns.unreached = (key, top - unreached)
        solution = front_columns.fewest_changes(planner.model, limits, columns=columns, raised=True)
        mixed_options = options[-len(targets) :]
        assert solution is not None and (solution.status, solution.kept) == ("optimal", expected)
        if unreached is None:
            first_bound = bounds[0]
        margin = front_columns._GAP_MARGIN
        if unreached is None:
            assert targets[0] == front_columns._top(bounds[0], None) - margin
        else:
            assert targets[0] == top - unreached - margin
        assert mixed_options == [front_columns._PRESOLVED_OPTIONS] * len(targets)


def test_the_mixed_milp_is_presolved_up_to_a_number_of_columns(monkeypatch):
    """Presolve made the saved mixed MILPs 2-4 times faster, but overran on a large one."""
    from omatyontekija.planning import highs

    problem = problem_from(
        {"a": 1000, "b": 1000, "c": 1000},
        {f"d{i}": ["a" if i % 2 else "b"] * (100 + 50 * (i % 4)) for i in range(10)},
    )
    planner = _Planner(problem)
    limits = dict.fromkeys(planner.workers, 700)
    expected = front_model.fewest_changes(planner.model, limits).kept
    monkeypatch.setattr(front_columns, "WORKER_LIMIT", 1)
    monkeypatch.setattr(front_columns, "COMPACT_LIMIT", 10)
    monkeypatch.setattr(front_columns.Columns, "_incumbent", lambda *args: None)
    for presolve_limit, wanted in ((10**6, "on"), (-1, "off")):
        seen: list = []
        real_solve = highs.solve

        def solve_spy(*args, real_solve=real_solve, seen=seen, **kwargs):
            seen.append(kwargs.get("options"))
            return real_solve(*args, **kwargs)

        monkeypatch.setattr(highs, "solve", solve_spy)
        monkeypatch.setattr(front_columns, "PRESOLVE_LIMIT", presolve_limit)
        solution = front_columns.fewest_changes(planner.model, limits)
        monkeypatch.setattr(highs, "solve", real_solve)
        assert solution is not None and (solution.status, solution.kept) == ("optimal", expected)
        mixed = [o for o in seen if o is not None and "presolve" in o]
        assert mixed and all(o["presolve"] == wanted for o in mixed)
