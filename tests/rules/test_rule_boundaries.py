"""The thresholds at their edges: 18th birthday, exactly 5 and 2 years, 3 services and 2 units."""

from __future__ import annotations

import datetime as dt

import pytest
from rulecases import AS_OF, make_case, years_before

from omatyontekija.rules import Outcome, suggest

TWO_UNITS = ("transport_service", "guidance_support")


def test_child_the_day_before_the_18th_birthday():
    born = years_before(AS_OF, 18) + dt.timedelta(days=1)
    assert "S3" in suggest(make_case(*TWO_UNITS, birth_date=born), as_of=AS_OF).rules


def test_adult_on_the_18th_birthday():
    born = years_before(AS_OF, 18)
    assert "S3" not in suggest(make_case(*TWO_UNITS, birth_date=born), as_of=AS_OF).rules


def test_born_on_leap_day_turns_18_on_first_of_march():
    born = dt.date(2004, 2, 29)
    case = make_case(*TWO_UNITS, birth_date=born)
    assert "S3" in suggest(case, as_of=dt.date(2022, 2, 28)).rules
    assert "S3" not in suggest(case, as_of=dt.date(2022, 3, 1)).rules


def test_child_with_three_services_of_one_unit():
    three = ("transport_service", "assistive_devices", "day_activities")
    assert suggest(make_case(*three, birth_date=dt.date(2012, 1, 1)), as_of=AS_OF).rules == ("S3",)


def test_child_with_two_services_of_one_unit_is_not_s3():
    two = ("transport_service", "assistive_devices")
    rules = suggest(make_case(*two, birth_date=dt.date(2012, 1, 1)), as_of=AS_OF).rules
    assert "S3" not in rules


def test_s2_three_services_across_two_units_fires():
    case = make_case("transport_service", "assistive_devices", "guidance_support")
    assert suggest(case, as_of=AS_OF).rules == ("S2",)


def test_s2_three_services_in_one_unit_does_not_fire():
    case = make_case("transport_service", "assistive_devices", "day_activities")
    assert "S2" not in suggest(case, as_of=AS_OF).rules


def test_s2_two_services_across_two_units_does_not_fire():
    assert "S2" not in suggest(make_case(*TWO_UNITS), as_of=AS_OF).rules


def test_s2_a_service_listed_twice_counts_once():
    case = make_case("transport_service", "transport_service", "guidance_support")
    assert "S2" not in suggest(case, as_of=AS_OF).rules


@pytest.mark.parametrize(
    ("clientship", "worker", "fires"),
    [
        (5, 2, True),
        (6, 3, True),
        (5, 1, False),
        (4, 2, False),
    ],
)
def test_c3_exactly_five_and_two_years(clientship, worker, fires):
    case = make_case(
        "transport_service",
        "assistive_devices",
        clientship_since=years_before(AS_OF, clientship),
        current_worker_since=years_before(AS_OF, worker),
    )
    assert ("C3" in suggest(case, as_of=AS_OF).rules) is fires


def test_c3_one_day_short_of_five_years():
    case = make_case(
        "transport_service",
        "assistive_devices",
        clientship_since=years_before(AS_OF, 5) + dt.timedelta(days=1),
        current_worker_since=years_before(AS_OF, 2),
    )
    assert "C3" not in suggest(case, as_of=AS_OF).rules


def test_as_of_moves_the_result():
    case = make_case(
        "transport_service",
        "assistive_devices",
        clientship_since=dt.date(2019, 6, 15),
        current_worker_since=dt.date(2022, 6, 15),
    )
    assert suggest(case, as_of=dt.date(2024, 6, 14)).outcome is Outcome.CONSIDER
    assert suggest(case, as_of=dt.date(2024, 6, 15)).rules == ("C3",)
