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
from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.domain.client import Client
from omatyontekija.domain.handover import Handover, HandoverReason
from omatyontekija.services.context import Context
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.store import handovers as handover_store
from omatyontekija.store import workers as worker_store


# -- templates ----------------------------------------------------------------
def service_unit_of(client: Client) -> ServiceUnit:
    """The unit most of the client's services come from (disability services when none)."""
    counts = Counter(s.service.unit for s in client.services)
    if not counts:
        return ServiceUnit.DISABILITY_SERVICES
    order = list(ServiceUnit)
    return max(counts, key=lambda unit: (counts[unit], -order.index(unit)))


def template_for_client(client: Client, template_id: str | None = None) -> ChecklistTemplate:
    """``template_id``, or the default template of the client's unit."""
    try:
        if template_id:
            return load_template(template_id)
        return default_template_for_unit(service_unit_of(client))
    except TemplateError:
        raise HandoverError("template_unknown", template=template_id or "") from None


# -- starting -----------------------------------------------------------------
def start_handover(
    ctx: Context,
    client_id: int,
    to_worker_id: int,
    reason: HandoverReason | str,
    *,
    due_date: dt.date | None = None,
    meeting_date: dt.date | None = None,
    template: str | None = None,
    note: str = "",
) -> Handover:
    """Open a planned handover from the client's named worker to ``to_worker_id``."""
    ids = start_handovers(
        ctx,
        [(client_id, to_worker_id)],
        reason,
        due_date,
        meeting_date=meeting_date,
        template=template,
        note=note,
    )
    with ctx.db.read() as session:
        return handover_store.load_handover(session, ids[0])


def start_handovers(
    ctx: Context,
    moves: Sequence[tuple[int, int]],
    reason: HandoverReason | str,
    due: dt.date | None = None,
    *,
    meeting_date: dt.date | None = None,
    template: str | None = None,
    note: str = "",
) -> list[int]:
    """Open one handover per (client id, new worker id), all or none; their ids in order.

    Refused (HandoverError, nothing saved) when a client is unknown or listed
    twice, already has an open handover, or already has that named worker, or
    when a worker is unknown or inactive. Without ``template`` each client gets
    the default template of their service unit.
    """
    reason = HandoverReason(reason)
    seen: set[int] = set()
    for client_id, _ in moves:
        if client_id in seen:
            raise HandoverError("duplicate_client", client=client_id)
        seen.add(client_id)
    templates: dict[str | None, ChecklistTemplate] = {}
    ids: list[int] = []
    with ctx.db.write() as session:
        already = handover_store.open_handovers_of_clients(session, [c for c, _ in moves])
        workers = worker_store.workers_by_id(session)
        clients = handover_store.load_clients(session, [c for c, _ in moves], on=ctx.today)
        for client_id, to_worker_id in moves:
            if client_id in already:
                raise HandoverError("already_open", client=client_id, handover=already[client_id])
            client = clients.get(client_id)
            if client is None:
                raise HandoverError("client_not_found", client=client_id)
            worker = workers.get(to_worker_id)
            if worker is None or not worker.active:
                raise HandoverError("worker_unknown", worker=to_worker_id)
            from_id = client.named_worker.id if client.named_worker else None
            if from_id == to_worker_id:
                raise HandoverError("same_worker", worker=worker.name, client=client_id)
            chosen = template_for_client(client, template)
            templates.setdefault(chosen.id, chosen)
            ids.append(
                handover_store.insert_handover(
                    session,
                    client_id=client_id,
                    from_worker_id=from_id,
                    to_worker_id=to_worker_id,
                    reason=reason,
                    template=chosen.id,
                    items=chosen.new_items(),
                    due_date=due,
                    meeting_date=meeting_date,
                    note=note.strip(),
                    created_by=ctx.user,
                )
            )
    return ids
