"""Areas and districts from a unit's spreadsheet: one row per postal-code district.

Each service unit has its own division (migration 0012); ``unit`` defaults to
disability services, whose division was the only one before units.

The file is the whole division from its date: a new version of the division
(earlier versions stay as they were, so who covered a client's area on a past
day still has an answer). District names and neighbours are kept as given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from omatyontekija.domain.access import Task
from omatyontekija.domain.errors import UserError
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.services.admin.columns import AREA_COLUMNS, map_columns
from omatyontekija.services.admin.directory import WorkerDirectory
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.fields import parse_postal_code, parse_postal_codes
from omatyontekija.services.admin.workers import TableImport, TableRefused
from omatyontekija.services.areas import known_unit
from omatyontekija.services.client_import import Problem
from omatyontekija.services.table_files import read_table
from omatyontekija.services.trust.use_case import Work, use_case
from omatyontekija.store.divisions import NewArea


@dataclass
class _AreaDraft:
    name: str
    first_row: int
    social_worker: tuple[int, int] | None = None  # (worker id, row)
    counsellor: tuple[int, int] | None = None
    codes: list[str] | None = None


def division_name(on: dt.date) -> str:
    return f"Aluejako {on.day}.{on.month}.{on.year}"


@use_case(Task.MANAGE_AREAS.value, task=Task.MANAGE_AREAS, reason_arg=None)
def import_areas(
    work: Work,
    path: Path,
    *,
    effective_from: dt.date | None = None,
    dry_run: bool = False,
    mapping: Mapping[str, str] | None = None,
    unit: str = DEFAULT_UNIT,
) -> TableImport:
    """The file's areas as ``unit``'s division from ``effective_from`` (default today), all or
    none; ReformError ``unknown_unit``. An area's workers must belong to the unit."""
    on = effective_from or work.today
    unit = known_unit(work, unit)
    table = read_table(path)
    columns = map_columns(table.headers, AREA_COLUMNS, explicit=mapping)
    problems = [Problem(0, h, p) for h, p in columns.problems]
    for required in ("postal_code", "area"):
        if required not in columns.columns:
            problems.append(Problem.of(0, required, "missing_column"))
    if problems:
        raise TableRefused(problems)
    directory = WorkerDirectory(work.workers.list_workers())
    units_of = work.units.units_of_workers()
    old_names = work.divisions.district_names()
    in_force = work.areas.division_on(on, unit)
    areas: dict[str, _AreaDraft] = {}
    names: dict[str, str] = {}
    pairs: set[tuple[str, str]] = set()
    row_of: dict[str, int] = {}
    for number, cells in enumerate(table.rows, start=1):
        values = columns.values(cells)
        row_problems: list[tuple[str, Exception]] = []
        try:
            code = parse_postal_code(values.get("postal_code", ""))
        except ValueError as error:
            row_problems.append(("postal_code", error))
            code = None
        if code and code in row_of:
            row_problems.append(("postal_code", UserError("also_on_row", row=row_of[code])))
        area_name = " ".join(values.get("area", "").split())
        if not area_name:
            row_problems.append(("area", UserError("value_required")))
        draft = areas.get(area_name.casefold()) if area_name else None
        if area_name and draft is None:
            draft = areas[area_name.casefold()] = _AreaDraft(area_name, number, codes=[])
        for field in ("social_worker", "counsellor"):
            text = values.get(field, "").strip()
            if not text or draft is None:
                continue
            try:
                worker = directory.find(text)
            except ValueError as error:
                row_problems.append((field, error))
                continue
            if unit not in units_of.get(worker.id, ()):
                row_problems.append(
                    (field, UserError("not_a_unit_worker", worker=worker.name, unit=unit))
                )
                continue
            earlier = getattr(draft, field)
            if earlier is not None and earlier[0] != worker.id:
                row_problems.append(
                    (
                        field,
                        UserError(
                            "another_area_worker", area=area_name, field=field, row=earlier[1]
                        ),
                    )
                )
            elif earlier is None:
                setattr(draft, field, (worker.id, number))
        try:
            for other in parse_postal_codes(values.get("neighbours", "")):
                if code and other != code:
                    pairs.add((min(code, other), max(code, other)))
        except ValueError as error:
            row_problems.append(("neighbours", error))
        problems += [Problem.caught(number, f, p) for f, p in row_problems]
        if code:
            row_of.setdefault(code, number)
        if code and draft is not None and not row_problems:
            draft.codes.append(code)
            district = " ".join(values.get("district", "").split())
            names[code] = district or old_names.get(code, "")
    if problems:
        raise TableRefused(problems)
    if not areas:
        raise TableRefused([Problem.of(0, "rows", "no_district_rows")])
    old = {a.name.casefold(): a for a in (in_force.areas if in_force else ())}
    added = sum(1 for key in areas if key not in old)
    unchanged = sum(
        1
        for key, draft in areas.items()
        if key in old
        and old[key].name == draft.name
        and tuple(sorted(draft.codes)) == old[key].postal_codes
        and (draft.social_worker or (None,))[0]
        == (old[key].social_worker.id if old[key].social_worker else None)
        and (draft.counsellor or (None,))[0]
        == (old[key].counsellor.id if old[key].counsellor else None)
    )
    result = TableImport(
        added,
        len(areas) - added - unchanged,
        unchanged,
        tuple(columns.recognised()),
        columns.ignored,
        dry_run,
    )
    if dry_run:
        work.detail(f"areas from {path.name} checked (dry run): nothing changed")
        return result
    new_areas = [
        NewArea(
            name=d.name,
            social_worker_id=d.social_worker[0] if d.social_worker else None,
            counsellor_id=d.counsellor[0] if d.counsellor else None,
            postal_codes=tuple(d.codes),
        )
        for d in areas.values()
    ]
    work.administration.save_district_names(names)
    work.administration.write_division(
        name=division_name(on),
        effective_from=on,
        areas=new_areas,
        created_by=work.login,
        unit=unit,
    )
    if "neighbours" in columns.columns:
        work.administration.replace_neighbours(names, pairs)
    work.detail(
        f"areas of {unit} imported from {path.name} from {on.isoformat()}: "
        f"{len(new_areas)} areas, {len(names)} districts"
    )
    return result


