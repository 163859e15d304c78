"""The rule predicates: code, registered by rule id.

A rule file decides which rules a set has, their order, group, texts, sources
and parameters; the *test* of each rule is a small function here. A predicate
is built once per rule set from the rule's parameters (so thresholds are read
from data, not written in code) and returns a ``Check``:

- ``fires(situation)``: whether the rule fires, reading an unrecorded fact
  (``None`` in ``ClientFacts``) as its contract default;
- ``undecided(situation)``: the unrecorded facts whose value could make the
  rule fire (empty if no value could), for a "consider" suggestion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.domain.client import ClientFacts
from omatyontekija.domain.identity import age_on

# Kinds of parameter a predicate can need; rule-set loading checks each value.
COUNT = "count"  # a whole number >= 0 (services, units)
YEARS = "years"  # a whole number of years >= 0 (ages, durations)
SERVICE = "service"  # a service code of the catalog
UNIT = "unit"  # a service unit (disability_services, ...)

UNIT_OF: dict[str, str] = {code: str(s.unit) for code, s in SERVICES_BY_CODE.items()}


class Situation:
    """One case prepared for the predicates: counts and age computed once per case."""

    __slots__ = ("age", "as_of", "facts", "service_count", "services", "units")

    def __init__(
        self,
        facts: ClientFacts,
        services: tuple[str, ...],
        birth_date: dt.date | None,
        as_of: dt.date,
    ) -> None:
        codes = frozenset(services)
        self.facts = facts
        self.services = codes
        self.service_count = len(codes)
        # KeyError for a code outside the catalog; suggest() turns it into a ValueError
        self.units = frozenset(map(UNIT_OF.__getitem__, codes))
        self.age = None if birth_date is None else age_on(birth_date, as_of)
        self.as_of = as_of


@dataclass(frozen=True, slots=True)
class Check:
    fires: Callable[[Situation], bool]
    undecided: Callable[[Situation], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class PredicateSpec:
    rule_id: str
    parameters: Mapping[str, str]  # parameter name -> kind
    build: Callable[[Mapping[str, Any]], Check]


PREDICATES: dict[str, PredicateSpec] = {}


def predicate(rule_id: str, **parameters: str):
    """Register the decorated builder as the predicate of ``rule_id``."""

    def register(build: Callable[[Mapping[str, Any]], Check]):
        PREDICATES[rule_id] = PredicateSpec(rule_id, parameters, build)
        return build

    return register


def _never_undecided(_s: Situation) -> tuple[str, ...]:
    return ()


def _unrecorded(facts: ClientFacts, name: str) -> tuple[str, ...]:
    return (name,) if getattr(facts, name) is None else ()


@predicate("S1")
def _s1(_p: Mapping[str, Any]) -> Check:
    # default: the client can seek services (True), so only a recorded False fires
    return Check(
        lambda s: s.facts.can_seek_services is False,
        lambda s: _unrecorded(s.facts, "can_seek_services"),
    )


@predicate("S2", min_services=COUNT, min_units=COUNT)
def _s2(p: Mapping[str, Any]) -> Check:
    min_services, min_units = p["min_services"], p["min_units"]

    def broad(s: Situation) -> bool:
        return s.service_count >= min_services and len(s.units) >= min_units

    return Check(
        lambda s: s.facts.needs_multisector_coordination is True or broad(s),
        lambda s: () if broad(s) else _unrecorded(s.facts, "needs_multisector_coordination"),
    )


@predicate("S3", adult_age=YEARS, min_units=COUNT, min_services=COUNT)
def _s3(p: Mapping[str, Any]) -> Check:
    adult_age, min_units, min_services = p["adult_age"], p["min_units"], p["min_services"]

    def broad(s: Situation) -> bool:
        return len(s.units) >= min_units or s.service_count >= min_services

    return Check(
        lambda s: s.age is not None and s.age < adult_age and broad(s),
        lambda s: ("birth_date",) if s.age is None and broad(s) else (),
    )


@predicate("S4")
def _s4(_p: Mapping[str, Any]) -> Check:
    return Check(
        lambda s: s.facts.no_suitable_service_found is True,
        lambda s: _unrecorded(s.facts, "no_suitable_service_found"),
    )


@predicate("L1", unit=UNIT)
def _l1(p: Mapping[str, Any]) -> Check:
    unit = p["unit"]
    return Check(lambda s: unit in s.units, _never_undecided)


def _has_service(p: Mapping[str, Any]) -> Check:
    service = p["service"]
    return Check(lambda s: service in s.services, _never_undecided)


predicate("C1", service=SERVICE)(_has_service)
predicate("A1", service=SERVICE)(_has_service)


@predicate("C2")
def _c2(_p: Mapping[str, Any]) -> Check:
    def fires(s: Situation) -> bool:
        f = s.facts
        return f.intellectual_disability is True and (
            f.can_seek_services is False or f.can_act_with_network is False
        )

    def undecided(s: Situation) -> tuple[str, ...]:
        f = s.facts
        if f.intellectual_disability is False:
            return ()
        if f.can_seek_services is False or f.can_act_with_network is False:
            inability: tuple[str, ...] = ()  # already there; only the diagnosis is open
        else:
            inability = _unrecorded(f, "can_seek_services") + _unrecorded(f, "can_act_with_network")
            if not inability:
                return ()  # both abilities recorded as present: cannot fire
        return _unrecorded(f, "intellectual_disability") + inability

    return Check(fires, undecided)


@predicate("C3", clientship_years=YEARS, worker_years=YEARS)
def _c3(p: Mapping[str, Any]) -> Check:
    clientship_years, worker_years = p["clientship_years"], p["worker_years"]

    def fires(s: Situation) -> bool:
        since, worker = s.facts.clientship_since, s.facts.current_worker_since
        # durations are whole years counted on the as-of date, like ages
        return (
            since is not None
            and worker is not None
            and age_on(since, s.as_of) >= clientship_years
            and age_on(worker, s.as_of) >= worker_years
        )

    def undecided(s: Situation) -> tuple[str, ...]:
        since, worker = s.facts.clientship_since, s.facts.current_worker_since
        if since is not None and age_on(since, s.as_of) < clientship_years:
            return ()
        if worker is not None and age_on(worker, s.as_of) < worker_years:
            return ()
        return (("clientship_since",) if since is None else ()) + (
            ("current_worker_since",) if worker is None else ()
        )

    return Check(fires, undecided)


@predicate("C4")
def _c4(_p: Mapping[str, Any]) -> Check:
    def fires(s: Situation) -> bool:
        reason = s.facts.life_situation_reason
        return reason is not None and reason.strip() != ""

    return Check(fires, lambda s: _unrecorded(s.facts, "life_situation_reason"))


@predicate("N1")
def _n1(_p: Mapping[str, Any]) -> Check:
    # "and none of the rules above fired" is the group's meaning, applied by the engine
    return Check(lambda s: s.service_count == 1, _never_undecided)
