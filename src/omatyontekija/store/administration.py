"""Writes of the administration: workers, users, districts and area versions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from omatyontekija.domain.access import Role
from omatyontekija.domain.worker import Worker
from omatyontekija.store.convert import worker_from
from omatyontekija.store.divisions import NewArea, ensure_districts, insert_division
from omatyontekija.store.models import (
    DEFAULT_UNIT_CODE,
    AreaDivisionRecord,
    DistrictNeighbourRecord,
    DistrictRecord,
    UserRecord,
    WorkerRecord,
)

WORKER_FIELDS = (
    "name",
    "role",
    "title",
    "phone",
    "email",
    "phone_hours",
    "capacity",
    "login",
    "active",
    "active_from",
    "active_until",
)


def worker_with_login(session: Session, login: str) -> int | None:
    return session.scalar(select(WorkerRecord.id).where(WorkerRecord.login == login))


def save_worker(session: Session, worker_id: int | None, values: Mapping[str, object]) -> Worker:
    """Add a worker (``worker_id`` None) or change the given fields of one; flushed."""
    if worker_id is None:
        record = WorkerRecord(
            name="", role="social_worker", phone="", email="", capacity=0, active=True
        )
        session.add(record)
    else:
        record = session.get(WorkerRecord, worker_id)
        if record is None:
            raise LookupError(worker_id)
    for key, value in values.items():
        if key not in WORKER_FIELDS:
            raise KeyError(key)
        setattr(record, key, value)
    session.flush()
    return worker_from(record)


def active_admins(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(UserRecord.login).where(
                UserRecord.role == Role.ADMIN.value, UserRecord.active.is_(True)
            )
        )
    )


def has_users(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(UserRecord)) > 0


def save_district_names(session: Session, names: Mapping[str, str]) -> None:
    """Name the districts (a postal code not yet known is added); an empty name keeps the old."""
    ensure_districts(session, names)
    for code, name in names.items():
        if name:
            session.get(DistrictRecord, code).name = name
    session.flush()


def replace_neighbours(
    session: Session, postal_codes: Iterable[str], pairs: Iterable[tuple[str, str]]
) -> None:
    """The neighbours of ``postal_codes`` become exactly ``pairs`` (stored once, smaller first)."""
    codes = list(set(postal_codes))
    wanted = {tuple(sorted(p)) for p in pairs if p[0] != p[1]}
    ensure_districts(session, {c for p in wanted for c in p})
    for start in range(0, len(codes), 400):
        chunk = codes[start : start + 400]
        session.execute(
            delete(DistrictNeighbourRecord).where(
                or_(
                    DistrictNeighbourRecord.postal_code.in_(chunk),
                    DistrictNeighbourRecord.neighbour.in_(chunk),
                )
            )
        )
    session.add_all(DistrictNeighbourRecord(postal_code=a, neighbour=b) for a, b in sorted(wanted))
    session.flush()


def write_division(
    session: Session,
    *,
    name: str,
    effective_from: dt.date,
    areas: Sequence[NewArea],
    created_by: str,
    unit: str = DEFAULT_UNIT_CODE,
) -> int:
    """The version of ``unit``'s division from ``effective_from``: a new one, or the one of that
    very date written again (earlier versions are kept as they were)."""
    existing = session.scalar(
        select(AreaDivisionRecord).where(
            AreaDivisionRecord.effective_from == effective_from,
            AreaDivisionRecord.unit_code == unit,
        )
    )
    if existing is not None:
        session.delete(existing)
        session.flush()
    return insert_division(
        session,
        name=name,
        effective_from=effective_from,
        areas=areas,
        created_by=created_by,
        unit=unit,
    )
