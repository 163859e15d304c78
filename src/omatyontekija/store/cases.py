"""Every client's rule facts as fact rows, for suggestions over the whole database.

This is the one hot path that reads the driver's rows directly: building ORM
rows (and SQLAlchemy's per-value processing) for 100 000 clients costs several
times the query itself. One query gives each client's row in the shape the
rule engine reads (``rules.predicates.ROW_FIELDS``, values as the driver gives
them), service codes included through the covering index
``ix_client_services_codes``; nothing is built or kept per client here.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy.orm import Session

from omatyontekija.rules.predicates import ROW_FIELDS

# where a fact row's trailing items are, after ROW_FIELDS
NAMED_WORKER = len(ROW_FIELDS)
POSTAL_CODE = NAMED_WORKER + 1

_CODES = {
    "sqlite": "(SELECT group_concat(service_code, ' ') FROM client_services "
    "WHERE client_id = clients.id)",
    "postgresql": "(SELECT string_agg(service_code, ' ' ORDER BY service_code) "
    "FROM client_services WHERE client_id = clients.id)",
}


def _query(dialect: str) -> str:
    return (
        f"SELECT id, birth_date, {_CODES[dialect]}, can_seek_services, can_act_with_network, "
        "needs_multisector_coordination, no_suitable_service_found, intellectual_disability, "
        "clientship_since, current_worker_since, life_situation_reason, "
        "named_worker_id, postal_code FROM clients"
    )


def fact_rows(session: Session, client_ids: list[int] | None = None) -> Iterator[tuple]:
    """The fact rows of all clients, or of ``client_ids`` (at most a few thousand), by id.

    Each row holds ``rules.predicates.ROW_FIELDS`` followed by the named
    worker's id (``NAMED_WORKER``) and the postal code (``POSTAL_CODE``). They
    stream from the driver as the caller iterates, inside ``session``'s
    transaction: 100 000 rows are never held at once.
    """
    connection = session.connection()
    sql, params = _query(connection.dialect.name), ()
    if client_ids is not None:
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        sql += f" WHERE id IN ({', '.join(mark for _ in client_ids)})"
        params = tuple(client_ids)
    # The driver's own cursor, inside the session's transaction: plain tuples,
    # no per-row result processing.
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(sql + " ORDER BY id", params)
        yield from cursor
    finally:
        cursor.close()
