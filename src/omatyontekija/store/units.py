"""Service units, workers' memberships of them, and clients' named workers per unit.

Disability services' named worker stays on ``clients.named_worker_id``; the
other units' current workers are in ``unit_named_workers``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache, lru_cache

from sqlalchemy import (
    CompoundSelect,
    Integer,
    Select,
    String,
    cast,
    delete,
    func,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.domain.unit import DEFAULT_UNIT, Unit, units_of_services
from omatyontekija.domain.worker import WorkerRef, WorkerRole
from omatyontekija.store import bare
from omatyontekija.store.id_list import in_ids
from omatyontekija.store.models import (
    ClientRecord,
    ClientServiceRecord,
    UnitNamedWorkerRecord,
    UnitRecord,
    WorkerRecord,
    WorkerUnitRecord,
)


def list_units(session: Session) -> list[Unit]:
    rows = session.scalars(select(UnitRecord).order_by(UnitRecord.position, UnitRecord.code))
    return [
        Unit(
            r.code,
            r.name_fi,
            r.name_sv,
            r.name_en,
            r.worker_word_fi,
            r.worker_word_sv,
            r.worker_word_en,
        )
        for r in rows
    ]


def unit_codes(session: Session) -> list[str]:
    return [u.code for u in list_units(session)]


def units_of_workers(
    session: Session, worker_ids: Iterable[int] | None = None
) -> dict[int, list[str]]:
    """Each worker's units; a worker with none recorded (made before units, or by an older
    version) belongs to disability services."""
    query = select(WorkerRecord.id)
    if worker_ids is not None:
        query = query.where(WorkerRecord.id.in_(list(worker_ids)))
    found: dict[int, list[str]] = {worker_id: [] for worker_id in session.scalars(query)}
    order = {code: n for n, code in enumerate(unit_codes(session))}
    for worker_id, code in session.execute(
        select(WorkerUnitRecord.worker_id, WorkerUnitRecord.unit_code).where(
            WorkerUnitRecord.worker_id.in_(list(found))
        )
    ):
        found[worker_id].append(code)
    return {
        worker_id: sorted(codes, key=lambda c: order.get(c, len(order))) or [DEFAULT_UNIT]
        for worker_id, codes in found.items()
    }


def worker_units(session: Session, worker_id: int) -> list[str]:
    return units_of_workers(session, [worker_id]).get(worker_id, [])


def set_worker_units(session: Session, worker_id: int, codes: Iterable[str]) -> None:
    """The worker's units are ``codes``; a unit they stay in keeps their capacity there."""
    kept = dict(
        session.execute(
            select(WorkerUnitRecord.unit_code, WorkerUnitRecord.capacity).where(
                WorkerUnitRecord.worker_id == worker_id
            )
        ).all()
    )
    session.execute(delete(WorkerUnitRecord).where(WorkerUnitRecord.worker_id == worker_id))
    session.add_all(
        WorkerUnitRecord(worker_id=worker_id, unit_code=c, capacity=kept.get(c))
        for c in dict.fromkeys(codes)
    )
    session.flush()


@cache
def _of_clients(*columns) -> Select:
    """``columns`` of the rows whose client is in the expanding parameter ``ids``, made once:
    the client list reads these on every keystroke, and coercing a fresh IN list of 61 ids
    into a new statement cost more than running it (half of a keystroke at 300 000 clients)."""
    query = select(*columns).where(in_ids(columns[0]))
    if columns[0] is ClientRecord.id:
        query = query.where(ClientRecord.named_worker_id.is_not(None))
    return query


@cache
def _unit_order() -> Select:
    return select(UnitRecord.code).order_by(UnitRecord.position, UnitRecord.code)


def _current_workers(session: Session, ids: list[int]) -> dict[int, dict[str, int]]:
    """The named worker of each client in each unit where one is named."""
    current: dict[int, dict[str, int]] = {i: {} for i in ids}
    params = {"ids": ids}
    for client_id, worker_id in session.execute(
        _of_clients(ClientRecord.id, ClientRecord.named_worker_id), params
    ):
        current[client_id][DEFAULT_UNIT] = worker_id
    for client_id, code, worker_id in session.execute(
        _of_clients(
            UnitNamedWorkerRecord.client_id,
            UnitNamedWorkerRecord.unit_code,
            UnitNamedWorkerRecord.worker_id,
        ),
        params,
    ):
        current[client_id][code] = worker_id
    return current


def _units_of(
    session: Session, ids: list[int], current: dict[int, dict[str, int]]
) -> dict[int, tuple[str, ...]]:
    codes: dict[int, list[str]] = {i: [] for i in ids}
    for client_id, code in session.execute(
        _of_clients(ClientServiceRecord.client_id, ClientServiceRecord.service_code),
        {"ids": ids},
    ):
        codes[client_id].append(code)
    order = {code: n for n, code in enumerate(session.scalars(_unit_order()))}
    return _in_order(codes, current, order)


