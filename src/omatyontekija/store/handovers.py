"""Accompanied handovers and their checklist items: rows in, frozen domain objects out.

The rules (which transitions are allowed, when a handover may be completed)
live in services/handovers.py; this module only reads and writes, inside the
caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.orm.attributes import flag_modified

from omatyontekija.domain.client import Client
from omatyontekija.domain.handover import (
    CLIENT_INFORMED,
    ChecklistItem,
    Handover,
    HandoverReason,
    HandoverRow,
    HandoverStatus,
    ItemState,
)
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRef
from omatyontekija.store.areas import division_on
from omatyontekija.store.convert import client_from
from omatyontekija.store.models import (
    ClientRecord,
    HandoverItemRecord,
    HandoverRecord,
    WorkerRecord,
    utcnow,
)
from omatyontekija.store.workers import workers_by_id

_OPEN = (HandoverStatus.PLANNED.value, HandoverStatus.IN_PROGRESS.value)


class ListState(StrEnum):
    """Which handovers a list shows."""

    OPEN = "open"  # planned or in progress
    OVERDUE = "overdue"  # open and past the due date
    DONE = "done"
    CANCELLED = "cancelled"
    ALL = "all"


class AlreadyOpen(Exception):
    """Another transaction opened a handover of the client first (the partial unique index)."""

    def __init__(self, client_id: int) -> None:
        super().__init__(f"client {client_id} already has an open handover")
        self.client_id = client_id


def insert_handover(
    session: Session,
    *,
    client_id: int,
    from_worker_id: int | None,
    to_worker_id: int,
    reason: HandoverReason,
    template: str,
    items: Sequence[ChecklistItem],
    due_date: dt.date | None,
    meeting_date: dt.date | None,
    note: str,
    created_by: str,
    unit: str = DEFAULT_UNIT,
    division_id: int | None = None,
) -> int:
    """Add a planned handover with its checklist; returns its id (flushed, not committed).

    ``division_id``: the division whose reform opens it (migration 0014), None for others.
    """
    record = HandoverRecord(
        client_id=client_id,
        from_worker_id=from_worker_id,
        to_worker_id=to_worker_id,
        reason=reason.value,
        status=HandoverStatus.PLANNED.value,
        template=template,
        due_date=due_date,
        meeting_date=meeting_date,
        note=note,
        created_by=created_by,
        created_at=utcnow(),
        unit_code=unit,
        division_id=division_id,
        items=[
            HandoverItemRecord(
                position=n,
                key=item.key,
                required=item.required,
                state=item.state.value,
                done_on=item.done_on,
                done_by=item.done_by,
                note=item.note,
            )
            for n, item in enumerate(items)
        ],
    )
    session.add(record)
    try:
        session.flush()
    except IntegrityError as error:
        # SQLite's IMMEDIATE transactions see each other's handovers before
        # inserting; on PostgreSQL two can pass that check at once and the
        # index decides.
        if "ux_handovers_one_open" in str(error.orig) or "UNIQUE" in str(error.orig).upper():
            raise AlreadyOpen(client_id) from None
        raise
    return record.id


def handover_parties(session: Session, handover_id: int) -> tuple[int, int | None, int] | None:
    """(client id, from worker id, to worker id) of a handover, or None when there is none."""
    row = session.execute(
        select(
            HandoverRecord.client_id, HandoverRecord.from_worker_id, HandoverRecord.to_worker_id
        ).where(HandoverRecord.id == handover_id)
    ).first()
    return None if row is None else (row[0], row[1], row[2])


def load_handover(session: Session, handover_id: int) -> Handover | None:
    """The whole handover with its checklist, or None."""
    found = load_handovers(session, [handover_id])
    return found[0] if found else None


def load_handovers(session: Session, handover_ids: Iterable[int]) -> list[Handover]:
    """The handovers with these ids, in the order given; unknown ids are left out."""
    ids = list(handover_ids)
    if not ids:
        return []
    records = {
        r.id: r
        for r in session.scalars(
            select(HandoverRecord)
            .where(HandoverRecord.id.in_(ids))
            .options(selectinload(HandoverRecord.items))
        )
    }
    worker_ids = {w for r in records.values() for w in (r.from_worker_id, r.to_worker_id) if w}
    names = dict(
        session.execute(
            select(WorkerRecord.id, WorkerRecord.name).where(WorkerRecord.id.in_(worker_ids))
        ).all()
    )
    return [_handover_from(records[i], names) for i in ids if i in records]


def _handover_from(record: HandoverRecord, names: dict[int, str]) -> Handover:
    from_id = record.from_worker_id
    return Handover(
        id=record.id,
        client_id=record.client_id,
        from_worker=WorkerRef(from_id, names.get(from_id, "")) if from_id else None,
        to_worker=WorkerRef(record.to_worker_id, names.get(record.to_worker_id, "")),
        reason=HandoverReason(record.reason),
        status=HandoverStatus(record.status),
        template=record.template,
        created_at=record.created_at,
        due_date=record.due_date,
        meeting_date=record.meeting_date,
        note=record.note,
        completed_at=record.completed_at,
        items=tuple(
            ChecklistItem(
                key=i.key,
                required=i.required,
                state=ItemState(i.state),
                done_on=i.done_on,
                done_by=i.done_by,
                note=i.note,
            )
            for i in record.items
        ),
        version=record.version,
        unit=record.unit_code,
    )


def _record(session: Session, handover_id: int) -> HandoverRecord:
    record = session.get(HandoverRecord, handover_id)
    if record is None:
        raise LookupError(f"no handover with id {handover_id}")
    return record


def update_fields(session: Session, handover_id: int, **values: object) -> None:
    """Set plain columns (due_date, meeting_date, note, to_worker_id, template, status, …)."""
    record = _record(session, handover_id)
    for name, value in values.items():
        if name not in HandoverRecord.__table__.columns or name in ("id", "version"):
            raise AttributeError(f"handovers has no settable column {name!r}")
        setattr(record, name, value.value if isinstance(value, StrEnum) else value)
    flag_modified(record, "note")  # even an unchanged row gets a new version
    session.flush()


def set_item(
    session: Session,
    handover_id: int,
    key: str,
    *,
    state: ItemState,
    done_on: dt.date | None,
    done_by: str,
    note: str,
) -> None:
    """Record an item's state; the handover's version goes up, so stale copies are detected."""
    record = _record(session, handover_id)
    item = next((i for i in record.items if i.key == key), None)
    if item is None:
        raise LookupError(f"handover {handover_id} has no item {key!r}")
    item.state = state.value
    item.done_on = done_on
    item.done_by = done_by
    item.note = note
    flag_modified(record, "note")
    session.flush()


def set_status(
    session: Session,
    handover_id: int,
    status: HandoverStatus,
    *,
    completed_at: dt.datetime | None = None,
) -> None:
    record = _record(session, handover_id)
    record.status = status.value
    record.completed_at = completed_at
    session.flush()


def open_handover_of_client(session: Session, client_id: int) -> int | None:
    """The id of the client's planned or in-progress handover, if any."""
    return session.scalar(
        select(HandoverRecord.id)
        .where(HandoverRecord.client_id == client_id, HandoverRecord.status.in_(_OPEN))
        .limit(1)
    )


