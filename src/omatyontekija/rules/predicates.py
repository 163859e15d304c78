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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.domain.identity import age_on

# Kinds of parameter a predicate can need; rule-set loading checks each value.
COUNT = "count"  # a whole number >= 0 (services, units)
YEARS = "years"  # a whole number of years >= 0 (ages, durations)
SERVICE = "service"  # a service code of the catalog
UNIT = "unit"  # a service unit (disability_services, ...)

UNIT_OF: dict[str, str] = {code: str(s.unit) for code, s in SERVICES_BY_CODE.items()}


# What each position of a fact row holds; see ``situations``.
ROW_FIELDS = (
    "id",
    "birth_date",
    "services",
    "can_seek_services",
    "can_act_with_network",
    "needs_multisector_coordination",
    "no_suitable_service_found",
    "intellectual_disability",
    "clientship_since",
    "current_worker_since",
    "life_situation_reason",
)


class Situation:
    """One case as the predicates read it: the facts, with counts and whole years
    computed once per case.

    Fact attributes are named as in ``ClientFacts`` (``None`` = not recorded),
    except the two dates, which the rules only ever read as whole years on the
    as-of date: ``clientship_years`` and ``current_worker_years``.
    """

    __slots__ = (
        "age",
        "can_act_with_network",
        "can_seek_services",
        "clientship_years",
        "current_worker_years",
        "intellectual_disability",
        "life_situation_reason",
        "needs_multisector_coordination",
        "no_suitable_service_found",
        "service_count",
        "services",
        "units",
    )


class _Years(dict):
    """Date (or its ISO text) → completed years on the as-of date, each distinct
    value computed once: there are far fewer distinct dates than clients."""

    def __init__(self, as_of: dt.date) -> None:
        super().__init__({None: None})
        self.as_of = as_of

    def __missing__(self, day: dt.date | str) -> int:
        date = dt.date.fromisoformat(day) if isinstance(day, str) else day
        years = self[day] = age_on(date, self.as_of)
        return years


class _Services(dict):
    """Service codes → (set of codes, how many, set of units), each combination once."""

    def __missing__(self, codes: tuple[str, ...] | str | None):
        unique = frozenset(codes.split() if isinstance(codes, str) else codes or ())
        # KeyError for a code outside the catalog; situations() turns it into a ValueError
        value = self[codes] = (unique, len(unique), frozenset(map(UNIT_OF.__getitem__, unique)))
        return value


# A recorded yes/no fact comes as a bool or as SQLite's 1/0, so predicates
# compare with these (True == 1, False == 0) and never with "is".
YES, NO = True, False


def situations(rows: Iterable[Sequence], as_of: dt.date) -> Iterator[Situation]:
    """The situation of each fact row on ``as_of``, lazily, in order.

    A fact row is a sequence holding ``ROW_FIELDS`` in that order (further items
    are ignored): the client id, birth date (``None`` if unknown), the service
    codes, then the facts of ``ClientFacts`` in their order. Values may come as
    a database driver returns them: dates as ``date`` or ISO text, yes/no facts
    as ``bool`` or 0/1, service codes as a tuple or one space-separated text
    (``None`` for none). So the store hands its rows over untouched and the
    whole database is evaluated without building anything per client but this.

    Raises ValueError naming the client for a service code outside the catalog.
    """
    years, combinations = _Years(as_of), _Services()
    for row in rows:
        try:
            codes, count, units = combinations[row[2]]
        except KeyError as error:
            raise ValueError(f"client {row[0]}: unknown service code {error.args[0]!r}") from None
        s = Situation()
        s.services, s.service_count, s.units = codes, count, units
        s.age = years[row[1]]
        s.can_seek_services = row[3]
        s.can_act_with_network = row[4]
        s.needs_multisector_coordination = row[5]
        s.no_suitable_service_found = row[6]
        s.intellectual_disability = row[7]
        s.clientship_years = years[row[8]]
        s.current_worker_years = years[row[9]]
        s.life_situation_reason = row[10]
        yield s


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


def _unrecorded(s: Situation, name: str) -> tuple[str, ...]:
    return (name,) if getattr(s, name) is None else ()


@predicate("S1")
def _s1(_p: Mapping[str, Any]) -> Check:
    # default: the client can seek services (True), so only a recorded False fires
    return Check(
        lambda s: s.can_seek_services == NO,
        lambda s: _unrecorded(s, "can_seek_services"),
    )


@predicate("S2", min_services=COUNT, min_units=COUNT)
def _s2(p: Mapping[str, Any]) -> Check:
    min_services, min_units = p["min_services"], p["min_units"]

    def broad(s: Situation) -> bool:
        return s.service_count >= min_services and len(s.units) >= min_units

    return Check(
        lambda s: s.needs_multisector_coordination == YES or broad(s),
        lambda s: () if broad(s) else _unrecorded(s, "needs_multisector_coordination"),
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
        lambda s: s.no_suitable_service_found == YES,
        lambda s: _unrecorded(s, "no_suitable_service_found"),
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
        return s.intellectual_disability == YES and (
            s.can_seek_services == NO or s.can_act_with_network == NO
        )

    def undecided(s: Situation) -> tuple[str, ...]:
        if s.intellectual_disability == NO:
            return ()
        if s.can_seek_services == NO or s.can_act_with_network == NO:
            inability: tuple[str, ...] = ()  # already there; only the diagnosis is open
        else:
            inability = _unrecorded(s, "can_seek_services") + _unrecorded(s, "can_act_with_network")
            if not inability:
                return ()  # both abilities recorded as present: cannot fire
        return _unrecorded(s, "intellectual_disability") + inability

    return Check(fires, undecided)


@predicate("C3", clientship_years=YEARS, worker_years=YEARS)
def _c3(p: Mapping[str, Any]) -> Check:
    clientship_years, worker_years = p["clientship_years"], p["worker_years"]

    # durations are whole years counted on the as-of date, like ages
    def fires(s: Situation) -> bool:
        since, worker = s.clientship_years, s.current_worker_years
        return (
            since is not None
            and worker is not None
            and since >= clientship_years
            and worker >= worker_years
        )

    def undecided(s: Situation) -> tuple[str, ...]:
        since, worker = s.clientship_years, s.current_worker_years
        if since is not None and since < clientship_years:
            return ()
        if worker is not None and worker < worker_years:
            return ()
        return (("clientship_since",) if since is None else ()) + (
            ("current_worker_since",) if worker is None else ()
        )

    return Check(fires, undecided)


@predicate("C4")
def _c4(_p: Mapping[str, Any]) -> Check:
    def fires(s: Situation) -> bool:
        reason = s.life_situation_reason
        return reason is not None and reason.strip() != ""

    return Check(fires, lambda s: _unrecorded(s, "life_situation_reason"))


@predicate("N1")
def _n1(_p: Mapping[str, Any]) -> Check:
    # "and none of the rules above fired" is the group's meaning, applied by the engine
    return Check(lambda s: s.service_count == 1, _never_undecided)
