"""Workers of the unit."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from omatyontekija.domain.worker import Worker
from omatyontekija.store.convert import worker_from
from omatyontekija.store.models import WorkerRecord


def list_workers(session: Session, *, active_only: bool = False) -> list[Worker]:
    query = select(WorkerRecord).order_by(WorkerRecord.name)
    if active_only:
        query = query.where(WorkerRecord.active.is_(True))
    return [worker_from(r) for r in session.scalars(query)]


def workers_by_id(session: Session) -> dict[int, Worker]:
    return {w.id: w for w in list_workers(session)}


def get_worker(session: Session, worker_id: int) -> Worker | None:
    record = session.get(WorkerRecord, worker_id)
    return None if record is None else worker_from(record)
