"""The access log: entries, their client sets and hourly counts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import Mapped, mapped_column

from omatyontekija.store.models.base import Base


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
