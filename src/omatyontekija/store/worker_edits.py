"""Changing the unit's workers: capacities and new workers."""

from __future__ import annotations

from sqlalchemy.orm import Session

from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.store.convert import worker_from
from omatyontekija.store.models import WorkerRecord


def set_capacity(session: Session, worker_id: int, capacity: int) -> Worker | None:
    """Set the worker's largest caseload; None when there is no such worker."""
    record = session.get(WorkerRecord, worker_id)
    if record is None:
        return None
    record.capacity = capacity
    session.flush()
    return worker_from(record)


def insert_worker(
    session: Session,
    *,
    name: str,
    role: WorkerRole,
    capacity: int,
    phone: str = "",
    email: str = "",
) -> Worker:
    """Add an active worker without a login (a user is made for them separately)."""
    record = WorkerRecord(
        name=name, role=role.value, capacity=capacity, phone=phone, email=email, active=True
    )
    session.add(record)
    session.flush()
    return worker_from(record)
