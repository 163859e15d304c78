"""Aggregate queries for the key figures: GROUP BY in the database, a few rows back.

Every function returns plain numbers keyed by codes or ids. None of them
loads a client row into Python, so their cost grows with the database's own
scan, not with Python work per client (benchmarks/bench_figures.py).

Times (``decided_at``, ``created_at``, ``completed_at``) are stored in UTC;
a period's days run from 00:00 UTC, so a decision recorded shortly after
local midnight may count on the day before.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, case, distinct, func, literal, or_, select
from sqlalchemy.orm import Session

from omatyontekija.domain.catalog import SERVICE_TYPES, ServiceUnit
from omatyontekija.domain.handover import HandoverStatus
from omatyontekija.store.models import (
    DEFAULT_UNIT_CODE,
    AreaDistrictRecord,
    AreaRecord,
    ClientRecord,
    ClientServiceRecord,
    HandoverRecord,
    UnitNamedWorkerRecord,
)

_OPEN = (HandoverStatus.PLANNED.value, HandoverStatus.IN_PROGRESS.value)


def day_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start 00:00, day after end 00:00) in UTC, for comparing stored times."""
    first = dt.datetime.combine(start, dt.time(), tzinfo=dt.UTC)
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    return first, after


def _service_in_force(start: dt.date, end: dt.date):
    # An unknown grant or end date does not exclude the service.
    return and_(
        or_(ClientServiceRecord.granted_on.is_(None), ClientServiceRecord.granted_on <= end),
        or_(ClientServiceRecord.ends_on.is_(None), ClientServiceRecord.ends_on >= start),
    )


def client_total(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ClientRecord)) or 0


def clients_with_named_worker(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(ClientRecord)
            .where(ClientRecord.named_worker_id.is_not(None))
        )
        or 0
    )


def clients_by_service(session: Session, start: dt.date, end: dt.date) -> dict[str, int]:
    """Service code → clients with that service in force on some day of [start, end]."""
    clients = func.count(distinct(ClientServiceRecord.client_id))
    rows = session.execute(
        select(ClientServiceRecord.service_code, clients)
        .where(_service_in_force(start, end))
        .group_by(ClientServiceRecord.service_code)
    )
    return {code: count for code, count in rows}


def clients_by_unit(
    session: Session, start: dt.date, end: dt.date
) -> tuple[dict[ServiceUnit, int], int]:
    """Unit → clients with a service of it in force in the period; and clients with any service.

    A client with services of two units counts once in each, and once in the total.
    """
    unit = case(
        {s.code: literal(s.unit.value) for s in SERVICE_TYPES},
        value=ClientServiceRecord.service_code,
        else_=literal("unknown"),
    ).label("unit")
    in_force = (
        select(ClientServiceRecord.client_id, unit).where(_service_in_force(start, end)).subquery()
    )
    rows = session.execute(
        select(in_force.c.unit, func.count(distinct(in_force.c.client_id))).group_by(
            in_force.c.unit
        )
    )
    by_unit = {ServiceUnit(u): n for u, n in rows if u != "unknown"}
    total = session.scalar(select(func.count(distinct(in_force.c.client_id)))) or 0
    return by_unit, total


def caseloads(
    session: Session, child_born_after: dt.date, start: dt.date, end: dt.date
) -> dict[int, tuple[int, int]]:
    """Worker id → (clients named to them in disability services, children whose
    responsible social worker they are in child protection).

    A child is born after ``child_born_after`` (under 18 on the day it is
    computed for); the cap of Child Welfare Act § 13 b counts the children of
    child protection's responsible social worker (migration 0011), whatever
    worker the child has in disability services.
    """
    loads: dict[int, list[int]] = {}
    for worker, clients in session.execute(
        select(ClientRecord.named_worker_id, func.count())
        .where(ClientRecord.named_worker_id.is_not(None))
        .group_by(ClientRecord.named_worker_id)
    ):
        loads[worker] = [clients, 0]
    for worker, children in session.execute(
        select(UnitNamedWorkerRecord.worker_id, func.count())
        .join(ClientRecord, ClientRecord.id == UnitNamedWorkerRecord.client_id)
        .where(
            UnitNamedWorkerRecord.unit_code == ServiceUnit.CHILD_PROTECTION.value,
            ClientRecord.birth_date > child_born_after,
        )
        .group_by(UnitNamedWorkerRecord.worker_id)
    ):
        loads.setdefault(worker, [0, 0])[1] = children
    return {worker: (clients, children) for worker, (clients, children) in loads.items()}


