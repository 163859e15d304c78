"""The engine against a plain reading of contracts v1 and v2 (DOMAIN.md), on generated cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rulecases import AS_OF

from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.domain.client import ClientFacts
from omatyontekija.domain.identity import age_on
from omatyontekija.rules import (
    ClientCase,
    Outcome,
    load_rule_set_file,
    suggest,
    suggest_many,
    suggest_rows,
)
from omatyontekija.rules.case import fact_row
from omatyontekija.rules.predicates import ROW_FIELDS

V1_FILE = Path(__file__).parent / "data" / "contract_v1_disability_services.json"
LIGHT = {"transport_service", "assistive_devices", "home_modifications"}


def contract(
    case: ClientCase, on: dt.date, version: int = 2
) -> tuple[str, tuple[str, ...], str | None]:
    """DOMAIN.md's rules, written as plainly as the text reads (defaults spelled out)."""
    f = case.facts
    services = set(case.services)
    units = {SERVICES_BY_CODE[s].unit.value for s in services}
    can_seek = True if f.can_seek_services is None else f.can_seek_services
    can_act = True if f.can_act_with_network is None else f.can_act_with_network
    child = case.birth_date is not None and age_on(case.birth_date, on) < 18
    fired = []
    if not can_seek:
        fired.append("S1")
    if f.needs_multisector_coordination or (len(services) >= 3 and len(units) >= 2):
        fired.append("S2")
    if child and (len(units) >= 2 or len(services) >= 3):
        fired.append("S3")
    if f.no_suitable_service_found:
        fired.append("S4")
    if "child_protection" in units:
        fired.append("L1")
    if "informal_care_support" in services:
        fired.append("C1")
    if f.intellectual_disability and (not can_seek or not can_act):
        fired.append("C2")
    if (
        f.clientship_since
        and f.current_worker_since
        and age_on(f.clientship_since, on) >= 5
        and age_on(f.current_worker_since, on) >= 2
    ):
        fired.append("C3")
    if f.life_situation_reason and f.life_situation_reason.strip():
        fired.append("C4")
    if version >= 2 and f.client_requests_named_worker:
        fired.append("C5")
    if "intensified_support" in services:
        fired.append("A1")
    if len(services) == 1 and not fired and (version < 2 or services <= LIGHT):
        fired.append("N1")
    if set(fired) & {"S1", "S2", "S3", "S4", "L1"}:
        return "needed", tuple(fired), "social_worker"
    if set(fired) & {"C1", "C2", "C3", "C4", "C5", "A1"}:
        return "needed", tuple(fired), "social_worker_or_counsellor"
    if fired == ["N1"]:
        return "not_needed", tuple(fired), None
    return "consider", (), None


maybe_bool = st.sampled_from([None, True, False])
maybe_date = st.one_of(st.none(), st.dates(dt.date(2010, 1, 1), dt.date(2025, 1, 1)))

cases = st.builds(
    ClientCase,
    id=st.integers(1, 10**6),
    birth_date=st.one_of(st.none(), st.dates(dt.date(1930, 1, 1), AS_OF)),
    services=st.lists(st.sampled_from(sorted(SERVICES_BY_CODE)), max_size=5).map(tuple),
    facts=st.builds(
        ClientFacts,
        can_seek_services=maybe_bool,
        can_act_with_network=maybe_bool,
        client_requests_named_worker=maybe_bool,
        needs_multisector_coordination=maybe_bool,
        no_suitable_service_found=maybe_bool,
        intellectual_disability=maybe_bool,
        clientship_since=maybe_date,
        current_worker_since=maybe_date,
        life_situation_reason=st.sampled_from([None, "", " ", "syy"]),
    ),
)


@settings(max_examples=400, deadline=None)
@given(cases)
def test_engine_agrees_with_contract_v2(case):
    suggestion = suggest(case, as_of=AS_OF)
    outcome, rules, role = contract(case, AS_OF)
    assert (suggestion.outcome.value, suggestion.rules) == (outcome, rules)
    assert (None if suggestion.worker_role is None else suggestion.worker_role.value) == role
    if suggestion.outcome is not Outcome.CONSIDER:
        assert suggestion.missing == ()


@settings(max_examples=300, deadline=None)
@given(cases)
def test_a_contract_v1_file_behaves_as_contract_v1(case):
    suggestion = suggest(case, load_rule_set_file(V1_FILE), as_of=AS_OF)
    outcome, rules, role = contract(case, AS_OF, version=1)
    assert (suggestion.outcome.value, suggestion.rules) == (outcome, rules)
    assert (None if suggestion.worker_role is None else suggestion.worker_role.value) == role


def as_driver_row(case: ClientCase) -> tuple:
    """The case as SQLite's driver hands it over: ISO text dates, 1/0 flags, codes in one text."""
    row = list(fact_row(case))

    def text(day):
        return None if day is None else day.isoformat()

    for index, value in enumerate(row):
        if isinstance(value, dt.date):
            row[index] = text(value)
        elif isinstance(value, bool):
            row[index] = int(value)
    row[ROW_FIELDS.index("services")] = " ".join(case.services) or None
    return (*row, 7, "40100")  # the store's trailing named worker and postal code


@settings(max_examples=300, deadline=None)
@given(st.lists(cases, min_size=1, max_size=8))
def test_driver_rows_give_the_suggestions_of_their_cases(many):
    # The bulk path reads the database's own values; predicates must not tell 1 from True.
    assert list(suggest_rows([as_driver_row(c) for c in many], as_of=AS_OF)) == suggest_many(
        many, as_of=AS_OF
    )


def test_an_unknown_service_code_in_a_row_names_the_client():
    row = as_driver_row(ClientCase(42, AS_OF, ("no_such_service",)))
    with pytest.raises(ValueError, match="client 42: unknown service code 'no_such_service'"):
        list(suggest_rows([row], as_of=AS_OF))
