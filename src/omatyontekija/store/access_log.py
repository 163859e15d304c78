"""The access log's table: append under a lock, read in sequence order, search.

The hash chain itself is computed in services/audit.py; here are only the
rows. Appends are serialised: on SQLite by the IMMEDIATE write transaction
every ``Database.write()`` begins with, on PostgreSQL by a transaction-scoped
advisory lock (the application's role may only INSERT and SELECT on the log,
and LOCK TABLE would need UPDATE rights).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from omatyontekija.domain.access import AccessEntry
from omatyontekija.store.models import AccessLogClientRecord, AccessLogRecord

GENESIS_HASH = "0" * 64
# Any constant works; it only has to be the same for every appender.
_ADVISORY_LOCK_KEY = 7032023


def lock_for_append(session: Session) -> None:
    """Take the append lock for the rest of the transaction (a no-op where IMMEDIATE did it)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK_KEY})


def last_link(session: Session) -> tuple[int, str]:
    """(sequence, hash) of the newest entry; (0, GENESIS_HASH) for an empty log."""
    row = session.execute(
        select(AccessLogRecord.sequence, AccessLogRecord.hash)
        .order_by(AccessLogRecord.sequence.desc())
        .limit(1)
    ).first()
    return (0, GENESIS_HASH) if row is None else (row[0], row[1])


def insert_entry(session: Session, entry: AccessEntry) -> None:
    """Add one entry and its clients; the caller holds the append lock."""
    session.execute(
        insert(AccessLogRecord.__table__),
        [
            {
                "sequence": entry.sequence,
                "at": entry.at,
                "login": entry.user,
                "role": entry.role,
                "action": entry.action,
                "reason": entry.reason,
                "success": entry.success,
                "previous_hash": entry.previous_hash,
                "hash": entry.hash,
            }
        ],
    )
    if entry.client_ids:
        session.execute(
            insert(AccessLogClientRecord.__table__),
            [{"sequence": entry.sequence, "client_id": c} for c in entry.client_ids],
        )


def as_utc(value: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes; everything in the log is UTC."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _entries(session: Session, records: list[AccessLogRecord]) -> list[AccessEntry]:
    if not records:
        return []
    sequences = [r.sequence for r in records]
    clients: dict[int, list[int]] = {}
    for sequence, client_id in session.execute(
        select(AccessLogClientRecord.sequence, AccessLogClientRecord.client_id)
        .where(AccessLogClientRecord.sequence.in_(sequences))
        .order_by(AccessLogClientRecord.sequence, AccessLogClientRecord.client_id)
    ):
        clients.setdefault(sequence, []).append(client_id)
    return [
        AccessEntry(
            sequence=r.sequence,
            at=as_utc(r.at),
            user=r.login,
            role=r.role,
            action=r.action,
            client_ids=tuple(clients.get(r.sequence, ())),
            reason=r.reason,
            success=r.success,
            previous_hash=r.previous_hash,
            hash=r.hash,
        )
        for r in records
    ]


def iter_entries(session: Session, *, batch: int = 5_000) -> Iterator[AccessEntry]:
    """Every entry in the order it is stored by sequence, read a batch at a time."""
    after = None
    while True:
        query = select(AccessLogRecord).order_by(AccessLogRecord.sequence).limit(batch)
        if after is not None:
            query = query.where(AccessLogRecord.sequence > after)
        records = list(session.scalars(query))
        if not records:
            return
        yield from _entries(session, records)
        after = records[-1].sequence


def search_entries(
    session: Session,
    *,
    client_id: int | None = None,
    login: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int | None = 1000,
) -> list[AccessEntry]:
    """The newest entries first, optionally only those about a client, by a user, or logged
    at ``since`` or later and before ``until``; ``limit`` None means all of them."""
    query = select(AccessLogRecord).order_by(AccessLogRecord.sequence.desc())
    if limit is not None:
        query = query.limit(limit)
    # Stored as UTC; SQLite keeps naive datetimes, so compare with naive UTC there too.
    if since is not None:
        query = query.where(AccessLogRecord.at >= _stored(session, since))
    if until is not None:
        query = query.where(AccessLogRecord.at < _stored(session, until))
    if client_id is not None:
        query = query.where(
            AccessLogRecord.sequence.in_(
                select(AccessLogClientRecord.sequence).where(
                    AccessLogClientRecord.client_id == client_id
                )
            )
        )
    if login is not None:
        query = query.where(AccessLogRecord.login == login)
    return _entries(session, list(session.scalars(query)))


def _stored(session: Session, moment: dt.datetime) -> dt.datetime:
    """``moment`` as the column stores it: UTC, naive on SQLite."""
    utc = as_utc(moment)
    return utc.replace(tzinfo=None) if session.get_bind().dialect.name == "sqlite" else utc


def entry_count(session: Session) -> int:
    return session.scalar(select(func.count(AccessLogRecord.sequence))) or 0
