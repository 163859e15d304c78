"""Writing and listing area divisions: a new version from a date, earlier ones kept as they were.

Every function is about one unit's divisions (migration 0012), disability
services' unless told otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.store.models import (
    AreaDistrictRecord,
    AreaDivisionRecord,
    AreaRecord,
    DistrictRecord,
)


@dataclass(frozen=True, slots=True)
class NewArea:
    """An area to write: its name, workers and postal codes."""

    name: str
    social_worker_id: int | None
    counsellor_id: int | None
    postal_codes: tuple[str, ...]


def division_ids(session: Session, unit: str = DEFAULT_UNIT) -> list[int]:
    """Every division's id of ``unit``, the earliest effective first."""
    return list(
        session.scalars(
            select(AreaDivisionRecord.id)
            .where(AreaDivisionRecord.unit_code == unit)
            .order_by(AreaDivisionRecord.effective_from)
        )
    )


def latest_effective_from(session: Session, unit: str = DEFAULT_UNIT) -> dt.date | None:
    """The date ``unit``'s newest division takes effect, or None when there is none."""
    return session.scalar(
        select(func.max(AreaDivisionRecord.effective_from)).where(
            AreaDivisionRecord.unit_code == unit
        )
    )


def district_names(session: Session) -> dict[str, str]:
    """Postal code → district name, for every known district."""
    return dict(session.execute(select(DistrictRecord.postal_code, DistrictRecord.name)).all())


def ensure_districts(session: Session, postal_codes: Iterable[str]) -> None:
    """Add a nameless district row for each postal code not yet known (areas refer to them)."""
    known = set(district_names(session))
    missing = sorted(set(postal_codes) - known)
    session.add_all(DistrictRecord(postal_code=code, name="") for code in missing)
    session.flush()


def insert_division(
    session: Session,
    *,
    name: str,
    effective_from: dt.date,
    areas: Sequence[NewArea],
    created_by: str,
    unit: str = DEFAULT_UNIT,
) -> int:
    """Write a division with its areas and districts; returns its id (flushed, not committed).

    Each postal code may be in one area only; the unique constraints of the
    schema refuse a second division from the same date.
    """
    ensure_districts(session, (code for area in areas for code in area.postal_codes))
    division = AreaDivisionRecord(
        name=name, effective_from=effective_from, created_by=created_by, unit_code=unit
    )
    session.add(division)
    session.flush()
    for area in areas:
        record = AreaRecord(
            division_id=division.id,
            name=area.name,
            social_worker_id=area.social_worker_id,
            counsellor_id=area.counsellor_id,
        )
        session.add(record)
        session.flush()
        session.add_all(
            AreaDistrictRecord(division_id=division.id, postal_code=code, area_id=record.id)
            for code in area.postal_codes
        )
    session.flush()
    return division.id


@dataclass(frozen=True, slots=True)
class SavedDivision:
    """A division as the reform sees it: when it takes effect and when it was saved."""

    id: int
    effective_from: dt.date
    created_at: dt.datetime


def divisions_after(
    session: Session, day: dt.date, unit: str = DEFAULT_UNIT
) -> list[SavedDivision]:
    """``unit``'s divisions that take effect after ``day`` (not yet in force), earliest first."""
    query = (
        select(
            AreaDivisionRecord.id, AreaDivisionRecord.effective_from, AreaDivisionRecord.created_at
        )
        .where(AreaDivisionRecord.effective_from > day, AreaDivisionRecord.unit_code == unit)
        .order_by(AreaDivisionRecord.effective_from)
    )
    return [SavedDivision(*row) for row in session.execute(query)]


def latest_on_or_before(session: Session, day: dt.date, unit: str = DEFAULT_UNIT) -> dt.date | None:
    """The newest date on or before ``day`` from which a division of ``unit`` takes effect."""
    return session.scalar(
        select(func.max(AreaDivisionRecord.effective_from)).where(
            AreaDivisionRecord.effective_from <= day, AreaDivisionRecord.unit_code == unit
        )
    )


def delete_division(session: Session, division_id: int) -> None:
    """Remove a division that has not taken effect, with its areas (a reform replacing it)."""
    session.execute(delete(AreaDistrictRecord).where(AreaDistrictRecord.division_id == division_id))
    session.execute(delete(AreaRecord).where(AreaRecord.division_id == division_id))
    session.execute(delete(AreaDivisionRecord).where(AreaDivisionRecord.id == division_id))
    session.flush()
