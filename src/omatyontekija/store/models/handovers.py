"""Handovers and their checklist items."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omatyontekija.store.models.base import DEFAULT_UNIT_CODE, POSTGRESQL_WHERE, Base, utcnow

# A handover is open while planned or in progress.
OPEN_HANDOVER = "status IN ('planned', 'in_progress')"


class HandoverRecord(Base):
    __tablename__ = "handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    from_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    to_worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    reason: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    template: Mapped[str] = mapped_column(String(100))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    meeting_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)
    unit_code: Mapped[str] = mapped_column(
        ForeignKey("units.code"), default=DEFAULT_UNIT_CODE, server_default=DEFAULT_UNIT_CODE
    )
    # The division whose reform opened this handover (migration 0014); NULL when no reform
    # did, or when the plan that did was replaced and its replacement cancelled it.
    division_id: Mapped[int | None] = mapped_column(
        ForeignKey("area_divisions.id", ondelete="SET NULL"), index=True
    )

    items: Mapped[list[HandoverItemRecord]] = relationship(
        cascade="all, delete-orphan", order_by="HandoverItemRecord.position"
    )

    __mapper_args__ = {"version_id_col": version}
    # One open handover per client and unit, whatever two workstations do at once
    # (migrations 0008 and 0011).
    __table_args__ = (
        Index(
            "ux_handovers_one_open",
            "client_id",
            "unit_code",
            unique=True,
            sqlite_where=text(OPEN_HANDOVER),
            info={POSTGRESQL_WHERE: OPEN_HANDOVER},
        ),
    )


class HandoverItemRecord(Base):
    __tablename__ = "handover_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(100))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    state: Mapped[str] = mapped_column(String(20), default="open")
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("handover_id", "key"),)
