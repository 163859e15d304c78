"""Named-worker suggestions for stored clients."""

from __future__ import annotations

from dataclasses import dataclass

from omatyontekija.domain.client import Client
from omatyontekija.rules import (
    ClientCase,
    Suggestion,
    case_of,
    default_rule_set,
    suggest,
    suggest_many,
)
from omatyontekija.services.clients import get_client
from omatyontekija.services.context import Context
from omatyontekija.store.cases import load_case_rows


@dataclass(frozen=True, slots=True)
class ClientSuggestion:
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
    cases = [ClientCase(r[0], r[1], r[5], r[4]) for r in rows]
    suggestions = suggest_many(cases, default_rule_set(), ctx.today)
    return [ClientSuggestion(r[0], r[2], r[3], s) for r, s in zip(rows, suggestions, strict=True)]
