"""Client queries: the list as the UI pages through it, and one whole record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from omatyontekija.domain.client import Client, ClientRow
from omatyontekija.domain.search import SearchKind, SearchTerms
from omatyontekija.domain.worker import WorkerRef
from omatyontekija.store.areas import area_of_postal_code, division_id_on
from omatyontekija.store.convert import client_from, worker_from
from omatyontekija.store.models import (
    AreaDistrictRecord,
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


# How far the list is read in name order looking for a page of name matches
# before the query is driven from the name index instead. Tokens matching many
# first names (m, anna) fill a page within a few hundred rows; a last-name
# prefix (mäk) clusters where its name sorts, and its set is small anyway.
SCAN_BUDGET = 3000


def _has_name(token: str):
    return (
        select(ClientNameKeyRecord.client_id)
        .where(
            ClientNameKeyRecord.client_id == ClientRecord.id,
            _prefix(ClientNameKeyRecord.key, token),
        )
        .exists()
    )


def _after(after: SortKey | None):
    if after is None:
        return None
    key, last_id = after
    return or_(
        ClientRecord.sort_key > key, and_(ClientRecord.sort_key == key, ClientRecord.id > last_id)
    )


def _up_to(bound: SortKey):
    key, last_id = bound
    return or_(
        ClientRecord.sort_key < key, and_(ClientRecord.sort_key == key, ClientRecord.id <= last_id)
    )


def _filtered(session: Session, query: Select, terms: SearchTerms) -> Select:
    if terms.kind is SearchKind.IDENTITY_CODE:
        return query.where(ClientRecord.identity_code == terms.value)
    if terms.kind is SearchKind.IDENTITY_PREFIX:
        return query.where(_prefix(ClientRecord.identity_code, terms.value))
    if terms.kind is SearchKind.IDS:
        return query.where(ClientRecord.id.in_(terms.ids))
    if terms.kind is SearchKind.NAME:
        for token in terms.tokens:
            matching = select(ClientNameKeyRecord.client_id).where(
                _prefix(ClientNameKeyRecord.key, token)
            )
            query = query.where(ClientRecord.id.in_(matching))
    return query


def _scan_bound(session: Session, after: SortKey | None) -> SortKey | None:
    """The list position SCAN_BUDGET rows on; None when fewer rows are left."""
    query = select(ClientRecord.sort_key, ClientRecord.id).order_by(
        ClientRecord.sort_key, ClientRecord.id
    )
    if after is not None:
        query = query.where(_after(after))
    row = session.execute(query.offset(SCAN_BUDGET - 1).limit(1)).first()
    return None if row is None else (row[0], row[1])


def search_rows(
    session: Session,
    terms: SearchTerms,
    *,
    on: dt.date,
    after: SortKey | None = None,
    limit: int = 200,
) -> list[tuple[SortKey, ClientRow]]:
    """A page of the client list in name order, each row with its keyset position."""
    named = aliased(WorkerRecord)
    area_worker = aliased(WorkerRecord)
    division_id = division_id_on(session, on)
    query = (
        select(
            ClientRecord.sort_key,
            ClientRecord.id,
            ClientRecord.identity_code,
            ClientRecord.last_name,
            ClientRecord.first_names,
            ClientRecord.postal_code,
            AreaRecord.name,
            named.id,
            named.name,
            area_worker.id,
            area_worker.name,
        )
        .outerjoin(named, named.id == ClientRecord.named_worker_id)
        .outerjoin(
            AreaDistrictRecord,
            and_(
                AreaDistrictRecord.postal_code == ClientRecord.postal_code,
                AreaDistrictRecord.division_id == division_id,
            ),
        )
        .outerjoin(AreaRecord, AreaRecord.id == AreaDistrictRecord.area_id)
        .outerjoin(
            area_worker,
            area_worker.id == func.coalesce(AreaRecord.social_worker_id, AreaRecord.counsellor_id),
        )
        .order_by(ClientRecord.sort_key, ClientRecord.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(_after(after))
    rows = None
    if terms.kind is SearchKind.NAME and terms.tokens:
        # First read a stretch of the list in name order; enough there ends it.
        bound = _scan_bound(session, after)
        scan = query.where(*(_has_name(t) for t in terms.tokens))
        if bound is not None:
            scan = scan.where(_up_to(bound))
        rows = session.execute(scan).all()
        if len(rows) < limit and bound is not None:
            rows = None
    if rows is None:
        rows = session.execute(_filtered(session, query, terms)).all()
    return [
        (
            (r[0], r[1]),
            ClientRow(
                id=r[1],
                identity_code=r[2],
                last_name=r[3],
                first_names=r[4],
                postal_code=r[5],
                area=r[6],
                named_worker=WorkerRef(r[7], r[8]) if r[7] is not None else None,
                area_worker=WorkerRef(r[9], r[10]) if r[9] is not None else None,
            ),
        )
        for r in rows
    ]


def count_clients(session: Session, terms: SearchTerms, *, cap: int | None = None) -> int:
    """How many clients match; with ``cap``, counting stops at cap + 1 (cheap for 'm')."""
    ids = _filtered(session, select(ClientRecord.id), terms)
    if cap is not None:
        ids = ids.limit(cap + 1)
    return session.scalar(select(func.count()).select_from(ids.subquery())) or 0


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
