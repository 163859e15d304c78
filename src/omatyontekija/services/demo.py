"""Synthetic, realistic demo data: deterministic for a seed, fast for 100 000 clients.

Identity codes use individual numbers 900–999 only, which are never given to
real people; names come from short lists and mean no one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from omatyontekija.domain.access import Role, User
from omatyontekija.services import demo_names as names
from omatyontekija.services.context import current_login
from omatyontekija.services.demo_clients import ClientGenerator
from omatyontekija.services.demo_divisions import insert_divisions
from omatyontekija.services.demo_matters import MatterGenerator
from omatyontekija.services.demo_units import history_rows, unit_rows
from omatyontekija.services.demo_users import user_rows
from omatyontekija.services.demo_workers import WORKERS, worker_rows, worker_unit_rows
from omatyontekija.store.bulk import client_count, insert_rows
from omatyontekija.store.db import Database
from omatyontekija.store.users import find_user, save_user

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

Progress = Callable[[int, int], None]


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
    named workers (``demo_units.history_rows``): some clients had another worker before.
    """
    today = today or dt.date.today()
    with db.write() as session:
        if client_count(session):
            raise DemoError("the database already has clients; demo data goes into an empty one")
        workers = worker_rows(clients)
        insert_rows(session, "workers", workers)
        insert_rows(session, "worker_units", worker_unit_rows(workers))
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
        generator = ClientGenerator(random.Random(seed), today)
        matters = MatterGenerator(seed, today)
        batch = 5_000
        for start in range(0, clients, batch):
            rows = generator.make(start + 1, min(batch, clients - start))
            rows["matters"] = matters.make(rows["clients"])
            rows.update(unit_rows(rows["clients"], rows["client_services"]))
            if history:
                rows["designations"] = history_rows(rows["clients"], today)
            for table, table_rows in rows.items():
                insert_rows(session, table, table_rows)
            if progress:
                progress(min(start + batch, clients), clients)
    return clients


def ensure_demo_user(db: Database, login: str) -> None:
    """Make ``login`` a supervisor of an existing demo database if it is no user yet.

    Only for the demo (``--demo``): whoever starts it, with whatever ``--user``,
    gets in; a real database is never changed this way.
    """
    supervisor_id = next(worker_id for worker_id, _, role, *_ in WORKERS if role == "supervisor")
    with db.write() as session:
        if find_user(session, login) is None:
            save_user(session, User(login, Role.SUPERVISOR, supervisor_id))
