"""The access log's tables: append under a lock, read in sequence order, search.

The hash chain itself is computed in services/audit.py (and, on PostgreSQL, in
the database's omt_log_append function, migration 0007); here are only the
rows. An entry names the set of clients it showed (``access_log_sets``, each
distinct set kept once); ``access_log_set_clients`` says which sets hold a
client. Appends are serialised: on SQLite by the IMMEDIATE write transaction
every ``Database.write()`` begins with, on PostgreSQL by the append function's
table lock.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import and_, event, func, insert, select, text
from sqlalchemy.orm import Session

from omatyontekija.domain.access import AccessEntry
from omatyontekija.store import access_log_hours as hours
from omatyontekija.store import bare, read_commit
from omatyontekija.store.models import (
    AccessLogRecord,
    AccessLogSetClientRecord,
    AccessLogSetRecord,
)

GENESIS_HASH = "0" * 64


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _driver(session: Session):
    """The sqlite3 connection of the session's transaction. An append runs inside every
    use case that shows client data, on every keystroke; through the ORM its four
    statements cost ~0.8 ms, as plain statements on the same connection ~0.1 ms."""
    return session.connection().connection.driver_connection


def last_link(session: Session) -> tuple[int, str]:
    """(sequence, hash) of the newest entry; (0, GENESIS_HASH) for an empty log."""
    if not is_postgresql(session):
        row = (
            _driver(session)
            .execute("SELECT sequence, hash FROM access_log ORDER BY sequence DESC LIMIT 1")
            .fetchone()
        )
        return (0, GENESIS_HASH) if row is None else (row[0], row[1])
    row = session.execute(
        select(AccessLogRecord.sequence, AccessLogRecord.hash)
        .order_by(AccessLogRecord.sequence.desc())
        .limit(1)
    ).first()
    return (0, GENESIS_HASH) if row is None else (row[0], row[1])


def hash_at(session: Session, sequence: int) -> str | None:
    """The stored hash of entry ``sequence``; None when there is no such entry."""
    return session.scalar(select(AccessLogRecord.hash).where(AccessLogRecord.sequence == sequence))


def ids_text(client_ids: tuple[int, ...]) -> str:
    """The spelling of a sorted set of ids that set digests and hashes read: "1,5,9"."""
    return ",".join(map(str, client_ids))


def _intern_set(session: Session, client_ids: tuple[int, ...]) -> int | None:
    """The id of the stored set holding exactly ``client_ids`` (sorted), added if new."""
    if not client_ids:
        return None
    digest = hashlib.sha256(ids_text(client_ids).encode("ascii")).digest()
    found = session.scalar(select(AccessLogSetRecord.id).where(AccessLogSetRecord.digest == digest))
    if found is not None:
        return found
    set_id = session.execute(
        insert(AccessLogSetRecord.__table__)
        .values(digest=digest, clients=client_ids)
        .returning(AccessLogSetRecord.__table__.c.id)
    ).scalar_one()
    session.execute(
        insert(AccessLogSetClientRecord.__table__),
        [{"client_id": c, "set_id": set_id} for c in client_ids],
    )
    return set_id


def _insert_on_sqlite(session: Session, entry: AccessEntry, format: int) -> None:
    connection = _driver(session)
    set_id = None
    if entry.client_ids:
        text_ids = ids_text(entry.client_ids)
        digest = hashlib.sha256(text_ids.encode("ascii")).digest()
        row = connection.execute(
            "SELECT id FROM access_log_sets WHERE digest = ?", (digest,)
        ).fetchone()
        if row is not None:
            set_id = row[0]
        else:
            set_id = connection.execute(
                "INSERT INTO access_log_sets (digest, clients) VALUES (?, ?)", (digest, text_ids)
            ).lastrowid
            connection.executemany(
                "INSERT INTO access_log_set_clients (client_id, set_id) VALUES (?, ?)",
                [(c, set_id) for c in entry.client_ids],
            )
    connection.execute(
        "INSERT INTO access_log (sequence, at, login, role, action, reason, success, format, "
        "set_id, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.sequence,
            # As SQLAlchemy's DateTime stores it on SQLite: naive UTC, microseconds.
            as_utc(entry.at).strftime("%Y-%m-%d %H:%M:%S.%f"),
            entry.user,
            entry.role,
            entry.action,
            entry.reason,
            1 if entry.success else 0,
            format,
            set_id,
            entry.hash,
        ),
    )
    if set_id is not None:
        connection.execute(
            hours.UPSERT_SQLITE,
            hours.sqlite_row(
                set_id, entry.at, entry.user, entry.role, entry.action, entry.reason, entry.success
            ),
        )


def insert_entry(session: Session, entry: AccessEntry, *, format: int) -> None:
    """Add one entry (SQLite: the caller's IMMEDIATE transaction holds the append lock)."""
    if not is_postgresql(session):
        _insert_on_sqlite(session, entry, format)
        return
    set_id = _intern_set(session, entry.client_ids)
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
                "format": format,
                "set_id": set_id,
                "hash": entry.hash,
            }
        ],
    )
    if set_id is not None:
        hours.count_on_postgresql(
            session,
            set_id,
            entry.at,
            entry.user,
            entry.role,
            entry.action,
            entry.reason,
            entry.success,
        )


