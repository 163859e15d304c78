"""Named-worker suggestions for stored clients."""

from __future__ import annotations

from typing import NamedTuple

from omatyontekija.domain.client import Client
from omatyontekija.rules import (
    Suggestion,
    case_of,
    default_rule_set,
    suggest,
    suggest_many,
)
from omatyontekija.services.clients import get_client
from omatyontekija.services.context import Context
from omatyontekija.store.cases import load_case_rows


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


def all_suggestions(ctx: Context, client_ids: list[int] | None = None) -> list[ClientSuggestion]:
    """Suggestions for every client (or the given ones), evaluated in bulk."""
    with ctx.db.read() as session:
        rows = load_case_rows(session, client_ids)
    suggestions = suggest_many((r[0] for r in rows), default_rule_set(), ctx.today)
    return [
        ClientSuggestion(case.id, named, postal, suggestion)
        for (case, named, postal), suggestion in zip(rows, suggestions, strict=True)
    ]
