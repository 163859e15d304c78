"""Clients, their name keys, services, close ones and service packages."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omatyontekija.store.models.base import POSTGRESQL_WHERE, Base, binary_string, utcnow


class ClientRecord(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_code: Mapped[str] = mapped_column(binary_string(11), unique=True)
    birth_date: Mapped[dt.date] = mapped_column(Date)
    last_name: Mapped[str] = mapped_column(String(200))
    first_names: Mapped[str] = mapped_column(String(200))
    # name_key("last first"): the list's order, and the keyset for paging it
    sort_key: Mapped[str] = mapped_column(binary_string(400))
    language: Mapped[str] = mapped_column(String(2), default="fi")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    street_address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="", index=True)
    post_office: Mapped[str] = mapped_column(String(100), default="")
    stage: Mapped[str] = mapped_column(String(32), default="application")
    # Facts the rules read; NULL = not recorded (the rules use the contract default).
    can_seek_services: Mapped[bool | None] = mapped_column(Boolean)
    can_act_with_network: Mapped[bool | None] = mapped_column(Boolean)
    client_requests_named_worker: Mapped[bool | None] = mapped_column(Boolean)  # contract v2
    needs_multisector_coordination: Mapped[bool | None] = mapped_column(Boolean)
    no_suitable_service_found: Mapped[bool | None] = mapped_column(Boolean)
    intellectual_disability: Mapped[bool | None] = mapped_column(Boolean)
    clientship_since: Mapped[dt.date | None] = mapped_column(Date)
    current_worker_since: Mapped[dt.date | None] = mapped_column(Date)
    life_situation_reason: Mapped[str | None] = mapped_column(Text)
    named_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"), index=True)
    service_plan_updated: Mapped[dt.date | None] = mapped_column(Date)
    service_plan_next_update: Mapped[dt.date | None] = mapped_column(Date)
    special_care_programme_updated: Mapped[dt.date | None] = mapped_column(Date)
    # turvakielto: the address is never printed, exported or listed
    non_disclosure: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Seed 003: the unit whose named worker is the client's responsible worker
    # (vastuutyöntekijä), the first contact in any matter; NULL: none marked.
    responsible_unit: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    services: Mapped[list[ClientServiceRecord]] = relationship(
        cascade="all, delete-orphan", order_by="ClientServiceRecord.id"
    )
    close_ones: Mapped[list[CloseOneRecord]] = relationship(
        cascade="all, delete-orphan", order_by="CloseOneRecord.id"
    )

    # A save from a stale copy fails instead of overwriting someone else's edit.
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_clients_sort", "sort_key", "id"),)


class ClientNameKeyRecord(Base):
    """One row per searchable name part, so that any first or last name is a prefix search."""

    __tablename__ = "client_name_keys"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(binary_string(200), primary_key=True)
    # The client's sort_key, repeated here so that a name search is answered in
    # list order from this table's index alone, without visiting the clients.
    sort_key: Mapped[str] = mapped_column(binary_string(400), server_default="")

    __table_args__ = (Index("ix_client_name_keys_order", "key", "sort_key", "client_id"),)


class ClientServiceRecord(Base):
    __tablename__ = "client_services"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    service_code: Mapped[str] = mapped_column(String(50))
    granted_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    # covers "the codes of a client": suggestions for all clients read nothing else
    __table_args__ = (Index("ix_client_services_codes", "client_id", "service_code"),)


class CloseOneRecord(Base):
    __tablename__ = "close_ones"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(32))
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    street_address: Mapped[str] = mapped_column(String(200), default="", server_default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    post_office: Mapped[str] = mapped_column(String(100), default="", server_default="")
    guardian_scope: Mapped[str | None] = mapped_column(String(32))  # edunvalvoja's task
    non_disclosure: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


# A service package is the client's current one until it ends.
OPEN_PACKAGE = "ended_on IS NULL"


class ServicePackageRecord(Base):
    """Adult social work's service package of a client (seed 004), kept as history:
    one open package per client at a time."""

    __tablename__ = "service_packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    package: Mapped[str] = mapped_column(String(40))
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        Index("ix_service_packages_client", "client_id", "started_on"),
        Index(
            "ux_service_packages_one_open",
            "client_id",
            unique=True,
            sqlite_where=text(OPEN_PACKAGE),
            info={POSTGRESQL_WHERE: OPEN_PACKAGE},
        ),
    )
