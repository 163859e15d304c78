"""The demo's workers: who they are, their capacities and the units they work in."""

from __future__ import annotations

import math

from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.domain.text import name_key

WORKERS = (
    # id, name, role, share of a full caseload (the capacity is computed from it: see _capacity)
    (1, "Helena Ruotsalainen", "supervisor", 0.0),
    (2, "Sari Mäntylä", "social_worker", 1.0),
    (3, "Jussi Kärkkäinen", "social_worker", 0.7),
    (4, "Päivi Lindroos", "social_worker", 1.0),
    (5, "Outi Hyvärinen", "social_worker", 0.7),
    (6, "Mervi Väänänen", "social_worker", 1.0),
    (7, "Tarja Österlund", "social_worker", 1.0),
    # The new social worker resource of seed 000: no area and no clients yet.
    (8, "Kati Närhi", "social_worker", 1.0),
    (9, "Anu Pöyhönen", "social_counsellor", 1.0),
    (10, "Riikka Sjöblom", "social_counsellor", 1.0),
    (11, "Mika Hännikäinen", "social_counsellor", 1.0),
    (12, "Laila Jääskeläinen", "social_counsellor", 1.0),
)
NEW_SOCIAL_WORKER = 8
# How many workers of each role share the clients in the division in force.
_SHARED_BY = {"social_worker": 6, "social_counsellor": 4}
# The part of the demo's clients that is each role's load (domain.area.social_workers_client:
# about a third need a social worker or have one as their named worker), so that a
# capacity means what it would in a unit: the caseload a worker of that role can carry.
_ROLE_SHARE = {"social_worker": 0.35, "social_counsellor": 0.65}


def capacity(role: str, share: float, clients: int) -> int:
    """Largest caseload: 30 % over an even share of the role's clients, times the worker's
    share.

    Two area social workers work 70 %: with whole, equally large districts an
    even capacity would let the planner keep the 2020 division as it is, and
    the new worker would get nothing; part-time workers over their capacity
    give the demo reform something real to do (seed 000: each worker fewer clients).
    """
    if role not in _SHARED_BY:
        return 0
    return math.ceil(share * 1.3 * _ROLE_SHARE[role] * clients / _SHARED_BY[role])


# The units beside disability services, and their workers (a worker may belong to several;
# every demo worker is disability services', the supervisor leads all three). Child
# protection's responsible social workers are licensed social workers (§ 13 b).
CHILD_PROTECTION_WORKERS = (3, 5, 7)
ADULT_SOCIAL_WORK_WORKERS = (6, 11, 12)
_CHILD_UNIT = ServiceUnit.CHILD_PROTECTION.value
_ADULT_UNIT = ServiceUnit.ADULT_SOCIAL_WORK.value


# Each worker answers the phone at their own hour (the area list for the web shows it).
_PHONE_HOURS = ("ma–to 9–10", "ti–pe 12–13", "ma, ke, pe 9–10", "ma–pe 8.30–9.30")


def worker_rows(clients: int) -> list[dict]:
    rows = []
    for worker_id, name, role, share in WORKERS:
        first, last = name.split(" ", 1)
        email_name = name_key(f"{first}.{last}").replace(" ", "")
        rows.append(
            {
                "id": worker_id,
                "name": name,
                "role": role,
                "phone": f"014 266 {4100 + worker_id:04d}",
                "phone_hours": _PHONE_HOURS[worker_id % len(_PHONE_HOURS)],
                "email": f"{email_name}@jyvaskyla.example",
                "capacity": capacity(role, share, clients),
                "active": True,
                # the login of a synthetic user, so "my clients" works in the demo
                "login": email_name,
            }
        )
    return rows


def worker_unit_rows(workers: list[dict]) -> list[dict]:
    rows = [{"worker_id": w["id"], "unit_code": "disability_services"} for w in workers]
    for worker_id, _, role, _ in WORKERS:
        if role == "supervisor":
            rows += [
                {"worker_id": worker_id, "unit_code": unit} for unit in (_CHILD_UNIT, _ADULT_UNIT)
            ]
    rows += [{"worker_id": w, "unit_code": _CHILD_UNIT} for w in CHILD_PROTECTION_WORKERS]
    rows += [{"worker_id": w, "unit_code": _ADULT_UNIT} for w in ADULT_SOCIAL_WORK_WORKERS]
    return rows
