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
from omatyontekija.services.trust.use_case import Work, use_case

OPEN_STATUSES = frozenset({DeadlineStatus.OK, DeadlineStatus.NEAR, DeadlineStatus.OVERDUE})
ATTENTION_STATUSES = frozenset({DeadlineStatus.NEAR, DeadlineStatus.OVERDUE})

# Below SQLite's limit on bound parameters in one statement.
_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class ClientDeadline:
    """A deadline with the client it belongs to, for lists over many clients."""

    client: ClientRow
    deadline: Deadline


@use_case(Action.VIEW, client="client_id")
def client_deadlines(
    work: Work,
    client_id: int,
    *,
    near_working_days: int | None = None,
    reason: str | None = None,
) -> list[Deadline]:
    """Every deadline of the client's matters on the work's day, met ones included,
    oldest matter first."""
    matters = work.matters.matters_of_clients([client_id])
    return deadlines_of_all(
        matters, work.today, near_working_days=near_working_days, profiles=_profiles(work, matters)
    )


@use_case(None)
def user_worker_id(work: Work) -> int | None:
    """The worker the logged-in user acts as, or None when the user is no worker."""
    return work.user.worker_id


@use_case(Action.SEARCH, listing=True)
def deadline_list(
    work: Work,
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
    matters = work.matters.open_matters(named_worker_id=worker_id)
    found = [
        d
        for d in deadlines_of_all(
            matters,
            work.today,
            near_working_days=near_working_days,
            profiles=_profiles(work, matters),
        )
        if d.status in wanted
    ]
    rows = _rows(work, [d.matter.client_id for d in found])
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
    work.shown(c.client.id for c in result)
    return result


@use_case(Action.SEARCH)
def my_deadlines(
    work: Work,
    *,
    statuses: Collection[DeadlineStatus] = ATTENTION_STATUSES,
    near_working_days: int | None = None,
) -> list[ClientDeadline]:
    """``deadline_list`` for the user's own named-worker clients; empty if the user is no worker."""
    worker_id = work.user.worker_id
    if worker_id is None:
        return []
    return deadline_list(
        work, worker_id=worker_id, statuses=statuses, near_working_days=near_working_days
    )


@use_case(None, listing=True)
def worst_deadlines(
    work: Work, client_ids: Sequence[int], *, near_working_days: int | None = None
) -> dict[int, Deadline]:
    """For each of the clients that has an open deadline, the one that most needs attention.

    Meant for the rows a list shows (one indexed query for the page), not the whole register.
    Statuses by client id only (the badge beside a row already logged as seen): not logged.
    """
    matters = work.matters.matters_of_clients(client_ids, open_only=True)
    by_client: dict[int, list[Deadline]] = {}
    found = deadlines_of_all(
        matters, work.today, near_working_days=near_working_days, profiles=_profiles(work, matters)
    )
    for deadline in found:
        if deadline.status in OPEN_STATUSES:
            by_client.setdefault(deadline.matter.client_id, []).append(deadline)
    return {client_id: worst(found) for client_id, found in by_client.items()}


def near_working_days_default() -> int:
    """How many working days ahead a deadline counts as near, from the rule file."""
    return shipped_deadline_rules().near_working_days


def _profiles(work: Work, matters) -> dict[int, ClientProfile]:
    # the group-bound deadlines (SHL 36 §'s 7 working days) read age and units
    ids = sorted({m.client_id for m in matters})
    return {} if not ids else work.cases.client_profiles(ids)


def _name_key(row: ClientRow) -> str:
    return sort_key(f"{row.last_name} {row.first_names}")


def _rows(work: Work, client_ids: list[int]) -> dict[int, ClientRow]:
    ids = list(dict.fromkeys(client_ids))
    rows: dict[int, ClientRow] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = tuple(ids[start : start + _CHUNK])
        found = work.clients.search_rows(
            SearchTerms(SearchKind.IDS, ids=chunk), on=work.today, after=None, limit=len(chunk)
        )
        rows.update((row.id, row) for _, row in found)
    return rows


@use_case(Action.EDIT, client="client_id", reason_arg=None)
def add_matter(
    work: Work, client_id: int, kind: ServicePathStage | str, pending_since: dt.date
) -> int:
    """Record that a matter of the client became pending on ``pending_since``; its id.

    An edit of the client's data: the user must be allowed to edit the client,
    and the matter and its access-log entry are saved together or not at all.
    """
    kind = ServicePathStage(kind)
    if pending_since > work.today:
        raise ValueError("a matter cannot become pending in the future")
    work.detail(f"matter {kind.value}")
    return work.matters.add_matter(
        client_id, kind, pending_since, handled_by_id=work.user.worker_id
    )
