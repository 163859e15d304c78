"""Closed periods of the access log, each in a file of its own (SQLite).

``audit archive --before DATE`` moves every entry logged before DATE into an
SQLite file in the archive folder beside the database
(``<database>.log-archive/log-<first>-<last>.sqlite3``): the same three tables,
and the chain's links at both ends (the hash before its first entry, the hash
of its last), so that the archive verifies on its own and the database's first
entry links to it. The client's report and its CSV list read the archives too.

The copy is written and committed before the entries leave the database; a
crash between the two leaves them in both, and verification skips the copy's
overlap after checking it holds the same hashes.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from omatyontekija.store.access_log import GENESIS_HASH, DayGroup, StoredEntry, _stored_entry
from omatyontekija.store.access_log_hours import recount_after_archive

SCHEMA = (
    "CREATE TABLE access_log (sequence INTEGER PRIMARY KEY, at DATETIME NOT NULL, "
    "login VARCHAR(100) NOT NULL, role VARCHAR(16) NOT NULL, action VARCHAR(20) NOT NULL, "
    "reason TEXT, success BOOLEAN NOT NULL, hash VARCHAR(64) NOT NULL, "
    "format SMALLINT NOT NULL, set_id INTEGER)",
    "CREATE INDEX ix_access_log_set ON access_log (set_id, sequence)",
    "CREATE TABLE access_log_sets (id INTEGER PRIMARY KEY, digest BLOB NOT NULL, "
    "clients TEXT NOT NULL)",
    "CREATE TABLE access_log_set_clients (client_id INTEGER NOT NULL, set_id INTEGER NOT NULL, "
    "PRIMARY KEY (client_id, set_id)) WITHOUT ROWID",
    "CREATE TABLE archive_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)
_LOG_COLUMNS = "sequence, at, login, role, action, reason, success, hash, format, set_id"


@dataclass(frozen=True, slots=True)
class Archive:
    path: Path
    first_sequence: int
    last_sequence: int
    previous_hash: str  # the hash of the entry before the first (the chain's link into it)
    last_hash: str
    first_at: dt.datetime  # UTC
    last_at: dt.datetime


def archive_folder(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".log-archive")


def _open(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _info(path: Path) -> Archive:
    with closing(_open(path)) as connection:
        info = dict(connection.execute("SELECT key, value FROM archive_info"))
    return Archive(
        path=path,
        first_sequence=int(info["first_sequence"]),
        last_sequence=int(info["last_sequence"]),
        previous_hash=info["previous_hash"],
        last_hash=info["last_hash"],
        first_at=dt.datetime.fromisoformat(info["first_at"]),
        last_at=dt.datetime.fromisoformat(info["last_at"]),
    )


def list_archives(database_path: Path | None) -> list[Archive]:
    """The archives of the database, oldest first; none for a server database."""
    if database_path is None:
        return []
    folder = archive_folder(database_path)
    if not folder.is_dir():
        return []
    found = [_info(p) for p in folder.glob("log-*.sqlite3")]
    return sorted(found, key=lambda a: a.first_sequence)


def _utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def archive_before(session: Session, database_path: Path, before: dt.datetime) -> Archive | None:
    """Move the entries logged before ``before`` (UTC) into a new archive file; None when
    there are none. Runs inside the caller's write transaction on the database (SQLite)."""
    main = session.connection().connection.driver_connection
    last = main.execute(
        "SELECT max(sequence) FROM access_log WHERE at < ?", (_utc_text(before),)
    ).fetchone()[0]
    if last is None:
        return None
    first, newest = main.execute("SELECT min(sequence), max(sequence) FROM access_log").fetchone()
    # The newest entry stays: the next append chains to it.
    last = min(last, newest - 1)
    if last < first:
        return None
    earlier = list_archives(database_path)
    previous = earlier[-1].last_hash if earlier else GENESIS_HASH
    if first > 1 and not earlier:
        raise RuntimeError("the log does not start at its first entry and has no archive")
    folder = archive_folder(database_path)
    folder.mkdir(exist_ok=True)
    path = folder / f"log-{first:010d}-{last:010d}.sqlite3"
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    out = sqlite3.connect(partial)
    try:
        for statement in SCHEMA:
            out.execute(statement)
        rows = main.execute(
            f"SELECT {_LOG_COLUMNS} FROM access_log WHERE sequence <= ? ORDER BY sequence",
            (last,),
        )
        while batch := rows.fetchmany(10_000):
            out.executemany(f"INSERT INTO access_log ({_LOG_COLUMNS}) VALUES ({'?, ' * 9}?)", batch)
        set_ids = [r[0] for r in out.execute("SELECT DISTINCT set_id FROM access_log")]
        set_ids = [s for s in set_ids if s is not None]
        for start in range(0, len(set_ids), 500):
            chunk = set_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            out.executemany(
                "INSERT INTO access_log_sets (id, digest, clients) VALUES (?, ?, ?)",
                main.execute(
                    f"SELECT id, digest, clients FROM access_log_sets WHERE id IN ({marks})", chunk
                ),
            )
            out.executemany(
                "INSERT INTO access_log_set_clients (client_id, set_id) VALUES (?, ?)",
                main.execute(
                    "SELECT client_id, set_id FROM access_log_set_clients "
                    f"WHERE set_id IN ({marks})",
                    chunk,
                ),
            )
        first_at, last_at, last_hash = out.execute(
            "SELECT (SELECT at FROM access_log ORDER BY sequence LIMIT 1), "
            "(SELECT at FROM access_log ORDER BY sequence DESC LIMIT 1), "
            "(SELECT hash FROM access_log ORDER BY sequence DESC LIMIT 1)"
        ).fetchone()
        info = {
            "first_sequence": first,
            "last_sequence": last,
            "previous_hash": previous,
            "last_hash": last_hash,
            "first_at": _iso(first_at),
            "last_at": _iso(last_at),
        }
        out.executemany("INSERT INTO archive_info VALUES (?, ?)", list(info.items()))
        out.commit()
    finally:
        out.close()
    with open(partial, "rb") as written:
        os.fsync(written.fileno())
    os.replace(partial, path)
    # The copy is safe on disk: the entries leave the database with the caller's commit.
    # Before the entries go: the hours read the last archived moment from them.
    recount_after_archive(main, last)
    main.execute("DELETE FROM access_log WHERE sequence <= ?", (last,))
    main.execute(
        "DELETE FROM access_log_set_clients WHERE set_id IN (SELECT id FROM access_log_sets "
        "WHERE id NOT IN (SELECT set_id FROM access_log WHERE set_id IS NOT NULL))"
    )
    main.execute(
        "DELETE FROM access_log_sets WHERE id NOT IN "
        "(SELECT set_id FROM access_log WHERE set_id IS NOT NULL)"
    )
    return _info(path)


