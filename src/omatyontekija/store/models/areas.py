"""Postal-code districts, their neighbours, and the units' area divisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omatyontekija.store.models.base import DEFAULT_UNIT_CODE, Base, utcnow


class DistrictNeighbourRecord(Base):
    """Two postal-code districts that border each other, stored once (postal_code < neighbour)."""

    __tablename__ = "district_neighbours"

    postal_code: Mapped[str] = mapped_column(ForeignKey("districts.postal_code"), primary_key=True)
    neighbour: Mapped[str] = mapped_column(ForeignKey("districts.postal_code"), primary_key=True)


class DistrictRecord(Base):
    """A postal-code district, the unit areas are made of."""

    __tablename__ = "districts"

    postal_code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")


class AreaDivisionRecord(Base):
    """A version of one unit's area division, in force from ``effective_from`` until the
    unit's next (migration 0012: each unit its own division)."""

    __tablename__ = "area_divisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    unit_code: Mapped[str] = mapped_column(
        ForeignKey("units.code"), default=DEFAULT_UNIT_CODE, server_default=DEFAULT_UNIT_CODE
    )

    areas: Mapped[list[AreaRecord]] = relationship(
        back_populates="division", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("unit_code", "effective_from"),)


class AreaRecord(Base):
    __tablename__ = "areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    division_id: Mapped[int] = mapped_column(ForeignKey("area_divisions.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    social_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    counsellor_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))

    division: Mapped[AreaDivisionRecord] = relationship(back_populates="areas")
    districts: Mapped[list[AreaDistrictRecord]] = relationship(
        back_populates="area", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("division_id", "name"),)


class AreaDistrictRecord(Base):
    """A district belongs to one area in each division."""

    __tablename__ = "area_districts"

    division_id: Mapped[int] = mapped_column(
        ForeignKey("area_divisions.id", ondelete="CASCADE"), primary_key=True
    )
    postal_code: Mapped[str] = mapped_column(ForeignKey("districts.postal_code"), primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id", ondelete="CASCADE"), index=True)

    area: Mapped[AreaRecord] = relationship(back_populates="districts")
