"""Client queries: the list as the UI pages through it, and one whole record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

from sqlalchemy import Select, and_, bindparam, case, func, null, or_, select, union_all
from sqlalchemy.orm import Session, aliased, selectinload

from omatyontekija.domain.client import Client, ClientRow
from omatyontekija.domain.search import SearchKind, SearchTerms
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRef, WorkerRole
from omatyontekija.store import bare, cases, last_name_walk, name_key_walk, units
from omatyontekija.store.areas import area_of_postal_code
from omatyontekija.store.convert import client_from, worker_from
from omatyontekija.store.id_list import in_ids
from omatyontekija.store.keyset import past
from omatyontekija.store.models import (
    AreaDistrictRecord,
    AreaDivisionRecord,
    AreaRecord,
    ClientNameKeyRecord,
    ClientRecord,
    WorkerRecord,
)

# Keyset of the list order: (sort_key, id) of the last row already shown.
SortKey = tuple[str, int]

# Upper bound for a prefix range: every key starting with p is >= p and < p + this.
_PREFIX_END = "\U0010ffff"


def _prefix(column, prefix: str):
    return and_(column >= prefix, column < prefix + _PREFIX_END)


def _name_matches(tokens: tuple[str, ...], *, distinct: bool = True) -> Select:
    """(sort_key, client_id) of the clients every token is a name prefix of, in list order.

    Driven by the longest token (the most selective, as a rule) through the
    name index, which carries each client's sort key: the answer comes in list
    order from the index alone. The other tokens are checked per candidate.
    Without ``distinct`` a client with two matching names comes twice, next to
    itself (see ``_page_of_matches``).
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
        params[f"high_{number}"] = token + _PREFIX_END
    return params


@cache
def _matching(token_count: int) -> Select:
    """The statement of ``_name_matches`` for so many tokens, made once (the search
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
            _after(
                (bindparam("after_key"), bindparam("after_id")),
                ClientNameKeyRecord.sort_key,
                ClientNameKeyRecord.client_id,
            )
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


# The list's reads select columns, never mapped objects: they run on the session's own
# connection (same transaction), past the ORM's statement layer, which cost about 0.5 ms
# of a keystroke's eight statements (300 000 clients). The same in name_key_walk,
# last_name_walk and units' page of named workers.


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
    params = {"low": prefix, "high": prefix + _PREFIX_END, "counted": cap + 1}
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
        query = query.where(
            _after(
                (bindparam("after_key"), bindparam("after_id")),
                ClientRecord.sort_key,
                ClientRecord.id,
            )
        )
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


def _page_of_matches(
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
            known[token] = name_key_walk.keys_in_range(session, token, token + _PREFIX_END)
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


def _past_bound_position():
    """The clients past the list position given as the parameters after_key, after_id."""
    position = (bindparam("after_key"), bindparam("after_id"))
    return _after(position, ClientRecord.sort_key, ClientRecord.id)


def _after(after: SortKey, sort_key_column, id_column):
    return past(sort_key_column, id_column, *after)


def _filtered(query: Select, terms: SearchTerms) -> Select:
    if terms.kind is SearchKind.IDENTITY_CODE:
        return query.where(ClientRecord.identity_code == terms.value)
    if terms.kind is SearchKind.IDENTITY_PREFIX:
        return query.where(_prefix(ClientRecord.identity_code, terms.value))
    if terms.kind is SearchKind.IDS:
        return query.where(ClientRecord.id.in_(terms.ids))
    if terms.kind is SearchKind.NAME and terms.tokens:
        matching = _name_matches(terms.tokens).subquery()
        return query.where(ClientRecord.id.in_(select(matching.c.client_id)))
    return query


def _division_in_force():
    """The id of the division of unit ``division_unit`` in force on ``division_on``, inside
    the page's statement (as store.areas.division_id_on): one round trip less a keystroke."""
    return (
        select(AreaDivisionRecord.id)
        .where(
            AreaDivisionRecord.effective_from <= bindparam("division_on"),
            AreaDivisionRecord.unit_code == bindparam("division_unit"),
        )
        .order_by(AreaDivisionRecord.effective_from.desc())
        .limit(1)
        .scalar_subquery()
    )


@cache
def _list_statement() -> Select:
    """The client list's columns and joins (area and area worker in the division of
    ``division_unit`` in force on ``division_on``), in list order; made once."""
    named = aliased(WorkerRecord)
    social_worker = aliased(WorkerRecord)
    counsellor = aliased(WorkerRecord)
    return (
        select(
            ClientRecord.sort_key,
            ClientRecord.id,
            ClientRecord.identity_code,
            ClientRecord.last_name,
            ClientRecord.first_names,
            # turvakielto: no part of the address in any list
            case((ClientRecord.non_disclosure, ""), else_=ClientRecord.postal_code),
            AreaRecord.name,
            named.id,
            named.name,
            social_worker.id,
            social_worker.name,
            counsellor.id,
            counsellor.name,
            named.role,
        )
        .outerjoin(named, named.id == ClientRecord.named_worker_id)
        .outerjoin(
            AreaDistrictRecord,
            and_(
                AreaDistrictRecord.postal_code == ClientRecord.postal_code,
                AreaDistrictRecord.division_id == _division_in_force(),
            ),
        )
        .outerjoin(AreaRecord, AreaRecord.id == AreaDistrictRecord.area_id)
        .outerjoin(social_worker, social_worker.id == AreaRecord.social_worker_id)
        .outerjoin(counsellor, counsellor.id == AreaRecord.counsellor_id)
        .order_by(ClientRecord.sort_key, ClientRecord.id)
    )


