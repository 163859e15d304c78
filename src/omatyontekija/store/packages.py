"""Adult social work's service packages (seed 004): one open package per client, history kept."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from omatyontekija.domain.package import PACKAGES, PackagePeriod
from omatyontekija.store.models import ClientServiceRecord, ServicePackageRecord


def package_history(session: Session, client_id: int) -> list[PackagePeriod]:
    """The client's packages, newest first."""
    rows = session.scalars(
        select(ServicePackageRecord)
        .where(ServicePackageRecord.client_id == client_id)
        .order_by(ServicePackageRecord.started_on.desc(), ServicePackageRecord.id.desc())
    )
    return [
        PackagePeriod(
            r.id, r.client_id, r.package, r.started_on, r.ended_on, r.reason, r.changed_by
        )
        for r in rows
    ]


def current_package(session: Session, client_id: int) -> str | None:
    return session.scalar(
        select(ServicePackageRecord.package).where(
            ServicePackageRecord.client_id == client_id, ServicePackageRecord.ended_on.is_(None)
        )
    )


def change_package(
    session: Session,
    client_id: int,
    package: str | None,
    *,
    on: dt.date,
    reason: str,
    changed_by: str,
) -> None:
    """End the client's open package on ``on`` and open ``package`` (None: no package)."""
    open_record = session.scalar(
        select(ServicePackageRecord).where(
            ServicePackageRecord.client_id == client_id, ServicePackageRecord.ended_on.is_(None)
        )
    )
    if open_record is not None:
        open_record.ended_on = on
        session.flush()  # the partial unique index admits the new one only after this
    # The client's services show the one package the rules read (A1: intensified support
    # needs a named worker); the periods above keep what the client held before.
    session.execute(
        delete(ClientServiceRecord).where(
            ClientServiceRecord.client_id == client_id,
            ClientServiceRecord.service_code.in_([p for p in PACKAGES if p != package]),
        )
    )
    held = session.scalar(
        select(ClientServiceRecord.id).where(
            ClientServiceRecord.client_id == client_id, ClientServiceRecord.service_code == package
        )
    )
    if package is not None and held is None:
        session.add(
            ClientServiceRecord(
                client_id=client_id, service_code=package, granted_on=on, ends_on=None, note=""
            )
        )
    if package is not None:
        session.add(
            ServicePackageRecord(
                client_id=client_id,
                package=package,
                started_on=on,
                ended_on=None,
                reason=reason,
                changed_by=changed_by,
            )
        )
    session.flush()


def clients_by_package(session: Session, on: dt.date) -> dict[str, int]:
    """How many clients hold each package on ``on``."""
    rows = session.scalars(
        select(ServicePackageRecord.package).where(
            ServicePackageRecord.started_on <= on,
            (ServicePackageRecord.ended_on.is_(None)) | (ServicePackageRecord.ended_on > on),
        )
    )
    return dict(Counter(rows))


def package_moves(session: Session, start: dt.date, end: dt.date) -> dict[tuple[str, str], int]:
    """Moves from one package to another that began within [start, end]: (from, to) → count."""
    rows = session.execute(
        select(
            ServicePackageRecord.client_id,
            ServicePackageRecord.package,
            ServicePackageRecord.started_on,
            ServicePackageRecord.ended_on,
        ).order_by(
            ServicePackageRecord.client_id, ServicePackageRecord.started_on, ServicePackageRecord.id
        )
    ).all()
    moves: Counter[tuple[str, str]] = Counter()
    previous: dict[int, tuple[str, dt.date | None]] = {}
    for client_id, package, started_on, ended_on in rows:
        before = previous.get(client_id)
        if before is not None and before[1] == started_on and start <= started_on <= end:
            moves[(before[0], package)] += 1
        previous[client_id] = (package, ended_on)
    return dict(moves)
