"""Service units, their workers and named workers, and the unit's settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omatyontekija.store.models.base import Base


class UnitRecord(Base):
    """A service unit: disability services, child protection, adult social work, or one an
    administrator adds. ``worker_word_*`` is what the unit calls a client's named worker."""

    __tablename__ = "units"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name_fi: Mapped[str] = mapped_column(String(100))
    name_sv: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    worker_word_fi: Mapped[str] = mapped_column(String(100))
    worker_word_sv: Mapped[str] = mapped_column(String(100))
    worker_word_en: Mapped[str] = mapped_column(String(100))


class WorkerUnitRecord(Base):
    """A worker's membership of a unit; a worker may belong to several."""

    __tablename__ = "worker_units"

    worker_id: Mapped[int] = mapped_column(
        ForeignKey("workers.id", ondelete="CASCADE"), primary_key=True
    )
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), primary_key=True)
    # The worker's caseload capacity in this unit (migration 0012); None: the unit's default
    # (the worker's own capacity; in child protection the cap of 30 children).
    capacity: Mapped[int | None] = mapped_column(Integer)


class UnitNamedWorkerRecord(Base):
    """A client's current named worker in a unit other than disability services.

    Disability services' worker stays on ``clients.named_worker_id``, where the
    list, the area planner, the figures and the permanence measures read it;
    the history of every unit is in ``designations`` (with its unit_code).
    """

    __tablename__ = "unit_named_workers"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    since: Mapped[dt.date | None] = mapped_column(Date)


class UnitSettingRecord(Base):
    """The organisation and unit the documents are sent from: one row per setting."""

    __tablename__ = "unit_settings"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
