"""The access log: every view and change of client data, hash-chained, written before showing.

Every service that returns client data calls ``record_access`` (or, inside its
own write transaction, ``append_entry``) first; if the entry cannot be written
the service raises ``AccessLogUnavailable`` and returns nothing. The client
data act (703/2023) gives clients the right to know who processed their data.

Each entry's hash is sha256 over the previous entry's hash and the entry's
canonical JSON, so changing, removing or reordering any entry breaks every
hash after it. Removing entries from the end leaves a shorter valid chain;
that is why ``head()`` is printed and kept outside the database, and
``verify_chain(expected_head=...)`` checks that it is still there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace

from omatyontekija.domain.access import AccessEntry, Action, Task
from omatyontekija.services.authorization import AccessDenied, may
from omatyontekija.services.context import Context
from omatyontekija.services.messages import message
from omatyontekija.store import access_log as log_store

GENESIS_HASH = log_store.GENESIS_HASH


class AccessLogUnavailable(RuntimeError):
    """The log could not be written; whatever was asked is not shown."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(message("log_unavailable", "en", detail=detail))

    def text(self, language: str) -> str:
        return message("log_unavailable", language, detail=self.detail)


def canonical_json(entry: AccessEntry) -> str:
    """The entry's fields (all but the hashes) as JSON with one fixed spelling."""
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


def entry_hash(previous_hash: str, entry: AccessEntry) -> str:
    return hashlib.sha256((previous_hash + canonical_json(entry)).encode("utf-8")).hexdigest()


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
) -> AccessEntry:
    """Append one entry inside the caller's write transaction (so a change and its entry commit
    together); the caller's ``Database.write()`` session serialises appends."""
    log_store.lock_for_append(session)
    last_sequence, previous_hash = log_store.last_link(session)
    draft = AccessEntry(
        sequence=last_sequence + 1,
        # Microseconds kept: both SQLite and PostgreSQL store them exactly.
        at=dt.datetime.now(dt.UTC),
        user=ctx.user,
        role=_role_name(ctx),
        action=str(action),
        client_ids=tuple(sorted(set(client_ids))),
        reason=reason.strip() if reason and reason.strip() else None,
        success=success,
        previous_hash=previous_hash,
        hash="",
    )
    entry = replace(draft, hash=entry_hash(previous_hash, draft))
    log_store.insert_entry(session, entry)
    return entry


def record_access(
    ctx: Context,
    action: Action | str,
    client_ids: Iterable[int],
    *,
    reason: str | None = None,
    success: bool = True,
) -> AccessEntry:
    """Log an access in its own transaction; AccessLogUnavailable if it could not be written.

    THE call every service makes before it returns client data: on failure the
    caller lets the exception through and shows nothing.
    """
    ids = list(client_ids)
    try:
        with ctx.db.write() as session:
            return append_entry(session, ctx, action, ids, reason=reason, success=success)
    except Exception as error:  # whatever the database said, the answer is "not shown"
        raise AccessLogUnavailable(str(error).splitlines()[0]) from error


def require_task(ctx: Context, task: Task) -> None:
    """AccessDenied unless the user's role may do ``task``."""
    role = ctx.access.role
    if not may(role, task):
        raise AccessDenied("task_denied", role=role.value, task=task.value)


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


def check_entries(entries: Iterable[AccessEntry], expected_head: str | None = None) -> ChainReport:
    """Walk the chain from the first entry; pure, so it can check any list of entries."""
    previous_hash, expected_sequence, count = GENESIS_HASH, 1, 0
    head_seen = expected_head is None or expected_head == GENESIS_HASH
    for entry in entries:
        if entry.sequence != expected_sequence:
            return ChainReport(
                count,
                previous_hash,
                entry.sequence,
                "chain_missing",
                (("found", entry.sequence), ("expected", expected_sequence)),
            )
        if entry.previous_hash != previous_hash:
            return ChainReport(count, previous_hash, entry.sequence, "chain_unlinked")
        if entry_hash(previous_hash, entry) != entry.hash:
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


def verify_chain(ctx: Context, *, expected_head: str | None = None) -> ChainReport:
    """Check every entry's sequence, link and hash; with ``expected_head`` (a head kept outside
    the database) also that no entries were cut off the end."""
    require_task(ctx, Task.VERIFY_LOG)
    with ctx.db.read() as session:
        return check_entries(log_store.iter_entries(session), expected_head)


def head(ctx: Context) -> tuple[int, str]:
    """(sequence, hash) of the newest entry, to print and keep outside the database."""
    require_task(ctx, Task.VERIFY_LOG)
    with ctx.db.read() as session:
        return log_store.last_link(session)


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

    Reading a client's log is itself an access to that client and is logged first.
    """
    require_task(ctx, Task.READ_LOG)
    if start is not None and end is not None and start > end:
        raise ValueError(f"the period starts ({start}) after it ends ({end})")
    record_access(ctx, Action.READ_LOG, [client_id] if client_id is not None else [])
    since, until = local_day_bounds(start, end)
    with ctx.db.read() as session:
        return log_store.search_entries(
            session, client_id=client_id, login=user, since=since, until=until, limit=limit
        )
