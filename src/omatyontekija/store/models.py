"""Typed SQLAlchemy 2 models. Every schema change goes through a migration."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints so that migrations can alter them (SQLite batch mode needs names).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def binary_string(length: int) -> String:
    """Text compared code point by code point on every database.

    Search keys are made for a binary order (domain/text.py puts å ä ö after z as
    "{|}") and searched by prefix ranges; a PostgreSQL database created with a
    linguistic collation (fi-FI, en_US) would sort "{" first and ignore spaces and
    hyphens. SQLite compares binary by default.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Rows made before service units (migration 0011) are disability services'.
DEFAULT_UNIT_CODE = "disability_services"


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


# A service package is the client's current one until it ends.
# A partial index's condition on PostgreSQL, declared by for_postgresql() when a
# PostgreSQL database is opened: naming a PostgreSQL option here (postgresql_where=)
# would load SQLAlchemy's whole PostgreSQL dialect on every start, SQLite's too (~25 ms).
POSTGRESQL_WHERE = "postgresql_where"


def for_postgresql() -> None:
    """Give the partial indexes their PostgreSQL condition (idempotent): before the
    models meet a PostgreSQL database (store.db, the migrations' environment)."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            where = index.info.get(POSTGRESQL_WHERE)
            if where is not None:
                index.dialect_options["postgresql"]["where"] = text(where)


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


class WorkerRecord(Base):
    __tablename__ = "workers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    login: Mapped[str | None] = mapped_column(String(100), unique=True)
    # The title printed on letters ("johtava sosiaalityöntekijä"); role is what the rules read.
    title: Mapped[str] = mapped_column(String(100), default="", server_default="")
    phone_hours: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # A worker leaving on active_until: their clients need a handover before that day.
    active_from: Mapped[dt.date | None] = mapped_column(Date)
    active_until: Mapped[dt.date | None] = mapped_column(Date)


class UnitSettingRecord(Base):
    """The organisation and unit the documents are sent from: one row per setting."""

    __tablename__ = "unit_settings"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


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


class UserRecord(Base):
    """A login of the product; the role decides what services allow (services/authorization)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ClientIdList(TypeDecorator):
    """A sorted list of client ids: an integer array on PostgreSQL, "1,5,9" text on SQLite
    (the same spelling the log's hash reads, so SQLite needs no decoding to verify)."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            # Here, not at the top: only a PostgreSQL connection loads its dialect.
            from sqlalchemy.dialects.postgresql import ARRAY

            return dialect.type_descriptor(ARRAY(Integer))
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value, dialect):
        if value is None or dialect.name == "postgresql":
            return None if value is None else list(value)
        return ",".join(map(str, value))

    def process_result_value(self, value, dialect):
        if value is None:
            return ()
        if dialect.name == "postgresql":
            return tuple(value)
        return tuple(int(v) for v in value.split(",")) if value else ()


class AccessLogRecord(Base):
    """The access log: append-only, each entry hash-chained to the one before.

    The sequence is given by the appender (not autoincrement) so that a gap
    shows a removed entry. The clients shown are a set of client ids stored
    once in ``access_log_sets`` however many entries show it (searches repeat:
    the same page of names reaches many screens), so the log grows with
    entries, not with entries x rows shown. ``format`` names how ``hash`` was
    computed (services/audit.py): 1 the original JSON, 2 the text that
    PostgreSQL's append function also computes. On PostgreSQL only that
    function (SECURITY DEFINER) writes these tables.
    """

    __tablename__ = "access_log"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    login: Mapped[str] = mapped_column(String(100), index=True)
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    success: Mapped[bool] = mapped_column(Boolean)
    format: Mapped[int] = mapped_column(SmallInteger, server_default="1")
    set_id: Mapped[int | None] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_access_log_set", "set_id", "sequence"),)


class AccessLogSetRecord(Base):
    """A set of clients some log entries showed, kept once; ``digest`` is sha256 of its ids
    as "1,5,9", so an append finds an existing set with one index lookup."""

    __tablename__ = "access_log_sets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    clients: Mapped[tuple[int, ...]] = mapped_column(ClientIdList)


class AccessLogSetClientRecord(Base):
    """Which sets hold a client: "who has seen my data" reads its sets here, then their
    entries through ix_access_log_set. No foreign key to clients: the log outlives them."""

    __tablename__ = "access_log_set_clients"

    client_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    set_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)

    __table_args__ = ({"sqlite_with_rowid": False},)


class AccessLogHourRecord(Base):
    """The entries that showed a set of clients, counted per UTC hour, user, role, action,
    reason ('' for none) and success, kept by every append (on PostgreSQL by
    omt_log_append). The client's report reads these: its cost follows its lines, not
    the 200 000 entries a year of a client near the top of the list (each entry a row
    read from the 4-million-entry table: 1-2 s). The entries stay the record, the
    hash chain and the CSV list; this is their count."""

    __tablename__ = "access_log_hours"

    set_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # Hours since 1970-01-01 UTC; the report merges them into local days.
    hour: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    login: Mapped[str] = mapped_column(String(100), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    action: Mapped[str] = mapped_column(String(20), primary_key=True)
    reason: Mapped[str] = mapped_column(Text, primary_key=True)
    success: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    # Microseconds since 1970-01-01 UTC of the first and the last of those entries.
    first_micro: Mapped[int] = mapped_column(BigInteger)
    last_micro: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = ({"sqlite_with_rowid": False},)


class MatterRecord(Base):
    """A matter on a client's service path and the dates its deadlines are counted from."""

    __tablename__ = "matters"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # application / service_need_assessment / ...
    pending_since: Mapped[dt.date] = mapped_column(Date)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    note: Mapped[str] = mapped_column(Text, default="")