@cache
def _rows_of_ids() -> Select:
    return _list_statement().where(in_ids(ClientRecord.id))


def _page_of_codes(session: Session, prefix: str, after: SortKey | None, limit: int) -> list[int]:
    """The ids of a page of clients whose identity code starts with ``prefix``, in list
    order: from the code index when few match ("0101"), by walking the list when many do
    ("1" matches a third of all clients); which, the statement itself decides."""
    params: dict[str, object] = {
        "low": prefix,
        "high": prefix + _PREFIX_END,
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


def search_rows(
    session: Session,
    terms: SearchTerms,
    *,
    on: dt.date,
    after: SortKey | None = None,
    limit: int = 200,
    unit: str = DEFAULT_UNIT,
) -> list[tuple[SortKey, ClientRow]]:
    """A page of the client list in name order, each row with its keyset position; the area
    and area worker are those of ``unit``'s division in force on ``on``."""
    return search_rows_and_facts(session, terms, on=on, after=after, limit=limit, unit=unit)[0]


def search_rows_and_facts(
    session: Session,
    terms: SearchTerms,
    *,
    on: dt.date,
    after: SortKey | None = None,
    limit: int = 200,
    unit: str = DEFAULT_UNIT,
) -> tuple[list[tuple[SortKey, ClientRow]], dict[int, tuple]]:
    """``search_rows``, and the fact row (store/cases.py) of each client on a page read by
    its ids (a typed search, or the whole list), from the same statement: the suggestions
    that decide each row's area worker need them, and on PostgreSQL a statement of
    their own was a round trip a keystroke. A list of given ids comes with no facts."""
    params: dict[str, object] = {"division_on": on, "division_unit": unit}
    # The page's ids first (from the name or code index, or the list's own), then the rows
    # and facts of just those.
    if terms.kind is SearchKind.NAME and terms.tokens:
        known: dict[str, list[str] | None] = {}
        if len(terms.tokens) == 1:
            token = terms.tokens[0]
            known[token] = keys = name_key_walk.keys_in_range(session, token, token + _PREFIX_END)
            if keys is not None and len(keys) == 1:
                # "Aalt", "Virtanen": one key, its page and the rows in one statement.
                return _rows_and_facts_of_key(session, params, keys[0], after, limit)
        params["ids"] = _page_of_matches(session, terms.tokens, after, limit, known)
        return _rows_and_facts(session, params)
    if terms.kind is SearchKind.IDENTITY_PREFIX:
        params["ids"] = _page_of_codes(session, terms.value, after, limit)
        return _rows_and_facts(session, params)
    if terms.kind in (SearchKind.ALL, SearchKind.NAME, SearchKind.IDENTITY_CODE):
        exact = terms.kind is SearchKind.IDENTITY_CODE
        given: dict[str, object] = {"limit": limit, "code": terms.value if exact else None}
        if after is not None:
            given["after_key"], given["after_id"] = after
        statement = _list_page(code=exact, after=after is not None)
        params["ids"] = [row[1] for row in bare.rows(session, statement, given, one_plan=True)]
        return _rows_and_facts(session, params)
    # Given ids (SearchKind.IDS), as one parameter: as literals they were coerced one by one
    # (the gap list asks for 30 000) and made a new statement each time.
    query = _rows_of_ids().limit(limit)
    if after is not None:
        query = query.where(_after(after, ClientRecord.sort_key, ClientRecord.id))
    params["ids"] = list(terms.ids)
    return _keyed_rows(session.connection().execute(query, params)), {}


def _rows_and_facts(
    session: Session, params: dict[str, object]
) -> tuple[list[tuple[SortKey, ClientRow]], dict[int, tuple]]:
    statement = _rows_of_ids_with_facts(session.get_bind().dialect.name)
    found = bare.rows(session, statement, params, one_plan=True)
    width = len(_list_statement().selected_columns)
    return _keyed_rows(found), {r[1]: r[width:] for r in found}


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


def _rows_and_facts_of_key(
    session: Session, params: dict[str, object], key: str, after: SortKey | None, limit: int
) -> tuple[list[tuple[SortKey, ClientRow]], dict[int, tuple]]:
    """``_rows_and_facts`` of the first ``limit`` clients (past ``after``) with name key
    ``key``, in list order: the key's page and its rows in one statement (a round trip
    less on PostgreSQL)."""
    given = {**params, "key": key, "limit": limit}
    if after is not None:
        given["after_key"], given["after_id"] = after
    dialect = session.get_bind().dialect.name
    statement = _rows_of_key_with_facts(dialect, after is not None)
    found = bare.rows(session, statement, given, one_plan=True)
    width = len(_list_statement().selected_columns)
    return _keyed_rows(found), {r[1]: r[width:] for r in found}


@cache
def _rows_of_key_with_facts(dialect: str, after: bool) -> Select:
    """``_rows_of_ids_with_facts`` of the page of name key ``key``: the key's first
    ``limit`` clients (past after_key, after_id) from the name index in list order, as a
    table the rows are joined to (each client looked up by its id)."""
    keys = ClientNameKeyRecord
    page = select(keys.client_id).where(keys.key == bindparam("key"))
    if after:
        page = page.where(
            past(keys.sort_key, keys.client_id, bindparam("after_key"), bindparam("after_id"))
        )
    page = page.order_by(keys.sort_key, keys.client_id).limit(bindparam("limit")).cte("key_page")
    return (
        _list_statement()
        .add_columns(*cases.fact_columns(dialect))
        .join(page, page.c.client_id == ClientRecord.id)
    )


@cache
def _rows_of_ids_with_facts(dialect: str) -> Select:
    """``_rows_of_ids`` and then each client's fact row (``cases.COLUMNS``)."""
    return _rows_of_ids().add_columns(*cases.fact_columns(dialect))


def _keyed_rows(rows) -> list[tuple[SortKey, ClientRow]]:
    workers: dict[tuple, WorkerRef] = {}
    return [((r[0], r[1]), _client_row(r, (), workers)) for r in rows]


_ROLES = {str(role): role for role in WorkerRole}


def _client_row(
    r, named_workers: units.UnitWorkers = (), workers: dict[tuple, WorkerRef] | None = None
) -> ClientRow:
    """A row of the list statement as a ClientRow; ``workers`` the references made for the
    page so far (a page names a dozen workers sixty times: each is made once)."""
    workers = {} if workers is None else workers
    social_worker = counsellor = named = None
    if r[9] is not None:
        social_worker = workers.get((r[9], r[10]))
        if social_worker is None:
            social_worker = workers[(r[9], r[10])] = WorkerRef(r[9], r[10])
    if r[11] is not None:
        counsellor = workers.get((r[11], r[12]))
        if counsellor is None:
            counsellor = workers[(r[11], r[12])] = WorkerRef(r[11], r[12])
    if r[7] is not None:
        named = workers.get((r[7], r[8], r[13]))
        if named is None:
            named = workers[(r[7], r[8], r[13])] = WorkerRef(r[7], r[8], _ROLES[r[13]])
    # The social worker until the service knows the client's role (ClientRow.with_role).
    return ClientRow(
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        named,
        social_worker or counsellor,
        named_workers,
        counsellor if social_worker is not None else None,
    )


def rows_with_units(
    session: Session, client_ids: list[int], *, on: dt.date, unit: str = DEFAULT_UNIT
) -> list[tuple[SortKey, ClientRow]]:
    """The list rows of ``client_ids`` (at most a few thousand) in list order, each with its
    named worker per unit (``ClientRow.named_workers``), each row made once."""
    params = {"division_on": on, "division_unit": unit, "ids": client_ids}
    rows = session.connection().execute(_rows_of_ids(), params).all()
    per_unit = units.named_worker_pairs(session, [r[1] for r in rows])
    workers: dict[tuple, WorkerRef] = {}
    return [((r[0], r[1]), _client_row(r, per_unit.get(r[1], ()), workers)) for r in rows]


def count_clients(session: Session, terms: SearchTerms, *, cap: int | None = None) -> int:
    """How many clients match; with ``cap``, counting stops at cap + 1 (cheap for 'm')."""
    if terms.kind is SearchKind.NAME and terms.tokens:
        ids = _name_matches(terms.tokens).order_by(None)
    else:
        ids = _filtered(select(ClientRecord.id), terms)
    if cap is not None:
        ids = ids.limit(cap + 1)
    return session.connection().scalar(select(func.count()).select_from(ids.subquery())) or 0


def load_client(session: Session, client_id: int, *, on: dt.date) -> Client | None:
    record = session.get(
        ClientRecord,
        client_id,
        options=[selectinload(ClientRecord.services), selectinload(ClientRecord.close_ones)],
    )
    if record is None:
        return None
    named = (
        worker_from(session.get(WorkerRecord, record.named_worker_id))
        if record.named_worker_id
        else None
    )
    return client_from(
        record, named_worker=named, area=area_of_postal_code(session, record.postal_code, on)
    )


def client_names(session: Session, client_ids: Sequence[int]) -> dict[int, str]:
    """Client id → "Last First" for the clients that exist."""
    query = select(ClientRecord.id, ClientRecord.last_name, ClientRecord.first_names).where(
        in_ids(ClientRecord.id)
    )
    rows = session.connection().execute(query, {"ids": list(dict.fromkeys(client_ids))})
    return {client_id: f"{last} {first}" for client_id, last, first in rows}
