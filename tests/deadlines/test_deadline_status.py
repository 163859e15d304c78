import datetime as dt

import pytest

from omatyontekija.domain.matter import Matter, MatterKind
from omatyontekija.rules.deadline_rules import DeadlineStatus, shipped_deadline_rules
from omatyontekija.rules.deadlines import (
    deadlines_of,
    deadlines_of_all,
    due_date,
    near_limit,
    status_on,
    worst,
)

D = dt.date
APPLICATION = MatterKind.APPLICATION
ASSESSMENT = MatterKind.SERVICE_NEED_ASSESSMENT


JAN_31 = D(2026, 1, 31)


def matter(kind=APPLICATION, pending=JAN_31, **dates) -> Matter:
    return Matter(id=1, client_id=1, kind=kind, pending_since=pending, **dates)


def only(matter_, on, **kwargs):
    (deadline,) = deadlines_of(matter_, on, **kwargs)
    return deadline


def rule(rule_id):
    return shipped_deadline_rules().rule(rule_id)


def test_application_decision_is_due_three_months_after_at_the_month_end():
    assert only(matter(), D(2026, 2, 1)).due == D(2026, 4, 30)


@pytest.mark.parametrize(
    ("pending", "due"),
    [
        (D(2026, 4, 4), D(2026, 7, 6)),  # 4.7.2026 is a Saturday
        (D(2026, 9, 24), D(2026, 12, 28)),  # 24.12 Christmas Eve, 25.12, then the weekend
        (D(2026, 3, 19), D(2026, 6, 22)),  # 19.6.2026 is Midsummer Eve
        (D(2026, 2, 6), D(2026, 5, 6)),  # a plain Wednesday stays
    ],
)
def test_a_month_limit_ending_on_a_day_off_moves_to_the_next_working_day(pending, due):
    assert due_date(rule("application_decision"), pending) == due


def test_assessment_start_is_the_seventh_working_day():
    start, completion = deadlines_of(matter(ASSESSMENT, D(2026, 12, 21)), D(2026, 12, 21))
    assert start.rule.id == "assessment_start"
    assert start.due == D(2027, 1, 4)
    assert completion.due == D(2027, 3, 22)  # 21.3.2027 is a Sunday


def test_status_boundaries_of_near_and_overdue():
    m = matter()  # due Thursday 30.4.2026; 1.5 is May Day
    assert only(m, D(2026, 4, 30)).status is DeadlineStatus.NEAR  # due today
    assert only(m, D(2026, 5, 1)).status is DeadlineStatus.OVERDUE  # the day after
    # Five working days before 30.4: 23, 24, 27, 28, 29 → near from Thursday 23.4.
    assert only(m, D(2026, 4, 23)).status is DeadlineStatus.NEAR
    assert only(m, D(2026, 4, 22)).status is DeadlineStatus.OK
    assert near_limit(D(2026, 4, 23), 5) == D(2026, 4, 30)


def test_near_is_a_parameter():
    m = matter()
    assert only(m, D(2026, 4, 22), near_working_days=6).status is DeadlineStatus.NEAR
    assert only(m, D(2026, 4, 29), near_working_days=0).status is DeadlineStatus.OK
    assert only(m, D(2026, 4, 30), near_working_days=0).status is DeadlineStatus.NEAR


def test_met_on_time_and_late():
    on_time = only(matter(decided_on=D(2026, 4, 30)), D(2026, 6, 1))
    assert on_time.status is DeadlineStatus.MET and not on_time.late
    late = only(matter(decided_on=D(2026, 5, 4)), D(2026, 6, 1))
    assert late.status is DeadlineStatus.MET and late.late
    assert late.met_on == D(2026, 5, 4)


def test_a_completed_assessment_meets_its_start_too():
    m = matter(ASSESSMENT, D(2026, 1, 5), completed_on=D(2026, 2, 1))
    assert [d.status for d in deadlines_of(m, D(2026, 6, 1))] == [DeadlineStatus.MET] * 2


def test_started_assessment_still_has_its_completion_open():
    m = matter(ASSESSMENT, D(2026, 1, 5), started_on=D(2026, 1, 8))
    start, completion = deadlines_of(m, D(2026, 4, 7))
    assert start.status is DeadlineStatus.MET
    assert completion.due == D(2026, 4, 7) and completion.status is DeadlineStatus.NEAR


def test_service_planning_has_no_statutory_deadline():
    assert deadlines_of(matter(MatterKind.SERVICE_PLANNING), D(2026, 6, 1)) == ()


def test_status_on_directly():
    due, until = D(2026, 4, 30), D(2026, 5, 8)
    assert status_on(due, None, D(2026, 4, 30), until) is DeadlineStatus.NEAR
    assert status_on(due, D(2026, 6, 1), D(2026, 6, 2), until) is DeadlineStatus.MET
    assert status_on(due, None, D(2026, 3, 1), D(2026, 3, 6)) is DeadlineStatus.OK


def test_worst_prefers_status_then_the_earliest_due():
    on = D(2026, 4, 27)
    matters = [
        matter(pending=D(2026, 1, 31)),  # due 30.4: near
        matter(pending=D(2026, 1, 20)),  # due 20.4: overdue
        matter(pending=D(2026, 1, 10)),  # due 10.4: overdue, earlier
        matter(pending=D(2026, 3, 1), decided_on=D(2026, 3, 2)),  # met
    ]
    found = deadlines_of_all(matters, on)
    assert [d.status.value for d in found] == ["near", "overdue", "overdue", "met"]
    assert worst(found).due == D(2026, 4, 10)
    assert worst(found[:1]).status is DeadlineStatus.NEAR
    assert worst([]) is None


def test_unknown_event_name_is_an_error():
    with pytest.raises(KeyError):
        matter().event("born_on")
