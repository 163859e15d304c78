"""Area divisions and workers' capacities: read by date, changed by supervisors.

A division is versioned by the date it takes effect; earlier divisions stay as
they were, so "who was this client's area worker on 1.3.2020?" has an answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omatyontekija.domain.access import Action, Task
from omatyontekija.domain.area import Area, AreaDivision
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.services.access import authorize_client
from omatyontekija.services.audit import record_access, require_task
from omatyontekija.services.context import Context
from omatyontekija.services.reform_messages import ReformError
from omatyontekija.store import areas as area_store
from omatyontekija.store import divisions as division_store
from omatyontekija.store import reform as reform_store
from omatyontekija.store import worker_edits


@dataclass(frozen=True, slots=True)
class ClientArea:
    """A client's area and its workers under the division in force on ``on``."""

    client_id: int
    on: dt.date
    postal_code: str
    division: AreaDivision | None
    area: Area | None

    @property
    def social_worker(self) -> Worker | None:
        return self.area.social_worker if self.area else None

    @property
    def counsellor(self) -> Worker | None:
        return self.area.counsellor if self.area else None


def _known_user(ctx: Context) -> None:
    """AccessDenied for an unknown or inactive login; areas are no secret to the unit's users."""
    _ = ctx.access


def list_divisions(ctx: Context) -> list[AreaDivision]:
    """Every division with its areas, the earliest effective first; any user of the unit."""
    _known_user(ctx)
    with ctx.db.read() as session:
        return [area_store.load_division(session, i) for i in division_store.division_ids(session)]


def division_on(ctx: Context, on: dt.date) -> AreaDivision | None:
    """The division in force on ``on`` (the latest that took effect by then), or None."""
    _known_user(ctx)
    with ctx.db.read() as session:
        return area_store.division_on(session, on)


def client_area_on(ctx: Context, client_id: int, on: dt.date) -> ClientArea:
    """The client's area and area workers on ``on``; viewing the client is checked and logged."""
    if authorize_client(ctx, client_id, Action.VIEW) is None:
        raise ReformError("client_not_found", client=client_id)
    record_access(ctx, Action.VIEW, [client_id], reason=f"area on {on.isoformat()}")
    with ctx.db.read() as session:
        postal_code = reform_store.postal_code_of(session, client_id) or ""
        division = area_store.division_on(session, on)
    area = division.area_of(postal_code) if division and postal_code else None
    return ClientArea(client_id, on, postal_code, division, area)


def _capacity(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ReformError("bad_capacity", capacity=value)
    return value


def set_capacity(ctx: Context, worker_id: int, capacity: int) -> Worker:
    """Set a worker's largest caseload; supervisors only."""
    require_task(ctx, Task.MANAGE_AREAS)
    capacity = _capacity(capacity)
    with ctx.db.write() as session:
        worker = worker_edits.set_capacity(session, worker_id, capacity)
    if worker is None:
        raise ReformError("worker_not_found", worker=worker_id)
    return worker


def add_worker(
    ctx: Context,
    name: str,
    *,
    role: WorkerRole | str = WorkerRole.SOCIAL_WORKER,
    capacity: int = 0,
    phone: str = "",
    email: str = "",
) -> Worker:
    """Add an active worker to the unit; supervisors only."""
    require_task(ctx, Task.MANAGE_AREAS)
    if not name.strip():
        raise ReformError("new_worker_name")
    capacity = _capacity(capacity)
    with ctx.db.write() as session:
        return worker_edits.insert_worker(
            session,
            name=name.strip(),
            role=WorkerRole(role),
            capacity=capacity,
            phone=phone.strip(),
            email=email.strip(),
        )