@use_case(Task.MANAGE_AREAS.value, task=Task.MANAGE_AREAS, reason_arg=None)
def set_area(
    work: Work,
    area_name: str,
    *,
    effective_from: dt.date,
    new_name: str | None = None,
    social_worker_id: int | str | None = "keep",
    counsellor_id: int | str | None = "keep",
    unit: str = DEFAULT_UNIT,
) -> None:
    """Rename an area of ``unit`` or change its workers from a date: a new version of the
    unit's division in force then, otherwise as it was."""
    unit = known_unit(work, unit)
    division = work.areas.division_on(effective_from, unit)
    areas = list(division.areas) if division else []
    target = next((a for a in areas if a.name.casefold() == area_name.casefold()), None)
    if target is None:
        raise AdminError("no_area", area=area_name)
    new = []
    for area in areas:
        sw = area.social_worker.id if area.social_worker else None
        co = area.counsellor.id if area.counsellor else None
        name = area.name
        if area is target:
            name = (new_name or "").strip() or area.name
            sw = sw if social_worker_id == "keep" else social_worker_id
            co = co if counsellor_id == "keep" else counsellor_id
        new.append(NewArea(name, sw, co, area.postal_codes))
    work.administration.write_division(
        name=division_name(effective_from),
        effective_from=effective_from,
        areas=new,
        created_by=work.login,
        unit=unit,
    )
    work.detail(f"area of {unit} changed from {effective_from.isoformat()}: {target.name}")


@use_case(None)
def district_names(work: Work) -> dict[str, str]:
    """Postal code -> district name; any user of the unit."""
    return work.divisions.district_names()


@use_case(None)
def district_neighbours(work: Work) -> list[tuple[str, str]]:
    return work.areas.district_neighbours()
