"""The unit's workers and the areas they cover, in each service unit's own division."""

from __future__ import annotations

from dataclasses import dataclass, field

from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import Worker
from omatyontekija.services.trust.use_case import Work, use_case


@dataclass(frozen=True, slots=True)
class WorkerWithAreas:
    worker: Worker
    areas: tuple[str, ...]  # in disability services' division (what it was before units)
    units: tuple[str, ...] = ()  # the unit codes the worker belongs to
    # unit code → the areas the worker covers in that unit's division in force: every unit
    # the worker belongs to (none covered: empty), and any other unit where they cover one
    areas_by_unit: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def areas_in(self, unit: str) -> tuple[str, ...]:
        return self.areas_by_unit.get(unit, ())


@use_case(None)
def worker_names(work: Work) -> dict[str, str]:
    """login → name of every worker with a login: how the program names people (the status
    bar, handovers, history). One small read, without the areas ``list_workers`` loads."""
    return {w.login: w.name for w in work.workers.list_workers() if w.login}


@use_case(None)
def list_workers(work: Work) -> list[WorkerWithAreas]:
    """Every worker with the names of the areas they cover in each unit's division in force;
    any user of the unit (an unknown login gets nothing)."""
    workers = work.workers.list_workers()
    order = work.units.unit_codes()
    covered: dict[int, dict[str, list[str]]] = {}
    for unit, division_id in work.areas.division_ids_in_force(work.today).items():
        for area in work.areas.load_division(division_id).areas:
            for worker in area.workers:
                covered.setdefault(worker.id, {}).setdefault(unit, []).append(area.name)
    units_of = work.units.units_of_workers([w.id for w in workers])
    result = []
    for w in workers:
        units = tuple(units_of.get(w.id, ()))
        areas = covered.get(w.id, {})
        codes = sorted(
            {*units, *areas}, key=lambda c: (order.index(c) if c in order else len(order), c)
        )
        by_unit = {code: tuple(areas.get(code, ())) for code in codes}
        result.append(WorkerWithAreas(w, by_unit.get(DEFAULT_UNIT, ()), units, by_unit))
    return result