def _in_order(
    codes: dict[int, list[str]], current: dict[int, dict[str, int]], order: dict[str, int]
) -> dict[int, tuple[str, ...]]:
    """Each client's units, in the units' order: those of their service codes and of their
    named workers; disability services for a client with neither. Clients share a few
    combinations: each is ordered once."""
    ordered: dict[tuple[tuple[str, ...], frozenset[str]], tuple[str, ...]] = {}
    found = {}
    for i, c in codes.items():
        key = (tuple(c), frozenset(current[i]))
        units = ordered.get(key)
        if units is None:
            units = ordered[key] = tuple(
                sorted(_units_of_codes(key[0]) | key[1], key=lambda u: order.get(u, len(order)))
            ) or (DEFAULT_UNIT,)
        found[i] = units
    return found


@lru_cache(maxsize=4096)  # clients share a few combinations of service codes
def _units_of_codes(codes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(units_of_services(codes))


def client_units(session: Session, client_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """The units each client is in: those of their services and of their named workers;
    disability services for a client with neither (the product's clients before units)."""
    ids = list(client_ids)
    return _units_of(session, ids, _current_workers(session, ids))


# Below SQLite's limit on bound parameters in one statement.
_CHUNK = 5000


def named_workers(
    session: Session, client_ids: Iterable[int]
) -> dict[int, dict[str, WorkerRef | None]]:
    """Each client's named worker in every unit they are in (None: no one named there)."""
    return {i: dict(pairs) for i, pairs in named_worker_pairs(session, client_ids).items()}


UnitWorkers = tuple[tuple[str, WorkerRef | None], ...]


def named_worker_pairs(session: Session, client_ids: Iterable[int]) -> dict[int, UnitWorkers]:
    """Each client's (unit, named worker or None) for every unit they are in, in the units'
    order, as ``ClientRow.named_workers`` holds them.

    One statement (the client list asks on every keystroke, and on PostgreSQL each
    statement is a round trip to the server): the clients' named workers with their
    names, their services' codes and the units' order. Clients with the same units and
    workers share one tuple (the gap list makes 30 000 of them at a time)."""
    ids = list(client_ids)
    if len(ids) > _CHUNK:
        found: dict[int, UnitWorkers] = {}
        for start in range(0, len(ids), _CHUNK):
            found.update(named_worker_pairs(session, ids[start : start + _CHUNK]))
        return found
    current: dict[int, dict[str, int]] = {i: {} for i in ids}
    refs: dict[int | None, WorkerRef | None] = {None: None}
    codes: dict[int, list[str]] = {i: [] for i in ids}
    unit_rows: list[tuple[int, str]] = []
    for kind, number, code, worker_id, name, role in bare.rows(
        session, _page_units(), {"ids": ids}, one_plan=True
    ):
        if kind == _SERVICE:
            codes[number].append(code)
        elif kind == _UNIT:
            unit_rows.append((number, code))
        else:
            current[number][DEFAULT_UNIT if kind == _NAMED_HERE else code] = worker_id
            if worker_id not in refs:
                refs[worker_id] = WorkerRef(worker_id, name or "", role and WorkerRole(role))
    order = {code: n for n, (_, code) in enumerate(sorted(unit_rows))}
    made: dict[tuple, UnitWorkers] = {}
    found = {}
    for client_id, units in _in_order(codes, current, order).items():
        workers = current[client_id]
        key = (units, *map(workers.get, units))
        pairs = made.get(key)
        if pairs is None:
            pairs = made[key] = tuple((unit, refs[workers.get(unit)]) for unit in units)
        found[client_id] = pairs
    return found


# What a row of _page_units() is.
_NAMED_HERE, _NAMED_IN_UNIT, _SERVICE, _UNIT = range(4)


@cache
def _page_units() -> CompoundSelect:
    """(kind, client id or unit position, unit or service code, worker id, worker name,
    worker role) of
    the clients ``ids``: named workers in disability services and in other units, service
    codes, and every unit with its position (kinds as above)."""
    named, unit_worker = aliased(WorkerRecord), aliased(WorkerRecord)
    text, number = cast(null(), String), cast(null(), Integer)
    return union_all(
        select(
            literal_column(str(_NAMED_HERE)),
            ClientRecord.id,
            text,
            ClientRecord.named_worker_id,
            named.name,
            named.role,
        )
        .outerjoin(named, named.id == ClientRecord.named_worker_id)
        .where(in_ids(ClientRecord.id), ClientRecord.named_worker_id.is_not(None)),
        select(
            literal_column(str(_NAMED_IN_UNIT)),
            UnitNamedWorkerRecord.client_id,
            UnitNamedWorkerRecord.unit_code,
            UnitNamedWorkerRecord.worker_id,
            unit_worker.name,
            unit_worker.role,
        )
        .outerjoin(unit_worker, unit_worker.id == UnitNamedWorkerRecord.worker_id)
        .where(in_ids(UnitNamedWorkerRecord.client_id)),
        select(
            literal_column(str(_SERVICE)),
            ClientServiceRecord.client_id,
            ClientServiceRecord.service_code,
            number,
            text,
            text,
        ).where(in_ids(ClientServiceRecord.client_id)),
        select(
            literal_column(str(_UNIT)), UnitRecord.position, UnitRecord.code, number, text, text
        ),
    )


def unit_worker_id(session: Session, client_id: int, unit: str) -> int | None:
    """The client's current named worker in ``unit``."""
    if unit == DEFAULT_UNIT:
        return session.scalar(
            select(ClientRecord.named_worker_id).where(ClientRecord.id == client_id)
        )
    return session.scalar(
        select(UnitNamedWorkerRecord.worker_id).where(
            UnitNamedWorkerRecord.client_id == client_id, UnitNamedWorkerRecord.unit_code == unit
        )
    )


def set_unit_worker(
    session: Session, client_id: int, unit: str, worker_id: int | None, today: dt.date
) -> None:
    """Make ``worker_id`` (None: no one) the client's named worker in a unit other than
    disability services (whose worker is set on the client, store/designations)."""
    record = session.get(UnitNamedWorkerRecord, (client_id, unit))
    if worker_id is None:
        if record is not None:
            session.delete(record)
    elif record is None:
        session.add(
            UnitNamedWorkerRecord(
                client_id=client_id, unit_code=unit, worker_id=worker_id, since=today
            )
        )
    elif record.worker_id != worker_id:
        record.worker_id = worker_id
        record.since = today
    session.flush()


def clients_of_worker(session: Session, worker_id: int, unit: str) -> list[int]:
    """The clients whose named worker ``worker_id`` is in ``unit``."""
    if unit == DEFAULT_UNIT:
        query = select(ClientRecord.id).where(ClientRecord.named_worker_id == worker_id)
    else:
        query = select(UnitNamedWorkerRecord.client_id).where(
            UnitNamedWorkerRecord.worker_id == worker_id, UnitNamedWorkerRecord.unit_code == unit
        )
    return list(session.scalars(query))


def children_of_worker(
    session: Session, worker_id: int, unit: str, *, on: dt.date, adult_age: int
) -> int:
    """How many children (under ``adult_age`` on ``on``) have ``worker_id`` as their named
    worker in ``unit``."""
    born_after = dt.date(on.year - adult_age, on.month, min(on.day, 28))
    ids = clients_of_worker(session, worker_id, unit)
    if not ids:
        return 0
    return session.scalar(
        select(func.count()).where(ClientRecord.id.in_(ids), ClientRecord.birth_date > born_after)
    )


def clients_in_unit(session: Session, unit: str) -> list[int]:
    """The clients with a service of ``unit`` or a named worker there, by id."""
    codes = [c for c, s in SERVICES_BY_CODE.items() if s.unit.value == unit]
    ids = set(
        session.scalars(
            select(ClientServiceRecord.client_id).where(ClientServiceRecord.service_code.in_(codes))
        )
    )
    ids.update(unit_worker_ids(session, unit))
    return sorted(ids)


def unit_worker_ids(session: Session, unit: str) -> dict[int, int]:
    """client id → named worker id in a unit other than disability services."""
    return dict(
        session.execute(
            select(UnitNamedWorkerRecord.client_id, UnitNamedWorkerRecord.worker_id).where(
                UnitNamedWorkerRecord.unit_code == unit
            )
        ).all()
    )


def set_responsible_unit(session: Session, client_id: int, unit: str | None, by: str) -> bool:
    """Mark ``unit``'s named worker the client's responsible worker (None: no one); False
    when the client does not exist."""
    client = session.get(ClientRecord, client_id)
    if client is None:
        return False
    client.responsible_unit = unit
    client.updated_by = by
    session.flush()
    return True


def unit_capacities(session: Session, unit: str) -> dict[int, int]:
    """Worker id → capacity in ``unit``, for the members who have one of their own there."""
    return dict(
        session.execute(
            select(WorkerUnitRecord.worker_id, WorkerUnitRecord.capacity).where(
                WorkerUnitRecord.unit_code == unit, WorkerUnitRecord.capacity.is_not(None)
            )
        ).all()
    )


def set_unit_capacity(session: Session, worker_id: int, unit: str, capacity: int) -> None:
    """The worker's capacity in ``unit``, making them a member if they were not."""
    record = session.get(WorkerUnitRecord, (worker_id, unit))
    if record is None:
        session.add(WorkerUnitRecord(worker_id=worker_id, unit_code=unit, capacity=capacity))
    else:
        record.capacity = capacity
    session.flush()
