"""The unit's workers and the areas they cover."""

from __future__ import annotations

from dataclasses import dataclass

from omatyontekija.domain.worker import Worker
from omatyontekija.services.context import Context
from omatyontekija.store import areas as area_store
from omatyontekija.store import workers as worker_store


@dataclass(frozen=True, slots=True)
class WorkerWithAreas:
    worker: Worker
    areas: tuple[str, ...]


def list_workers(ctx: Context) -> list[WorkerWithAreas]:
    """Every worker with the names of the areas they cover in the division in force;
    AccessDenied for a login that is not a user."""
    _ = ctx.access  # an unknown login reads nothing about the unit's workers either
    with ctx.db.read() as session:
        workers = worker_store.list_workers(session)
        division = area_store.division_on(session, ctx.today)
    areas_of: dict[int, list[str]] = {}
    for area in division.areas if division else ():
        for worker in area.workers:
            areas_of.setdefault(worker.id, []).append(area.name)
    return [WorkerWithAreas(w, tuple(areas_of.get(w.id, ()))) for w in workers]
