"""Opening accompanied handovers: one from the client view, many at once for an area reform.

The checklist comes from a template kept as data (resources/checklists/): the
one the supervisor chose, or the default of the client's service unit.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from omatyontekija.documents.checklist_templates import (
    ChecklistTemplate,
    TemplateError,
    default_template_for_unit,
    load_template,
)
from omatyontekija.domain.access import Action
from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.domain.client import Client
from omatyontekija.domain.handover import Handover, HandoverReason
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.rules import SuggestedRole, case_of, suggest
from omatyontekija.services.designations import check_unit
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.services.suggestions import rule_set_of
from omatyontekija.services.trust.use_case import Work, use_case
from omatyontekija.store.handovers import AlreadyOpen


# -- templates ----------------------------------------------------------------
def service_unit_of(client: Client) -> ServiceUnit:
    """The unit most of the client's services come from (disability services when none)."""
    counts = Counter(s.service.unit for s in client.services)
    if not counts:
        return ServiceUnit.DISABILITY_SERVICES
    order = list(ServiceUnit)
    return max(counts, key=lambda unit: (counts[unit], -order.index(unit)))


def template_for_client(
    client: Client, template_id: str | None = None, unit: str = DEFAULT_UNIT
) -> ChecklistTemplate:
    """``template_id``, or the default template of the handover's unit (for disability
    services', the unit most of the client's services come from, as before units)."""
    try:
        if template_id:
            return load_template(template_id)
        if unit != DEFAULT_UNIT and unit in {u.value for u in ServiceUnit}:
            return default_template_for_unit(ServiceUnit(unit))
        return default_template_for_unit(service_unit_of(client))
    except TemplateError:
        raise HandoverError("template_unknown", template=template_id or "") from None


# -- starting -----------------------------------------------------------------
def _client_to_hand_over(work: Work, arguments: dict) -> int:
    client_id = arguments["client_id"]
    if not work.relations.client_exists(client_id):
        raise HandoverError("client_not_found", client=client_id)
    return client_id


@use_case(Action.HANDOVER, client=_client_to_hand_over, reason_arg="role_reason")
def start_handover(
    work: Work,
    client_id: int,
    to_worker_id: int,
    reason: HandoverReason | str,
    *,
    due_date: dt.date | None = None,
    meeting_date: dt.date | None = None,
    template: str | None = None,
    note: str = "",
    role_reason: str = "",
    unit: str = DEFAULT_UNIT,
) -> Handover:
    """Open a planned handover from the client's named worker in ``unit`` to ``to_worker_id``.

    Only the client's own or area worker (or a supervisor) may; the new worker
    must meet the role the suggestion requires (a social worker), or
    ``role_reason`` says why not (it is kept in the handover's note).
    """
    check_unit(work, unit, client_id, Action.HANDOVER)
    client = work.handovers.load_clients([client_id], on=work.real_today).get(client_id)
    worker = work.workers.workers_by_id().get(to_worker_id)
    if client is not None and worker is not None:
        required = suggest(case_of(client), rule_set_of(unit), work.real_today).worker_role
        if (
            required is SuggestedRole.SOCIAL_WORKER
            and worker.role is not WorkerRole.SOCIAL_WORKER
            and not role_reason.strip()
        ):
            raise HandoverError("role_reason_required", worker=worker.name)
    if role_reason.strip():
        note = "\n".join(part for part in (note.strip(), role_reason.strip()) if part)
    ids = _open_handovers(
        work,
        [(client_id, to_worker_id)],
        reason,
        due_date,
        meeting_date=meeting_date,
        template=template,
        note=note,
        unit=unit,
    )
    return work.handovers.load_handover(ids[0])


def _clients_moved(work: Work, arguments: dict) -> list[int]:
    return sorted({client_id for client_id, _ in arguments["moves"]})


@use_case(Action.HANDOVER, clients=_clients_moved, unit="unit")
def start_handovers(
    work: Work,
    moves: Sequence[tuple[int, int]],
    reason: HandoverReason | str,
    due: dt.date | None = None,
    *,
    meeting_date: dt.date | None = None,
    template: str | None = None,
    note: str = "",
    unit: str = DEFAULT_UNIT,
    division_id: int | None = None,
) -> list[int]:
    """Open one handover per (client id, new worker id) in ``unit``, all or none; their ids
    in order. ``division_id``: the division whose reform opens them (stored on each).

    Refused (HandoverError, nothing saved) when a client is unknown or listed
    twice, already has an open handover, or already has that named worker, or
    when a worker is unknown or inactive. Without ``template`` each client gets
    the default template of their service unit.
    """
    return _open_handovers(
        work,
        moves,
        reason,
        due,
        meeting_date=meeting_date,
        template=template,
        note=note,
        unit=unit,
        division_id=division_id,
    )


def _open_handovers(
    work: Work,
    moves: Sequence[tuple[int, int]],
    reason: HandoverReason | str,
    due: dt.date | None,
    *,
    meeting_date: dt.date | None,
    template: str | None,
    note: str,
    unit: str = DEFAULT_UNIT,
    division_id: int | None = None,
) -> list[int]:
    reason = HandoverReason(reason)
    seen: set[int] = set()
    for client_id, _ in moves:
        if client_id in seen:
            raise HandoverError("duplicate_client", client=client_id)
        seen.add(client_id)
    templates: dict[str | None, ChecklistTemplate] = {}
    ids: list[int] = []
    already = work.handovers.open_handovers_of_clients([c for c, _ in moves], unit)
    workers = work.workers.workers_by_id()
    clients = work.handovers.load_clients([c for c, _ in moves], on=work.today)
    for client_id, to_worker_id in moves:
        if client_id in already:
            raise HandoverError("already_open", client=client_id, handover=already[client_id])
        client = clients.get(client_id)
        if client is None:
            raise HandoverError("client_not_found", client=client_id)
        worker = workers.get(to_worker_id)
        if worker is None or not worker.active:
            raise HandoverError("worker_unknown", worker=to_worker_id)
        if unit == DEFAULT_UNIT:
            from_id = client.named_worker.id if client.named_worker else None
        else:
            from_id = work.units.unit_worker_id(client_id, unit)
            if unit not in work.units.worker_units(to_worker_id):
                raise HandoverError("worker_unknown", worker=to_worker_id)
        if from_id == to_worker_id:
            raise HandoverError("same_worker", worker=worker.name, client=client_id)
        chosen = template_for_client(client, template, unit)
        templates.setdefault(chosen.id, chosen)
        try:
            ids.append(
                work.handovers.insert_handover(
                    client_id=client_id,
                    from_worker_id=from_id,
                    to_worker_id=to_worker_id,
                    reason=reason,
                    template=chosen.id,
                    items=chosen.new_items(),
                    due_date=due,
                    meeting_date=meeting_date,
                    note=note.strip(),
                    created_by=work.login,
                    unit=unit,
                    division_id=division_id,
                )
            )
        except AlreadyOpen:
            raise HandoverError("already_open", client=client_id, handover="?") from None
    return ids
