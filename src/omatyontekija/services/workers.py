"""The unit's workers and the areas they cover."""

from __future__ import annotations

from dataclasses import dataclass

from omatyontekija.domain.worker import Worker
from omatyontekija.services.trust.use_case import Work, use_case


@dataclass(frozen=True, slots=True)
class WorkerWithAreas:
    worker: Worker
    areas: tuple[str, ...]
    units: tuple[str, ...] = ()  # the unit codes the worker belongs to


@use_case(None)
def list_workers(work: Work) -> list[WorkerWithAreas]:
    """Every worker with the names of the areas they cover in the division in force; any
    user of the unit (an unknown login gets nothing)."""
    workers = work.workers.list_workers()
    division = work.areas.division_on(work.today)
    areas_of: dict[int, list[str]] = {}
    for area in division.areas if division else ():
        for worker in area.workers:
            areas_of.setdefault(worker.id, []).append(area.name)
    units_of = work.units.units_of_workers([w.id for w in workers])
    return [
        WorkerWithAreas(w, tuple(areas_of.get(w.id, ())), tuple(units_of.get(w.id, ())))
        for w in workers
    ]
