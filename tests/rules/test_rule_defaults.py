"""Facts not recorded read as the contract's defaults; "consider" names those that would decide."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from rulecases import AS_OF, make_case, years_before

from omatyontekija.domain.client import ClientFacts
from omatyontekija.rules import FACT_DEFAULTS, Outcome, suggest

SERVICE_SETS = [
    (),
    ("transport_service",),
    ("transport_service", "assistive_devices"),
    ("informal_care_support",),
    ("transport_service", "assistive_devices", "guidance_support"),
    ("foster_care",),
]


def test_defaults_are_those_of_contract_v2():
    assert FACT_DEFAULTS == {
        "services": (),
        "can_seek_services": True,
        "can_act_with_network": True,
        "client_requests_named_worker": False,
        "needs_multisector_coordination": False,
        "no_suitable_service_found": False,
        "intellectual_disability": False,
        "clientship_since": None,
        "current_worker_since": None,
        "life_situation_reason": None,
    }


@pytest.mark.parametrize("services", SERVICE_SETS)
def test_unrecorded_facts_give_the_same_rules_as_their_defaults(services):
    defaults = {f.name: FACT_DEFAULTS[f.name] for f in dataclasses.fields(ClientFacts)}
    unrecorded = suggest(make_case(*services), as_of=AS_OF)
    recorded = suggest(make_case(*services, **defaults), as_of=AS_OF)
    assert unrecorded.rules == recorded.rules
    assert unrecorded.outcome is recorded.outcome


def test_consider_lists_every_unrecorded_fact_that_could_decide():
    suggestion = suggest(make_case("transport_service", "assistive_devices"), as_of=AS_OF)
    assert suggestion.outcome is Outcome.CONSIDER
    assert suggestion.missing == (
        "can_seek_services",
        "needs_multisector_coordination",
        "no_suitable_service_found",
        "intellectual_disability",
        "can_act_with_network",
        "clientship_since",
        "current_worker_since",
        "life_situation_reason",
        "client_requests_named_worker",
    )


def test_consider_does_not_list_recorded_facts():
    case = make_case(
        "transport_service",
        "assistive_devices",
        can_seek_services=True,
        needs_multisector_coordination=False,
        life_situation_reason="",
    )
    missing = suggest(case, as_of=AS_OF).missing
    assert "can_seek_services" not in missing
    assert "needs_multisector_coordination" not in missing
    assert "life_situation_reason" not in missing
    assert "no_suitable_service_found" in missing


def test_unknown_birth_date_is_missing_when_the_child_rule_could_fire():
    case = make_case("transport_service", "guidance_support", birth_date=None)
    assert "birth_date" in suggest(case, as_of=AS_OF).missing


def test_unknown_birth_date_is_not_missing_when_services_are_too_few():
    case = make_case("transport_service", "assistive_devices", birth_date=None)
    assert "birth_date" not in suggest(case, as_of=AS_OF).missing


def test_recorded_absence_of_disability_drops_the_c2_facts():
    case = make_case("transport_service", "assistive_devices", intellectual_disability=False)
    missing = suggest(case, as_of=AS_OF).missing
    assert "intellectual_disability" not in missing
    assert "can_act_with_network" not in missing


def test_with_disability_recorded_only_the_abilities_are_missing():
    case = make_case(
        "transport_service",
        "assistive_devices",
        intellectual_disability=True,
        can_seek_services=True,
    )
    missing = suggest(case, as_of=AS_OF).missing
    assert "can_act_with_network" in missing
    assert "intellectual_disability" not in missing


def test_short_known_clientship_drops_the_worker_date():
    case = make_case(
        "transport_service", "assistive_devices", clientship_since=years_before(AS_OF, 1)
    )
    missing = suggest(case, as_of=AS_OF).missing
    assert "clientship_since" not in missing
    assert "current_worker_since" not in missing


def test_long_known_clientship_asks_for_the_worker_date():
    case = make_case("transport_service", "assistive_devices", clientship_since=dt.date(2000, 1, 1))
    missing = suggest(case, as_of=AS_OF).missing
    assert "current_worker_since" in missing
    assert "clientship_since" not in missing


def test_not_needed_and_needed_carry_no_missing_facts():
    assert suggest(make_case("transport_service"), as_of=AS_OF).missing == ()
    assert suggest(make_case("foster_care"), as_of=AS_OF).missing == ()


def test_as_of_defaults_to_today():
    # a clientship begun today is zero years long on the default date, ten on a later one
    today = dt.date.today()
    case = make_case("transport_service", clientship_since=today, current_worker_since=today)
    assert suggest(case).rules == ("N1",)
    later = dt.date(today.year + 10, 12, 31)
    assert suggest(case, as_of=later).rules == ("C3",)
