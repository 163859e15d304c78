"""Every client's rule facts in two queries, for suggestions over the whole database.

This is the one hot path that reads the driver's rows directly: building ORM
rows (and SQLAlchemy's per-value date processing) for 100 000 clients costs
several times the query itself.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy.orm import Session

from omatyontekija.domain.client import ClientFacts
from omatyontekija.rules.case import ClientCase

# (the client as the rules see them, named worker id, postal code)
FactsRow = tuple[ClientCase, int | None, str]

_CLIENTS = (
    "SELECT id, birth_date, named_worker_id, postal_code, can_seek_services, "
    "can_act_with_network, needs_multisector_coordination, no_suitable_service_found, "
    "intellectual_disability, clientship_since, current_worker_since, life_situation_reason "
    "FROM clients"
)
_SERVICES = "SELECT client_id, service_code FROM client_services"


class _Dates(dict):
    """ISO text → date, each distinct text parsed once (SQLite hands back text,
    PostgreSQL dates; there are far fewer distinct dates than clients)."""

    def __missing__(self, value):
        parsed = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
        self[value] = parsed
        return parsed


def _bool(value) -> bool | None:
    return None if value is None else bool(value)


def load_case_rows(session: Session, client_ids: list[int] | None = None) -> list[FactsRow]:
    """The rule facts of all clients, or of ``client_ids`` (at most a few thousand)."""
    connection = session.connection()
    # The driver's own cursor, inside the session's transaction: plain tuples,
    # no per-row result processing.
    cursor = connection.connection.driver_connection.cursor()
    where, services_where, params = "", "", ()
    if client_ids is not None:
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        marks = ", ".join(mark for _ in client_ids)
        where = f" WHERE id IN ({marks})"
        services_where = f" WHERE client_id IN ({marks})"
        params = tuple(client_ids)
    services: dict[int, list[str]] = defaultdict(list)
    for client_id, code in cursor.execute(_SERVICES + services_where, params).fetchall():
        services[client_id].append(code)
    dates = _Dates()
    dates[None] = None
    empty: tuple[str, ...] = ()
    services_of = {client_id: tuple(codes) for client_id, codes in services.items()}
    rows = cursor.execute(_CLIENTS + where + " ORDER BY id", params).fetchall()
    cursor.close()
    return [
        (
            ClientCase(
                r[0],
                dates[r[1]],
                services_of.get(r[0], empty),
                ClientFacts(
                    _bool(r[4]),
                    _bool(r[5]),
                    _bool(r[6]),
                    _bool(r[7]),
                    _bool(r[8]),
                    dates[r[9]],
                    dates[r[10]],
                    r[11],
                ),
            ),
            r[2],
            r[3],
        )
        for r in rows
    ]
