"""The walk's starting plans: a plan made to fit tighter limits (planning.front_repair)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from omatyontekija.planning.front_repair import repaired


@st.composite
def cases(draw):
    workers = [f"w{i}" for i in range(draw(st.integers(1, 4)))]
    districts = [f"d{i}" for i in range(draw(st.integers(1, 8)))]
    size = {d: draw(st.integers(0, 9)) for d in districts}
    plan = {d: draw(st.sampled_from(workers)) for d in districts}
    keep = {(d, w): draw(st.integers(0, size[d])) for d in districts for w in workers}
    limits = {w: draw(st.integers(0, 30)) for w in workers}
    fixed = {d for d in districts if draw(st.integers(0, 5)) == 0}
    return plan, limits, size, keep, workers, fixed


@settings(max_examples=300, deadline=None)
@given(cases())
def test_a_repaired_plan_fits_the_limits_and_keeps_the_pins(case):
    plan, limits, size, keep, workers, fixed = case
    result = repaired(plan, limits, size, keep, workers, fixed)
    if result is None:
        return
    assert set(result) == set(plan)
    assert all(result[d] == plan[d] for d in fixed)
    for worker in workers:
        assert sum(size[d] for d, w in result.items() if w == worker) <= limits[worker]


def test_a_swap_repairs_what_no_single_move_can():
    size = {"a1": 5, "a2": 5, "b1": 3, "b2": 6}
    plan = {"a1": "a", "a2": "a", "b1": "b", "b2": "b"}
    keep = {(d, w): size[d] for d, w in plan.items()}
    # a holds 10 (limit 9), b holds 9 (limit 11): nothing of a fits into b's room of 2,
    # but a 5 for b's 3 brings a to 8 and b to 11.
    result = repaired(plan, {"a": 9, "b": 11}, size, keep, ["a", "b"])
    assert result is not None
    assert result["b1"] == "a" and result["b2"] == "b"
    assert sorted(result[d] for d in ("a1", "a2")) == ["a", "b"]
