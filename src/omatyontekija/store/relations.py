"""How a worker stands to clients: named worker, area worker, formerly either, or neither."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omatyontekija.domain.access import Relation
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.store.areas import division_ids_in_force
from omatyontekija.store.models import (
    AreaDistrictRecord,
    AreaRecord,
    ClientRecord,
    DesignationRecord,
    UnitNamedWorkerRecord,
)
from omatyontekija.store.units import client_units


def relations_to(
    session: Session, worker_id: int, client_ids: list[int], *, on: dt.date
) -> dict[int, Relation]:
    """The relation of ``worker_id`` to each existing client of ``client_ids``."""
    clients = dict(
        session.execute(
            select(ClientRecord.id, ClientRecord.named_worker_id).where(
                ClientRecord.id.in_(client_ids)
            )
        ).all()
    )
    postal = dict(
        session.execute(
            select(ClientRecord.id, ClientRecord.postal_code).where(ClientRecord.id.in_(clients))
        ).all()
    )
    covers = or_(AreaRecord.social_worker_id == worker_id, AreaRecord.counsellor_id == worker_id)
    # Every unit's division in force (migration 0012): a worker of child protection's area
    # is the area worker of that unit's clients living in it; disability services' area
    # worker, of every client living in theirs (as before units).
    unit_of_division = {d: u for u, d in division_ids_in_force(session, on).items()}
    in_force = list(unit_of_division)
    codes_by_unit: dict[str, set[str]] = {}
    for division_id, code in session.execute(
        select(AreaDistrictRecord.division_id, AreaDistrictRecord.postal_code)
        .join(AreaRecord, AreaRecord.id == AreaDistrictRecord.area_id)
        .where(AreaDistrictRecord.division_id.in_(in_force), covers)
    ):
        codes_by_unit.setdefault(unit_of_division[division_id], set()).add(code)
    current_codes = codes_by_unit.pop(DEFAULT_UNIT, set())
    if codes_by_unit:
        units_of = client_units(session, list(clients))
        current_codes_of = {
            client_id: any(
                postal[client_id] in codes and unit in units_of[client_id]
                for unit, codes in codes_by_unit.items()
            )
            for client_id in clients
        }
    else:
        current_codes_of = {}
    older_codes = set(
        session.scalars(
            select(AreaDistrictRecord.postal_code)
            .join(AreaRecord, AreaRecord.id == AreaDistrictRecord.area_id)
            .where(AreaDistrictRecord.division_id.not_in(in_force), covers)
        )
    )
    formerly_named = set(
        session.scalars(
            select(DesignationRecord.client_id).where(
                DesignationRecord.worker_id == worker_id,
                DesignationRecord.client_id.in_(clients),
            )
        )
    )
    # The named worker of any unit: a child protection worker's child is their own too.
    named_in_a_unit = set(
        session.scalars(
            select(UnitNamedWorkerRecord.client_id).where(
                UnitNamedWorkerRecord.worker_id == worker_id,
                UnitNamedWorkerRecord.client_id.in_(clients),
            )
        )
    )
    relations = {}
    for client_id, named_worker_id in clients.items():
        if named_worker_id == worker_id or client_id in named_in_a_unit:
            relations[client_id] = Relation.OWN
        elif postal[client_id] in current_codes or current_codes_of.get(client_id):
            relations[client_id] = Relation.AREA
        elif client_id in formerly_named or postal[client_id] in older_codes:
            relations[client_id] = Relation.ENDED
        else:
            relations[client_id] = Relation.OTHER
    return relations


def client_exists(session: Session, client_id: int) -> bool:
    return session.scalar(select(ClientRecord.id).where(ClientRecord.id == client_id)) is not None
