"""Saving changes to a client record without overwriting someone else's newer save."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from omatyontekija.store.access_log import as_utc
from omatyontekija.store.models import ClientRecord


@dataclass(frozen=True, slots=True)
class ChangeStamp:
    version: int
    updated_by: str
    updated_at: dt.datetime  # UTC


class VersionConflict(Exception):
    """The record is no longer at the version the editor started from."""

    def __init__(self, stamp: ChangeStamp | None) -> None:
        super().__init__("the client record was changed by someone else")
        self.stamp = stamp


def change_stamp(session: Session, client_id: int) -> ChangeStamp | None:
    row = session.execute(
        select(ClientRecord.version, ClientRecord.updated_by, ClientRecord.updated_at).where(
            ClientRecord.id == client_id
        )
    ).first()
    return None if row is None else ChangeStamp(row[0], row[1], as_utc(row[2]))


def lock_client(session: Session, client_id: int) -> ClientRecord | None:
    """The client's row, fresh and locked for this transaction (SQLite's IMMEDIATE already is)."""
    return session.get(ClientRecord, client_id, populate_existing=True, with_for_update=True)


def check_version(session: Session, client_id: int, expected_version: int) -> ChangeStamp | None:
    """The client's stamp, locked; VersionConflict unless it is at ``expected_version``;
    None when there is no such client."""
    record = lock_client(session, client_id)
    if record is None:
        return None
    stamp = ChangeStamp(record.version, record.updated_by, as_utc(record.updated_at))
    if record.version != expected_version:
        raise VersionConflict(stamp)
    return stamp


def update_client(
    session: Session, client_id: int, expected_version: int, changes: dict, *, by: str
) -> ChangeStamp | None:
    """Set ``changes`` (column → value) if the record is still at ``expected_version``.

    Returns the new stamp, None when there is no such client; raises
    VersionConflict when the version moved. The version check is made twice:
    here against the row read under the write lock (SQLite's IMMEDIATE), and
    by SQLAlchemy's version counter in the UPDATE's WHERE. On PostgreSQL the
    row is read FOR UPDATE, so a concurrent writer waits for our commit and
    then sees the new version instead of failing inside its flush.
    """
    record = lock_client(session, client_id)
    if record is None:
        return None
    if record.version != expected_version:
        raise VersionConflict(
            ChangeStamp(record.version, record.updated_by, as_utc(record.updated_at))
        )
    for column, value in changes.items():
        setattr(record, column, value)
    record.updated_by = by
    record.updated_at = dt.datetime.now(dt.UTC)
    try:
        session.flush()
    except StaleDataError:
        raise VersionConflict(None) from None
    return ChangeStamp(record.version, record.updated_by, as_utc(record.updated_at))
