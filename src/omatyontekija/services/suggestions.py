"""Named-worker suggestions for stored clients."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from itertools import tee
from typing import NamedTuple

from omatyontekija.domain.access import Action
from omatyontekija.domain.client import Client
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.rules import (
    RuleSet,
    Suggestion,
    case_of,
    default_rule_set,
    load_rule_set,
    suggest,
    suggest_rows,
)
from omatyontekija.services.trust.use_case import ClientNotFound, Work, use_case
from omatyontekija.store.cases import NAMED_WORKER, POSTAL_CODE


class ClientSuggestion(NamedTuple):
    # A tuple, not a frozen dataclass: 100 000 of them are made at a time.
    client_id: int
    named_worker_id: int | None
    postal_code: str
    suggestion: Suggestion


def rule_set_of(unit: str) -> RuleSet:
    """The unit's rule set; a unit an administrator added without one uses the default."""
    try:
        return load_rule_set(unit)
    except ValueError:
        return default_rule_set()


def suggestion_for(client: Client, on: dt.date, unit: str = DEFAULT_UNIT) -> Suggestion:
    """The suggestion for a client record as it stands (facts possibly edited, not saved): a
    pure evaluation of data the caller already has, by ``unit``'s rule set."""
    return suggest(case_of(client), rule_set_of(unit), on)


@use_case(Action.VIEW, client="client_id")
def suggestion_for_client(
    work: Work, client_id: int, *, reason: str | None = None, unit: str = DEFAULT_UNIT
) -> tuple[Client, Suggestion]:
    """The client's record and the suggestion for it by ``unit``'s rule set, on the work's
    day (``--as-of``)."""
    client = work.clients.load_client(client_id, on=work.today)
    if client is None:
        raise ClientNotFound(client_id)
    return client, suggestion_for(client, work.today, unit)


@use_case(None, listing=True, streams=True)
def all_suggestions(
    work: Work, client_ids: list[int] | None = None, *, except_named_to: Collection[int] = ()
) -> Iterator[ClientSuggestion]:
    """Suggestions for every client (or the given ones), evaluated in bulk from fact rows,
    streamed from one transaction: iterate to the end promptly. ``except_named_to``:
    leave out the clients whose named worker is one of these worker ids.

    Only ids and outcomes, no client's data: counted or picked by the caller,
    not logged (what is then shown of a client is).
    """
    yield from _evaluate_all(work, client_ids, except_named_to)


def unit_suggestions(work: Work, unit: str) -> Iterator[ClientSuggestion]:
    """Inside a use case: the suggestion for every client in ``unit`` (a service of it or a
    named worker there) by the unit's rule set, with the unit's named worker; disability
    services' are ``all_suggestions``'."""
    if unit == DEFAULT_UNIT:
        yield from _evaluate_all(work, None)
        return
    client_ids = work.units.clients_in_unit(unit)
    workers = work.units.unit_worker_ids(unit)
    rule_set = rule_set_of(unit)
    make = ClientSuggestion._make
    for start in range(0, len(client_ids), _CHUNK):
        rows = list(work.cases.fact_rows(client_ids[start : start + _CHUNK]))
        for row, suggestion in zip(
            rows, suggest_rows(iter(rows), rule_set, work.today), strict=True
        ):
            yield make((row[0], workers.get(row[0]), row[POSTAL_CODE], suggestion))


# Below SQLite's limit on bound parameters in one statement.
_CHUNK = 5000


def _evaluate_all(
    work: Work, client_ids: list[int] | None, except_named_to: Collection[int] = ()
) -> Iterator[ClientSuggestion]:
    # One at a time as the rows stream: holding 100 000 rows or suggestions at once costs
    # more (in allocation and garbage collection) than evaluating them.
    rows, evaluated = tee(work.cases.fact_rows(client_ids, except_named_to=except_named_to))
    suggestions = suggest_rows(evaluated, default_rule_set(), work.today)
    make = ClientSuggestion._make  # without the keyword handling of the constructor
    for row, suggestion in zip(rows, suggestions, strict=True):
        yield make((row[0], row[NAMED_WORKER], row[POSTAL_CODE], suggestion))
