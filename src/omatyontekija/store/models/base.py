"""The models' common base: naming of constraints, column helpers, PostgreSQL's partial indexes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import MetaData, String, text
from sqlalchemy.orm import DeclarativeBase

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
