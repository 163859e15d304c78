"""The access log's entries counted per set of clients and UTC hour (migration 0013).

Kept by every append in the same transaction (on PostgreSQL by omt_log_append),
read by the client's report: a client's sets' hours instead of every entry
about the client. Hours, not local days: PostgreSQL's session time zone need
not be ours, so the report merges the hours into local days itself.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlalchemy.orm import Session

HOUR = 3_600_000_000  # microseconds

_UPSERT = (
    "INSERT INTO access_log_hours AS h (set_id, hour, login, role, action, reason, success, "
    "entries, first_micro, last_micro) VALUES ({marks}, 1, {micro}, {micro}) "
    "ON CONFLICT (set_id, hour, login, role, action, reason, success) DO UPDATE SET "
    "entries = h.entries + 1, first_micro = {least}(h.first_micro, excluded.first_micro), "
    "last_micro = {greatest}(h.last_micro, excluded.last_micro)"
)
UPSERT_SQLITE = _UPSERT.format(marks="?, ?, ?, ?, ?, ?, ?", micro="?", least="min", greatest="max")
_UPSERT_POSTGRESQL = _UPSERT.format(
    marks=":set_id, :hour, :login, :role, :action, :reason, :success",
    micro=":micro",
    least="least",
    greatest="greatest",
)

# The same counts made from the entries in one pass (a log written without counting them).
REBUILD_SQLITE = (
    "INSERT INTO access_log_hours (set_id, hour, login, role, action, reason, success, "
    "entries, first_micro, last_micro) "
    "SELECT set_id, micro / 3600000000, login, role, action, reason, success, count(*), "
    "min(micro), max(micro) FROM (SELECT set_id, login, role, action, "
    "coalesce(reason, '') AS reason, success, "
    "CAST(strftime('%s', at) AS INTEGER) * 1000000 + CAST(substr(at, 21, 6) AS INTEGER) "
    "AS micro FROM access_log WHERE set_id IS NOT NULL AND sequence > ?) AS e "
    "GROUP BY set_id, micro / 3600000000, login, role, action, reason, success"
)


def micros(moment: dt.datetime) -> int:
    """Microseconds since 1970-01-01 UTC (exact: no float on the way)."""
    utc = moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return (utc - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(microseconds=1)


def sqlite_row(
    set_id: int, at: dt.datetime, login: str, role: str, action: str, reason, success: bool
) -> tuple:
    """The parameters of UPSERT_SQLITE for one entry."""
    micro = micros(at)
    return (
        set_id,
        micro // HOUR,
        login,
        role,
        action,
        reason or "",
        1 if success else 0,
        micro,
        micro,
    )


def count_on_postgresql(
    session: Session,
    set_id: int,
    at: dt.datetime,
    login: str,
    role: str,
    action: str,
    reason,
    success: bool,
) -> None:
    """Count one entry written without omt_log_append (a restore, as the owner)."""
    micro = micros(at)
    session.execute(
        text(_UPSERT_POSTGRESQL),
        {
            "set_id": set_id,
            "hour": micro // HOUR,
            "login": login,
            "role": role,
            "action": action,
            "reason": reason or "",
            "success": success,
            "micro": micro,
        },
    )


def client_hours(
    session: Session, client_id: int, since: dt.datetime | None, until: dt.datetime | None
) -> list[tuple[int, str, str, str, str, bool, int, int, int]]:
    """(hour, login, role, action, reason, success, entries, first_micro, last_micro) of
    the hours in [since, until) of each set holding ``client_id``; the bounds must be
    whole hours. Not added up over the sets here: a client's few sets rarely share an hour,
    and grouping in SQL sorted 50 000 rows to merge none (0.25 s instead of 0.14 s)."""
    where, params = "c.client_id = :client", {"client": client_id}
    if since is not None:
        where += " AND h.hour >= :low"
        params["low"] = micros(since) // HOUR
    if until is not None:
        where += " AND h.hour < :high"
        params["high"] = micros(until) // HOUR
    statement = (
        "SELECT h.hour, h.login, h.role, h.action, h.reason, h.success, h.entries, "
        "h.first_micro, h.last_micro FROM access_log_set_clients c "
        f"JOIN access_log_hours h ON h.set_id = c.set_id WHERE {where}"
    )
    if session.get_bind().dialect.name == "sqlite":
        # Plain rows from the transaction's own connection: a client near the top of the
        # list has some 50 000 hours a year, and the ORM's row handling doubled their cost.
        driver = session.connection().connection.driver_connection
        rows = driver.execute(statement, params).fetchall()
    else:
        rows = session.execute(text(statement), params).all()
    return [(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8]) for r in rows]


def recount_after_archive(connection, last_archived: int) -> None:
    """Count again the entries left after an archive moved those up to sequence
    ``last_archived`` away (SQLite): the archived hours are forgotten, and the hours the
    cut went through are counted from the entries that stayed."""
    row = connection.execute(
        "SELECT max(CAST(strftime('%s', at) AS INTEGER)) FROM access_log WHERE sequence <= ?",
        (last_archived,),
    ).fetchone()
    if row is None or row[0] is None:
        return
    through_hour = row[0] * 1_000_000 // HOUR
    connection.execute("DELETE FROM access_log_hours WHERE hour <= ?", (through_hour,))
    end = dt.datetime.fromtimestamp((through_hour + 1) * 3600, dt.UTC)
    connection.execute(
        REBUILD_SQLITE.replace("AND sequence > ?", "AND sequence > ? AND at < ?"),
        (last_archived, end.strftime("%Y-%m-%d %H:%M:%S.%f")),
    )
