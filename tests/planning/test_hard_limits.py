"""A worker's hard limit (child protection's cap of 30 children per responsible social worker,
Child Welfare Act § 13 b): no plan passes it, whatever its target (issue 18)."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planning_builders import brute_force, small_problems

from omatyontekija.cli import run
from omatyontekija.planning import (
    InvalidProblem,
    PlanningClient,
    PlanningProblem,
    PlanningWorker,
    parse_problem,
    propose,
)
from omatyontekija.planning.front import fewest_changes_within, trade_off_front

CAP = 30


def child_protection(cap: int | None = CAP, children: int = 80) -> PlanningProblem:
    """Three responsible social workers; every child is named to "a", whose capacity (45)
    is above the cap, so keeping named workers and the even spread (80 / 105 of capacity
    is 34 children for "a") both push "a" past 30."""
    return PlanningProblem(
        workers=(
            PlanningWorker("a", 45, cap),
            PlanningWorker("b", 30, cap),
            PlanningWorker("c", 30, cap),
        ),
        districts=tuple(f"d{i:02}" for i in range(children)),
        clients=tuple(PlanningClient(f"child{i}", f"d{i:02}", "a") for i in range(children)),
    )


def test_without_the_cap_the_plans_put_more_than_30_on_a_worker():
    # The control: the same problem without the cap overloads "a" in every mode.
    assert propose(child_protection(None)).caseloads["a"] == 45
    assert max(trade_off_front(child_protection(None)).points[0].caseloads.values()) > CAP
    even = fewest_changes_within(child_protection(None), Fraction(77, 100))
    assert even.points[0].caseloads["a"] == 34


def test_propose_gives_nobody_more_than_the_cap():
    plan = propose(child_protection())
    assert plan.ok
    assert plan.caseloads == {"a": 30, "b": 25, "c": 25}
    assert plan.changes == 50  # the fewest possible within the cap


def test_no_point_of_the_front_passes_the_cap():
    front = trade_off_front(child_protection())
    assert front.ok and front.points
    for point in front.points:
        assert max(point.caseloads.values()) <= CAP
    assert front.points[0].changes == 50


def test_max_load_passes_no_cap_whatever_the_target():
    for target in (Fraction(77, 100), Fraction(9, 10), Fraction(5)):
        front = fewest_changes_within(child_protection(), target)
        if front.ok:
            assert max(front.points[0].caseloads.values()) <= CAP, target
        else:
            assert front.reasons, target
    within = fewest_changes_within(child_protection(), Fraction(5))
    assert within.ok and within.points[0].caseloads["a"] == CAP


@pytest.mark.parametrize("mode", ["propose", "front", "max_load"])
def test_too_many_children_for_the_caps_is_infeasible_with_a_reason(mode):
    problem = child_protection(children=91)  # room for 90
    if mode == "propose":
        plan = propose(problem)
        assert not plan.ok
        text = plan.reason("fi")
    else:
        front = (
            trade_off_front(problem)
            if mode == "front"
            else fewest_changes_within(problem, Fraction(3))
        )
        assert front.status == "infeasible" and not front.points
        text = " ".join(m.text("fi") for m in front.reasons)
    assert "90" in text and "91" in text and "30 lasta" in text


def test_a_bad_hard_limit_is_named():
    data = {
        "workers": [{"id": "a", "capacity": 5, "max_clients": -1}],
        "districts": [{"id": "d"}],
        "clients": [],
    }
    with pytest.raises(InvalidProblem) as invalid:
        parse_problem(data)
    assert "workers[0] (a)" in invalid.value.text() and "max_clients" in invalid.value.text()


def as_file(problem: PlanningProblem, cap: bool) -> dict:
    return {
        "workers": [
            {"id": w.id, "capacity": w.capacity} | ({"max_clients": CAP} if cap else {})
            for w in problem.workers
        ],
        "districts": [{"id": d} for d in problem.districts],
        "clients": [
            {"id": c.id, "district": c.district, "named_worker": c.named_worker}
            for c in problem.clients
        ],
    }


@pytest.mark.parametrize("extra", [[], ["--front"], ["--max-load", "0.9"]])
def test_plan_areas_reads_the_cap_from_its_file_and_keeps_its_output_shape(tmp_path, capsys, extra):
    outputs = {}
    for cap in (False, True):
        path = tmp_path / f"plan-{cap}.json"
        path.write_text(json.dumps(as_file(child_protection(), cap)), encoding="utf-8")
        assert run(["plan-areas", str(path), *extra]) == 0
        outputs[cap] = json.loads(capsys.readouterr().out)
    uncapped, capped = outputs[False], outputs[True]
    assert capped.keys() == uncapped.keys()

    def loads(output) -> list[int]:
        plans = output.get("front") or [output]
        counted = []
        for plan in plans:
            counts: dict[str, int] = {}
            for worker in plan["assignment"].values():
                counts[worker] = counts.get(worker, 0) + 1  # one child per district
            counted.append(max(counts.values()))
        return counted

    assert max(loads(uncapped)) > CAP
    assert max(loads(capped)) <= CAP


@st.composite
def capped_problems(draw):
    problem = draw(small_problems())
    workers = tuple(
        PlanningWorker(w.id, w.capacity, draw(st.none() | st.integers(0, 9)))
        for w in problem.workers
    )
    return PlanningProblem(workers, problem.districts, problem.clients, problem.pinned)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(capped_problems())
def test_propose_with_hard_limits_is_the_brute_force_optimum(problem):
    plan = propose(problem)
    best = brute_force(problem)
    if best is None:
        assert not plan.ok and plan.reasons and not plan.assignment
        return
    assert plan.ok, plan.reason()
    assert plan.changes == best[0]
    assert abs(Fraction(plan.max_load_ratio) - best[1]) < 1e-9
    for worker in problem.workers:
        if worker.max_clients is not None:
            assert plan.caseloads[worker.id] <= worker.max_clients
