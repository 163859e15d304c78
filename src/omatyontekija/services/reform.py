"""The area-division reform: load the situation, plan what-ifs, apply one as a whole.

    situation = reform_situation(ctx)                      # one read, supervisors only
    proposal = plan_reform(situation, WhatIf().with_capacity("3", 50))   # pure, any thread
    applied = apply_reform(ctx, proposal, dt.date(2027, 1, 1))           # one transaction

Applying writes the new division version, the new workers, the changed
capacities and an accompanied handover (reason ``area_reform``) for every
client whose named worker changes, in ONE transaction: all of it or none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from omatyontekija.domain.access import Action, Task
from omatyontekija.domain.handover import HandoverReason, HandoverStatus
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services.audit import append_entry, record_access, require_task
from omatyontekija.services.context import Context
from omatyontekija.services.handover_start import start_handovers
from omatyontekija.services.reform_messages import ReformError, reform_text
from omatyontekija.services.reform_model import (
    AppliedReform,
    NewWorker,
    ReformChange,
    ReformClient,
    ReformProposal,
    ReformSituation,
    WhatIf,
    WorkerRow,
)
from omatyontekija.services.reform_naming import AREA_LANGUAGE, new_areas
from omatyontekija.services.reform_plan import plan_reform
from omatyontekija.services.unit_of_work import one_transaction
from omatyontekija.store import areas as area_store
from omatyontekija.store import divisions as division_store
from omatyontekija.store import handovers as handover_store
from omatyontekija.store import reform as reform_store
from omatyontekija.store import worker_edits
from omatyontekija.store import workers as worker_store

__all__ = [
    "AppliedReform",
    "NewWorker",
    "ReformChange",
    "ReformError",
    "ReformProposal",
    "ReformSituation",
    "WhatIf",
    "WorkerRow",
    "apply_reform",
    "changed_client_names",
    "plan_reform",
    "reform_situation",
]

# Seed 000: clients were told of the change "in the following weeks"; a month
# is the default time to complete each accompanied handover.
DEFAULT_HANDOVER_DAYS = 30


def _situation(session, today: dt.date) -> ReformSituation:
    # Plans build on the latest saved division, also one not yet in force,
    # and on the named workers that division's handovers are bringing.
    latest = division_store.latest_effective_from(session)
    division = area_store.division_on(session, max(latest, today) if latest else today)
    workers = tuple(worker_store.list_workers(session))
    pending = reform_store.pending_workers(session)
    rows = [
        (client_id, postal_code, pending.get(client_id, named))
        for client_id, postal_code, named in reform_store.planning_rows(session)
    ]
    clients = tuple(ReformClient(*row) for row in rows)
    in_division = sorted({c for a in (division.areas if division else ()) for c in a.postal_codes})
    orphans = sorted({c.postal_code for c in clients if c.postal_code} - set(in_division))
    names = division_store.district_names(session)
    planned = set(in_division) | set(orphans)
    pairs = tuple(
        (a, b) for a, b in area_store.district_neighbours(session) if a in planned and b in planned
    )
    digest = hashlib.sha256()
    digest.update(repr(division.id if division else None).encode())
    for w in workers:
        digest.update(f"{w.id}|{w.role}|{w.active}|{w.capacity};".encode())
    for client_id, postal_code, named in rows:
        digest.update(f"{client_id}|{postal_code}|{named};".encode())
    return ReformSituation(
        today=today,
        division=division,
        workers=workers,
        districts=(*in_division, *orphans),
        district_names=tuple(sorted(names.items())),
        clients=clients,
        fingerprint=digest.hexdigest(),
        neighbours=pairs or None,
    )


def reform_situation(ctx: Context) -> ReformSituation:
    """Everything a reform is planned from, read once; supervisors only.

    No client is shown by this (names are read per change with
    ``changed_client_names``), so nothing is logged here.
    """
    require_task(ctx, Task.PLAN_REFORM)
    with ctx.db.read() as session:
        return _situation(session, ctx.today)


def changed_client_names(ctx: Context, client_ids: Sequence[int]) -> dict[int, str]:
    """Names of the clients a proposal would hand over; the listing is logged as a search."""
    require_task(ctx, Task.PLAN_REFORM)
    ids = list(dict.fromkeys(client_ids))
    if ids:
        record_access(ctx, Action.SEARCH, ids, reason="area_reform")
    with ctx.db.read() as session:
        return reform_store.client_names(session, ids)


def apply_reform(
    ctx: Context,
    proposal: ReformProposal,
    effective_from: dt.date,
    *,
    due: dt.date | None = None,
    name: str | None = None,
) -> AppliedReform:
    """Make the proposal the division in force from ``effective_from``, with its handovers.

    In one transaction: the what-if's new workers and capacities are saved,
    the new division version is written (one area per social worker with
    districts), and an accompanied handover with reason ``area_reform`` and
    due date ``due`` (default: 30 days after ``effective_from``) is opened for
    every changed client, from their named worker to their new area's social
    worker. A client who already has an open handover is reported in
    ``skipped``, not given a second one. Refused with ReformError when there
    is no plan, when ``effective_from`` is not later than every existing
    division, or when clients, workers or areas changed since the situation
    was read (``stale``); AccessDenied unless the user may plan reforms. On
    any error nothing at all is saved.
    """
    require_task(ctx, Task.PLAN_REFORM)
    if not proposal.has_plan:
        raise ReformError("no_plan", reason=proposal.reason("en"))
    due = due or effective_from + dt.timedelta(days=DEFAULT_HANDOVER_DAYS)
    with one_transaction(ctx) as (bound, session):
        today = proposal.situation.today
        if _situation(session, today).fingerprint != proposal.situation.fingerprint:
            raise ReformError("stale")
        replaced = division_store.divisions_after(session, today)
        in_force = division_store.latest_on_or_before(session, today)
        for bound_date in (in_force, today):
            if bound_date is not None and effective_from <= bound_date:
                raise ReformError(
                    "date_not_after",
                    latest=bound_date.isoformat(),
                    date=effective_from.isoformat(),
                )
        if not proposal.changes and _same_division(proposal):
            raise ReformError("nothing_to_change")
        # A division not yet in force is replaced as a whole, and the handovers
        # its reform opened are cancelled where this plan does not need them.
        opened = {}
        if replaced:
            since = min(d.created_at for d in replaced)
            opened = reform_store.reform_handovers_since(session, since)
            for division in replaced:
                division_store.delete_division(session, division.id)
        worker_ids, created = _save_workers(session, proposal)
        assignment = dict(proposal.assignment)
        division_id = division_store.insert_division(
            session,
            name=name or reform_text("division_name", AREA_LANGUAGE, date=_finnish(effective_from)),
            effective_from=effective_from,
            areas=new_areas(proposal.situation, assignment, worker_ids),
            created_by=ctx.user,
        )
        changed = {c.client_id: worker_ids[c.new_worker_key] for c in proposal.changes}
        note = reform_text("replaced_by", "en", date=effective_from.isoformat())
        cancelled = []
        for client_id, (handover_id, _) in sorted(opened.items()):
            if client_id in changed:  # this plan sends the client elsewhere
                handover_store.update_fields(session, handover_id, note=note)
                handover_store.set_status(session, handover_id, HandoverStatus.CANCELLED)
                cancelled.append(handover_id)
        saved_named = reform_store.named_workers(session, list(changed))
        client_ids = [c.client_id for c in proposal.changes]
        already = handover_store.open_handovers_of_clients(session, client_ids)
        moves = [
            (client_id, worker)
            for client_id, worker in changed.items()
            if client_id not in already and saved_named.get(client_id) != worker
        ]
        handover_ids = start_handovers(bound, moves, HandoverReason.AREA_REFORM, due)
        if moves or cancelled:
            append_entry(
                session,
                ctx,
                Action.EDIT,
                sorted({client_id for client_id, _ in moves} | set(changed) & set(opened)),
                reason=f"area_reform {effective_from.isoformat()}",
            )
    return AppliedReform(
        division_id=division_id,
        handover_ids=tuple(handover_ids),
        created_worker_ids=tuple(created),
        skipped=tuple(sorted(already.items())),
        cancelled_handover_ids=tuple(cancelled),
    )


def _same_division(proposal: ReformProposal) -> bool:
    """Whether the plan gives every district the social worker it already has."""
    before = {}
    for area in proposal.situation.division.areas if proposal.situation.division else ():
        if area.social_worker is not None:
            for code in area.postal_codes:
                before[code] = str(area.social_worker.id)
    return dict(proposal.assignment) == {d: before.get(d) for d, _ in proposal.assignment}


def _save_workers(session, proposal: ReformProposal) -> tuple[dict[str, int], list[int]]:
    """Save the what-if's workers and capacities; worker key → id of every planned worker."""
    worker_ids = {str(w.id): w.id for w in proposal.situation.social_workers}
    created = []
    for worker in proposal.what_if.new_workers:
        saved = worker_edits.insert_worker(
            session, name=worker.name, role=WorkerRole.SOCIAL_WORKER, capacity=worker.capacity
        )
        worker_ids[worker.key] = saved.id
        created.append(saved.id)
    for key, capacity in proposal.what_if.capacities:
        if key in worker_ids and key.isdigit():
            worker_edits.set_capacity(session, worker_ids[key], capacity)
    return worker_ids, created


def _finnish(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"