@dataclass(frozen=True, slots=True)
class ServerAppend:
    """What PostgreSQL's append function decided: sequence, time, login, role, hashes."""

    sequence: int
    at: dt.datetime
    login: str
    role: str
    previous_hash: str
    hash: str


def append_on_server(
    session: Session,
    action: str,
    client_ids: tuple[int, ...],
    reason: str | None,
    success: bool,
    *,
    last_of_a_read: bool = False,
) -> ServerAppend:
    """Append through omt_log_append (PostgreSQL): the server takes the lock, the clock, the
    session's login and its role, and computes the hash; the caller's role cannot write
    the log tables itself. ``last_of_a_read``: the transaction commits right after this
    and, if it wrote nothing before, without waiting for the disk (store/read_commit.py)."""
    relaxed = last_of_a_read and read_commit.only_read(session)
    # On the driver's cursor (store/bare.py), past the ORM's execution: every keystroke
    # appends. The call plans the same whatever its values.
    (row,) = bare.rows(
        session,
        _RELAXED_APPEND if relaxed else _APPEND,
        {"action": action, "clients": list(client_ids), "reason": reason, "success": success},
        one_plan=True,
    )
    return ServerAppend(row[0], as_utc(row[1]), row[2], row[3], row[4], row[5])


_APPENDED = "SELECT o_sequence, o_at, o_login, o_role, o_previous_hash, o_hash"
_APPEND_CALL = " FROM omt_log_append(:action, CAST(:clients AS integer[]), :reason, :success)"
_APPEND = text(_APPENDED + _APPEND_CALL)
_RELAXED_APPEND = text(f"{_APPENDED}, {read_commit.WITHOUT_WAITING}{_APPEND_CALL}")


def after_commit(session: Session, callback: Callable[[], None]) -> None:
    """Run ``callback`` once, after ``session``'s transaction commits (never on rollback)."""

    def run(_session: Session) -> None:
        callback()

    event.listen(session, "after_commit", run, once=True)


