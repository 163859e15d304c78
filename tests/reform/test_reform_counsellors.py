"""Social workers and counsellors planned in one run, each role over its own clients (issue 16).

Small situations built by hand, no database: two social workers and two
counsellors, districts d1–d4 in two areas.
"""

from __future__ import annotations

import datetime as dt

from omatyontekija.domain.area import Area, AreaDivision, social_workers_client
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.services.reform_model import ReformClient, ReformSituation, WhatIf
from omatyontekija.services.reform_plan import plan_reform, planning_problem

SW = WorkerRole.SOCIAL_WORKER
CO = WorkerRole.SOCIAL_COUNSELLOR


def situation(clients, *, counsellors=True, capacity=10) -> ReformSituation:
    workers = (
        Worker(1, "Sosiaalityöntekijä Yksi", SW, capacity=capacity),
        Worker(2, "Sosiaalityöntekijä Kaksi", SW, capacity=capacity),
    )
    if counsellors:
        workers += (
            Worker(3, "Ohjaaja Kolme", CO, capacity=capacity),
            Worker(4, "Ohjaaja Neljä", CO, capacity=capacity),
        )
    # Counsellor 3 holds both areas; counsellor 4 has none.
    busy = workers[2] if counsellors else None
    division = AreaDivision(
        1,
        dt.date(2020, 3, 16),
        "Aluejako 2020",
        (
            Area(1, "Pohjoinen", ("d1", "d2"), workers[0], busy),
            Area(2, "Etelä", ("d3", "d4"), workers[1], busy),
        ),
    )
    return ReformSituation(
        today=dt.date(2026, 11, 23),
        division=division,
        workers=workers,
        districts=("d1", "d2", "d3", "d4"),
        district_names=(),
        clients=tuple(ReformClient(*c) for c in clients),
    )


def numbered(start, count, district, named, needs_social_worker):
    return [(start + i, district, named, needs_social_worker) for i in range(count)]


def overloaded_counsellor():
    """Each area: 2 clients who need a social worker (named to it), 8 counsellor's clients
    named to counsellor 3: 16 for a capacity of 10."""
    return [
        *numbered(100, 2, "d1", 1, True),
        *numbered(200, 2, "d3", 2, True),
        *numbered(300, 8, "d2", 3, False),
        *numbered(400, 8, "d4", 3, False),
    ]


def test_an_overloaded_counsellor_gives_an_area_to_the_other():
    proposal = plan_reform(situation(overloaded_counsellor()))
    assert proposal.has_plan and proposal.changes == ()  # the social workers keep their areas
    planned = proposal.counsellors
    assert planned.has_plan and planned.status == "optimal"
    assert dict(planned.assignment) in ({"1": "3", "2": "4"}, {"1": "4", "2": "3"})
    moved = "1" if dict(planned.assignment)["1"] == "4" else "2"
    district = "d2" if moved == "1" else "d4"
    # The clients of the area that moved change from counsellor 3 to counsellor 4.
    assert {(c.old_worker_id, c.new_worker_key, c.district) for c in planned.changes} == {
        (3, "4", district)
    }
    assert len(planned.changes) == 8 and proposal.all_changes == planned.changes
    rows = {r.key: r for r in planned.rows}
    assert (rows["3"].load_before, rows["3"].load_after) == (16, 8)
    assert (rows["4"].load_before, rows["4"].load_after) == (0, 8)
    assert {r.role for r in planned.rows} == {CO}
    assert planned.max_load_ratio == 0.8 and planned.target == 0.8


