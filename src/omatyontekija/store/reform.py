"""What the reform planner reads: every client's postal code and named worker, in one query.

A reform is one unit's (migration 0012): disability services' plans every
client (as before units) with the named worker on the client; another unit's
plans the clients in that unit with their named worker there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from omatyontekija.domain.unit import DEFAULT_UNIT
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


def client_names(session: Session, client_ids: Sequence[int]) -> dict[int, str]:
    """Client id → "Last First" for the clients that exist."""
    names: dict[int, str] = {}
    ids = list(dict.fromkeys(client_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = select(ClientRecord.id, ClientRecord.last_name, ClientRecord.first_names).where(
            ClientRecord.id.in_(chunk)
        )
        for client_id, last, first in session.execute(query):
            names[client_id] = f"{last} {first}"
    return names


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


def reform_handovers_since(
    session: Session, since: dt.datetime, unit: str = DEFAULT_UNIT
) -> dict[int, tuple[int, int]]:
    """Client id → (handover id, new worker id) of open area-reform handovers opened from ``since``.

    These are the handovers a saved future division opened: its reform's
    transaction wrote them together with the division, never before it.
    """
    query = select(HandoverRecord.client_id, HandoverRecord.id, HandoverRecord.to_worker_id).where(
        HandoverRecord.status.in_(_OPEN),
        HandoverRecord.reason == "area_reform",
        HandoverRecord.created_at >= since,
        HandoverRecord.unit_code == unit,
    )
    return {client: (handover, worker) for client, handover, worker in session.execute(query)}


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
    """Ids of the area-reform handovers of the reform whose division takes effect on
    ``effective_from``, not cancelled, by id; None when no division takes effect that day.

    A reform writes its division and its handovers in one transaction, the division
    first: those opened from then until the next division was saved are its own. A
    reform may replace plans not yet in force (they are deleted); the handovers they
    opened that it kept are older than its division but still open when it was saved,
    and newer than the day the division before it took effect (a division's own
    handovers are opened before its first day, never on or after it).
    """
    created = session.scalar(
        select(AreaDivisionRecord.created_at).where(
            AreaDivisionRecord.effective_from == effective_from,
            AreaDivisionRecord.unit_code == unit,
        )
    )
    if created is None:
        return None
    own = select(HandoverRecord.id).where(
        HandoverRecord.reason == "area_reform",
        HandoverRecord.unit_code == unit,
        HandoverRecord.status != "cancelled",
        HandoverRecord.created_at >= created,
    )
    following = session.scalar(
        select(func.min(AreaDivisionRecord.created_at)).where(
            AreaDivisionRecord.created_at > created, AreaDivisionRecord.unit_code == unit
        )
    )
    if following is not None:
        own = own.where(HandoverRecord.created_at < following)
    ids = set(session.scalars(own))
    before = session.scalar(
        select(func.max(AreaDivisionRecord.effective_from)).where(
            AreaDivisionRecord.effective_from < effective_from,
            AreaDivisionRecord.unit_code == unit,
        )
    )
    kept = select(HandoverRecord.id).where(
        HandoverRecord.reason == "area_reform",
        HandoverRecord.unit_code == unit,
        HandoverRecord.status != "cancelled",
        HandoverRecord.created_at < created,
        or_(HandoverRecord.status.in_(_OPEN), HandoverRecord.completed_at >= created),
    )
    if before is not None:
        first_day = dt.datetime.combine(before, dt.time(), tzinfo=dt.UTC)
        kept = kept.where(HandoverRecord.created_at >= first_day)
    ids.update(session.scalars(kept))
    return sorted(ids)
