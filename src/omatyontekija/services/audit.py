"""The access log: every view and change of client data, hash-chained, written before showing.

Every service that returns client data calls ``record_access`` (or, inside its
own write transaction, ``append_entry``) first; if the entry cannot be written
the service raises ``AccessLogUnavailable`` and returns nothing. The client
data act (703/2023) gives clients the right to know who processed their data.

Each entry's hash is sha256 over the previous entry's hash and the entry's
canonical text (format 2; entries written before migration 0007 keep their
format 1 JSON), so changing, removing or reordering any entry breaks every
hash after it. Removing entries from the end leaves a shorter valid chain;
that is why ``head()`` is printed and kept outside the database, why each
day's first append on SQLite writes the head to an anchor file outside it
(store/anchors.py), and why ``verify_chain`` checks that the newest anchor
(or ``expected_head``) is still there.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from omatyontekija.domain.access import AccessEntry, Action, Task
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import Context
from omatyontekija.services.messages import message
from omatyontekija.services.trust.use_case import Work, composed, use_case
from omatyontekija.store import access_log as log_store
from omatyontekija.store import access_log_archive as archive_store
from omatyontekija.store import anchors as anchor_store

if TYPE_CHECKING:
    from omatyontekija.store.db import Database

log = logging.getLogger(__name__)

GENESIS_HASH = log_store.GENESIS_HASH


class AccessLogUnavailable(RuntimeError):
    """The log could not be written; whatever was asked is not shown."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(message("log_unavailable", "en", detail=detail))

    def text(self, language: str) -> str:
        return message("log_unavailable", language, detail=self.detail)


