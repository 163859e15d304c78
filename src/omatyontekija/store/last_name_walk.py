"""A page of a two-token name search ("Nieminen Mat") that reads only the rows it shows.

The name index is (key, sort_key, client_id), and a client's sort key begins with
the last name. So the clients whose last name starts with a token ("nieminen")
are one stretch of the list, and the clients with another token's key ("matti")
*in that stretch* are one index range: ``key = 'matti' AND sort_key`` within the
stretch. Read that way, "Nieminen Mat" reads the ~60 Matti Nieminens of a page,
not the 6 000 Nieminens one by one to find them (7–10 ms at 300 000 clients).

A client can also have the token's key elsewhere than at the start of the sort
key (a first name, the second part of a double name). Those are found by a skip
scan of the token's keys in list order that jumps over each stretch whole: one
index seek per stretch and per such client. A token with many of them (a first
name typed first: "Matti Nieminen") is not read this way (``None``: the caller
walks the keys as before).

Each stretch's first characters are taken from a sort key found there, so the
sort order's own letters (å ä ö after z, folded to a and o in name keys) need no
guessing. Every row returned is checked for every token, so the result does not
depend on how sort keys are made, only how quickly it comes.
"""

from __future__ import annotations

import heapq
from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from omatyontekija.store import bare
from omatyontekija.store.id_list import in_ids
from omatyontekija.store.keyset import past
from omatyontekija.store.models import ClientNameKeyRecord
from omatyontekija.store.name_key_walk import has_name_key

SortKey = tuple[str, int]

_PREFIX_END = "\U0010ffff"

# Seeks the skip scan may make over a token's keys before giving up on this way.
MOST_SEEKS = 24

# What a sort key's letter may stand for in a name key (domain/text.sort_key keeps
# å, ä/æ and ö/ø apart, after z; name_key folds å and ä to a, ö to o).
_FOLDED = {"{": "a", "|": "aæ", "}": "oø"}


def _starts_as(sort_key: str, token: str) -> bool:
    """Whether ``sort_key`` begins with the sort form of the name-key prefix ``token``."""
    if len(sort_key) < len(token):
        return False
    return all(s == t or t in _FOLDED.get(s, "") for s, t in zip(sort_key, token, strict=False))


@cache
def _next_holder(*, after: bool) -> Select:
    """The first client in list order with name key ``key`` at or past (``from_key``,
    ``from_id``) (past the keyset when ``after``), by one index seek."""
    keys = ClientNameKeyRecord
    sort_key, client_id = bindparam("from_key"), bindparam("from_id")
    if after:
        position = past(keys.sort_key, keys.client_id, sort_key, client_id)
    else:
        position = keys.sort_key >= sort_key
    return (
        select(keys.sort_key, keys.client_id)
        .where(keys.key == bindparam("key"), position)
        .order_by(keys.sort_key, keys.client_id)
        .limit(1)
    )


def _stretches_and_others(
    session: Session, token: str, keys: list[str], after: SortKey | None
) -> tuple[list[str], list[SortKey]] | None:
    """The sort-key beginnings of the stretches where ``token`` starts the sort key, and the
    (sort key, id) of the other clients with one of ``keys`` (past ``after``), in list
    order; None after MOST_SEEKS seeks."""
    stretches: set[str] = set()
    others: list[SortKey] = []
    seeks = 0
    for key in keys:
        position, past = (after, True) if after is not None else (("", 0), False)
        while True:
            seeks += 1
            if seeks > MOST_SEEKS:
                return None
            found = bare.rows(
                session,
                _next_holder(after=past),
                {"key": key, "from_key": position[0], "from_id": position[1]},
                one_plan=True,  # a seek: equality on the key, then the position
            )
            if not found:
                break
            row = found[0]
            if _starts_as(row[0], token):
                beginning = row[0][: len(token)]
                stretches.add(beginning)
                position, past = (beginning + _PREFIX_END, 0), False
            else:
                others.append((row[0], row[1]))
                position, past = (row[0], row[1]), True
    return sorted(stretches), sorted(set(others))


@cache
def _stretch_page(other_tokens: int, *, after: bool) -> Select:
    """(sort_key, client_id) of the clients with name key ``key`` whose sort key lies in
    [``low``, ``high``) and who have a name key in each token's range (low_N, high_N;
    the driving token too), in list order: one index range, no sort."""
    keys = ClientNameKeyRecord
    query = select(keys.sort_key, keys.client_id).where(
        keys.key == bindparam("key"),
        keys.sort_key >= bindparam("low"),
        keys.sort_key < bindparam("high"),
    )
    for number in range(other_tokens + 1):
        query = query.where(has_name_key(keys.client_id, number))
    if after:
        query = query.where(
            past(keys.sort_key, keys.client_id, bindparam("after_key"), bindparam("after_id"))
        )
    return query.order_by(keys.sort_key, keys.client_id).limit(bindparam("limit"))


@cache
def _has_all(other_tokens: int) -> Select:
    """Which of ``ids`` have a name key in each token's range (low_N, high_N)."""
    keys = ClientNameKeyRecord
    query = select(keys.client_id).where(in_ids(keys.client_id))
    for number in range(other_tokens + 1):
        query = query.where(has_name_key(keys.client_id, number))
    return query.distinct()


def page_by_last_name(
    session: Session,
    token: str,
    token_keys: list[str],
    other_keys: list[str],
    bounds: dict[str, str],
    other_tokens: int,
    after: SortKey | None,
    limit: int,
) -> list[int] | None:
    """The ids of the first ``limit`` clients (past ``after``) matching every token, in list
    order; ``token`` has the name keys ``token_keys``, another token the keys
    ``other_keys`` (both few), ``bounds`` every token's range (low_0 … : ``token`` first).
    None when ``token`` is held by many clients elsewhere than at the start of their sort
    key (see the module's docstring)."""
    found = _stretches_and_others(session, token, token_keys, after)
    if found is None:
        return None
    stretches, others = found
    statement = _stretch_page(other_tokens, after=after is not None)
    params: dict[str, object] = {**bounds, "limit": limit}
    if after is not None:
        params["after_key"], params["after_id"] = after
    pages: list[list[SortKey]] = []
    for beginning in stretches:
        params["low"], params["high"] = beginning, beginning + _PREFIX_END
        for key in other_keys:
            params["key"] = key
            found = bare.rows(session, statement, params, one_plan=True)
            pages.append([(row[0], row[1]) for row in found])
    if others:
        params = {**bounds, "ids": [i for _, i in others]}
        found = bare.rows(session, _has_all(other_tokens), params, one_plan=True)
        having = {row[0] for row in found}
        pages.append([row for row in others if row[1] in having])
    ids: list[int] = []
    for _sort_key, client_id in heapq.merge(*pages):
        if not ids or ids[-1] != client_id:
            ids.append(client_id)
            if len(ids) == limit:
                break
    return ids
