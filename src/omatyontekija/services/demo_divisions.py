"""The demo's area divisions: each service unit its own (issue 18), saved so that every
unit's pages and reforms start from something.

Disability services have two versions (2017, redrawn from 16.3.2020); child
protection and adult social work one each, from 1.1.2024, over the same
postal-code districts with their own social workers.
"""

from __future__ import annotations

import datetime as dt

from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.store.bulk import insert_rows
from omatyontekija.store.divisions import NewArea, division_ids, insert_division

# Areas of the division in force (seed 000: redrawn from 16.3.2020 when a social worker was added).
AREAS_2020 = (
    ("Keskusta ja Lutakko", 2, 9, ("40100", "40200", "40400", "40500", "40740")),
    ("Kuokkala ja Keljo", 3, 9, ("40250", "40600", "40620", "40630", "40640")),
    ("Palokka ja Puuppola", 4, 10, ("40270", "40420", "41120", "41310", "41340")),
    ("Huhtasuo ja Halssila", 5, 10, ("40300", "40320", "40340", "40350", "40520")),
    ("Vaajakoski ja Kuusa", 6, 11, ("40800", "41370", "40530", "40700", "40720")),
    ("Säynätsalo ja Korpilahti", 7, 12, ("40900", "40950", "41800", "41160", "41230")),
)
AREAS_2017 = (
    ("Keskusta", 2, 9, ("40100", "40200", "40400", "40500", "40740", "40520")),
    ("Etelä", 3, 9, ("40250", "40600", "40620", "40630", "40640", "40900", "40950", "41800")),
    ("Pohjoinen", 4, 10, ("40270", "40420", "41120", "41310", "41340", "41160", "41230")),
    ("Itä", 5, 11, ("40300", "40320", "40340", "40350", "40800", "41370", "40530", "40700")),
    ("Kangas", 6, 12, ("40720",)),
)

# Child protection: one area per responsible social worker (3, 5, 7; no counsellors).
CHILD_PROTECTION_AREAS = (
    (
        "Lapset keskusta ja etelä",
        3,
        None,
        ("40100", "40200", "40400", "40500", "40740", "40250", "40600", "40620", "40630", "40640"),
    ),
    (
        "Lapset pohjoinen ja itä",
        5,
        None,
        ("40270", "40420", "41120", "41310", "41340", "40300", "40320", "40340", "40350", "40520"),
    ),
    (
        "Lapset Vaajakoski ja Säynätsalo",
        7,
        None,
        ("40800", "41370", "40530", "40700", "40720", "40900", "40950", "41800", "41160", "41230"),
    ),
)
# Adult social work: its social worker (6) in both areas, a counsellor (11, 12) in each.
ADULT_SOCIAL_WORK_AREAS = (
    (
        "Aikuiset pohjoinen",
        6,
        11,
        (
            "40100",
            "40200",
            "40400",
            "40500",
            "40740",
            "40270",
            "40420",
            "41120",
            "41310",
            "41340",
            "40300",
            "40320",
            "40340",
            "40350",
            "40520",
        ),
    ),
    (
        "Aikuiset etelä",
        6,
        12,
        (
            "40250",
            "40600",
            "40620",
            "40630",
            "40640",
            "40800",
            "41370",
            "40530",
            "40700",
            "40720",
            "40900",
            "40950",
            "41800",
            "41160",
            "41230",
        ),
    ),
)

_UNITS_FROM = dt.date(2024, 1, 1)
DIVISIONS = (
    ("Aluejako 2017", dt.date(2017, 1, 1), ServiceUnit.DISABILITY_SERVICES, AREAS_2017),
    ("Aluejako 16.3.2020", dt.date(2020, 3, 16), ServiceUnit.DISABILITY_SERVICES, AREAS_2020),
    (
        "Lastensuojelun aluejako 2024",
        _UNITS_FROM,
        ServiceUnit.CHILD_PROTECTION,
        CHILD_PROTECTION_AREAS,
    ),
    (
        "Aikuissosiaalityön aluejako 2024",
        _UNITS_FROM,
        ServiceUnit.ADULT_SOCIAL_WORK,
        ADULT_SOCIAL_WORK_AREAS,
    ),
)


def insert_divisions(session) -> None:
    """Every unit's demo divisions with their areas and districts (ids from 1)."""
    area_id = 0
    for division_id, (name, effective, unit, areas) in enumerate(DIVISIONS, start=1):
        insert_rows(
            session,
            "area_divisions",
            [
                {
                    "id": division_id,
                    "name": name,
                    "effective_from": effective,
                    "created_by": "demo",
                    "unit_code": unit.value,
                }
            ],
        )
        area_rows, district_rows = [], []
        for area_name, social_worker, counsellor, codes in areas:
            area_id += 1
            area_rows.append(
                {
                    "id": area_id,
                    "division_id": division_id,
                    "name": area_name,
                    "social_worker_id": social_worker,
                    "counsellor_id": counsellor,
                }
            )
            district_rows += [
                {"division_id": division_id, "postal_code": c, "area_id": area_id} for c in codes
            ]
        insert_rows(session, "areas", area_rows)
        insert_rows(session, "area_districts", district_rows)


def ensure_unit_divisions(db) -> list[str]:
    """Give a demo made before units had divisions of their own (an existing demo file) each
    unit's demo division, for a unit with none at all; the units given one."""
    added = []
    with db.write() as session:
        for name, effective, unit, areas in DIVISIONS:
            if unit is ServiceUnit.DISABILITY_SERVICES or division_ids(session, unit.value):
                continue
            insert_division(
                session,
                name=name,
                effective_from=effective,
                areas=[NewArea(n, sw, co, codes) for n, sw, co, codes in areas],
                created_by="demo",
                unit=unit.value,
            )
            added.append(unit.value)
    return added