def area_workers_by_postal_code(
    session: Session, division_id: int | None
) -> dict[str, tuple[int | None, int | None]]:
    """Postal code → (area social worker id, area counsellor id) in the division."""
    rows = session.execute(
        select(
            AreaDistrictRecord.postal_code, AreaRecord.social_worker_id, AreaRecord.counsellor_id
        )
        .join(AreaRecord, AreaRecord.id == AreaDistrictRecord.area_id)
        .where(AreaDistrictRecord.division_id == division_id)
    )
    return {code: (social, counsellor) for code, social, counsellor in rows}


def area_of_client(division_id: int | None, unit: str = DEFAULT_UNIT_CODE):
    """(client id, area name, named worker id) per client; NULL area when in no area.

    The area is that of the client's current postal code in ``division_id``; the named
    worker is the client's in ``unit`` (disability services' on the client row, another
    unit's in unit_named_workers).
    """
    if unit == DEFAULT_UNIT_CODE:
        query = select(
            ClientRecord.id.label("client_id"),
            AreaRecord.name.label("area"),
            ClientRecord.named_worker_id.label("named_worker_id"),
        )
    else:
        query = select(
            ClientRecord.id.label("client_id"),
            AreaRecord.name.label("area"),
            UnitNamedWorkerRecord.worker_id.label("named_worker_id"),
        ).outerjoin(
            UnitNamedWorkerRecord,
            and_(
                UnitNamedWorkerRecord.client_id == ClientRecord.id,
                UnitNamedWorkerRecord.unit_code == unit,
            ),
        )
    return query.outerjoin(
        AreaDistrictRecord,
        and_(
            AreaDistrictRecord.postal_code == ClientRecord.postal_code,
            AreaDistrictRecord.division_id == division_id,
        ),
    ).outerjoin(AreaRecord, AreaRecord.id == AreaDistrictRecord.area_id)


def _in_unit(unit: str):
    """The clients of ``unit`` other than disability services: a service of it or a named
    worker there (as ``store.units.clients_in_unit``); disability services' are all clients."""
    codes = [s.code for s in SERVICE_TYPES if s.unit.value == unit]
    return or_(
        UnitNamedWorkerRecord.worker_id.is_not(None),
        ClientRecord.id.in_(
            select(ClientServiceRecord.client_id).where(ClientServiceRecord.service_code.in_(codes))
        ),
    )


def clients_by_area(
    session: Session, division_id: int | None, unit: str = DEFAULT_UNIT_CODE
) -> dict[str | None, tuple[int, int]]:
    """Area name (None: no area) → (clients, clients with a named worker), current: the
    clients of ``unit`` by its division ``division_id``."""
    query = area_of_client(division_id, unit)
    if unit != DEFAULT_UNIT_CODE:
        query = query.where(_in_unit(unit))
    areas = query.subquery()
    rows = session.execute(
        select(areas.c.area, func.count(), func.count(areas.c.named_worker_id)).group_by(
            areas.c.area
        )
    )
    return {name: (clients, named) for name, clients, named in rows}


def area_names_by_postal_code(session: Session, division_id: int | None) -> dict[str, str]:
    """Postal code → area name in the division (a few hundred rows at most)."""
    rows = session.execute(
        select(AreaDistrictRecord.postal_code, AreaRecord.name)
        .join(AreaRecord, AreaRecord.id == AreaDistrictRecord.area_id)
        .where(AreaDistrictRecord.division_id == division_id)
    )
    return {code: name for code, name in rows}


def handover_counts(
    session: Session, start: dt.date, end: dt.date, today: dt.date
) -> tuple[int, int, int, int, dict[str, int]]:
    """(open, overdue, opened in the period, completed in the period, status → opened).

    Open and overdue are current: overdue = open with ``due_date`` before ``today``.
    """
    first, after = day_bounds(start, end)
    is_open = HandoverRecord.status.in_(_OPEN)
    open_now, overdue = session.execute(
        select(
            func.count(),
            func.sum(case((HandoverRecord.due_date < today, 1), else_=0)),
        ).where(is_open)
    ).one()
    completed = session.scalar(
        select(func.count()).where(
            HandoverRecord.completed_at >= first, HandoverRecord.completed_at < after
        )
    )
    rows = session.execute(
        select(HandoverRecord.status, func.count())
        .where(HandoverRecord.created_at >= first, HandoverRecord.created_at < after)
        .group_by(HandoverRecord.status)
    )
    by_status = {status: count for status, count in rows}
    return open_now, overdue or 0, sum(by_status.values()), completed or 0, by_status
