"""Area divisions: which one is in force, and a client's area under it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from omatyontekija.domain.area import Area, AreaDivision
from omatyontekija.store.convert import area_from
from omatyontekija.store.models import (
    AreaDistrictRecord,
    AreaDivisionRecord,
    AreaRecord,
    DistrictNeighbourRecord,
)
from omatyontekija.store.workers import workers_by_id


def division_id_on(session: Session, on: dt.date) -> int | None:
    """The id of the division in force on ``on`` (the latest that took effect by then)."""
    return session.scalar(
        select(AreaDivisionRecord.id)
        .where(AreaDivisionRecord.effective_from <= on)
        .order_by(AreaDivisionRecord.effective_from.desc())
        .limit(1)
    )


def division_on(session: Session, on: dt.date) -> AreaDivision | None:
    division_id = division_id_on(session, on)
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


def area_of_postal_code(session: Session, postal_code: str, on: dt.date) -> Area | None:
    division_id = division_id_on(session, on)
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
