"""What the reform planner reads: every client's postal code and named worker, in one query."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from omatyontekija.store.models import ClientRecord

_CHUNK = 900  # below SQLite's default limit of bound parameters


def planning_rows(session: Session) -> list[tuple[int, str, int | None]]:
    """(client id, postal code, named worker id) of every client, by id."""
    query = select(ClientRecord.id, ClientRecord.postal_code, ClientRecord.named_worker_id)
    return [tuple(row) for row in session.execute(query.order_by(ClientRecord.id))]


def client_names(session: Session, client_ids: Sequence[int]) -> dict[int, str]:
    """Client id → "Last First" for the clients that exist."""
    names: dict[int, str] = {}
    ids = list(dict.fromkeys(client_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = select(ClientRecord.id, ClientRecord.last_name, ClientRecord.first_names).where(
            ClientRecord.id.in_(chunk)
        )
        for client_id, last, first in session.execute(query):
            names[client_id] = f"{last} {first}"
    return names


def postal_code_of(session: Session, client_id: int) -> str | None:
    """The client's postal code, or None when there is no such client."""
    return session.scalar(select(ClientRecord.postal_code).where(ClientRecord.id == client_id))