def open_handovers_of_clients(
    session: Session, client_ids: Sequence[int], unit: str = DEFAULT_UNIT
) -> dict[int, int]:
    """client id → id of its open handover in ``unit``, for those of ``client_ids`` that
    have one."""
    found: dict[int, int] = {}
    for start in range(0, len(client_ids), 500):  # keeps under SQLite's bound-parameter limit
        chunk = client_ids[start : start + 500]
        for client_id, handover_id in session.execute(
            select(HandoverRecord.client_id, HandoverRecord.id).where(
                HandoverRecord.client_id.in_(chunk),
                HandoverRecord.status.in_(_OPEN),
                HandoverRecord.unit_code == unit,
            )
        ):
            found.setdefault(client_id, handover_id)
    return found


def list_rows(
    session: Session,
    *,
    state: ListState = ListState.OPEN,
    worker_id: int | None = None,
    today: dt.date,
    client_id: int | None = None,
    started_by: str | None = None,
) -> list[HandoverRow]:
    """Handover rows, the earliest due first (no due date last), then by id.

    ``worker_id`` keeps the handovers where that worker hands over or receives;
    ``started_by`` (a login) also those that user opened.
    """
    old = aliased(WorkerRecord)
    new = aliased(WorkerRecord)
    counts = (
        select(
            HandoverItemRecord.handover_id.label("handover_id"),
            func.count().label("total"),
            func.sum(case((HandoverItemRecord.state != ItemState.OPEN.value, 1), else_=0)).label(
                "settled"
            ),
            func.sum(
                case(
                    (
                        and_(
                            HandoverItemRecord.required.is_(True),
                            HandoverItemRecord.state == ItemState.OPEN.value,
                        ),
                        1,
                    ),
                    else_=0,
                )
            ).label("required_open"),
        )
        .group_by(HandoverItemRecord.handover_id)
        .subquery()
    )
    informed = (
        select(HandoverItemRecord.handover_id, HandoverItemRecord.state)
        .where(HandoverItemRecord.key == CLIENT_INFORMED)
        .subquery()
    )
    query = (
        select(
            HandoverRecord,
            ClientRecord.last_name,
            ClientRecord.first_names,
            ClientRecord.identity_code,
            old.name,
            new.name,
            counts.c.total,
            counts.c.settled,
            counts.c.required_open,
            informed.c.state,
        )
        .join(ClientRecord, ClientRecord.id == HandoverRecord.client_id)
        .outerjoin(old, old.id == HandoverRecord.from_worker_id)
        .join(new, new.id == HandoverRecord.to_worker_id)
        .outerjoin(counts, counts.c.handover_id == HandoverRecord.id)
        .outerjoin(informed, informed.c.handover_id == HandoverRecord.id)
        .order_by(HandoverRecord.due_date.is_(None), HandoverRecord.due_date, HandoverRecord.id)
    )
    if state is ListState.OPEN:
        query = query.where(HandoverRecord.status.in_(_OPEN))
    elif state is ListState.OVERDUE:
        query = query.where(HandoverRecord.status.in_(_OPEN), HandoverRecord.due_date < today)
    elif state is not ListState.ALL:
        query = query.where(HandoverRecord.status == state.value)
    if worker_id is not None or started_by is not None:
        query = query.where(
            or_(
                HandoverRecord.from_worker_id == worker_id,
                HandoverRecord.to_worker_id == worker_id,
                HandoverRecord.created_by == started_by,
            )
        )
    if client_id is not None:
        query = query.where(HandoverRecord.client_id == client_id)
    return [
        HandoverRow(
            id=r.id,
            client_id=r.client_id,
            client_name=f"{last} {first}",
            identity_code=code,
            from_worker=WorkerRef(r.from_worker_id, old_name) if r.from_worker_id else None,
            to_worker=WorkerRef(r.to_worker_id, new_name),
            reason=HandoverReason(r.reason),
            status=HandoverStatus(r.status),
            template=r.template,
            created_at=r.created_at,
            due_date=r.due_date,
            meeting_date=r.meeting_date,
            items_total=total or 0,
            items_settled=settled or 0,
            required_open=required_open or 0,
            version=r.version,
            unit=r.unit_code,
            informed=None if informed_state is None else informed_state != ItemState.OPEN.value,
        )
        for (
            r,
            last,
            first,
            code,
            old_name,
            new_name,
            total,
            settled,
            required_open,
            informed_state,
        ) in session.execute(query)
    ]