def as_utc(value: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes; everything in the log is UTC."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """An entry as stored, with the format its hash was computed in."""

    entry: AccessEntry
    format: int


_COLUMNS = (
    AccessLogRecord.sequence,
    AccessLogRecord.at,
    AccessLogRecord.login,
    AccessLogRecord.role,
    AccessLogRecord.action,
    AccessLogRecord.reason,
    AccessLogRecord.success,
    AccessLogRecord.format,
    AccessLogRecord.hash,
    AccessLogSetRecord.clients,
)


def _joined(query):
    return query.select_from(AccessLogRecord).outerjoin(
        AccessLogSetRecord, AccessLogSetRecord.id == AccessLogRecord.set_id
    )


def _stored_entry(row, previous_hash: str) -> StoredEntry:
    return StoredEntry(
        AccessEntry(
            sequence=row[0],
            at=as_utc(row[1]),
            user=row[2],
            role=row[3],
            action=row[4],
            client_ids=tuple(row[9] or ()),
            reason=row[5],
            success=bool(row[6]),
            previous_hash=previous_hash,
            hash=row[8],
        ),
        row[7],
    )


def iter_stored(
    session: Session, *, after: int = 0, batch: int = 5_000, previous: str | None = None
) -> Iterator[StoredEntry]:
    """Every entry after sequence ``after`` in sequence order, a batch at a time;
    ``previous_hash`` is the hash of the entry stored before it (``previous`` when that
    entry is no longer in the database: archived)."""
    if previous is None and after:
        previous = (
            session.scalar(
                select(AccessLogRecord.hash)
                .where(AccessLogRecord.sequence <= after)
                .order_by(AccessLogRecord.sequence.desc())
                .limit(1)
            )
            or GENESIS_HASH
        )
    elif previous is None:
        previous = GENESIS_HASH
    if not is_postgresql(session):
        yield from _iter_stored_sqlite(session, after, batch, previous)
        return
    while True:
        rows = session.execute(
            _joined(select(*_COLUMNS))
            .where(AccessLogRecord.sequence > after)
            .order_by(AccessLogRecord.sequence)
            .limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            stored = _stored_entry(row, previous)
            previous = row[8]
            yield stored
        after = rows[-1][0]


@functools.lru_cache(maxsize=65_536)  # searches repeat: the same page reaches many screens
def _ids_of(text: str) -> tuple[int, ...]:
    return tuple(map(int, text.split(",")))


def _iter_stored_sqlite(
    session: Session, after: int, batch: int, previous: str
) -> Iterator[StoredEntry]:
    # Plain rows from the driver: a full verification reads millions of entries, and the
    # ORM's row processing cost more than the hashing (16 000 entries/s before).
    connection = _driver(session)
    while True:
        rows = connection.execute(
            "SELECT l.sequence, l.at, l.login, l.role, l.action, l.reason, l.success, l.format, "
            "l.hash, s.clients FROM access_log l LEFT JOIN access_log_sets s ON s.id = l.set_id "
            "WHERE l.sequence > ? ORDER BY l.sequence LIMIT ?",
            (after, batch),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            ids = _ids_of(row[9]) if row[9] else ()
            at = dt.datetime.fromisoformat(row[1])
            yield _stored_entry((*row[:1], at, *row[2:9], ids), previous)
            previous = row[8]
        after = rows[-1][0]


def iter_entries(session: Session, *, batch: int = 5_000) -> Iterator[AccessEntry]:
    """Every entry in sequence order, read a batch at a time."""
    for stored in iter_stored(session, batch=batch):
        yield stored.entry


def _filtered(query, session, client_id, login, since, until):
    # Stored as UTC; SQLite keeps naive datetimes, so compare with naive UTC there too.
    if since is not None:
        query = query.where(AccessLogRecord.at >= _stored(session, since))
    if until is not None:
        query = query.where(AccessLogRecord.at < _stored(session, until))
    if client_id is not None:
        query = query.join(
            AccessLogSetClientRecord,
            and_(
                AccessLogSetClientRecord.set_id == AccessLogRecord.set_id,
                AccessLogSetClientRecord.client_id == client_id,
            ),
        )
    if login is not None:
        query = query.where(AccessLogRecord.login == login)
    return query


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
    query = _filtered(_joined(select(*_COLUMNS)), session, client_id, login, since, until).order_by(
        AccessLogRecord.sequence.desc()
    )
    if limit is not None:
        query = query.limit(limit)
    return [_stored_entry(row, "").entry for row in session.execute(query)]


def iter_client_rows(
    session: Session,
    client_id: int,
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> Iterator[tuple[int, dt.datetime, str, str, str, str | None, bool]]:
    """(sequence, at, login, role, action, reason, success) of every entry about
    ``client_id``, oldest first, streamed (a often-shown client has many thousands)."""
    query = _filtered(
        select(
            AccessLogRecord.sequence,
            AccessLogRecord.at,
            AccessLogRecord.login,
            AccessLogRecord.role,
            AccessLogRecord.action,
            AccessLogRecord.reason,
            AccessLogRecord.success,
        ).select_from(AccessLogRecord),
        session,
        client_id,
        None,
        since,
        until,
    ).order_by(AccessLogRecord.sequence)
    for row in session.execute(query.execution_options(yield_per=5_000)):
        yield (row[0], as_utc(row[1]), row[2], row[3], row[4], row[5], bool(row[6]))


def _stored(session: Session, moment: dt.datetime) -> dt.datetime:
    """``moment`` as the column stores it: UTC, naive on SQLite."""
    utc = as_utc(moment)
    return utc.replace(tzinfo=None) if session.get_bind().dialect.name == "sqlite" else utc


def entry_count(session: Session) -> int:
    return session.scalar(select(func.count(AccessLogRecord.sequence))) or 0


@dataclass(frozen=True, slots=True)
class DayGroup:
    """Entries about one client on one local day, by the same user doing the same thing."""

    day: dt.date  # local
    login: str
    role: str
    action: str
    reason: str | None
    success: bool
    count: int
    first: dt.datetime  # UTC
    last: dt.datetime  # UTC


def client_day_groups(
    session: Session,
    client_id: int,
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> list[DayGroup]:
    """The entries about ``client_id`` counted by local day, user, role, action, reason and
    success, oldest first. A client near the top of the list is on screen in a good share
    of all searches (200 000 entries a year); counting in the database keeps the report's
    cost in its lines, not in the entries.

    SQLite's 'localtime' is the C library's, as Python's astimezone(); PostgreSQL counts by
    UTC hour (its session time zone need not be ours) and the hours are merged here.
    """
    merged_hours = _day_groups_from_hours(session, client_id, since, until)
    if merged_hours is not None:
        return merged_hours
    at = AccessLogRecord.at
    postgres = is_postgresql(session)
    bucket = func.date_trunc("hour", at) if postgres else func.date(at, text("'localtime'"))
    columns = (
        AccessLogRecord.login,
        AccessLogRecord.role,
        AccessLogRecord.action,
        AccessLogRecord.reason,
        AccessLogRecord.success,
    )
    query = _filtered(
        select(bucket, *columns, func.count(), func.min(at), func.max(at)).select_from(
            AccessLogRecord
        ),
        session,
        client_id,
        None,
        since,
        until,
    ).group_by(bucket, *columns)
    merged: dict[tuple, list] = {}
    for r in session.execute(query):
        first, last = as_utc(r[7]), as_utc(r[8])
        day = first.astimezone().date() if postgres else dt.date.fromisoformat(r[0])
        key = (day, r[1], r[2], r[3], r[4], bool(r[5]))
        found = merged.get(key)
        if found is None:
            merged[key] = [r[6], first, last]
        else:  # another hour of the same local day (PostgreSQL)
            found[0] += r[6]
            found[1], found[2] = min(found[1], first), max(found[2], last)
    groups = [DayGroup(*key, *value) for key, value in merged.items()]
    groups.sort(key=lambda g: g.first)
    return groups


def _whole_hour(moment: dt.datetime | None) -> bool:
    return moment is None or hours.micros(moment) % hours.HOUR == 0


def _day_groups_from_hours(
    session: Session, client_id: int, since: dt.datetime | None, until: dt.datetime | None
) -> list[DayGroup] | None:
    """``client_day_groups`` from the counts per hour (store/access_log_hours.py): the
    client's sets' hours, merged into local days. None where hours cannot say it: a
    bound inside an hour, or a local time zone whose offset is not whole hours (an hour
    would then belong to two local days)."""
    if not (_whole_hour(since) and _whole_hour(until)):
        return None
    day_of_hour: dict[int, dt.date] = {}
    merged: dict[tuple, list] = {}
    for hour, login, role, action, reason, success, count, first, last in hours.client_hours(
        session, client_id, since, until
    ):
        day = day_of_hour.get(hour)
        if day is None:
            local = dt.datetime.fromtimestamp(hour * 3600, dt.UTC).astimezone()
            if local.minute or local.second:
                return None
            day = day_of_hour[hour] = local.date()
        key = (day, login, role, action, reason or None, success)
        found = merged.get(key)
        if found is None:
            merged[key] = [count, first, last]
        else:
            found[0] += count
            found[1], found[2] = min(found[1], first), max(found[2], last)
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    groups = [
        DayGroup(
            *key,
            count,
            epoch + dt.timedelta(microseconds=first),
            epoch + dt.timedelta(microseconds=last),
        )
        for key, (count, first, last) in merged.items()
    ]
    groups.sort(key=lambda g: g.first)
    return groups


def archive_before(session: Session, database_path, before: dt.datetime):
    """Move the entries logged before ``before`` into an archive file (store/
    access_log_archive.py) inside this transaction; the Archive, or None."""
    from omatyontekija.store.access_log_archive import archive_before as move

    return move(session, database_path, before)
