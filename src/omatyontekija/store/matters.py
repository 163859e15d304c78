"""Matters on clients' service paths: the queries deadlines are computed from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Select, insert, select, update
from sqlalchemy.orm import Session

from omatyontekija.domain.matter import MATTER_EVENTS, Matter, MatterKind
from omatyontekija.domain.worker import WorkerRef
from omatyontekija.store.models import ClientRecord, MatterRecord, WorkerRecord

# Below SQLite's limit on bound parameters in one statement.
_CHUNK = 5000


def _query() -> Select:
    return (
        select(
            MatterRecord.id,
            MatterRecord.client_id,
            MatterRecord.kind,
            MatterRecord.pending_since,
            MatterRecord.started_on,
            MatterRecord.completed_on,
            MatterRecord.decided_on,
            WorkerRecord.id,
            WorkerRecord.name,
            MatterRecord.note,
        )
        .outerjoin(WorkerRecord, WorkerRecord.id == MatterRecord.handled_by_id)
        .order_by(MatterRecord.client_id, MatterRecord.pending_since, MatterRecord.id)
    )


def _matters(session: Session, query: Select) -> list[Matter]:
    return [
        Matter(
            id=r[0],
            client_id=r[1],
            kind=MatterKind(r[2]),
            pending_since=r[3],
            started_on=r[4],
            completed_on=r[5],
            decided_on=r[6],
            handled_by=WorkerRef(r[7], r[8]) if r[7] is not None else None,
            note=r[9],
        )
        for r in session.execute(query)
    ]


def _open(query: Select) -> Select:
    # A decision or a completed stage closes a matter; the shipped rules are all
    # met by one of these, so a closed matter has no open deadline.
    return query.where(MatterRecord.decided_on.is_(None), MatterRecord.completed_on.is_(None))


def matters_of_clients(
    session: Session, client_ids: Sequence[int], *, open_only: bool = False
) -> list[Matter]:
    """The matters of the given clients, by client and then by the date they became pending."""
    found: list[Matter] = []
    ids = list(dict.fromkeys(client_ids))
    for start in range(0, len(ids), _CHUNK):
        query = _query().where(MatterRecord.client_id.in_(ids[start : start + _CHUNK]))
        found += _matters(session, _open(query) if open_only else query)
    return found


def open_matters(session: Session, *, named_worker_id: int | None = None) -> list[Matter]:
    """Every matter without a decision or completion; only those of one named worker's clients
    when ``named_worker_id`` is given."""
    query = _open(_query())
    if named_worker_id is not None:
        query = query.join(ClientRecord, ClientRecord.id == MatterRecord.client_id).where(
            ClientRecord.named_worker_id == named_worker_id
        )
    return _matters(session, query)


def add_matter(
    session: Session,
    client_id: int,
    kind: MatterKind,
    pending_since: dt.date,
    *,
    started_on: dt.date | None = None,
    completed_on: dt.date | None = None,
    decided_on: dt.date | None = None,
    handled_by_id: int | None = None,
    note: str = "",
) -> int:
    """Record a matter; returns its id."""
    return session.execute(
        insert(MatterRecord)
        .values(
            client_id=client_id,
            kind=MatterKind(kind).value,
            pending_since=pending_since,
            started_on=started_on,
            completed_on=completed_on,
            decided_on=decided_on,
            handled_by_id=handled_by_id,
            note=note,
        )
        .returning(MatterRecord.id)
    ).scalar_one()


def set_event(session: Session, matter_id: int, event: str, day: dt.date | None) -> bool:
    """Set (or clear) the date of ``event`` on a matter; False when there is no such matter."""
    if event not in MATTER_EVENTS:
        raise KeyError(f"unknown matter event {event!r}")
    result = session.execute(
        update(MatterRecord).where(MatterRecord.id == matter_id).values({event: day})
    )
    return result.rowcount == 1