def canonical_json(entry: AccessEntry) -> str:
    """Format 1: the entry's fields (all but the hashes) as JSON with one fixed spelling."""
    return json.dumps(
        {
            "sequence": entry.sequence,
            "at": entry.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "user": entry.user,
            "role": entry.role,
            "action": entry.action,
            "client_ids": list(entry.client_ids),
            "reason": entry.reason,
            "success": entry.success,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _field(value: str | None) -> str:
    # Length-prefixed, so no text in a field can pass for a separator.
    return "-" if value is None else f"{len(value)}:{value}"


@functools.lru_cache(maxsize=65_536)  # a verification meets the same sets again and again
def _ids_text(client_ids: tuple[int, ...]) -> str:
    return ",".join(map(str, client_ids))


def canonical_v2(entry: AccessEntry) -> str:
    """Format 2: a text PostgreSQL's omt_log_append spells the same way (migration 0007):
    2|sequence|microseconds since 1970 UTC|login|role|action|ids "1,5,9"|reason|1 or 0."""
    micros = (entry.at.astimezone(dt.UTC) - _EPOCH) // dt.timedelta(microseconds=1)
    return "|".join(
        (
            "2",
            str(entry.sequence),
            str(micros),
            _field(entry.user),
            _field(entry.role),
            _field(entry.action),
            _ids_text(entry.client_ids),
            _field(entry.reason),
            "1" if entry.success else "0",
        )
    )


CURRENT_FORMAT = 2


def entry_hash(previous_hash: str, entry: AccessEntry, format: int = CURRENT_FORMAT) -> str:
    """The entry's hash, chained to the one before, in the format it was written in."""
    if format == 1:
        data = previous_hash + canonical_json(entry)
    else:
        data = previous_hash + "|" + canonical_v2(entry)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _role_name(ctx: Context) -> str:
    try:
        return ctx.access.role.value
    except AccessDenied:
        return "none"


def append_entry(
    session,
    ctx: Context,
    action: Action | str,
    client_ids: Iterable[int],
    *,
    reason: str | None = None,
    success: bool = True,
    role: str | None = None,
    last_of_a_read: bool = False,
) -> AccessEntry:
    """Append one entry inside the caller's write transaction (so a change and its entry commit
    together).

    On PostgreSQL the server appends (omt_log_append: its lock, its clock, the
    session's login and role, the hash computed in the database); on SQLite
    the caller's ``Database.write()`` session serialises appends, and the first
    append of a day writes the head to the anchor file once the transaction
    commits.
    """
    ids = tuple(sorted(set(client_ids)))
    cleaned = reason.strip() if reason and reason.strip() else None
    if log_store.is_postgresql(session):
        done = log_store.append_on_server(
            session, str(action), ids, cleaned, success, last_of_a_read=last_of_a_read
        )
        return AccessEntry(
            sequence=done.sequence,
            at=done.at,
            user=done.login,
            role=done.role,
            action=str(action),
            client_ids=ids,
            reason=cleaned,
            success=success,
            previous_hash=done.previous_hash,
            hash=done.hash,
        )
    last_sequence, previous_hash = log_store.last_link(session)
    draft = AccessEntry(
        sequence=last_sequence + 1,
        # Microseconds kept: both SQLite and PostgreSQL store them exactly.
        at=dt.datetime.now(dt.UTC),
        user=ctx.user,
        # The role the use case was authorised as (a use case may change the user's own).
        role=role or _role_name(ctx),
        action=str(action),
        client_ids=ids,
        reason=cleaned,
        success=success,
        previous_hash=previous_hash,
        hash="",
    )
    entry = replace(draft, hash=entry_hash(previous_hash, draft))
    log_store.insert_entry(session, entry, format=CURRENT_FORMAT)
    _anchor_after_commit(session, ctx, entry)
    return entry


# The anchor file and the local day its newest head was written, per process.
_anchored_on: dict[Path, dt.date] = {}


# Each database's anchor file, found once: every keystroke appends, and the path took a
# resolve of the database's path and a digest each time (~0.1 ms).
_anchor_files: weakref.WeakKeyDictionary[Database, Path] = weakref.WeakKeyDictionary()


def _anchor_after_commit(session, ctx: Context, entry: AccessEntry) -> None:
    """On the day's first append, keep the head outside the database once it is committed."""
    path = _anchor_files.get(ctx.db)
    if path is None:
        path = _anchor_files[ctx.db] = anchor_store.anchor_file(ctx.db)
    day = entry.at.astimezone().date()
    if _anchored_on.get(path) == day:
        return
    newest = anchor_store.newest(anchor_store.read_anchors(path), anchor_store.HEAD)
    if newest is not None and newest.day >= day:
        _anchored_on[path] = newest.day
        return
    identity = anchor_store.database_identity(ctx.db)

    def write() -> None:
        try:
            anchor = anchor_store.Anchor(anchor_store.HEAD, day, entry.sequence, entry.hash)
            anchor_store.write_anchor(path, anchor, identity)
            _anchored_on[path] = day
        except OSError:  # the entry is committed; the next append tries again
            log.warning("could not write the access log's anchor to %s", path, exc_info=True)

    log_store.after_commit(session, write)


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of checking the chain: ok, or the first broken entry and why."""

    count: int
    head: str
    broken_at: int | None = None
    problem: str | None = None  # a message key
    params: tuple[tuple[str, object], ...] = ()

    @property
    def ok(self) -> bool:
        return self.broken_at is None

    def text(self, language: str = "en") -> str:
        if self.ok:
            return message("chain_ok", language, count=self.count, head=self.head)
        detail = message(self.problem, language, **dict(self.params))
        return message("chain_broken", language, sequence=self.broken_at, problem=detail)


def check_entries(
    entries: Iterable[AccessEntry | log_store.StoredEntry],
    expected_head: str | None = None,
    *,
    start: tuple[int, str] = (0, GENESIS_HASH),
) -> ChainReport:
    """Walk the chain from the entry after ``start`` (sequence, hash: the genesis, or an entry
    verified before); pure, so it can check any list of entries. Plain AccessEntry items
    are taken as written in the current format."""
    previous_hash, expected_sequence = start[1], start[0] + 1
    count = start[0]
    head_seen = expected_head is None or expected_head in (GENESIS_HASH, start[1])
    for item in entries:
        if isinstance(item, log_store.StoredEntry):
            entry, format = item.entry, item.format
        else:
            entry, format = item, CURRENT_FORMAT
        if entry.sequence != expected_sequence:
            return ChainReport(
                count,
                previous_hash,
                entry.sequence,
                "chain_missing",
                (("found", entry.sequence), ("expected", expected_sequence)),
            )
        if entry.previous_hash and entry.previous_hash != previous_hash:
            return ChainReport(count, previous_hash, entry.sequence, "chain_unlinked")
        if entry_hash(previous_hash, entry, format) != entry.hash:
            return ChainReport(count, previous_hash, entry.sequence, "chain_changed")
        previous_hash, expected_sequence, count = entry.hash, expected_sequence + 1, count + 1
        head_seen = head_seen or entry.hash == expected_head
    if not head_seen:
        return ChainReport(
            count,
            previous_hash,
            expected_sequence,
            "chain_head_missing",
            (("head", expected_head),),
        )
    return ChainReport(count, previous_hash)


# Reads the log and shows no client's data: a read transaction (a full walk takes minutes
# and must not hold the write lock), nothing logged; the verification is kept as an anchor.
@use_case(None, task=Task.VERIFY_LOG)
def verify_chain(
    work: Work, *, expected_head: str | None = None, incremental: bool = False
) -> ChainReport:
    """Check every entry's sequence, link and hash, and that the head kept outside the
    database is still there: ``expected_head`` if given, else the newest anchor (store/
    anchors.py), so entries cut off the end or a recomputed tail are caught.

    ``incremental`` starts from the last successful verification (its entry must still
    have the hash it had) instead of the first entry: a day's entries in well under a
    second; the full walk streams the whole chain. A success is written as an anchor.
    """
    ctx = work.ctx
    log = work.access_log
    path = anchor_store.anchor_file(ctx.db)
    anchors = anchor_store.read_anchors(path)
    kept = anchor_store.newest(anchors, anchor_store.HEAD)
    start = (0, GENESIS_HASH)
    archives = archive_store.list_archives(ctx.db.path)
    archived_to = archives[-1].last_sequence if archives else 0
    verified = anchor_store.newest(anchors, anchor_store.VERIFIED) if incremental else None
    if verified is not None and verified.sequence <= archived_to:
        verified = None  # verified before it was archived: walk the archives again
    if verified is not None:
        if log.hash_at(verified.sequence) != verified.hash:
            return ChainReport(
                0,
                verified.hash,
                verified.sequence,
                "chain_anchor_lost",
                (("sequence", verified.sequence),),
            )
        start = (verified.sequence, verified.hash)
    if expected_head is None and kept is not None:
        if kept.sequence <= start[0]:
            # Behind where this walk starts: the entry must still hold the kept hash.
            if kept.sequence <= archived_to:
                found = archive_store.archived_hash(archives, kept.sequence)
            else:
                found = log.hash_at(kept.sequence)
            if found != kept.hash:
                return ChainReport(
                    start[0],
                    start[1],
                    kept.sequence,
                    "chain_head_missing",
                    (("head", kept.hash),),
                )
        else:
            expected_head = kept.hash
    if start[0] == 0 and archives:
        report = check_entries(_archived_then_stored(log, archives), expected_head, start=start)
    else:
        readable = _Readable(log, start[0])
        report = check_entries(readable, expected_head, start=start)
        if readable.unreadable is not None and report.ok:
            report = ChainReport(report.count, report.head, readable.unreadable, "chain_unreadable")
    if report.ok and report.count:
        try:
            anchor_store.write_anchor(
                path,
                anchor_store.Anchor(
                    anchor_store.VERIFIED, dt.date.today(), report.count, report.head
                ),
                anchor_store.database_identity(ctx.db),
            )
        except OSError:
            log.warning("could not write the verified anchor to %s", path, exc_info=True)
    return report


class _Readable:
    """The stored entries after ``after``; stops at the first row that cannot be read (a
    time or a flag overwritten with text in the database) and keeps its sequence number."""

    def __init__(self, log, after: int) -> None:
        self._log = log
        self._after = after
        self.unreadable: int | None = None

    def __iter__(self):
        last = self._after
        try:
            for stored in self._log.iter_stored(after=last):
                last = stored.entry.sequence
                yield stored
        except (ValueError, TypeError, OverflowError):
            # A batch failed to convert: step one row at a time to the broken one.
            try:
                for stored in self._log.iter_stored(after=last, batch=1):
                    last = stored.entry.sequence
                    yield stored
            except (ValueError, TypeError, OverflowError):
                pass
            self.unreadable = last + 1


def _archived_then_stored(log, archives) -> Iterator[log_store.StoredEntry]:
    """The archives' entries, then the database's after them. An entry in both (a crash
    between writing the archive and removing the entries) is read once, from the archive,
    after checking the database holds the same hash for the archive's last entry."""
    for archive in archives:
        yield from archive_store.iter_archived(archive)
    last = archives[-1]
    kept = log.hash_at(last.last_sequence)
    if kept is not None and kept != last.last_hash:
        yield from log.iter_stored(after=last.last_sequence - 1)
        return
    yield from log.iter_stored(after=last.last_sequence, previous=last.last_hash)


@use_case("archive_log", task=Task.VERIFY_LOG, reason_arg=None)
def archive_log(work: Work, before: dt.date) -> archive_store.Archive | None:
    """Move every entry logged before local day ``before`` into a file of its own in the
    archive folder beside the database (store/access_log_archive.py); it stays verifiable
    (``verify_chain`` walks the archives first) and the client's report reads it. The
    newest entry always stays. None when nothing was old enough.

    ValueError on a server database: there the log would be partitioned by month instead.
    """
    database_path = work.ctx.db.path
    if database_path is None:
        raise ValueError("archiving the access log into files is for an SQLite database")
    since, _ = local_day_bounds(before, None)
    archive = work.access_log.archive_before(database_path, since)
    if archive is not None:
        work.detail(f"{archive.first_sequence}-{archive.last_sequence}")
    return archive


@use_case(None, task=Task.VERIFY_LOG)
def head(work: Work) -> tuple[int, str]:
    """(sequence, hash) of the newest entry, to print and keep outside the database."""
    return work.access_log.last_link()


def local_day_bounds(
    start: dt.date | None, end: dt.date | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The UTC moments where local day ``start`` begins and local day ``end`` ends (both days
    included); None stays None (no bound)."""

    def midnight(day: dt.date) -> dt.datetime:
        # astimezone() on a naive datetime takes it as local time, daylight saving included.
        return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)

    since = midnight(start) if start is not None else None
    until = midnight(end + dt.timedelta(days=1)) if end is not None else None
    return since, until


@composed
def list_entries(
    ctx: Context,
    *,
    client_id: int | None = None,
    user: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int | None = 1000,
) -> list[AccessEntry]:
    """Entries newest first, by client ("who has seen my data") or by user, optionally logged
    from local day ``start`` to local day ``end`` (both included); supervisors only.

    Reading the log is itself logged first, in its own transaction (as an access to the
    client, when one is asked for), so the listing shows its own entry on top.
    """
    if start is not None and end is not None and start > end:
        raise ValueError(f"the period starts ({start}) after it ends ({end})")
    _log_is_read(ctx, client_id)
    return _entries(ctx, client_id=client_id, user=user, start=start, end=end, limit=limit)


def _client_asked(work: Work, arguments: dict) -> int | None:
    # The log outlives the record: a removed client's entries can still be read (and that
    # reading is logged), so no check that the client exists.
    return arguments["client_id"]


@use_case(Action.READ_LOG, client=_client_asked, task=Task.READ_LOG, logs_without_clients=True)
def _log_is_read(work: Work, client_id: int | None) -> None:
    """The entry of a reading of the log (no body: the door writes it)."""


@use_case(None, task=Task.READ_LOG)
def _entries(
    work: Work,
    *,
    client_id: int | None,
    user: str | None,
    start: dt.date | None,
    end: dt.date | None,
    limit: int | None,
) -> list[AccessEntry]:
    since, until = local_day_bounds(start, end)
    return work.access_log.search_entries(
        client_id=client_id, login=user, since=since, until=until, limit=limit
    )


#: The reason a listing of the log's clients by name is logged with (translated where shown).
NAMES_REASON = "access_log"


@use_case(Action.SEARCH, listing=True, task=Task.READ_LOG, reason_arg=None)
def client_names(work: Work, client_ids: Iterable[int]) -> dict[int, str]:
    """Client id → "Last First" of the clients an access-log listing names, for a reader
    who knows people by name, not by the log's ids; supervisors only. A client removed
    since has no name (the log outlives the record) and is missing from the answer.

    Showing the names is showing client data: the clients named are logged as having
    appeared in a list (a search), with the reason ``NAMES_REASON``, in the transaction
    that reads them. Only the name is read, never the identity code: the listing needs
    no more to be told apart, and the page's search finds the rest (also logged).
    """
    names = work.clients.client_names(list(dict.fromkeys(client_ids)))
    work.shown(names)
    if names:
        work.detail(NAMES_REASON)
    return names
