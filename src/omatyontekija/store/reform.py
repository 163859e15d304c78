"""What the reform planner reads: every client's postal code and named worker, in one query.

A reform is one unit's (migration 0012): disability services' plans every
client (as before units) with the named worker on the client; another unit's
plans the clients in that unit with their named worker there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.store.clients import client_names as client_names  # the planner's names
from omatyontekija.store.models import AreaDivisionRecord, ClientRecord, HandoverRecord
from omatyontekija.store.units import clients_in_unit, unit_worker_ids

_CHUNK = 900  # below SQLite's default limit of bound parameters
_OPEN = ("planned", "in_progress")


def planning_rows(session: Session, unit: str = DEFAULT_UNIT) -> list[tuple[int, str, int | None]]:
    """(client id, postal code, named worker id in ``unit``) of the unit's clients, by id."""
    if unit == DEFAULT_UNIT:
        query = select(ClientRecord.id, ClientRecord.postal_code, ClientRecord.named_worker_id)
        return [tuple(row) for row in session.execute(query.order_by(ClientRecord.id))]
    named = unit_worker_ids(session, unit)
    ids = clients_in_unit(session, unit)
    postal: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        query = select(ClientRecord.id, ClientRecord.postal_code).where(
            ClientRecord.id.in_(ids[start : start + _CHUNK])
        )
        postal.update(session.execute(query).all())
    return [(i, postal[i], named.get(i)) for i in ids if i in postal]


def postal_code_of(session: Session, client_id: int) -> str | None:
    """The client's postal code, or None when there is no such client."""
    return session.scalar(select(ClientRecord.postal_code).where(ClientRecord.id == client_id))


def pending_workers(session: Session, unit: str = DEFAULT_UNIT) -> dict[int, int]:
    """Client id → the worker of their open handover: who their named worker is about to be.

    A reform plans from the latest saved division, and a client that division
    already moves counts as that worker's, so planning again at once finds
    nothing to change.
    """
    query = select(HandoverRecord.client_id, HandoverRecord.to_worker_id).where(
        HandoverRecord.status.in_(_OPEN), HandoverRecord.unit_code == unit
    )
    return dict(session.execute(query.order_by(HandoverRecord.id)).all())


def division_handovers(
    session: Session, division_ids: Sequence[int]
) -> dict[int, tuple[int, bool]]:
    """Handover id → (client id, still open) of the handovers the reforms of
    ``division_ids`` opened and that are not cancelled, by the stored link (migration 0014)."""
    if not division_ids:
        return {}
    query = select(HandoverRecord.id, HandoverRecord.client_id, HandoverRecord.status).where(
        HandoverRecord.division_id.in_(list(division_ids)),
        HandoverRecord.status != "cancelled",
    )
    return {
        handover_id: (client_id, status in _OPEN)
        for handover_id, client_id, status in session.execute(query.order_by(HandoverRecord.id))
    }


def link_handovers(session: Session, handover_ids: Sequence[int], division_id: int) -> None:
    """Make ``division_id``'s reform the one the handovers belong to (it kept them)."""
    ids = list(handover_ids)
    for start in range(0, len(ids), _CHUNK):
        session.execute(
            update(HandoverRecord)
            .where(HandoverRecord.id.in_(ids[start : start + _CHUNK]))
            .values(division_id=division_id)
            .execution_options(synchronize_session=False)
        )
    session.flush()


def named_workers(
    session: Session, client_ids: Sequence[int], unit: str = DEFAULT_UNIT
) -> dict[int, int | None]:
    """Client id → the named worker saved for the client in ``unit`` (not the one a
    handover brings)."""
    ids = list(dict.fromkeys(client_ids))
    if unit != DEFAULT_UNIT:
        named = unit_worker_ids(session, unit)
        return {i: named.get(i) for i in ids}
    found: dict[int, int | None] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = select(ClientRecord.id, ClientRecord.named_worker_id).where(
            ClientRecord.id.in_(chunk)
        )
        found.update(session.execute(query).all())
    return found


def reform_handover_ids(
    session: Session, effective_from: dt.date, unit: str = DEFAULT_UNIT
) -> list[int] | None:
    """Ids of the area-reform handovers of ``unit``'s reform whose division takes effect on
    ``effective_from``, not cancelled, by id; None when no division takes effect that day.

    By the stored link (migration 0014): those the reform opened, and those of the
    plans it replaced that it kept.
    """
    division_id = session.scalar(
        select(AreaDivisionRecord.id).where(
            AreaDivisionRecord.effective_from == effective_from,
            AreaDivisionRecord.unit_code == unit,
        )
    )
    if division_id is None:
        return None
    query = select(HandoverRecord.id).where(
        HandoverRecord.division_id == division_id,
        HandoverRecord.reason == "area_reform",
        HandoverRecord.status != "cancelled",
    )
    return list(session.scalars(query.order_by(HandoverRecord.id)))
