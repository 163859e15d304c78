"""A read that wrote nothing but its access-log entry commits without waiting for the disk.

Every keystroke in the client list is a transaction that reads a page and
appends one log entry. SQLite runs in WAL mode with ``synchronous = NORMAL``
(store/db.py): its commits do not wait for an fsync either; a power cut can
lose the last moments of commits but never corrupts the database. On
PostgreSQL ``SET LOCAL synchronous_commit = off`` gives such a transaction the
same class of durability: the commit returns once the write-ahead log is in
the server's memory, the WAL writer flushes it within a few hundred
milliseconds (3 × wal_writer_delay at most), and a crash of the server can
lose the newest such entries, never half of one nor a link of the chain: the
transactions that are kept are a prefix in commit order, so the hash chain
stays whole (a later synchronous commit flushes everything before it).

Changes of client data (decisions, handovers, edits) stay fully synchronous:
the setting is taken only by the outermost use case of a read action (search,
view, reading the log), in its log append, the last statement before the
commit, and only when the transaction issued nothing but SELECT statements
before it (the engine's own statement hook keeps track of that).
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

_WROTE = "omatyontekija_wrote"


def track_writes(engine: Engine) -> None:
    """Note on each connection whether its transaction issued anything but a SELECT."""

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:
        connection.info[_WROTE] = False

    @event.listens_for(engine, "before_cursor_execute")
    def on_statement(connection, _cursor, statement, _parameters, _context, _many) -> None:
        if not _reads(statement):
            connection.info[_WROTE] = True


# A data-modifying statement inside a WITH query (PostgreSQL's "WITH … INSERT").
_MODIFIES = re.compile(r"\b(INSERT|UPDATE|DELETE|MERGE)\b", re.IGNORECASE)


def _reads(statement: str) -> bool:
    """Whether ``statement`` only reads: a SELECT, or a WITH query (the name search's
    recursive key walk) that modifies nothing."""
    head = statement.lstrip()[:6].upper()
    if head == "SELECT":
        return True
    return head.startswith("WITH") and _MODIFIES.search(statement) is None


def only_read(session: Session) -> bool:
    """Whether ``session``'s transaction is on PostgreSQL and issued nothing but SELECTs so
    far (False on SQLite, whose commits never wait: WAL, synchronous = NORMAL)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    return not session.connection().info.get(_WROTE, True)  # untracked: as if it wrote


# A column of the last statement of a read (its log append), so that setting it costs no
# round trip of its own; transaction-local, like SET LOCAL.
WITHOUT_WAITING = "set_config('synchronous_commit', 'off', true)"