def test_a_social_workers_load_counts_only_their_clients():
    clients = [
        *numbered(100, 3, "d1", None, True),  # need a social worker: the social worker's
        *numbered(200, 5, "d1", None, False),  # need none: the counsellor's
        (300, "d2", 1, False),  # named to the social worker: stays theirs
        (301, "d2", 4, True),  # needs a social worker though named to a counsellor
        *numbered(400, 2, "d3", 2, True),
    ]
    plan = situation(clients)
    social = {int(c.id) for c in planning_problem(plan, WhatIf()).clients}
    assert social == {100, 101, 102, 300, 301, 400, 401}
    proposal = plan_reform(plan)
    sw = {r.key: r for r in proposal.rows}
    assert sw["1"].load_before == 5  # 100–102, 300, 301: not the five counsellor's clients
    assert sum(r.load_after for r in proposal.rows) == 7
    counsellors = {r.key: r for r in proposal.counsellors.rows}
    # Counsellor 3 is the area worker of the five and the named worker of none; counsellor 4
    # is the named worker of client 301 only.
    assert counsellors["3"].load_before == 5 and counsellors["4"].load_before == 1
    assert sum(r.load_after for r in proposal.counsellors.rows) == 5


def test_without_counsellors_every_client_is_the_social_workers():
    clients = [*numbered(100, 4, "d1", None, False), *numbered(200, 4, "d3", None, True)]
    proposal = plan_reform(situation(clients, counsellors=False))
    assert proposal.counsellors.status == "none" and not proposal.counsellors.has_plan
    assert sum(r.load_after for r in proposal.rows) == 8


def test_a_counsellors_capacity_may_be_tried_and_plans_only_the_counsellors():
    plan = situation(overloaded_counsellor())
    proposal = plan_reform(plan, WhatIf().with_capacity("4", 0))
    assert dict(proposal.counsellors.assignment) == {"1": "3", "2": "3"}
    assert proposal.counsellors.changes == ()
    assert {r.key for r in proposal.rows} == {"1", "2"}  # not a social worker now


def test_the_role_rule():
    assert social_workers_client(True, None)
    assert social_workers_client(False, SW)
    assert not social_workers_client(False, CO)
    assert not social_workers_client(False, None)
    assert social_workers_client(False, None, counsellors=False)
    area = Area(1, "A", ("d1",), Worker(1, "S", SW), Worker(3, "C", CO))
    assert area.area_worker(True).id == 1 and area.area_worker(False).id == 3
    assert Area(2, "B", ("d2",), Worker(1, "S", SW)).area_worker(False).id == 1


def test_counsellors_without_capacity_give_no_counsellor_plan_but_a_division():
    what_if = WhatIf().with_capacity("3", 0).with_capacity("4", 0)
    proposal = plan_reform(situation(overloaded_counsellor()), what_if)
    assert proposal.has_plan  # the social workers' division stands
    planned = proposal.counsellors
    assert not planned.has_plan and planned.status == "infeasible" and planned.reason("fi")
    assert planned.changes == () and proposal.all_changes == proposal.changes


# -- the counsellors' trade-off front, drawn as the reform page's second chart ---------
def test_the_counsellors_front_runs_from_no_change_to_the_most_even():
    from omatyontekija.services.reform_counsellors import counsellor_front

    proposal = plan_reform(situation(overloaded_counsellor()))
    front = counsellor_front(proposal)
    # Keep counsellor 3 on both areas (no change, 16 of 10) or move one area (8 changes).
    assert [(len(p.changes), p.max_load_ratio) for p in front] == [(0, 1.6), (8, 0.8)]
    assert front[0].assignment == (("1", "3"), ("2", "3"))
    # The proposal's own counsellors (the default target) stand for their point.
    assert front[1] is proposal.counsellors
    assert all(p.has_plan and p.target == proposal.counsellors.target for p in front)


def test_no_counsellors_no_front_and_no_current_point():
    from omatyontekija.services.reform_counsellors import (
        counsellor_front,
        counsellors_current_point,
    )

    lonely = situation(numbered(100, 4, "d1", 1, True), counsellors=False)
    assert counsellor_front(plan_reform(lonely)) == ()
    assert counsellors_current_point(lonely) is None


def test_the_counsellors_current_point_counts_clients_named_to_another_areas_counsellor():
    from omatyontekija.services.reform_counsellors import counsellors_current_point

    clients = overloaded_counsellor() + numbered(500, 3, "d1", 4, False)
    # Counsellor 3 is the area worker of all 19 counsellor's clients: 19 of 10; the three
    # named to counsellor 4 live in counsellor 3's area and count as changes already.
    assert counsellors_current_point(situation(clients)) == (3, 1.9)
