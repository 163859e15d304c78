"""Which clients make up a page of the list: their ids in list order, for a name, an
identity code or the whole list, each way reading a bounded number of rows however
large the database (the keystroke's first statement; store/clients.py then reads the
rows and facts of just those ids).

Names are found through the name keys (store/name_key_walk.py walks a prefix's few
distinct keys in list order, store/last_name_walk.py a last name's stretch of the list);
identity codes through their index or, when a prefix matches many, the list's own.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Select, and_, bindparam, case, func, null, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from omatyontekija.store import bare, last_name_walk, name_key_walk
from omatyontekija.store.keyset import past
from omatyontekija.store.models import ClientNameKeyRecord, ClientRecord

# Keyset of the list order: (sort_key, id) of the last row already shown.
SortKey = tuple[str, int]

# Upper bound for a prefix range: every key starting with p is >= p and < p + this.
PREFIX_END = "\U0010ffff"


def prefix(column, prefix: str):
    return and_(column >= prefix, column < prefix + PREFIX_END)


def name_matches(tokens: tuple[str, ...], *, distinct: bool = True) -> Select:
    """(sort_key, client_id) of the clients every token is a name prefix of, in list order.

    Driven by the longest token (the most selective, as a rule) through the
    name index, which carries each client's sort key: the answer comes in list
    order from the index alone. The other tokens are checked per candidate.
    Without ``distinct`` a client with two matching names comes twice, next to
    itself (see ``page_of_names``).
    """
    query = _matching(len(tokens))
    if distinct:
        query = query.distinct()
    return query.params(_prefix_params(tokens))


def _prefix_params(tokens: tuple[str, ...], driver: str | None = None) -> dict[str, str]:
    """The bounds of each token's prefix range; the driver (by default the longest token,
    the most selective as a rule) is number 0."""
    driver = max(tokens, key=len) if driver is None else driver
    rest = list(tokens)
    rest.remove(driver)
    params = {}
    for number, token in enumerate([driver, *rest]):
        params[f"low_{number}"] = token
        params[f"high_{number}"] = token + PREFIX_END
    return params


@cache
def _matching(token_count: int) -> Select:
    """The statement of ``name_matches`` for so many tokens, made once (the search
    runs on every keystroke, and making a statement costs more than running it)."""
    keys = ClientNameKeyRecord
    query = (
        select(keys.sort_key, keys.client_id)
        .where(keys.key >= bindparam("low_0"), keys.key < bindparam("high_0"))
        .order_by(keys.sort_key, keys.client_id)
    )
    for number in range(1, token_count):
        other = aliased(ClientNameKeyRecord)
        query = query.where(
            select(other.client_id)
            .where(
                other.client_id == keys.client_id,
                other.key >= bindparam(f"low_{number}"),
                other.key < bindparam(f"high_{number}"),
            )
            .exists()
        )
    return query


@cache
def _page_statement(token_count: int, *, after: bool, capped: bool = False) -> Select:
    """A page of ``_matching``; when ``capped``, only if the driving token (``low_0``) has
    at most ``keys_at_most`` name keys (counted to ``keys_counted``, one more), and else
    one row (NULL, NULL) that says so. The count decides the LIMIT (0 when over), which
    both databases check before reading a row; a condition in WHERE would be checked on
    every row of "a" (a fifth of all names). The count is a common table expression
    used twice, which both databases compute once: the page and the answer "too many"
    in one statement (a round trip on PostgreSQL, and a second count of 3 000 keys)."""
    limit = bindparam("limit")
    if capped:
        keys = aliased(ClientNameKeyRecord)
        driver = (
            select(keys.client_id)
            .where(keys.key >= bindparam("low_0"), keys.key < bindparam("high_0"))
            .limit(bindparam("keys_counted"))
            .subquery()
        )
        counted = select(func.count().label("n")).select_from(driver).cte("counted")
        few = select(counted.c.n).scalar_subquery() <= bindparam("keys_at_most")
        limit = case((few, limit), else_=0)
    query = _matching(token_count).limit(limit)
    if after:
        query = query.where(
            _past_bound_position(ClientNameKeyRecord.sort_key, ClientNameKeyRecord.client_id)
        )
    if not capped:
        return query
    page = query.subquery("page")
    too_many = select(null(), null()).where(
        select(counted.c.n).scalar_subquery() > bindparam("keys_at_most")
    )
    both = union_all(select(page.c.sort_key, page.c.client_id), too_many).subquery("both")
    return select(both.c.sort_key, both.c.client_id).order_by(both.c.sort_key, both.c.client_id)


# A prefix that matches more rows than these is answered by walking the list in its
# order and checking each client, which stops after the page; one that matches fewer is
# answered from its index and sorted. Either way a keystroke reads a bounded number of
# rows, whatever the size of the database: sorting at most the cap, or walking about
# page x clients / cap. Name keys are read from a covering index (cheap to sort);
# identity codes need a row read for the sort key, so their cap is lower.
NAME_WALK_ABOVE = 10_000


CODE_WALK_ABOVE = 3_000


# A token with at most this many name keys drives a name search: its clients are checked
# for the other tokens and sorted (~1.5 µs a key); one with more is walked in list order.
SORT_AT_MOST = 3_000


# How far down the list a name walk looks for its page before sorting the matches instead.
WALK_WINDOW = 3_000


@cache
def _keys_counted_to() -> Select:
    """How many name keys lie from ``low`` up to ``high``, counting no further than
    ``counted`` (cap + 1)."""
    found = select(ClientNameKeyRecord.client_id).where(
        ClientNameKeyRecord.key >= bindparam("low"), ClientNameKeyRecord.key < bindparam("high")
    )
    return select(func.count()).select_from(found.limit(bindparam("counted")).subquery())


def _more_keys_than(session: Session, prefix: str, cap: int) -> bool:
    """Whether more than ``cap`` name keys start with ``prefix``, counting to cap + 1."""
    params = {"low": prefix, "high": prefix + PREFIX_END, "counted": cap + 1}
    return bare.rows(session, _keys_counted_to(), params)[0][0] > cap


@cache
def _walk_statement(token_count: int, *, after: bool, bounded: bool) -> Select:
    """Clients in list order having a name key in each token's range, up to the list
    position (end_key, end_id) when ``bounded``: a prefix of a last name ("vir") matches a
    block of the list that may start far down it, and an unbounded walk from the top would
    check every client before it."""
    query = select(ClientRecord.sort_key, ClientRecord.id)
    for number in range(token_count):
        query = query.where(name_key_walk.has_name_key(ClientRecord.id, number))
    if after:
        query = query.where(_past_bound_position())
    if bounded:
        end_key, end_id = bindparam("end_key"), bindparam("end_id")
        query = query.where(
            ClientRecord.sort_key <= end_key,
            or_(ClientRecord.sort_key < end_key, ClientRecord.id <= end_id),
        )
    return query.order_by(ClientRecord.sort_key, ClientRecord.id).limit(bindparam("limit"))


def _window_end(session: Session, after: SortKey | None) -> SortKey | None:
    """The list position WALK_WINDOW clients after ``after`` (from the index alone)."""
    params = {} if after is None else {"after_key": after[0], "after_id": after[1]}
    statement = _window_end_statement(after=after is not None)
    found = bare.rows(session, statement, params, one_plan=True)
    return (found[0][0], found[0][1]) if found else None


@cache
def _window_end_statement(*, after: bool) -> Select:
    query = select(ClientRecord.sort_key, ClientRecord.id)
    if after:
        query = query.where(_past_bound_position())
    return query.order_by(ClientRecord.sort_key, ClientRecord.id).limit(1).offset(WALK_WINDOW)


def page_of_names(
    session: Session,
    tokens: tuple[str, ...],
    after: SortKey | None,
    limit: int,
    known: dict[str, list[str] | None] | None = None,
) -> list[int]:
    """The ids of a page of name matches, in list order, reading a bounded number of rows.

    One token whose prefix covers a few distinct keys ("aalt": "aaltonen") is walked key
    by key in list order, stopping at the page (store/name_key_walk.py). Else a token with
    few keys ("sulevi") drives: its clients are checked for the other tokens and sorted.
    Else a token covering a few distinct keys is walked so, the others checked per row.
    Else (every token short: "a", "ma") the list itself is walked in order. ``known``:
    the tokens' distinct keys already walked (None: more than a few).
    """
    known = {} if known is None else known

    def keys_of(token: str) -> list[str] | None:
        if token not in known:
            known[token] = name_key_walk.keys_in_range(session, token, token + PREFIX_END)
        return known[token]

    if len(tokens) == 1 and keys_of(tokens[0]) is not None:
        # Nothing else to check: a walk of at most a page per key, however many clients
        # hold it, and no count of the keys (3 000 of them cost 0.5 ms on PostgreSQL).
        return name_key_walk.page_by_keys(session, keys_of(tokens[0]) or [], {}, 0, after, limit)
    by_length = sorted(tokens, key=len, reverse=True)
    for token in by_length:
        # The page read and sorted only if the token has few keys, in one statement (on
        # PostgreSQL each is a round trip); nothing back: no match, or too many keys.
        page = _sorted_page(
            session, _prefix_params(tokens, token), len(tokens), after, limit, SORT_AT_MOST
        )
        if page is not None:
            return page

    # "Nieminen Mat": the other token's keys within the last name's stretch of the list.
    for token in by_length:
        if keys_of(token) is None:
            continue
        others = [t for t in by_length if t != token and keys_of(t) is not None]
        if not others:
            continue
        other = min(others, key=lambda t: len(keys_of(t) or ()))
        page = last_name_walk.page_by_last_name(
            session,
            token,
            keys_of(token),
            keys_of(other),
            _prefix_params(tokens, token),
            len(tokens) - 1,
            after,
            limit,
        )
        if page is not None:
            return page
    for token in by_length:
        keys_of_token = keys_of(token)
        if keys_of_token is not None:
            others = _prefix_params(tokens, token)
            del others["low_0"], others["high_0"]
            return name_key_walk.page_by_keys(
                session, keys_of_token, others, len(tokens) - 1, after, limit
            )
    bounds = _prefix_params(tokens)
    if _more_keys_than(session, bounds["low_0"], NAME_WALK_ABOVE):
        walk: dict[str, object] = {**bounds, "limit": limit}
        if after is not None:
            walk["after_key"], walk["after_id"] = after
        end = _window_end(session, after)
        if end is not None:
            walk["end_key"], walk["end_id"] = end
        statement = _walk_statement(len(tokens), after=after is not None, bounded=end is not None)
        found = [row[1] for row in bare.rows(session, statement, walk)]
        if len(found) == limit:
            return found
        # The matches are a block further down the list (or fewer than a page): sorted
        # from the covering name index instead, ~0.1 µs a key.
    return _sorted_page(session, bounds, len(tokens), after, limit)


def _sorted_page(
    session: Session,
    bounds: dict[str, str],
    token_count: int,
    after: SortKey | None,
    limit: int,
    driver_keys_at_most: int | None = None,
) -> list[int] | None:
    """A page of the matches of the driver (``low_0``) that have the other tokens too,
    sorted into list order; with ``driver_keys_at_most``, None (not a single row read or
    sorted) when the driver has more name keys than that.

    DISTINCT would make SQLite sort every match of a short prefix ("a": a
    fifth of all names) before the first row; duplicates come next to each
    other in list order, so they are dropped here while reading.
    """
    # duplicates are common for a short prefix ("Aalto Aada"): ask for enough at once
    params: dict[str, object] = {**bounds, "limit": 4 * limit + 1}
    capped = driver_keys_at_most is not None
    if capped:
        params["keys_at_most"] = driver_keys_at_most
        params["keys_counted"] = driver_keys_at_most + 1
    ids: list[int] = []
    position = after
    while True:
        statement = _page_statement(token_count, after=position is not None, capped=capped)
        capped = False  # the first statement said the driver has few keys
        if position is not None:
            params["after_key"], params["after_id"] = position
        rows = bare.rows(session, statement, params)
        if len(rows) == 1 and rows[0][1] is None:
            return None  # the driver has too many keys: the statement's one row says so
        for _sort_key, client_id in rows:
            if not ids or ids[-1] != client_id:
                ids.append(client_id)
        if len(ids) >= limit or len(rows) <= 4 * limit:
            return ids[:limit]
        position = tuple(rows[-1])


def _past_bound_position(sort_key_column=ClientRecord.sort_key, id_column=ClientRecord.id):
    """The rows past the list position given as the parameters after_key, after_id (of
    the list itself, or of ``sort_key_column`` and ``id_column``: the name index's)."""
    return past(sort_key_column, id_column, bindparam("after_key"), bindparam("after_id"))


def page_of_codes(session: Session, prefix: str, after: SortKey | None, limit: int) -> list[int]:
    """The ids of a page of clients whose identity code starts with ``prefix``, in list
    order: from the code index when few match ("0101"), by walking the list when many do
    ("1" matches a third of all clients); which, the statement itself decides."""
    params: dict[str, object] = {
        "low": prefix,
        "high": prefix + PREFIX_END,
        "limit": limit,
        "codes_at_most": CODE_WALK_ABOVE,
        "codes_counted": CODE_WALK_ABOVE + 1,
    }
    if after is not None:
        params["after_key"], params["after_id"] = after
    statement = _codes_page(after=after is not None)
    return [row[1] for row in bare.rows(session, statement, params)]


@cache
def _codes_page(*, after: bool) -> Select:
    """A page of the clients with an identity code from ``low`` up to ``high``: the codes
    counted to ``codes_counted`` first, then either the few matches read from the code's
    index and sorted, or (more than ``codes_at_most``) the list's own index walked in
    order. Both ways are in the statement, each under a LIMIT that the count makes 0 for
    the other, which both databases check before reading a row: one statement a
    keystroke, not a count and then a page (a round trip each on PostgreSQL)."""
    code = ClientRecord.identity_code
    found = select(code).where(code >= bindparam("low"), code < bindparam("high"))
    counted = (
        select(func.count().label("n"))
        .select_from(found.limit(bindparam("codes_counted")).subquery())
        .cte("counted")
    )
    many = select(counted.c.n).scalar_subquery() > bindparam("codes_at_most")
    limit = bindparam("limit")

    def way(code_column, *, walk: bool):
        query = select(ClientRecord.sort_key, ClientRecord.id).where(
            code_column >= bindparam("low"), code_column < bindparam("high")
        )
        if after:
            query = query.where(_past_bound_position())
        taken = case((many, limit), else_=0) if walk else case((many, 0), else_=limit)
        return query.order_by(ClientRecord.sort_key, ClientRecord.id).limit(taken).subquery()

    # The walk's code wrapped in an expression, so that the planner cannot take the code's
    # index (and sort every match) but walks the list's own index in order.
    sorted_way, walked_way = way(code, walk=False), way(code.concat(""), walk=True)
    both = union_all(
        select(sorted_way.c.sort_key, sorted_way.c.id),
        select(walked_way.c.sort_key, walked_way.c.id),
    ).subquery("both")
    return select(both.c.sort_key, both.c.id).order_by(both.c.sort_key, both.c.id)


@cache
def _list_page(*, code: bool, after: bool) -> Select:
    """(sort_key, id) of a page of the whole list, or of the client with identity code
    ``code``, from ``after`` on: one plan whatever the values (the list's index, or an
    equality on the code's)."""
    query = select(ClientRecord.sort_key, ClientRecord.id)
    if code:
        query = query.where(ClientRecord.identity_code == bindparam("code"))
    if after:
        query = query.where(_past_bound_position())
    return query.order_by(ClientRecord.sort_key, ClientRecord.id).limit(bindparam("limit"))


def page_of_list(
    session: Session, code: str | None, after: SortKey | None, limit: int
) -> list[int]:
    """The ids of a page of the whole list from ``after`` on, or (``code``) of the client
    with that identity code."""
    given: dict[str, object] = {"limit": limit, "code": code}
    if after is not None:
        given["after_key"], given["after_id"] = after
    statement = _list_page(code=code is not None, after=after is not None)
    return [row[1] for row in bare.rows(session, statement, given, one_plan=True)]


def name_keys(session: Session, token: str) -> list[str] | None:
    """The distinct name keys starting with ``token``; None when more than a few."""
    return name_key_walk.keys_in_range(session, token, token + PREFIX_END)