def _iso(stored: str) -> str:
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).isoformat()


def iter_archived(archive: Archive, *, batch: int = 5_000) -> Iterator[StoredEntry]:
    """The archive's entries in sequence order, as the database's own are read."""
    previous = archive.previous_hash
    with closing(_open(archive.path)) as connection:
        rows = connection.execute(
            "SELECT l.sequence, l.at, l.login, l.role, l.action, l.reason, l.success, "
            "l.format, l.hash, s.clients FROM access_log l "
            "LEFT JOIN access_log_sets s ON s.id = l.set_id ORDER BY l.sequence"
        )
        while chunk := rows.fetchmany(batch):
            for row in chunk:
                at = dt.datetime.fromisoformat(row[1])
                ids = tuple(int(v) for v in row[9].split(",")) if row[9] else ()
                stored = _stored_entry((*row[:1], at, *row[2:9], ids), previous)
                previous = row[8]
                yield stored


def archived_day_groups(
    archive: Archive,
    client_id: int,
    since: dt.datetime | None,
    until: dt.datetime | None,
) -> list[DayGroup]:
    """``access_log.client_day_groups`` over one archive."""
    where, params = _client_between(client_id, since, until)
    with closing(_open(archive.path)) as connection:
        rows = connection.execute(
            "SELECT date(l.at, 'localtime'), l.login, l.role, l.action, l.reason, l.success, "
            "count(*), min(l.at), max(l.at) FROM access_log_set_clients c "
            f"JOIN access_log l ON l.set_id = c.set_id WHERE {where} "
            "GROUP BY 1, 2, 3, 4, 5, 6",
            params,
        ).fetchall()
    return [
        DayGroup(
            dt.date.fromisoformat(r[0]),
            r[1],
            r[2],
            r[3],
            r[4],
            bool(r[5]),
            r[6],
            dt.datetime.fromisoformat(r[7]).replace(tzinfo=dt.UTC),
            dt.datetime.fromisoformat(r[8]).replace(tzinfo=dt.UTC),
        )
        for r in rows
    ]


def _client_between(
    client_id: int, since: dt.datetime | None, until: dt.datetime | None
) -> tuple[str, list[object]]:
    """The WHERE clause (and its parameters) of the entries that touched ``client_id`` at
    or after ``since`` and before ``until``."""
    where, params = "c.client_id = ?", [client_id]
    if since is not None:
        where += " AND l.at >= ?"
        params.append(_utc_text(since))
    if until is not None:
        where += " AND l.at < ?"
        params.append(_utc_text(until))
    return where, params


def iter_archived_client_rows(
    archive: Archive,
    client_id: int,
    since: dt.datetime | None,
    until: dt.datetime | None,
) -> Iterator[tuple[int, dt.datetime, str, str, str, str | None, bool]]:
    """``access_log.iter_client_rows`` over one archive."""
    where, params = _client_between(client_id, since, until)
    with closing(_open(archive.path)) as connection:
        rows = connection.execute(
            "SELECT l.sequence, l.at, l.login, l.role, l.action, l.reason, l.success "
            "FROM access_log_set_clients c JOIN access_log l ON l.set_id = c.set_id "
            f"WHERE {where} ORDER BY l.sequence",
            params,
        )
        while chunk := rows.fetchmany(5_000):
            for r in chunk:
                at = dt.datetime.fromisoformat(r[1]).replace(tzinfo=dt.UTC)
                yield (r[0], at, r[2], r[3], r[4], r[5], bool(r[6]))


def archived_hash(archives: list[Archive], sequence: int) -> str | None:
    """The stored hash of entry ``sequence`` in the archive holding it; None if none does."""
    for archive in archives:
        if archive.first_sequence <= sequence <= archive.last_sequence:
            with closing(_open(archive.path)) as connection:
                row = connection.execute(
                    "SELECT hash FROM access_log WHERE sequence = ?", (sequence,)
                ).fetchone()
            return None if row is None else row[0]
    return None
