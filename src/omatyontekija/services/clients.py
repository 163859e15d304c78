"""Finding clients and opening a client's record."""

from __future__ import annotations

from dataclasses import dataclass

from omatyontekija.domain.client import Client, ClientRow
from omatyontekija.domain.search import SearchTerms, parse_search
from omatyontekija.services.context import Context
from omatyontekija.store import clients as client_store

PAGE_SIZE = 200


class ClientNotFound(LookupError):
    def __init__(self, client_id: int) -> None:
        super().__init__(f"no client with id {client_id}")
        self.client_id = client_id


@dataclass(frozen=True, slots=True)
class ClientPage:
    rows: tuple[ClientRow, ...]
    # Where the next page starts; None when this was the last one.
    next_after: tuple[str, int] | None


def find_clients(
    ctx: Context,
    text: str | SearchTerms,
    *,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> ClientPage:
    """A page of clients matching the search text, in name order.

    Raises InvalidIdentityCode when the text is a whole identity code that is wrong.
    """
    terms = text if isinstance(text, SearchTerms) else parse_search(text)
    with ctx.db.read() as session:
        # One row more than asked tells whether another page exists.
        found = client_store.search_rows(session, terms, on=ctx.today, after=after, limit=limit + 1)
    more = len(found) > limit
    found = found[:limit]
    return ClientPage(tuple(row for _, row in found), found[-1][0] if more else None)


def count_clients(ctx: Context, text: str | SearchTerms, *, cap: int | None = None) -> int:
    """How many clients match; with ``cap`` the answer is at most cap + 1 ("more than cap")."""
    terms = text if isinstance(text, SearchTerms) else parse_search(text)
    with ctx.db.read() as session:
        return client_store.count_clients(session, terms, cap=cap)


def get_client(ctx: Context, client_id: int) -> Client:
    with ctx.db.read() as session:
        client = client_store.load_client(session, client_id, on=ctx.today)
    if client is None:
        raise ClientNotFound(client_id)
    return client
