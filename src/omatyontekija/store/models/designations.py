"""Named-worker decisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omatyontekija.store.models.base import DEFAULT_UNIT_CODE, Base, utcnow


class DesignationRecord(Base):
    """A named-worker decision; rows are only ever added."""

    __tablename__ = "designations"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    stage: Mapped[str] = mapped_column(String(32))
    suggestion: Mapped[str] = mapped_column(String(20))
    suggested_role: Mapped[str | None] = mapped_column(String(40))
    rules: Mapped[str] = mapped_column(String(200), default="")  # fired rule ids, comma-separated
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    handover_id: Mapped[int | None] = mapped_column(ForeignKey("handovers.id"))
    # The unit the decision is about: a client has a named worker per unit (migration 0011).
    unit_code: Mapped[str] = mapped_column(
        ForeignKey("units.code"), default=DEFAULT_UNIT_CODE, server_default=DEFAULT_UNIT_CODE
    )
