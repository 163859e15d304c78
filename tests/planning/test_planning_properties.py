"""Property-based tests: the planner against brute force, and its promises at larger sizes."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planning_builders import brute_force, evaluate, larger_problems, small_problems

from omatyontekija.planning import PlanningProblem, PlanStatus, propose

# The solver works in floating point; ratios of these sizes differ by far more.
RATIO_TOLERANCE = 1e-9


def assert_is_a_valid_plan(problem: PlanningProblem, plan) -> None:
    assert set(plan.assignment) == set(problem.districts)
    capacity = {w.id: w.capacity for w in problem.workers}
    assert all(capacity[w] > 0 for w in plan.assignment.values())
    for district, worker in problem.pinned.items():
        assert plan.assignment[district] == worker
    for worker, load in plan.caseloads.items():
        assert load <= capacity[worker]
    assert sum(plan.caseloads.values()) == len(problem.clients)
    changes, ratio = evaluate(problem, dict(plan.assignment))
    assert plan.changes == changes == len(plan.changed_clients)
    assert abs(plan.max_load_ratio - float(ratio)) < RATIO_TOLERANCE


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_problems())
def test_plan_is_lexicographically_optimal_like_brute_force(problem):
    plan = propose(problem)
    best = brute_force(problem)
    if best is None:
        assert plan.status is PlanStatus.INFEASIBLE
        assert plan.reasons and not plan.assignment
        return
    assert plan.status is PlanStatus.OPTIMAL, plan.reason()
    assert_is_a_valid_plan(problem, plan)
    best_changes, best_ratio = best
    assert plan.changes == best_changes
    assert abs(Fraction(plan.max_load_ratio) - best_ratio) < RATIO_TOLERANCE


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(larger_problems())
def test_larger_plans_cover_every_district_within_capacity(problem):
    plan = propose(problem)
    assert plan.status is PlanStatus.OPTIMAL, plan.reason()
    assert_is_a_valid_plan(problem, plan)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(larger_problems())
def test_keeping_the_old_division_costs_no_changes_when_it_fits(problem):
    # larger_problems gives each district to one old worker; if every worker
    # has room for what they hold, the optimum changes nobody's named worker.
    plan = propose(problem)
    owner = {}
    for client in problem.clients:
        if client.named_worker is not None:
            owner[client.district] = client.named_worker
    held = {w.id: 0 for w in problem.workers}
    for client in problem.clients:
        if client.district in owner:
            held[owner[client.district]] += 1
    if all(held[w.id] <= w.capacity for w in problem.workers):
        assert plan.changes == 0


@given(small_problems(), st.integers(1, 5))
@settings(max_examples=100, deadline=None)
def test_total_capacity_below_clients_is_named(problem, extra):
    clients = len(problem.clients) or 1
    squeezed = PlanningProblem(
        workers=tuple(
            type(w)(w.id, 0 if i else max(clients - extra, 0))
            for i, w in enumerate(problem.workers)
        ),
        districts=problem.districts or ("d0",),
        clients=problem.clients,
        pinned={},
    )
    if not squeezed.clients:
        return
    plan = propose(squeezed)
    assert plan.status is PlanStatus.INFEASIBLE
    assert "total_capacity_below_clients" in [m.code for m in plan.reasons]


@given(small_problems())
@settings(max_examples=100, deadline=None)
def test_a_reason_given_before_solving_means_brute_force_finds_nothing(problem):
    plan = propose(problem)
    codes = {m.code for m in plan.reasons}
    if codes - {"no_packing"}:
        assert brute_force(problem) is None
    if plan.status is PlanStatus.INFEASIBLE:
        assert plan.reason("fi") and plan.reason("sv") and plan.reason("en")
