"""Client queries: the list's rows as the UI pages through it (which clients make up a
page is store/client_pages.py), the count of a search, and one whole record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

from sqlalchemy import Select, and_, bindparam, case, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from omatyontekija.domain.client import Client, ClientRow
from omatyontekija.domain.search import SearchKind, SearchTerms
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRef, WorkerRole
from omatyontekija.store import bare, cases, units
from omatyontekija.store.areas import area_of_postal_code
from omatyontekija.store.client_pages import (
    SortKey,
    name_keys,
    name_matches,
    page_of_codes,
    page_of_list,
    page_of_names,
    prefix,
)
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

# The list's reads select columns, never mapped objects: they run on the session's own
# connection (same transaction), past the ORM's statement layer, which cost about 0.5 ms
# of a keystroke's eight statements (300 000 clients). The same in client_pages,
# name_key_walk, last_name_walk and units' page of named workers.


def _filtered(query: Select, terms: SearchTerms) -> Select:
    if terms.kind is SearchKind.IDENTITY_CODE:
        return query.where(ClientRecord.identity_code == terms.value)
    if terms.kind is SearchKind.IDENTITY_PREFIX:
        return query.where(prefix(ClientRecord.identity_code, terms.value))
    if terms.kind is SearchKind.IDS:
        return query.where(ClientRecord.id.in_(terms.ids))
    if terms.kind is SearchKind.NAME and terms.tokens:
        matching = name_matches(terms.tokens).subquery()
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
            known[token] = keys = name_keys(session, token)
            if keys is not None and len(keys) == 1:
                # "Aalt", "Virtanen": one key, its page and the rows in one statement.
                return _rows_and_facts_of_key(session, params, keys[0], after, limit)
        params["ids"] = page_of_names(session, terms.tokens, after, limit, known)
        return _rows_and_facts(session, params)
    if terms.kind is SearchKind.IDENTITY_PREFIX:
        params["ids"] = page_of_codes(session, terms.value, after, limit)
        return _rows_and_facts(session, params)
    if terms.kind in (SearchKind.ALL, SearchKind.NAME, SearchKind.IDENTITY_CODE):
        code = terms.value if terms.kind is SearchKind.IDENTITY_CODE else None
        params["ids"] = page_of_list(session, code, after, limit)
        return _rows_and_facts(session, params)
    # Given ids (SearchKind.IDS), as one parameter: as literals they were coerced one by one
    # (the gap list asks for 30 000) and made a new statement each time.
    query = _rows_of_ids().limit(limit)
    if after is not None:
        query = query.where(past(ClientRecord.sort_key, ClientRecord.id, *after))
    params["ids"] = list(terms.ids)
    return _keyed_rows(session.connection().execute(query, params)), {}


def _rows_and_facts(
    session: Session, params: dict[str, object]
) -> tuple[list[tuple[SortKey, ClientRow]], dict[int, tuple]]:
    statement = _rows_of_ids_with_facts(session.get_bind().dialect.name)
    found = bare.rows(session, statement, params, one_plan=True)
    width = len(_list_statement().selected_columns)
    return _keyed_rows(found), {r[1]: r[width:] for r in found}


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
        ids = name_matches(terms.tokens).order_by(None)
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
