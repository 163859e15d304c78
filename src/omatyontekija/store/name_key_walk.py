"""A page of a name search read in list order one name key at a time, with no sort.

The name index is (key, sort_key, client_id): within one key the clients come
in list order, but a prefix range covering several keys comes key by key, and
so had to be sorted whole before the first row ("aaltonen a": the 6 000
Aaltonens of 300 000 clients, each checked for the other token, then sorted —
25 ms for a page of 60). A prefix that covers a few keys ("aaltonen": one) is
read per key in list order, each key's walk stopping at the page, and the keys'
pages are merged: a dense second token ("a", "an") checks about a page of
clients, a sparse one at most the clients of that key.
"""

from __future__ import annotations

import heapq
from functools import cache

from sqlalchemy import Select, bindparam, literal, select
from sqlalchemy.orm import Session, aliased

from omatyontekija.store import bare
from omatyontekija.store.keyset import past
from omatyontekija.store.models import ClientNameKeyRecord


def has_name_key(client_id, number: int):
    """The client (``client_id``, a column) has a name key in token ``number``'s range
    (bound parameters ``low_N`` and ``high_N``): one token of a search, as a test of each
    row read.

    A scalar subquery, not EXISTS: PostgreSQL turns EXISTS into a semi-join it may run as a
    hash join, which loses the list order of the rows, and then sorts every match
    ("Aaltonen Aa": 6 138 rows sorted for a page of 61, 19–30 ms, its row estimate wrong by
    a hundredfold); a subquery in the WHERE clause is checked row by row as the index gives
    them, and the page stops at its limit (0.4 ms). SQLite runs both the same way."""
    key = aliased(ClientNameKeyRecord)
    return (
        select(literal(1))
        .where(
            key.client_id == client_id,
            key.key >= bindparam(f"low_{number}"),
            key.key < bindparam(f"high_{number}"),
        )
        .limit(1)
        .scalar_subquery()
        .is_not(None)
    )


SortKey = tuple[str, int]

# A prefix covering more keys than this ("a": thousands) is read another way.
MOST_KEYS = 8


@cache
def _keys_walk() -> Select:
    """The distinct name keys from ``low`` up to ``high`` in order, at most ``most`` + 1:
    a loose index scan (one index seek per key) as a recursive query, so that the keys
    come in one statement (on PostgreSQL each statement is a round trip; one seek per
    statement took eleven for a prefix with eight keys)."""
    keys, following = aliased(ClientNameKeyRecord), aliased(ClientNameKeyRecord)
    high = bindparam("high")
    first = (
        select(keys.key)
        .where(keys.key >= bindparam("low"), keys.key < high)
        .order_by(keys.key)
        .limit(1)
        .scalar_subquery()
    )
    walk = select(first.label("key"), literal(1).label("n")).cte("key_walk", recursive=True)
    after = (
        select(following.key)
        .where(following.key > walk.c.key, following.key < high)
        .order_by(following.key)
        .limit(1)
        .scalar_subquery()
    )
    walk = walk.union_all(
        select(after, walk.c.n + 1).where(walk.c.key.is_not(None), walk.c.n <= bindparam("most"))
    )
    return select(walk.c.key).where(walk.c.key.is_not(None)).order_by(walk.c.n)


def keys_in_range(session: Session, low: str, high: str, most: int = MOST_KEYS) -> list[str] | None:
    """The distinct name keys from ``low`` up to ``high``, in order, by one index seek each;
    None when there are more than ``most``."""
    # One plan whatever the range: a seek per key on the key index (one_plan).
    params = {"low": low, "high": high, "most": most}
    found = bare.rows(session, _keys_walk(), params, one_plan=True)
    keys = [row[0] for row in found]
    return keys if len(keys) <= most else None


@cache
def _key_page(other_tokens: int, *, after: bool) -> Select:
    """(sort_key, client_id) of the clients with name key ``key`` that have a name key in each
    other token's range, in list order: an equality on the index's first column, so the
    rows come in (sort_key, client_id) order and the walk stops at ``limit``."""
    keys = ClientNameKeyRecord
    query = select(keys.sort_key, keys.client_id).where(keys.key == bindparam("key"))
    for number in range(1, other_tokens + 1):
        query = query.where(has_name_key(keys.client_id, number))
    if after:
        query = query.where(
            past(keys.sort_key, keys.client_id, bindparam("after_key"), bindparam("after_id"))
        )
    return query.order_by(keys.sort_key, keys.client_id).limit(bindparam("limit"))


def page_by_keys(
    session: Session,
    keys: list[str],
    others: dict[str, str],
    other_tokens: int,
    after: SortKey | None,
    limit: int,
) -> list[int]:
    """The ids of the first ``limit`` clients (after ``after``) having one of ``keys`` and a
    name key in each other token's range (``others``: low_1, high_1, …), in list order.

    Each key gives at most ``limit`` clients, distinct within it; a client in the first
    ``limit`` of the union is in the first ``limit`` of its own key, so merging the keys'
    pages and dropping repeats (a client with two of the keys) is the whole answer.
    """
    statement = _key_page(other_tokens, after=after is not None)
    params: dict[str, object] = {**others, "limit": limit}
    if after is not None:
        params["after_key"], params["after_id"] = after
    pages = []
    for key in keys:
        params["key"] = key
        # One plan whatever the key: an equality on the index's first column (one_plan).
        found = bare.rows(session, statement, params, one_plan=True)
        pages.append([(row[0], row[1]) for row in found])
    ids: list[int] = []
    for _sort_key, client_id in heapq.merge(*pages):
        if not ids or ids[-1] != client_id:
            ids.append(client_id)
            if len(ids) == limit:
                break
    return ids
