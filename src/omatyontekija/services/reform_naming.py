"""The areas of a new division: one per social worker, named and given a counsellor.

Names follow what the unit already calls its areas: a worker who keeps most
of an old area's districts keeps that area's name; otherwise the area is named
after its two largest districts ("Keskusta ja Lutakko"), as the demo's 2020
division is. Each area's counsellor is the one the counsellors' stage planned for
it (``reform_counsellors``); without such a plan (a unit without counsellors, or
none possible) the area takes the counsellor of the old area most of its clients
come from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from omatyontekija.domain.area import Area
from omatyontekija.services.reform_messages import reform_text
from omatyontekija.services.reform_model import ReformSituation
from omatyontekija.store.divisions import NewArea

# Area names are data of the unit, kept in its working language.
AREA_LANGUAGE = "fi"


def new_areas(
    situation: ReformSituation,
    assignment: Mapping[str, str],
    worker_ids: Mapping[str, int],
    counsellors: Mapping[str, int] | None = None,
) -> list[NewArea]:
    """One area per worker with districts; ``worker_ids`` maps worker keys to saved ids,
    ``counsellors`` social worker keys to the id of their area's planned counsellor.

    Deterministic: workers are taken in the order of their first district, and
    a name already given in the division gets a number (" 2").
    """
    size = Counter(c.postal_code for c in situation.clients if c.postal_code)
    old_area = {
        code: area
        for area in (situation.division.areas if situation.division else ())
        for code in area.postal_codes
    }
    groups: dict[str, list[str]] = {}
    for district in situation.districts:
        if district in assignment:
            groups.setdefault(assignment[district], []).append(district)
    used: set[str] = set()
    areas = []
    for key, districts in groups.items():
        worker_id = worker_ids[key]
        name = _unique(_name(situation, worker_id, districts, size), used)
        used.add(name)
        areas.append(
            NewArea(
                name=name,
                social_worker_id=worker_id,
                counsellor_id=counsellors[key]
                if counsellors and key in counsellors
                else _counsellor(districts, size, old_area),
                postal_codes=tuple(districts),
            )
        )
    return areas


def _name(situation: ReformSituation, worker_id: int, districts: list[str], size) -> str:
    mine = set(districts)
    kept = [
        (len(mine & set(area.postal_codes)), area.name)
        for area in (situation.division.areas if situation.division else ())
        if area.social_worker is not None
        and area.social_worker.id == worker_id
        and 2 * len(mine & set(area.postal_codes)) > len(area.postal_codes)
    ]
    if kept:
        return max(kept, key=lambda pair: (pair[0], _reverse(pair[1])))[1]
    largest = sorted(districts, key=lambda d: (-size[d], d))[:2]
    labels = [situation.district_name(d) or d for d in largest]
    if len(labels) == 1:
        return labels[0]
    return reform_text("area_pair", AREA_LANGUAGE, first=labels[0], second=labels[1])


def _reverse(text: str) -> tuple[int, ...]:
    """A key that sorts ``text`` backwards, so that max() prefers the alphabetically first."""
    return tuple(-ord(c) for c in text)


def _counsellor(districts: list[str], size, old_area: Mapping[str, Area]) -> int | None:
    weight: Counter[int] = Counter()
    areas: dict[int, Area] = {}
    for district in districts:
        area = old_area.get(district)
        if area is not None:
            areas[area.id] = area
            # Clients first; one more per district so an area of empty districts still counts.
            weight[area.id] += size[district] * 1000 + 1
    if not weight:
        return None
    best = min(weight, key=lambda area_id: (-weight[area_id], areas[area_id].name))
    counsellor = areas[best].counsellor
    return counsellor.id if counsellor is not None else None


def _unique(name: str, used: set[str]) -> str:
    if name not in used:
        return name
    number = 2
    while f"{name} {number}" in used:
        number += 1
    return f"{name} {number}"