def informed_states(session: Session, handover_ids: Sequence[int]) -> dict[int, str | None]:
    """Handover id → the state of its "client informed" item (None: the checklist has none),
    for those of ``handover_ids`` that exist."""
    found: dict[int, str | None] = {}
    ids = list(dict.fromkeys(handover_ids))
    for start in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        found.update(
            dict.fromkeys(
                session.scalars(select(HandoverRecord.id).where(HandoverRecord.id.in_(chunk)))
            )
        )
        found.update(
            session.execute(
                select(HandoverItemRecord.handover_id, HandoverItemRecord.state).where(
                    HandoverItemRecord.handover_id.in_(chunk),
                    HandoverItemRecord.key == CLIENT_INFORMED,
                )
            ).all()
        )
    return found


def load_clients(session: Session, client_ids: Sequence[int], *, on: dt.date) -> dict[int, Client]:
    """Whole client records by id, for many clients at once (a batch print of a reform).

    The same records as ``clients.load_client`` gives one by one, in a few
    queries instead of several per client.
    """
    workers = workers_by_id(session)
    division = division_on(session, on)
    areas = {code: a for a in (division.areas if division else ()) for code in a.postal_codes}
    found: dict[int, Client] = {}
    ids = list(dict.fromkeys(client_ids))
    for start in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
        for record in session.scalars(
            select(ClientRecord)
            .where(ClientRecord.id.in_(ids[start : start + 500]))
            .options(selectinload(ClientRecord.services), selectinload(ClientRecord.close_ones))
        ):
            named = workers.get(record.named_worker_id) if record.named_worker_id else None
            area = areas.get(record.postal_code) if record.postal_code else None
            found[record.id] = client_from(record, named_worker=named, area=area)
    return found
