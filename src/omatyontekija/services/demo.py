"""Synthetic, realistic demo data: deterministic for a seed, fast for 100 000 clients.

Identity codes use individual numbers 900–999 only, which are never given to
real people; names come from short lists and mean no one.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable

from omatyontekija.domain.access import Role, User
from omatyontekija.domain.catalog import SERVICES_BY_CODE, ServiceUnit
from omatyontekija.domain.identity import make_identity_code
from omatyontekija.domain.text import name_key, name_tokens, sort_key
from omatyontekija.services import demo_names as names
from omatyontekija.services.context import current_login
from omatyontekija.services.demo_divisions import AREAS_2020, insert_divisions
from omatyontekija.services.demo_matters import MatterGenerator
from omatyontekija.services.demo_users import user_rows
from omatyontekija.store.bulk import client_count, insert_rows
from omatyontekija.store.db import Database
from omatyontekija.store.users import find_user, save_user

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


def _capacity(role: str, share: float, clients: int) -> int:
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


# The demo's sender on every document. The unit is left empty: a letter names the
# service unit of the client's services (vammaispalvelut, lastensuojelu, …).
DEMO_SETTINGS = {
    "organisation": "Jyväskylän kaupunki",
    "unit": "",
    "address": "PL 193, 40101 Jyväskylä",
    "phone": "014 266 0000",
    "phone_hours": "ma–pe 9–11",
    "e_service": "polku.jyvaskyla.example",
}

STAGES = ("application", "service_need_assessment", "service_planning")
DISABILITY = [c for c, s in SERVICES_BY_CODE.items() if s.unit is ServiceUnit.DISABILITY_SERVICES]
CHILD = [c for c, s in SERVICES_BY_CODE.items() if s.unit is ServiceUnit.CHILD_PROTECTION]
ADULT = [c for c, s in SERVICES_BY_CODE.items() if s.unit is ServiceUnit.ADULT_SOCIAL_WORK]

Progress = Callable[[int, int], None]


def _non_disclosure(client_id: int) -> bool:
    """About one client in 120 has a non-disclosure mark (turvakielto); from the id."""
    return (client_id * 40503 >> 4) % 120 == 7


# An edunvalvoja's task, by the close one's id: most cover financial matters only.
_SCOPES = ("financial", "financial_and_personal", "financial", "personal")


def _close_one_details(close_id: int, relation: str, child: bool, client: dict) -> dict:
    """Relation kind, address and scope of a demo close one, without drawing random numbers
    (so that the rest of the demo stays as it was). Every row has every key (bulk insert)."""
    plain = {
        "street_address": "",
        "postal_code": "",
        "post_office": "",
        "guardian_scope": None,
        "non_disclosure": False,
    }
    if relation != "guardian":
        return plain
    if child:  # a child's guardians (huoltajat) live with the child in the demo
        return {
            **plain,
            "relation": "custodian",
            "street_address": client["street_address"],
            "postal_code": client["postal_code"],
            "post_office": client["post_office"],
            "non_disclosure": client["non_disclosure"],
        }
    postal = _POSTAL[close_id % len(_POSTAL)]
    return {
        **plain,
        "relation": "legal_guardian",
        "guardian_scope": _SCOPES[close_id % len(_SCOPES)],
        "street_address": f"{names.STREETS[close_id % len(names.STREETS)]} {close_id % 40 + 1}",
        "postal_code": postal,
        "post_office": _POST_OFFICE[postal],
    }


def _asks_for_named_worker(client_id: int) -> bool | None:
    """About one client in 25 has asked for a named worker (contract v2's C5).

    From the id, not from the demo's random stream, so that adding the fact
    left every other drawn value of the demo as it was.
    """
    return True if (client_id * 2654435761 >> 8) % 25 == 0 else None


class DemoError(RuntimeError):
    pass


def create_demo(
    db: Database,
    clients: int,
    *,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
    supervisor_login: str | None = None,
    history: bool = True,
) -> int:
    """Fill an empty database with demo data; returns the number of clients made.

    Every demo worker gets a user (login = the local part of their e-mail), an
    ``admin`` user is made, and ``supervisor_login`` (default: the current
    login) becomes a supervisor acting as the demo supervisor, so that whoever
    creates the demo can open it. ``history`` adds named-worker decisions behind the
    named workers (``_history_rows``): some clients had another worker before.
    """
    today = today or dt.date.today()
    with db.write() as session:
        if client_count(session):
            raise DemoError("the database already has clients; demo data goes into an empty one")
        workers = _workers(clients)
        insert_rows(session, "workers", workers)
        insert_rows(session, "worker_units", _worker_units(workers))
        insert_rows(session, "users", user_rows(workers, supervisor_login or current_login()))
        insert_rows(
            session, "districts", [{"postal_code": c, "name": n} for c, n in names.DISTRICTS]
        )
        insert_rows(
            session,
            "district_neighbours",
            [{"postal_code": a, "neighbour": b} for a, b in names.NEIGHBOURS],
        )
        insert_rows(
            session,
            "unit_settings",
            [{"key": k, "value": v} for k, v in DEMO_SETTINGS.items()],
        )
        insert_divisions(session)
        generator = _ClientGenerator(random.Random(seed), today)
        matters = MatterGenerator(seed, today)
        batch = 5_000
        for start in range(0, clients, batch):
            rows = generator.make(start + 1, min(batch, clients - start))
            rows["matters"] = matters.make(rows["clients"])
            rows.update(_unit_rows(rows["clients"], rows["client_services"]))
            if history:
                rows["designations"] = _history_rows(rows["clients"], today)
            for table, table_rows in rows.items():
                insert_rows(session, table, table_rows)
            if progress:
                progress(min(start + batch, clients), clients)
    return clients


def _workers(clients: int) -> list[dict]:
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
                "email": f"{email_name}@jyvaskyla.example",
                "capacity": _capacity(role, share, clients),
                "active": True,
                # the login of a synthetic user, so "my clients" works in the demo
                "login": email_name,
            }
        )
    return rows


# The units beside disability services, and their workers (a worker may belong to several;
# every demo worker is disability services', the supervisor leads all three). Child
# protection's responsible social workers are licensed social workers (§ 13 b).
CHILD_PROTECTION_WORKERS = (3, 5, 7)
ADULT_SOCIAL_WORK_WORKERS = (6, 11, 12)
_CHILD_UNIT = ServiceUnit.CHILD_PROTECTION.value
_ADULT_UNIT = ServiceUnit.ADULT_SOCIAL_WORK.value
PACKAGES = (
    "guidance_support",
    "intensified_support",
    "rehabilitative_support",
    "employment_support",
)


def _worker_units(workers: list[dict]) -> list[dict]:
    rows = [{"worker_id": w["id"], "unit_code": "disability_services"} for w in workers]
    for worker_id, _, role, _ in WORKERS:
        if role == "supervisor":
            rows += [
                {"worker_id": worker_id, "unit_code": unit} for unit in (_CHILD_UNIT, _ADULT_UNIT)
            ]
    rows += [{"worker_id": w, "unit_code": _CHILD_UNIT} for w in CHILD_PROTECTION_WORKERS]
    rows += [{"worker_id": w, "unit_code": _ADULT_UNIT} for w in ADULT_SOCIAL_WORK_WORKERS]
    return rows


def _spread(client_id: int, salt: int) -> int:
    """A number 0..99 from the client's id: the units' demo data draws nothing from the
    demo's random stream, so disability services' data stays as it was."""
    return ((client_id * 2654435761 + salt * 40503) >> 8) % 100


def _unit_rows(clients: list[dict], services: list[dict]) -> dict[str, list[dict]]:
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


def _history_rows(clients: list[dict], today: dt.date) -> list[dict]:
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


_AREA_BY_CODE = {code: (sw, co) for _, sw, co, codes in AREAS_2020 for code in codes}
_POSTAL = [c for c, _ in names.DISTRICTS]
_POST_OFFICE = {code: "JYVÄSKYLÄ" for code in _POSTAL}


class _ClientGenerator:
    def __init__(self, rnd: random.Random, today: dt.date) -> None:
        self.rnd = rnd
        self.today = today
        self.used_codes: set[str] = set()
        self.service_id = 0
        self.close_id = 0

    def make(self, first_id: int, count: int) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {
            "clients": [],
            "client_name_keys": [],
            "client_services": [],
            "close_ones": [],
        }
        for client_id in range(first_id, first_id + count):
            self._client(client_id, out)
        return out

    def _identity(self, birth: dt.date) -> tuple[str, int]:
        rnd = self.rnd
        while True:
            individual = rnd.randint(900, 999)
            # Most codes carry the classic century sign; some the 2023 ones.
            code = make_identity_code(birth, individual, sign_index=0 if rnd.random() < 0.9 else 1)
            if code not in self.used_codes:
                self.used_codes.add(code)
                return code, individual

    def _client(self, client_id: int, out: dict[str, list[dict]]) -> None:
        rnd, today = self.rnd, self.today
        child = rnd.random() < 0.15
        age_days = rnd.randint(200, 17 * 365) if child else rnd.randint(18 * 366, 92 * 365)
        birth = today - dt.timedelta(days=age_days)
        code, individual = self._identity(birth)
        female = individual % 2 == 0
        swedish = rnd.random() < 0.06
        language = "sv" if swedish else ("en" if rnd.random() < 0.01 else "fi")
        if swedish:
            first_pool = names.SWEDISH_FEMALE if female else names.SWEDISH_MALE
            last = rnd.choice(names.SWEDISH_LAST)
        else:
            first_pool = names.FINNISH_FEMALE if female else names.FINNISH_MALE
            last = rnd.choice(names.FINNISH_LAST)
        firsts = rnd.sample(first_pool, 2 if rnd.random() < 0.7 else 1)
        first_names = " ".join(firsts)
        postal = rnd.choice(_POSTAL)
        facts, services = self._needs(child)
        facts["client_requests_named_worker"] = _asks_for_named_worker(client_id)
        years = min(age_days // 365, 30)
        clientship_since = today - dt.timedelta(days=rnd.randint(30, max(31, years * 365)))
        named_worker, worker_since = self._named_worker(postal, facts, services, clientship_since)
        client_sort_key = sort_key(f"{last} {first_names}")
        out["clients"].append(
            {
                "id": client_id,
                "identity_code": code,
                "birth_date": birth,
                "last_name": last,
                "first_names": first_names,
                "sort_key": client_sort_key,
                "language": language,
                "phone": f"040 {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}",
                "email": "" if rnd.random() < 0.4 else f"asiakas{client_id}@example.invalid",
                "street_address": f"{rnd.choice(names.STREETS)} {rnd.randint(1, 60)}",
                "postal_code": postal,
                "post_office": _POST_OFFICE[postal],
                "stage": rnd.choice(STAGES),
                "clientship_since": clientship_since,
                "current_worker_since": worker_since,
                "named_worker_id": named_worker,
                "service_plan_updated": (
                    today - dt.timedelta(days=rnd.randint(10, 700)) if len(services) > 1 else None
                ),
                "service_plan_next_update": (
                    today + dt.timedelta(days=rnd.randint(10, 365)) if len(services) > 1 else None
                ),
                "special_care_programme_updated": (
                    today - dt.timedelta(days=rnd.randint(10, 700))
                    if "special_care" in services
                    else None
                ),
                "updated_by": "demo",
                "version": 1,
                "non_disclosure": _non_disclosure(client_id),
                **facts,
            }
        )
        out["client_name_keys"] += [
            {"client_id": client_id, "key": key, "sort_key": client_sort_key}
            for key in name_tokens(last, first_names)
        ]
        for service in services:
            self.service_id += 1
            out["client_services"].append(
                {
                    "id": self.service_id,
                    "client_id": client_id,
                    "service_code": service,
                    "granted_on": clientship_since + dt.timedelta(days=rnd.randint(0, 400)),
                    "ends_on": None,
                    "note": "",
                }
            )
        self._close_ones(client_id, child, facts, last, out)

    def _needs(self, child: bool) -> tuple[dict, list[str]]:
        rnd = self.rnd
        facts: dict = {
            "can_seek_services": None,
            "can_act_with_network": None,
            "needs_multisector_coordination": None,
            "no_suitable_service_found": None,
            "intellectual_disability": None,
            "life_situation_reason": None,
        }
        roll = rnd.random()
        if roll < 0.40:
            return facts, ["transport_service"]
        if roll < 0.50:
            services = ["informal_care_support", *rnd.sample(DISABILITY, rnd.randint(0, 1))]
        elif roll < 0.58:
            facts["intellectual_disability"] = True
            facts["can_seek_services"] = rnd.random() < 0.4
            facts["can_act_with_network"] = rnd.random() < 0.5
            services = [
                "special_care",
                rnd.choice(["housing_services", "day_activities", "work_activities"]),
            ]
        elif roll < 0.68 and not child:
            services = rnd.sample(ADULT, rnd.randint(1, 2))
        elif child and roll < 0.75:
            services = rnd.sample(CHILD, rnd.randint(1, 2)) + rnd.sample(DISABILITY, 1)
        else:
            services = rnd.sample(DISABILITY, rnd.randint(1, 3))
        services = list(dict.fromkeys(services))
        if rnd.random() < 0.5:
            facts["can_seek_services"] = (
                facts["can_seek_services"]
                if facts["can_seek_services"] is not None
                else rnd.random() > 0.1
            )
            facts["needs_multisector_coordination"] = rnd.random() < 0.12
            facts["no_suitable_service_found"] = rnd.random() < 0.02
        if rnd.random() < 0.03:
            facts["life_situation_reason"] = rnd.choice(
                [
                    "Omaishoitaja sairastui, tilanne epävakaa.",
                    "Muutto tuettuun asumiseen käynnissä.",
                    "Siirtymävaihe lastensuojelun jälkihuollosta aikuisuuteen.",
                ]
            )
        return facts, services

    def _named_worker(
        self, postal: str, facts: dict, services: list[str], since: dt.date
    ) -> tuple[int | None, dt.date | None]:
        rnd = self.rnd
        if services == ["transport_service"] and rnd.random() < 0.95:
            return None, None
        social_worker, counsellor = _AREA_BY_CODE[postal]
        special = (
            facts["can_seek_services"] is False
            or facts["needs_multisector_coordination"]
            or any(s in CHILD for s in services)
        )
        if rnd.random() < 0.25:  # a gap: needs one, has none yet
            return None, None
        worker = social_worker if special or rnd.random() < 0.5 else counsellor
        if rnd.random() < 0.08:  # named before the 2020 reform, kept across it
            worker = rnd.choice([2, 3, 4, 5, 6, 7, 8])
            if worker == NEW_SOCIAL_WORKER:
                # The new worker has no clients yet; drawn and replaced (rather
                # than drawn from six) so that the rest of the demo stays the same.
                worker = social_worker
        start = since + dt.timedelta(days=rnd.randint(0, max(0, (self.today - since).days)))
        return worker, start

    def _close_ones(self, client_id, child, facts, last, out) -> None:
        rnd = self.rnd
        people = []
        if child:
            people.append((f"{rnd.choice(names.FINNISH_FEMALE)} {last}", "guardian", "huoltaja"))
            if rnd.random() < 0.6:
                people.append((f"{rnd.choice(names.FINNISH_MALE)} {last}", "guardian", "huoltaja"))
        elif facts["intellectual_disability"] and rnd.random() < 0.7:
            people.append(
                (
                    f"{rnd.choice(names.FINNISH_FEMALE)} {rnd.choice(names.FINNISH_LAST)}",
                    "guardian",
                    "edunvalvoja",
                )
            )
        if rnd.random() < 0.3:
            people.append((f"{rnd.choice(names.FINNISH_FEMALE)} {last}", "relative", "sisar"))
        if rnd.random() < 0.1:
            people.append(
                (
                    f"{rnd.choice(names.FINNISH_MALE)} {rnd.choice(names.FINNISH_LAST)}",
                    "professional",
                    "kotihoidon ohjaaja",
                )
            )
        client = out["clients"][-1]
        for name, relation, note in people:
            self.close_id += 1
            row = {
                "id": self.close_id,
                "client_id": client_id,
                "name": name,
                "relation": relation,
                "phone": f"050 {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}",
                "email": "",
                "note": note,
            }
            row.update(_close_one_details(self.close_id, relation, child, client))
            out["close_ones"].append(row)


def ensure_demo_user(db: Database, login: str) -> None:
    """Make ``login`` a supervisor of an existing demo database if it is no user yet.

    Only for the demo (``--demo``): whoever starts it, with whatever ``--user``,
    gets in; a real database is never changed this way.
    """
    supervisor_id = next(worker_id for worker_id, _, role, *_ in WORKERS if role == "supervisor")
    with db.write() as session:
        if find_user(session, login) is None:
            save_user(session, User(login, Role.SUPERVISOR, supervisor_id))
