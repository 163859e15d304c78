"""The demo's other units and its history: child protection's and adult social work's
named workers, adult social work's service packages, and the decisions behind the named
workers. Drawn from the client's id, never from the demo's random stream, so that the
rest of the demo stays as it was."""

from __future__ import annotations

import datetime as dt

from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.domain.text import name_key
from omatyontekija.services.demo_clients import ADULT, CHILD
from omatyontekija.services.demo_workers import (
    ADULT_SOCIAL_WORK_WORKERS,
    CHILD_PROTECTION_WORKERS,
    NEW_SOCIAL_WORKER,
    WORKERS,
)

_CHILD_UNIT = ServiceUnit.CHILD_PROTECTION.value
_ADULT_UNIT = ServiceUnit.ADULT_SOCIAL_WORK.value
PACKAGES = (
    "guidance_support",
    "intensified_support",
    "rehabilitative_support",
    "employment_support",
)


def _spread(client_id: int, salt: int) -> int:
    """A number 0..99 from the client's id: the units' demo data draws nothing from the
    demo's random stream, so disability services' data stays as it was."""
    return ((client_id * 2654435761 + salt * 40503) >> 8) % 100


def unit_rows(clients: list[dict], services: list[dict]) -> dict[str, list[dict]]:
    """Named workers of child protection and adult social work, and adult social work's
    service packages (with an earlier package for some: moves between packages)."""
    by_client: dict[int, list[dict]] = {}
    for row in services:
        by_client.setdefault(row["client_id"], []).append(row)
    named, packages = [], []
    for client in clients:
        client_id = client["id"]
        held = by_client.get(client_id, [])
        codes = [s["service_code"] for s in held]
        since = client["clientship_since"]
        if any(c in CHILD for c in codes) and _spread(client_id, 1) < 90:
            worker = CHILD_PROTECTION_WORKERS[_spread(client_id, 2) % len(CHILD_PROTECTION_WORKERS)]
            named.append(
                {
                    "client_id": client_id,
                    "unit_code": _CHILD_UNIT,
                    "worker_id": worker,
                    "since": since,
                }
            )
        adult = [c for c in codes if c in ADULT]
        if adult:
            needs = "intensified_support" in adult
            if _spread(client_id, 3) < (85 if needs else 40):
                worker = ADULT_SOCIAL_WORK_WORKERS[
                    _spread(client_id, 4) % len(ADULT_SOCIAL_WORK_WORKERS)
                ]
                named.append(
                    {
                        "client_id": client_id,
                        "unit_code": _ADULT_UNIT,
                        "worker_id": worker,
                        "since": since,
                    }
                )
        package = next((s for s in held if s["service_code"] in PACKAGES), None)
        if package is None:
            continue
        started = package["granted_on"]
        if _spread(client_id, 5) < 30 and since < started:
            earlier = PACKAGES[(PACKAGES.index(package["service_code"]) + 1) % len(PACKAGES)]
            packages.append(_package_row(client_id, earlier, since, started))
        packages.append(_package_row(client_id, package["service_code"], started, None))
    return {"unit_named_workers": named, "service_packages": packages}


#: Workers a client's earlier named worker is drawn from, by the role of the present one
#: (the new social worker of seed 000 has had no clients).
_EARLIER = {
    role: tuple(w for w, _, r, _ in WORKERS if r == role and w != NEW_SOCIAL_WORKER)
    for role in ("social_worker", "social_counsellor")
}
_ROLE = {worker_id: role for worker_id, _, role, _ in WORKERS}
#: Of the clients with a named worker, the per cent who had another one before.
CHANGED_SHARE = 30
#: The demo's decisions are the supervisor's (a login of _users).
_DECIDED_BY = name_key("Helena.Ruotsalainen")


def history_rows(clients: list[dict], today: dt.date) -> list[dict]:
    """Decisions behind the demo's named workers, so that the key figures' permanence
    has something to show: for CHANGED_SHARE % of the named clients, an earlier
    named worker (of the same role) and the change to the present one on the day the
    client record says. Drawn from the client's id (``_spread``), not from the demo's
    random stream: every other demo value stays as it was."""
    rows = []
    for client in clients:
        worker, since = client["named_worker_id"], client["current_worker_since"]
        client_id = client["id"]
        if worker is None or since is None or _spread(client_id, 6) >= CHANGED_SHARE:
            continue
        pool = [w for w in _EARLIER.get(_ROLE.get(worker, ""), ()) if w != worker]
        earlier_since = max(client["clientship_since"], since - dt.timedelta(days=240))
        if not pool or earlier_since >= since:
            continue
        earlier = pool[_spread(client_id, 7) % len(pool)]
        for day, named in ((earlier_since, earlier), (since, worker)):
            rows.append(
                {
                    "client_id": client_id,
                    "kind": "named",
                    "worker_id": named,
                    "stage": client["stage"],
                    "suggestion": "needed",
                    "suggested_role": _ROLE[named],
                    "rules": "",
                    "reason": "",
                    "decided_by": _DECIDED_BY,
                    "decided_at": dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC),
                    "unit_code": "disability_services",
                }
            )
    return rows


def _package_row(client_id: int, package: str, started, ended) -> dict:
    return {
        "client_id": client_id,
        "package": package,
        "started_on": started,
        "ended_on": ended,
        "reason": "",
        "changed_by": "demo",
    }
