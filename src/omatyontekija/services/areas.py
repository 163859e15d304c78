"""Area divisions and workers' capacities: read by date, changed by supervisors.

A division is versioned by the date it takes effect; earlier divisions stay as
they were, so "who was this client's area worker on 1.3.2020?" has an answer.
Each service unit has its own division (migration 0012); ``unit`` defaults to
disability services, whose division was the only one before units.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omatyontekija.domain.access import Action, Task
from omatyontekija.domain.area import Area, AreaDivision
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.services.reform_messages import ReformError
from omatyontekija.services.trust.use_case import Work, use_case


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


def known_unit(work: Work, unit: str) -> str:
    """``unit`` if there is such a unit; ReformError ``unknown_unit`` otherwise."""
    if unit not in work.units.unit_codes():
        raise ReformError("unknown_unit", unit=unit)
    return unit


@use_case(None)
def list_divisions(work: Work, unit: str = DEFAULT_UNIT) -> list[AreaDivision]:
    """Every division of ``unit`` with its areas, the earliest effective first; any user."""
    return [work.areas.load_division(i) for i in work.divisions.division_ids(unit)]


@use_case(None)
def division_on(work: Work, on: dt.date, unit: str = DEFAULT_UNIT) -> AreaDivision | None:
    """``unit``'s division in force on ``on`` (the latest that took effect by then), or None;
    ReformError ``unknown_unit``."""
    return work.areas.division_on(on, known_unit(work, unit))


def _client_in_register(work: Work, arguments: dict) -> int:
    client_id = arguments["client_id"]
    if not work.relations.client_exists(client_id):
        raise ReformError("client_not_found", client=client_id)
    return client_id


@use_case(Action.VIEW, client=_client_in_register, reason_arg=None)
def client_area_on(work: Work, client_id: int, on: dt.date, unit: str = DEFAULT_UNIT) -> ClientArea:
    """The client's area and area workers on ``on`` in ``unit``'s division; viewing the
    client is checked and logged."""
    work.detail(f"area on {on.isoformat()}")
    postal_code = work.reform.postal_code_of(client_id) or ""
    division = work.areas.division_on(on, known_unit(work, unit))
    area = division.area_of(postal_code) if division and postal_code else None
    return ClientArea(client_id, on, postal_code, division, area)


def _capacity(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ReformError("bad_capacity", capacity=value)
    return value


@use_case("set_capacity", task=Task.MANAGE_AREAS)
def set_capacity(work: Work, worker_id: int, capacity: int) -> Worker:
    """Set a worker's largest caseload; supervisors only."""
    capacity = _capacity(capacity)
    worker = work.worker_edits.set_capacity(worker_id, capacity)
    if worker is None:
        raise ReformError("worker_not_found", worker=worker_id)
    work.detail(f"worker {worker_id}: capacity {capacity}")
    return worker


@use_case("add_worker", task=Task.MANAGE_AREAS)
def add_worker(
    work: Work,
    name: str,
    *,
    role: WorkerRole | str = WorkerRole.SOCIAL_WORKER,
    capacity: int = 0,
    phone: str = "",
    email: str = "",
) -> Worker:
    """Add an active worker to the unit; supervisors only."""
    if not name.strip():
        raise ReformError("new_worker_name")
    capacity = _capacity(capacity)
    worker = work.worker_edits.insert_worker(
        name=name.strip(),
        role=WorkerRole(role),
        capacity=capacity,
        phone=phone.strip(),
        email=email.strip(),
    )
    work.detail(f"worker {worker.id}")
    return worker
