"""Every client's rule facts as fact rows, for suggestions over the whole database.

This is the one hot path that reads the driver's rows directly: building ORM
rows (and SQLAlchemy's per-value processing) for 100 000 clients costs several
times the query itself. One query gives each client's row in the shape the
rule engine reads (``rules.predicates.ROW_FIELDS``, values as the driver gives
them), service codes included through the covering index
``ix_client_services_codes``; nothing is built or kept per client here.

The SELECT list is written from ``ROW_FIELDS`` itself: every field but the
service codes is the ``clients`` column of the same name (checked against the
model when this module is imported), so the query and the engine cannot
disagree about which value sits where.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator

from sqlalchemy import literal_column
from sqlalchemy.orm import Session

from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.rules.deadlines import ClientProfile
from omatyontekija.rules.predicates import ROW_FIELDS
from omatyontekija.store import bare
from omatyontekija.store.models import ClientRecord

# What follows ROW_FIELDS in a fact row, for the callers' own use.
TRAILING = ("named_worker_id", "postal_code")
NAMED_WORKER = len(ROW_FIELDS) + TRAILING.index("named_worker_id")
POSTAL_CODE = len(ROW_FIELDS) + TRAILING.index("postal_code")

_CODES = {
    "sqlite": "(SELECT group_concat(service_code, ' ') FROM client_services "
    "WHERE client_id = clients.id)",
    # In no particular order, as SQLite's: the rules read a set (rules/predicates.py), and
    # an ORDER BY sorted each client's few codes apart (0.33 against 0.20 ms for a page).
    "postgresql": "(SELECT string_agg(service_code, ' ') "
    "FROM client_services WHERE client_id = clients.id)",
}
_CHUNK = 2000  # client ids per query, below SQLite's bound-parameter limit
# The fields that are not a clients column of their own name.
_COMPUTED = {"services"}


def _columns() -> tuple[str, ...]:
    """ROW_FIELDS and TRAILING as columns; a field without its column stops the import."""
    table = ClientRecord.__table__
    names = (*ROW_FIELDS, *TRAILING)
    missing = [n for n in names if n not in _COMPUTED and n not in table.c]
    if missing:
        raise RuntimeError(f"the clients table has no column for fact row field(s) {missing}")
    return names


COLUMNS = _columns()


def select_list(dialect: str) -> str:
    """The SELECT list of a fact row, in ``ROW_FIELDS`` order then ``TRAILING``."""
    return ", ".join(_CODES[dialect] if name == "services" else name for name in COLUMNS)


def fact_columns(dialect: str) -> list:
    """The fact row's columns (``COLUMNS``) as columns of a statement over ``clients``
    among other tables (each name qualified), for a page read with its facts."""
    table = ClientRecord.__table__
    return [
        literal_column(_CODES[dialect]) if name == "services" else table.c[name] for name in COLUMNS
    ]


def _query(dialect: str) -> str:
    return f"SELECT {select_list(dialect)} FROM clients"


def _where(
    mark: str, client_ids: list[int] | None, except_named_to: Collection[int]
) -> tuple[str, tuple]:
    conditions, params = [], ()
    if client_ids is not None and mark == "%s":
        # One parameter, one statement text whatever the number of ids (psycopg prepares
        # it, and its plan is kept: store/bare.py).
        conditions.append("id = ANY(%s)")
        params += (list(client_ids),)
    elif client_ids is not None:
        conditions.append(f"id IN ({', '.join(mark for _ in client_ids)})")
        params += tuple(client_ids)
    if except_named_to:
        conditions.append(
            "(named_worker_id IS NULL OR named_worker_id NOT IN "
            f"({', '.join(mark for _ in except_named_to)}))"
        )
        params += tuple(except_named_to)
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


def fact_rows(
    session: Session,
    client_ids: list[int] | None = None,
    *,
    except_named_to: Collection[int] = (),
) -> Iterator[tuple]:
    """The fact rows of all clients, or of ``client_ids`` (at most a few thousand), by id;
    without the clients whose named worker is one of ``except_named_to`` (a few ids).

    Each row holds ``rules.predicates.ROW_FIELDS`` followed by the named
    worker's id (``NAMED_WORKER``) and the postal code (``POSTAL_CODE``). They
    stream from the driver as the caller iterates, inside ``session``'s
    transaction: 100 000 rows are never held at once.
    """
    dialect = session.get_bind().dialect
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    where, params = _where(mark, client_ids, except_named_to)
    # The driver's own cursor, inside the session's transaction: plain tuples,
    # no per-row result processing.
    sql = _query(dialect.name) + where + " ORDER BY id"
    yield from bare.stream(session, sql, params, one_plan=client_ids is not None)


def fact_row_count(
    session: Session, client_ids: list[int] | None = None, *, except_named_to: Collection[int] = ()
) -> int:
    """How many rows ``fact_rows`` with the same arguments gives (for progress)."""
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    where, params = _where(mark, client_ids, except_named_to)
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute("SELECT count(*) FROM clients" + where, params)
        return cursor.fetchone()[0]
    finally:
        cursor.close()


def client_profiles(session: Session, client_ids: list[int]) -> dict[int, ClientProfile]:
    """Birth date and service units of each of ``client_ids``, for group-bound deadlines.

    Read through the fact rows in chunks (the driver's limit on bound parameters).
    """
    birth, services = ROW_FIELDS.index("birth_date"), ROW_FIELDS.index("services")
    found: dict[int, ClientProfile] = {}
    for start in range(0, len(client_ids), _CHUNK):
        for row in fact_rows(session, client_ids[start : start + _CHUNK]):
            day = row[birth]
            day = dt.date.fromisoformat(day) if isinstance(day, str) else day
            codes = row[services]
            codes = codes.split() if isinstance(codes, str) else (codes or ())
            units = frozenset(str(SERVICES_BY_CODE[c].unit) for c in codes if c in SERVICES_BY_CODE)
            found[row[0]] = ClientProfile(day, units)
    return found
