"""Area divisions: which one is in force, and a client's area under it.

Each service unit has its own division (migration 0012); ``unit`` defaults to
disability services, whose division was the only one before.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from omatyontekija.domain.area import Area, AreaDivision
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.store.convert import area_from
from omatyontekija.store.models import (
    AreaDistrictRecord,
    AreaDivisionRecord,
    AreaRecord,
    DistrictNeighbourRecord,
)
from omatyontekija.store.workers import workers_by_id


def division_id_on(session: Session, on: dt.date, unit: str = DEFAULT_UNIT) -> int | None:
    """The id of ``unit``'s division in force on ``on`` (the latest that took effect by then)."""
    return session.scalar(
        select(AreaDivisionRecord.id)
        .where(AreaDivisionRecord.effective_from <= on, AreaDivisionRecord.unit_code == unit)
        .order_by(AreaDivisionRecord.effective_from.desc())
        .limit(1)
    )


def division_ids_in_force(session: Session, on: dt.date) -> dict[str, int]:
    """Unit code → the id of the unit's division in force on ``on``, for units that have one."""
    found: dict[str, tuple[dt.date, int]] = {}
    for unit, effective_from, division_id in session.execute(
        select(
            AreaDivisionRecord.unit_code, AreaDivisionRecord.effective_from, AreaDivisionRecord.id
        ).where(AreaDivisionRecord.effective_from <= on)
    ):
        if unit not in found or effective_from > found[unit][0]:
            found[unit] = (effective_from, division_id)
    return {unit: division_id for unit, (_, division_id) in found.items()}


def division_on(session: Session, on: dt.date, unit: str = DEFAULT_UNIT) -> AreaDivision | None:
    division_id = division_id_on(session, on, unit)
    return None if division_id is None else load_division(session, division_id)


def load_division(session: Session, division_id: int) -> AreaDivision:
    record = session.get(
        AreaDivisionRecord,
        division_id,
        options=[selectinload(AreaDivisionRecord.areas).selectinload(AreaRecord.districts)],
    )
    workers = workers_by_id(session)
    return AreaDivision(
        id=record.id,
        effective_from=record.effective_from,
        name=record.name,
        areas=tuple(area_from(a, workers) for a in sorted(record.areas, key=lambda a: a.name)),
    )


def area_of_postal_code(
    session: Session, postal_code: str, on: dt.date, unit: str = DEFAULT_UNIT
) -> Area | None:
    """The area of ``postal_code`` in ``unit``'s division in force on ``on``, if any."""
    division_id = division_id_on(session, on, unit)
    if division_id is None or not postal_code:
        return None
    record = session.scalar(
        select(AreaRecord)
        .join(AreaDistrictRecord, AreaDistrictRecord.area_id == AreaRecord.id)
        .where(
            AreaDistrictRecord.division_id == division_id,
            AreaDistrictRecord.postal_code == postal_code,
        )
        .options(selectinload(AreaRecord.districts))
    )
    return None if record is None else area_from(record, workers_by_id(session))


def district_neighbours(session: Session) -> list[tuple[str, str]]:
    """Every pair of bordering postal-code districts, each once, the smaller code first."""
    return [
        (a, b) if a < b else (b, a)
        for a, b in session.execute(
            select(DistrictNeighbourRecord.postal_code, DistrictNeighbourRecord.neighbour).order_by(
                DistrictNeighbourRecord.postal_code, DistrictNeighbourRecord.neighbour
            )
        )
    ]
