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
from dataclasses import dataclass, fields
from typing import Any

from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.domain.client import ClientFacts
from omatyontekija.domain.identity import age_on

# Kinds of parameter a predicate can need; rule-set loading checks each value.
COUNT = "count"  # a whole number >= 0 (services, units)
YEARS = "years"  # a whole number of years >= 0 (ages, durations)
SERVICE = "service"  # a service code of the catalog
SERVICES = "services"  # a non-empty list of service codes of the catalog
UNIT = "unit"  # a service unit (disability_services, ...)

UNIT_OF: dict[str, str] = {code: str(s.unit) for code, s in SERVICES_BY_CODE.items()}


# The facts of ``ClientFacts``, in its order: the one list every fact row, the
# store's SELECT and the case builder are derived from, so no position is
# written twice by hand.
FACT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ClientFacts))

# What each position of a fact row holds; see ``situations``.
ROW_FIELDS: tuple[str, ...] = ("id", "birth_date", "services", *FACT_FIELDS)

# The facts the predicates read as whole years on the as-of date, and the
# Situation attribute each becomes.
_YEAR_FACTS = {
    "clientship_since": "clientship_years",
    "current_worker_since": "current_worker_years",
}


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
        "client_requests_named_worker",
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
    make = situation_maker(as_of)
    for row in rows:
        yield make(row)


def situation_maker(as_of: dt.date) -> Callable[[Sequence], Situation]:
    """A function giving the situation of one fact row on ``as_of`` (see ``situations``),
    with the years of each distinct date and each combination of services made once."""
    years, combinations = _Years(as_of), _Services()
    birth, services, fill = ROW_FIELDS.index("birth_date"), ROW_FIELDS.index("services"), _FILL

    def make(row: Sequence) -> Situation:
        try:
            codes, count, units = combinations[row[services]]
        except KeyError as error:
            raise ValueError(f"client {row[0]}: unknown service code {error.args[0]!r}") from None
        s = Situation()
        s.services, s.service_count, s.units = codes, count, units
        s.age = years[row[birth]]
        fill(s, row, years)
        return s

    return make


def _filler() -> Callable[[Situation, Sequence, _Years], None]:
    """A function that copies a row's facts into a Situation, written from ROW_FIELDS.

    Generated once at import so that the positions come from the one field list
    and the hot loop still does plain attribute stores (no per-fact lookups).
    """
    lines = ["def fill(s, row, years):"]
    for index, name in enumerate(ROW_FIELDS):
        if name in _YEAR_FACTS:
            lines.append(f"    s.{_YEAR_FACTS[name]} = years[row[{index}]]")
        elif name in FACT_FIELDS:
            lines.append(f"    s.{name} = row[{index}]")
    namespace: dict[str, Any] = {}
    # the source is built from our own field names only, never from data
    exec("\n".join(lines), namespace)
    return namespace["fill"]


_FILL = _filler()


@dataclass(frozen=True, slots=True)
class Check:
    fires: Callable[[Situation], bool]
    undecided: Callable[[Situation], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class PredicateSpec:
    rule_id: str
    parameters: Mapping[str, str]  # parameter name -> kind
    build: Callable[[Mapping[str, Any]], Check]
    since_contract: int = 1  # the first rules contract that has this rule
    # parameters a contract-2 file may give (name -> (kind, default when left out));
    # a contract-1 file may not, so it keeps its contract-1 meaning
    v2_parameters: Mapping[str, tuple[str, Any]] = ()  # type: ignore[assignment]


PREDICATES: dict[str, PredicateSpec] = {}


def predicate(
    rule_id: str,
    *,
    since_contract: int = 1,
    v2_parameters: Mapping[str, tuple[str, Any]] | None = None,
    **parameters: str,
):
    """Register the decorated builder as the predicate of ``rule_id``."""

    def register(build: Callable[[Mapping[str, Any]], Check]):
        PREDICATES[rule_id] = PredicateSpec(
            rule_id, parameters, build, since_contract, dict(v2_parameters or {})
        )
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


@predicate("C5", since_contract=2)
def _c5(_p: Mapping[str, Any]) -> Check:
    # contract v2: the client's (or guardian's) own wish; default False
    return Check(
        lambda s: s.client_requests_named_worker == YES,
        lambda s: _unrecorded(s, "client_requests_named_worker"),
    )


# Contract v2's default list of single services that make a named worker
# evidently unnecessary (DOMAIN.md; seed 002's example is transport service).
EVIDENTLY_UNNECESSARY_SINGLE_SERVICES = (
    "transport_service",
    "assistive_devices",
    "home_modifications",
)


@predicate(
    "N1",
    v2_parameters={
        "evidently_unnecessary_single_services": (SERVICES, EVIDENTLY_UNNECESSARY_SINGLE_SERVICES)
    },
)
def _n1(p: Mapping[str, Any]) -> Check:
    # "and none of the rules above fired" is the group's meaning, applied by the engine
    single = p.get("evidently_unnecessary_single_services")
    if single is None:  # contract v1: any one service
        return Check(lambda s: s.service_count == 1, _never_undecided)
    light = frozenset(single)
    return Check(lambda s: s.service_count == 1 and s.services <= light, _never_undecided)
