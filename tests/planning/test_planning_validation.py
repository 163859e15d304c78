"""Input checks: every problem reported at once, each naming its item."""

from __future__ import annotations

import pytest
from planning_builders import problem_from

from omatyontekija.planning import (
    InvalidProblem,
    PlanningClient,
    PlanningProblem,
    PlanningWorker,
    parse_problem,
    validate,
)


def good_json() -> dict:
    return {
        "workers": [{"id": "a", "capacity": 5}, {"id": "new", "capacity": 5}],
        "districts": [{"id": "40100"}, {"id": "40200", "name": "Keskusta"}],
        "clients": [
            {"id": "c1", "district": "40100", "named_worker": "a"},
            {"id": "c2", "district": "40200", "named_worker": None},
            {"id": "c3", "district": "40200"},
        ],
        "pinned": {"40100": "a"},
    }


def issues_of(data) -> list[tuple[str, str]]:
    with pytest.raises(InvalidProblem) as raised:
        parse_problem(data)
    return [(issue.item, issue.message.code) for issue in raised.value.issues]


def test_good_json_becomes_a_problem():
    problem = parse_problem(good_json())
    assert problem.workers == (PlanningWorker("a", 5), PlanningWorker("new", 5))
    assert problem.districts == ("40100", "40200")
    assert problem.clients[2] == PlanningClient("c3", "40200", None)
    assert dict(problem.pinned) == {"40100": "a"}


def test_pinned_is_optional():
    data = good_json()
    del data["pinned"]
    assert dict(parse_problem(data).pinned) == {}


def test_all_problems_are_reported_together():
    data = good_json()
    data["workers"].append({"id": "a", "capacity": -2})
    data["districts"].append({"id": "40100"})
    data["clients"].append({"id": "c1", "district": "99999", "named_worker": "a"})
    data["pinned"] = {"40300": "a", "40200": "ghost"}
    assert issues_of(data) == [
        ("workers[2] (a)", "duplicate_id"),
        ("districts[2] (40100)", "duplicate_id"),
        ("clients[3] (c1)", "duplicate_id"),
        ("workers[2] (a)", "bad_capacity"),
        ("clients[3] (c1)", "unknown_district"),
        ("pinned[40300]", "unknown_district"),
        ("pinned[40200]", "unknown_worker"),
    ]


@pytest.mark.parametrize("capacity", [-1, 2.5, "10", True, None])
def test_capacity_must_be_a_whole_number_at_least_zero(capacity):
    data = good_json()
    data["workers"][0]["capacity"] = capacity
    assert issues_of(data) == [("workers[0] (a)", "bad_capacity")]


@pytest.mark.parametrize("bad_id", ["", "  ", 5, None, ["a"]])
def test_ids_must_be_non_empty_strings(bad_id):
    data = good_json()
    data["clients"][0]["id"] = bad_id
    assert issues_of(data) == [("clients[0]", "bad_id")]


def test_unhashable_references_are_reported_not_crashed_on():
    data = good_json()
    data["clients"][0]["district"] = ["40100"]
    data["clients"][1]["named_worker"] = {"id": "a"}
    data["pinned"] = {"40100": ["a"]}
    assert issues_of(data) == [
        ("clients[0] (c1)", "unknown_district"),
        ("clients[1] (c2)", "bad_named_worker"),
        ("pinned[40100]", "unknown_worker"),
    ]


def test_missing_fields_are_named_once():
    data = good_json()
    del data["workers"][1]["capacity"]
    del data["clients"][0]["district"]
    assert issues_of(data) == [
        ("workers[1] (new).capacity", "missing"),
        ("clients[0] (c1).district", "missing"),
    ]


def test_wrong_shapes_are_named():
    assert issues_of([]) == [("(file)", "not_an_object")]
    assert issues_of({"workers": {}, "districts": [1], "pinned": []}) == [
        ("workers", "not_a_list"),
        ("districts[0]", "not_an_object"),
        ("clients", "missing"),
        ("pinned", "not_an_object"),
    ]


def test_a_leaving_named_worker_is_not_an_error():
    data = good_json()
    data["clients"][0]["named_worker"] = "retired"
    assert parse_problem(data).clients[0].named_worker == "retired"


def test_validate_checks_problems_built_in_code():
    problem = PlanningProblem(
        workers=(PlanningWorker("a", 1), PlanningWorker("a", -1)),
        districts=("d1",),
        clients=(PlanningClient("c1", "d2", "a"),),
        pinned={"d1": "b"},
    )
    assert [(i.item, i.message.code) for i in validate(problem)] == [
        ("workers[1] (a)", "duplicate_id"),
        ("workers[1] (a)", "bad_capacity"),
        ("clients[0] (c1)", "unknown_district"),
        ("pinned[d1]", "unknown_worker"),
    ]
    assert validate(problem_from({"a": 1}, {"d1": ["a"]})) == []


def test_the_error_text_lists_every_issue_in_the_chosen_language():
    data = good_json()
    data["workers"][0]["capacity"] = -3
    with pytest.raises(InvalidProblem) as raised:
        parse_problem(data)
    assert "workers[0] (a)" in str(raised.value)
    assert "-3" in raised.value.text("fi")
    assert raised.value.text("fi").startswith("Virheellinen")
    assert raised.value.text("sv").startswith("Felaktiga")
