"""Named-worker decisions: appended to the history, reflected on the client."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from omatyontekija.domain.client import ServicePathStage
from omatyontekija.domain.designation import DecisionKind, Designation
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRef, WorkerRole
from omatyontekija.store.models import ClientRecord, DesignationRecord, WorkerRecord, utcnow
from omatyontekija.store.units import set_unit_worker


def active_worker_role(session: Session, worker_id: int | None) -> WorkerRole | None:
    """The role of an active worker; None for no worker, an unknown or an inactive one."""
    worker = session.get(WorkerRecord, worker_id) if worker_id is not None else None
    return WorkerRole(worker.role) if worker is not None and worker.active else None


def record_designation(
    session: Session,
    *,
    client_id: int,
    kind: DecisionKind,
    worker_id: int | None,
    stage: ServicePathStage,
    suggestion: str,
    suggested_role: str | None,
    rules: tuple[str, ...],
    reason: str,
    decided_by: str,
    handover_id: int | None = None,
    today: dt.date,
    unit: str = DEFAULT_UNIT,
) -> int | None:
    """Append a decision and make it the client's current state in ``unit``; returns the
    decision's id. None when the client does not exist.

    Disability services' worker is kept on the client (with the stage of its
    service path); another unit's in unit_named_workers, leaving the client's
    disability services as they are (seed 002).
    """
    client = session.get(ClientRecord, client_id)
    if client is None:
        return None
    record = DesignationRecord(
        client_id=client.id,
        kind=kind.value,
        worker_id=worker_id,
        stage=stage.value,
        suggestion=suggestion,
        suggested_role=suggested_role,
        rules=",".join(rules),
        reason=reason,
        decided_by=decided_by,
        decided_at=utcnow(),
        handover_id=handover_id,
        unit_code=unit,
    )
    session.add(record)
    if unit != DEFAULT_UNIT:
        set_unit_worker(
            session, client.id, unit, worker_id if kind is DecisionKind.NAMED else None, today
        )
        # The client's row changes too (its version goes up), so that a decision made from
        # a stale copy of the record is refused in every unit alike.
        client.updated_by = decided_by
        client.updated_at = utcnow()
        session.flush()
        return record.id
    new_worker = worker_id if kind is DecisionKind.NAMED else None
    if new_worker != client.named_worker_id:
        client.current_worker_since = today if new_worker is not None else None
    client.named_worker_id = new_worker
    client.stage = stage.value
    client.updated_by = decided_by
    session.flush()
    return record.id


def designation_history(
    session: Session, client_id: int, unit: str | None = None
) -> list[Designation]:
    """Every decision on the client (in ``unit``, or in every unit), newest first."""
    rows = session.execute(
        select(DesignationRecord, WorkerRecord.name)
        .outerjoin(WorkerRecord, WorkerRecord.id == DesignationRecord.worker_id)
        .where(
            DesignationRecord.client_id == client_id,
            *([DesignationRecord.unit_code == unit] if unit is not None else []),
        )
        .order_by(DesignationRecord.decided_at.desc(), DesignationRecord.id.desc())
    ).all()
    return [
        Designation(
            id=r.id,
            client_id=r.client_id,
            kind=DecisionKind(r.kind),
            worker=WorkerRef(r.worker_id, name) if r.worker_id is not None else None,
            stage=ServicePathStage(r.stage),
            suggestion=r.suggestion,
            suggested_role=r.suggested_role,
            rules=tuple(x for x in r.rules.split(",") if x),
            reason=r.reason,
            decided_by=r.decided_by,
            decided_at=r.decided_at,
            handover_id=r.handover_id,
            unit=r.unit_code,
        )
        for r, name in rows
    ]
