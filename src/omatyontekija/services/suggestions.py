"""Named-worker suggestions for stored clients."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import tee
from typing import NamedTuple

from omatyontekija.domain.client import Client
from omatyontekija.rules import (
    Suggestion,
    case_of,
    default_rule_set,
    suggest,
    suggest_rows,
)
from omatyontekija.services.clients import get_client
from omatyontekija.services.context import Context
from omatyontekija.store.cases import NAMED_WORKER, POSTAL_CODE, fact_rows


class ClientSuggestion(NamedTuple):
    # A tuple, not a frozen dataclass: 100 000 of them are made at a time.
    client_id: int
    named_worker_id: int | None
    postal_code: str
    suggestion: Suggestion


def suggestion_for(ctx: Context, client: Client) -> Suggestion:
    """The suggestion for a client record as it stands (facts possibly edited, not saved)."""
    return suggest(case_of(client), default_rule_set(), ctx.today)


def suggestion_for_client(ctx: Context, client_id: int) -> tuple[Client, Suggestion]:
    client = get_client(ctx, client_id)
    return client, suggestion_for(ctx, client)


def all_suggestions(
    ctx: Context, client_ids: list[int] | None = None
) -> Iterator[ClientSuggestion]:
    """Suggestions for every client (or the given ones) by id, evaluated in bulk from fact rows.

    One at a time, as the rows stream from one read transaction: callers count
    or pick, and holding 100 000 rows or suggestions at once costs more (in
    allocation and garbage collection) than evaluating them. Iterate to the end
    promptly; the transaction closes with the iteration.
    """
    with ctx.db.read() as session:
        rows, evaluated = tee(fact_rows(session, client_ids))
        suggestions = suggest_rows(evaluated, default_rule_set(), ctx.today)
        make = ClientSuggestion._make  # without the keyword handling of the constructor
        for row, suggestion in zip(rows, suggestions, strict=True):
            yield make((row[0], row[NAMED_WORKER], row[POSTAL_CODE], suggestion))
