"""Every client's rule facts in two queries, for suggestions over the whole database.

This is the one hot path that reads the driver's rows directly: building ORM
rows (and SQLAlchemy's per-value date processing) for 100 000 clients costs
several times the query itself.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import lru_cache

from sqlalchemy.orm import Session

from omatyontekija.domain.client import ClientFacts

# (id, birth date, named worker id, postal code, facts, service codes)
FactsRow = tuple[int, dt.date, int | None, str, ClientFacts, tuple[str, ...]]

_CLIENTS = (
    "SELECT id, birth_date, named_worker_id, postal_code, can_seek_services, "
    "can_act_with_network, needs_multisector_coordination, no_suitable_service_found, "
    "intellectual_disability, clientship_since, current_worker_since, life_situation_reason "
    "FROM clients"
)
_SERVICES = "SELECT client_id, service_code FROM client_services"


@lru_cache(maxsize=65536)
def _parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _date(value) -> dt.date | None:
    # SQLite hands back ISO text, PostgreSQL a date.
    if value is None or isinstance(value, dt.date):
        return value
    return _parse_date(value)


def _bool(value) -> bool | None:
    return None if value is None else bool(value)


def load_case_rows(session: Session, client_ids: list[int] | None = None) -> list[FactsRow]:
    """The rule facts of all clients, or of ``client_ids`` (at most a few thousand)."""
    connection = session.connection()
    where, services_where, params = "", "", ()
    if client_ids is not None:
        marks = ", ".join(
            "?" if connection.dialect.paramstyle == "qmark" else "%s" for _ in client_ids
        )
        where = f" WHERE id IN ({marks})"
        services_where = f" WHERE client_id IN ({marks})"
        params = tuple(client_ids)
    services: dict[int, list[str]] = defaultdict(list)
    for client_id, code in connection.exec_driver_sql(_SERVICES + services_where, params):
        services[client_id].append(code)
    empty: tuple[str, ...] = ()
    return [
        (
            r[0],
            _date(r[1]),
            r[2],
            r[3],
            ClientFacts(
                _bool(r[4]),
                _bool(r[5]),
                _bool(r[6]),
                _bool(r[7]),
                _bool(r[8]),
                _date(r[9]),
                _date(r[10]),
                r[11],
            ),
            tuple(services[r[0]]) if r[0] in services else empty,
        )
        for r in connection.exec_driver_sql(_CLIENTS + where + " ORDER BY id", params)
    ]
