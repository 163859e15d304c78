"""Service-path deadlines: a client's matters, "my deadlines", and the client list's badge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from omatyontekija.domain.access import Action
from omatyontekija.domain.client import ClientRow, ServicePathStage
from omatyontekija.domain.search import SearchKind, SearchTerms
from omatyontekija.domain.text import sort_key
from omatyontekija.rules.deadline_rules import DeadlineStatus, shipped_deadline_rules
from omatyontekija.rules.deadlines import ClientProfile, Deadline, deadlines_of_all, worst
from omatyontekija.services.access import authorize_client
from omatyontekija.services.audit import append_entry
from omatyontekija.services.clients import ClientNotFound, find_clients
from omatyontekija.services.context import Context
from omatyontekija.store import matters as matter_store
from omatyontekija.store.cases import client_profiles

OPEN_STATUSES = frozenset({DeadlineStatus.OK, DeadlineStatus.NEAR, DeadlineStatus.OVERDUE})
ATTENTION_STATUSES = frozenset({DeadlineStatus.NEAR, DeadlineStatus.OVERDUE})

# Below SQLite's limit on bound parameters in one statement.
_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class ClientDeadline:
    """A deadline with the client it belongs to, for lists over many clients."""

    client: ClientRow
    deadline: Deadline


def client_deadlines(
    ctx: Context, client_id: int, *, near_working_days: int | None = None
) -> list[Deadline]:
    """Every deadline of the client's matters on ``ctx.today``, met ones included,
    oldest matter first."""
    with ctx.db.read() as session:
        matters = matter_store.matters_of_clients(session, [client_id])
        profiles = _profiles(session, matters)
    return deadlines_of_all(
        matters, ctx.today, near_working_days=near_working_days, profiles=profiles
    )


def user_worker_id(ctx: Context) -> int | None:
    """The worker the logged-in user acts as, or None when the user is no worker."""
    return ctx.access.worker_id


def deadline_list(
    ctx: Context,
    *,
    worker_id: int | None = None,
    statuses: Collection[DeadlineStatus] = ATTENTION_STATUSES,
    near_working_days: int | None = None,
) -> list[ClientDeadline]:
    """Open deadlines with the given statuses, most urgent first (status, due date, name).

    ``worker_id`` limits them to the clients whose named worker that is ("my
    deadlines"); None gives the whole unit.
    """
    wanted = {DeadlineStatus(s) for s in statuses}
    with ctx.db.read() as session:
        matters = matter_store.open_matters(session, named_worker_id=worker_id)
        profiles = _profiles(session, matters)
    found = [
        d
        for d in deadlines_of_all(
            matters, ctx.today, near_working_days=near_working_days, profiles=profiles
        )
        if d.status in wanted
    ]
    rows = _rows(ctx, [d.matter.client_id for d in found])
    result = [
        ClientDeadline(rows[d.matter.client_id], d) for d in found if d.matter.client_id in rows
    ]
    result.sort(
        key=lambda c: (
            -c.deadline.status.severity,
            c.deadline.due,
            _name_key(c.client),
            c.client.id,
        )
    )
    return result


def my_deadlines(
    ctx: Context,
    *,
    statuses: Collection[DeadlineStatus] = ATTENTION_STATUSES,
    near_working_days: int | None = None,
) -> list[ClientDeadline]:
    """``deadline_list`` for the user's own named-worker clients; empty if the user is no worker."""
    worker_id = user_worker_id(ctx)
    if worker_id is None:
        return []
    return deadline_list(
        ctx, worker_id=worker_id, statuses=statuses, near_working_days=near_working_days
    )


def worst_deadlines(
    ctx: Context, client_ids: Sequence[int], *, near_working_days: int | None = None
) -> dict[int, Deadline]:
    """For each of the clients that has an open deadline, the one that most needs attention.

    Meant for the rows a list shows (one indexed query for the page), not the whole register.
    """
    with ctx.db.read() as session:
        matters = matter_store.matters_of_clients(session, client_ids, open_only=True)
        profiles = _profiles(session, matters)
    by_client: dict[int, list[Deadline]] = {}
    found = deadlines_of_all(
        matters, ctx.today, near_working_days=near_working_days, profiles=profiles
    )
    for deadline in found:
        if deadline.status in OPEN_STATUSES:
            by_client.setdefault(deadline.matter.client_id, []).append(deadline)
    return {client_id: worst(found) for client_id, found in by_client.items()}


def near_working_days_default() -> int:
    """How many working days ahead a deadline counts as near, from the rule file."""
    return shipped_deadline_rules().near_working_days


def _profiles(session, matters) -> dict[int, ClientProfile]:
    # the group-bound deadlines (SHL 36 §'s 7 working days) read age and units
    ids = sorted({m.client_id for m in matters})
    return {} if not ids else client_profiles(session, ids)


def _name_key(row: ClientRow) -> str:
    return sort_key(f"{row.last_name} {row.first_names}")


def _rows(ctx: Context, client_ids: list[int]) -> dict[int, ClientRow]:
    ids = list(dict.fromkeys(client_ids))
    rows: dict[int, ClientRow] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = tuple(ids[start : start + _CHUNK])
        page = find_clients(ctx, SearchTerms(SearchKind.IDS, ids=chunk), limit=len(chunk))
        rows.update((row.id, row) for row in page.rows)
    return rows


def add_matter(
    ctx: Context, client_id: int, kind: ServicePathStage | str, pending_since: dt.date
) -> int:
    """Record that a matter of the client became pending on ``pending_since``; its id.

    An edit of the client's data: the user must be allowed to edit the client,
    and the matter and its access-log entry are saved together or not at all.
    """
    kind = ServicePathStage(kind)
    if pending_since > ctx.today:
        raise ValueError("a matter cannot become pending in the future")
    if authorize_client(ctx, client_id, Action.EDIT) is None:
        raise ClientNotFound(client_id)
    with ctx.db.write() as session:
        matter_id = matter_store.add_matter(
            session, client_id, kind, pending_since, handled_by_id=ctx.access.worker_id
        )
        append_entry(session, ctx, Action.EDIT, [client_id], reason=f"matter {kind.value}")
    return matter_id
