"""The area-division reform: load the situation, plan what-ifs, apply one as a whole.

    situation = reform_situation(ctx)                      # one read, supervisors only
    proposal = plan_reform(situation, WhatIf().with_capacity("3", 50))   # pure, any thread
    applied = apply_reform(ctx, proposal, dt.date(2027, 1, 1))           # one transaction

Applying writes the new division version (each area with its planned social
worker and counsellor), the new workers, the changed capacities and an
accompanied handover (reason ``area_reform``) for every client whose named
worker (social worker or counsellor) changes, in ONE transaction: all of it or none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence

from omatyontekija.domain.access import Action, Task
from omatyontekija.domain.handover import HandoverReason, HandoverStatus
from omatyontekija.domain.unit import CHILD_PROTECTION, CHILD_PROTECTION_CAP, DEFAULT_UNIT
from omatyontekija.rules import SuggestedRole
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
from omatyontekija.services.suggestions import unit_suggestions
from omatyontekija.services.trust.use_case import Work, use_case

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


def _situation(work: Work, today: dt.date, unit: str) -> ReformSituation:
    # Plans build on the unit's latest saved division, also one not yet in force,
    # and on the named workers that division's handovers are bringing.
    if unit not in work.units.unit_codes():
        raise ReformError("unknown_unit", unit=unit)
    latest = work.divisions.latest_effective_from(unit)
    division = work.areas.division_on(max(latest, today) if latest else today, unit)
    workers = tuple(work.workers.list_workers())
    if unit != DEFAULT_UNIT:
        # A unit's own reform plans with its own capacities (disability services' are the
        # workers' own, as before units); child protection's default is the cap of 30.
        own = work.units.unit_capacities(unit)
        default = CHILD_PROTECTION_CAP if unit == CHILD_PROTECTION else None
        workers = tuple(
            dataclasses.replace(w, capacity=own.get(w.id, default or w.capacity)) for w in workers
        )
    members = tuple(
        sorted(w for w, units in work.units.units_of_workers().items() if unit in units)
    )
    pending = work.reform.pending_workers(unit)
    rows = [
        (client_id, postal_code, pending.get(client_id, named))
        for client_id, postal_code, named in work.reform.planning_rows(unit)
    ]
    social = _needing_social_worker(work, unit, [row[0] for row in rows])
    clients = tuple(ReformClient(*row, row[0] in social) for row in rows)
    in_division = sorted({c for a in (division.areas if division else ()) for c in a.postal_codes})
    orphans = sorted({c.postal_code for c in clients if c.postal_code} - set(in_division))
    names = work.divisions.district_names()
    planned = set(in_division) | set(orphans)
    pairs = tuple(
        (a, b) for a, b in work.areas.district_neighbours() if a in planned and b in planned
    )
    digest = hashlib.sha256()
    digest.update(f"{unit}|{members}|".encode())
    digest.update(repr(division.id if division else None).encode())
    for w in workers:
        digest.update(f"{w.id}|{w.role}|{w.active}|{w.capacity};".encode())
    for client_id, postal_code, named in rows:
        digest.update(f"{client_id}|{postal_code}|{named}|{client_id in social};".encode())
    return ReformSituation(
        today=today,
        division=division,
        workers=workers,
        districts=(*in_division, *orphans),
        district_names=tuple(sorted(names.items())),
        clients=clients,
        fingerprint=digest.hexdigest(),
        neighbours=pairs or None,
        unit=unit,
        members=members,
        max_clients=CHILD_PROTECTION_CAP if unit == CHILD_PROTECTION else None,
    )


def _needing_social_worker(work: Work, unit: str, client_ids: list[int]) -> set[int]:
    """Of ``client_ids``, those whose suggestion by ``unit``'s rule set needs a social
    worker: the same suggestions the gap list and the suggestion card show."""
    wanted = set(client_ids)
    return {
        item.client_id
        for item in unit_suggestions(work, unit)
        if item.client_id in wanted and item.suggestion.worker_role is SuggestedRole.SOCIAL_WORKER
    }


@use_case(None, task=Task.PLAN_REFORM, unit="unit")
def reform_situation(work: Work, unit: str = DEFAULT_UNIT) -> ReformSituation:
    """Everything ``unit``'s reform is planned from, read once; supervisors of that unit only
    (refused and logged for others).

    No client is shown by this (names are read per change with
    ``changed_client_names``), so nothing is logged here. ReformError ``unknown_unit``.
    """
    return _situation(work, work.today, unit)


def _listed(work: Work, arguments: dict) -> list[int]:
    return list(dict.fromkeys(arguments["client_ids"]))


@use_case(Action.SEARCH, clients=_listed, task=Task.PLAN_REFORM)
def changed_client_names(work: Work, client_ids: Sequence[int]) -> dict[int, str]:
    """Names of the clients a proposal would hand over; the listing is logged as a search."""
    work.detail("area_reform")
    return work.reform.client_names(list(dict.fromkeys(client_ids)))


def _changed(work: Work, arguments: dict) -> list[int]:
    return [change.client_id for change in arguments["proposal"].all_changes]


def _unit_of_proposal(work: Work, arguments: dict) -> str:
    return arguments["proposal"].situation.unit


@use_case(Action.EDIT, clients=_changed, task=Task.PLAN_REFORM, unit=_unit_of_proposal)
def apply_reform(
    work: Work,
    proposal: ReformProposal,
    effective_from: dt.date,
    *,
    due: dt.date | None = None,
    name: str | None = None,
) -> AppliedReform:
    """Make the proposal the division in force from ``effective_from``, with its handovers.

    In one transaction: the what-if's new workers and capacities are saved,
    the new division version is written (one area per social worker with
    districts, each with its planned counsellor), and an accompanied handover
    with reason ``area_reform`` and due date ``due`` (default: 30 days after
    ``effective_from``) is opened for every changed client, from their named
    worker to their new area's social worker or counsellor (the worker of the
    client's role); each handover stores the new division (``division_id``). A
    division not yet in force is replaced: the handovers its reform opened
    (found by that link) are cancelled where this plan moves the client, the
    others become this reform's. A client who already has an open handover is
    reported in ``skipped``, not given a second one. Refused with ReformError when there
    is no plan, when ``effective_from`` is not later than every existing
    division, or when clients, workers or areas changed since the situation
    was read (``stale``); AccessDenied unless the user may plan reforms. On
    any error nothing at all is saved.
    """
    if not proposal.has_plan:
        raise ReformError("no_plan", reason=proposal.reason("en"))
    due = due or effective_from + dt.timedelta(days=DEFAULT_HANDOVER_DAYS)
    work.detail(f"area_reform {effective_from.isoformat()}")
    # The door holds one transaction for all of it: any error saves nothing.
    today = proposal.situation.today
    unit = proposal.situation.unit
    if _situation(work, today, unit).fingerprint != proposal.situation.fingerprint:
        raise ReformError("stale")
    replaced = work.divisions.divisions_after(today, unit)
    in_force = work.divisions.latest_on_or_before(today, unit)
    for bound_date in (in_force, today):
        if bound_date is not None and effective_from <= bound_date:
            raise ReformError(
                "date_not_after",
                latest=bound_date.isoformat(),
                date=effective_from.isoformat(),
            )
    if not proposal.all_changes and _same_division(proposal):
        raise ReformError("nothing_to_change")
    # A division not yet in force is replaced as a whole, and the handovers
    # its reform opened (each stores its division, migration 0014) are cancelled
    # where this plan does not need them; the others become this reform's.
    opened = work.reform.division_handovers([d.id for d in replaced])
    for division in replaced:
        work.divisions.delete_division(division.id)
    worker_ids, created = _save_workers(work, proposal, unit)
    assignment = dict(proposal.assignment)
    planned = proposal.counsellors
    counsellors = (
        {area: worker_ids[key] for area, key in planned.assignment} if planned is not None else None
    )
    division_id = work.divisions.insert_division(
        name=name or reform_text("division_name", AREA_LANGUAGE, date=_finnish(effective_from)),
        effective_from=effective_from,
        areas=new_areas(proposal.situation, assignment, worker_ids, counsellors),
        created_by=work.login,
        unit=unit,
    )
    changed = {c.client_id: worker_ids[c.new_worker_key] for c in proposal.changes}
    # A counsellor's client changes to their new area's counsellor (an existing worker).
    counsellor_changes = planned.changes if planned is not None else ()
    changed |= {c.client_id: worker_ids[c.new_worker_key] for c in counsellor_changes}
    note = reform_text("replaced_by", "en", date=effective_from.isoformat())
    cancelled, kept = [], []
    for handover_id, (client_id, still_open) in sorted(opened.items()):
        if still_open and client_id in changed:  # this plan sends the client elsewhere
            work.handovers.update_fields(handover_id, note=note)
            work.handovers.set_status(handover_id, HandoverStatus.CANCELLED)
            cancelled.append(handover_id)
        else:
            kept.append(handover_id)
    work.reform.link_handovers(kept, division_id)
    saved_named = work.reform.named_workers(list(changed), unit)
    client_ids = [c.client_id for c in proposal.all_changes]
    already = work.handovers.open_handovers_of_clients(client_ids, unit)
    moves = [
        (client_id, worker)
        for client_id, worker in changed.items()
        if client_id not in already and saved_named.get(client_id) != worker
    ]
    handover_ids = start_handovers(
        work, moves, HandoverReason.AREA_REFORM, due, unit=unit, division_id=division_id
    )
    return AppliedReform(
        division_id=division_id,
        handover_ids=tuple(handover_ids),
        created_worker_ids=tuple(created),
        skipped=tuple(sorted(already.items())),
        cancelled_handover_ids=tuple(cancelled),
    )


def _same_division(proposal: ReformProposal) -> bool:
    """Whether the plan gives every district the social worker and counsellor it already has."""
    before = {}
    for area in proposal.situation.division.areas if proposal.situation.division else ():
        for code in area.postal_codes:
            before[code] = tuple(
                None if w is None else str(w.id) for w in (area.social_worker, area.counsellor)
            )
    planned = proposal.counsellors
    counsellor = dict(planned.assignment) if planned is not None and planned.has_plan else None
    after = {
        d: (w, counsellor.get(w) if counsellor is not None else before.get(d, (None, None))[1])
        for d, w in proposal.assignment
    }
    return after == {d: before.get(d) for d in after}


def _save_workers(
    work: Work, proposal: ReformProposal, unit: str
) -> tuple[dict[str, int], list[int]]:
    """Save the what-if's workers (members of ``unit``) and capacities; worker key → id of
    every planned worker, social workers and counsellors."""
    situation = proposal.situation
    worker_ids = {str(w.id): w.id for w in (*situation.social_workers, *situation.counsellors)}
    created = []
    for worker in proposal.what_if.new_workers:
        saved = work.worker_edits.insert_worker(
            name=worker.name, role=worker.role, capacity=worker.capacity
        )
        work.units.set_worker_units(saved.id, [unit])
        if unit != DEFAULT_UNIT:
            work.units.set_unit_capacity(saved.id, unit, worker.capacity)
        worker_ids[worker.key] = saved.id
        created.append(saved.id)
    # Counsellors' capacities may be edited in the what-if too.
    edited = worker_ids
    for key, capacity in proposal.what_if.capacities:
        if key in edited and key.isdigit():
            if unit == DEFAULT_UNIT:
                work.worker_edits.set_capacity(edited[key], capacity)
            else:  # the capacity in this unit; the worker's own stays as it was
                work.units.set_unit_capacity(edited[key], unit, capacity)
    return worker_ids, created


def _finnish(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"
