"""Clients out to a file and in from one: the rows, read and written in bulk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from omatyontekija.store.bulk import insert_rows
from omatyontekija.store.models import (
    ClientNameKeyRecord,
    ClientRecord,
    ClientServiceRecord,
    WorkerRecord,
)

# The client columns an export carries and an import may set, in file order.
CLIENT_COLUMNS = (
    "identity_code",
    "last_name",
    "first_names",
    "language",
    "phone",
    "email",
    "street_address",
    "postal_code",
    "post_office",
    "stage",
)
FACT_COLUMNS = (
    "can_seek_services",
    "can_act_with_network",
    "needs_multisector_coordination",
    "no_suitable_service_found",
    "intellectual_disability",
    "client_requests_named_worker",
    "clientship_since",
    "current_worker_since",
    "life_situation_reason",
)


ADDRESS_BLANK = {"street_address": "", "postal_code": "", "post_office": ""}


def export_rows(session: Session, *, batch: int = 2_000) -> Iterator[dict]:
    """Every client in id order as a dict of its columns, facts, service codes and named worker."""
    workers = dict(session.execute(select(WorkerRecord.id, WorkerRecord.name)).all())
    columns = [getattr(ClientRecord, c) for c in ("id", *CLIENT_COLUMNS, *FACT_COLUMNS)]
    columns.append(ClientRecord.non_disclosure)
    after = 0
    while True:
        rows = session.execute(
            select(*columns, ClientRecord.named_worker_id)
            .where(ClientRecord.id > after)
            .order_by(ClientRecord.id)
            .limit(batch)
        ).all()
        if not rows:
            return
        ids = [r.id for r in rows]
        services: dict[int, list[str]] = {}
        for client_id, code in session.execute(
            select(ClientServiceRecord.client_id, ClientServiceRecord.service_code)
            .where(ClientServiceRecord.client_id.in_(ids))
            .order_by(ClientServiceRecord.id)
        ):
            services.setdefault(client_id, []).append(code)
        for r in rows:
            row = r._asdict()
            if row.pop("non_disclosure"):  # turvakielto: the address never leaves the record
                row.update(ADDRESS_BLANK)
            yield {
                **row,
                "services": services.get(r.id, []),
                "named_worker": workers.get(r.named_worker_id),
            }
        after = ids[-1]


def existing_identity_codes(session: Session, codes: list[str]) -> dict[str, int]:
    """Which of ``codes`` are already clients: code → client id."""
    found: dict[str, int] = {}
    for start in range(0, len(codes), 500):
        found.update(
            session.execute(
                select(ClientRecord.identity_code, ClientRecord.id).where(
                    ClientRecord.identity_code.in_(codes[start : start + 500])
                )
            ).all()
        )
    return found


def worker_ids(session: Session) -> set[int]:
    return set(session.scalars(select(WorkerRecord.id)))


def insert_clients(
    session: Session,
    clients: list[dict],
    services: list[list[str]],
    name_keys: list[list[str]],
    *,
    batch: int = 500,
    progress: Callable[[int], None] | None = None,
) -> list[int]:
    """Insert new clients (column dicts without ids) with their services and name keys, in the
    caller's transaction; returns the new ids in input order."""
    first_id = (session.scalar(select(func.max(ClientRecord.id))) or 0) + 1
    service_id = (session.scalar(select(func.max(ClientServiceRecord.id))) or 0) + 1
    ids = list(range(first_id, first_id + len(clients)))
    for start in range(0, len(clients), batch):
        client_rows, service_rows, key_rows = [], [], []
        for i in range(start, min(start + batch, len(clients))):
            client_rows.append({**clients[i], "id": ids[i], "version": 1})
            for code in services[i]:
                service_rows.append(
                    {"id": service_id, "client_id": ids[i], "service_code": code, "note": ""}
                )
                service_id += 1
            key_rows += [
                {"client_id": ids[i], "key": key, "sort_key": clients[i]["sort_key"]}
                for key in name_keys[i]
            ]
        insert_rows(session, "clients", client_rows)
        insert_rows(session, "client_services", service_rows)
        insert_rows(session, "client_name_keys", key_rows)
        if progress:
            progress(min(start + batch, len(clients)))
    return ids


def current_values(session: Session, ids: list[int]) -> dict[int, dict]:
    """The importable columns, service codes and named worker of these clients, by id."""
    columns = [getattr(ClientRecord, c) for c in ("id", *CLIENT_COLUMNS, *FACT_COLUMNS)]
    found: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(
            select(*columns, ClientRecord.named_worker_id).where(ClientRecord.id.in_(chunk))
        ):
            found[row.id] = {**row._asdict(), "services": []}
        for client_id, code in session.execute(
            select(ClientServiceRecord.client_id, ClientServiceRecord.service_code)
            .where(ClientServiceRecord.client_id.in_(chunk))
            .order_by(ClientServiceRecord.id)
        ):
            found[client_id]["services"].append(code)
    return found


def client_total(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ClientRecord)) or 0


def update_clients(
    session: Session,
    updates: list[tuple[int, dict, list[str] | None, list[str] | None]],
    *,
    by: str,
) -> None:
    """Apply (client id, column changes, new service codes or None, new name keys or None) in
    the caller's transaction; a client's version moves, so an open editor sees the change."""
    for client_id, changes, services, name_keys in updates:
        record = session.get(ClientRecord, client_id)
        for column, value in changes.items():
            setattr(record, column, value)
        record.updated_by = by
        record.updated_at = dt.datetime.now(dt.UTC)
        if services is not None:
            kept = {s.service_code: s for s in record.services}
            record.services = [
                kept.get(code) or ClientServiceRecord(service_code=code, note="")
                for code in services
            ]
        if name_keys is not None:
            session.execute(
                delete(ClientNameKeyRecord).where(ClientNameKeyRecord.client_id == client_id)
            )
            session.flush()
            session.add_all(
                ClientNameKeyRecord(client_id=client_id, key=key, sort_key=record.sort_key)
                for key in name_keys
            )
    session.flush()
