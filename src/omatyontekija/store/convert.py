"""Rows to frozen domain objects: what leaves the store is never a live ORM row."""

from __future__ import annotations

from omatyontekija.domain.area import Area
from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.domain.client import (
    Client,
    ClientFacts,
    CloseOne,
    CloseOneRelation,
    GrantedService,
    GuardianScope,
    Language,
    ServicePathStage,
)
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.store.models import AreaRecord, ClientRecord, WorkerRecord


def worker_from(record: WorkerRecord) -> Worker:
    return Worker(
        id=record.id,
        name=record.name,
        role=WorkerRole(record.role),
        phone=record.phone,
        email=record.email,
        capacity=record.capacity,
        active=record.active,
        title=record.title or "",
        phone_hours=record.phone_hours or "",
        login=record.login,
        active_from=record.active_from,
        active_until=record.active_until,
    )


def area_from(record: AreaRecord, workers: dict[int, Worker]) -> Area:
    return Area(
        id=record.id,
        name=record.name,
        postal_codes=tuple(sorted(d.postal_code for d in record.districts)),
        social_worker=workers.get(record.social_worker_id) if record.social_worker_id else None,
        counsellor=workers.get(record.counsellor_id) if record.counsellor_id else None,
    )


# Every fact is a column of the same name: one list, no second copy to fall out of step.
FACT_COLUMNS = tuple(ClientFacts.__dataclass_fields__)


def facts_from(record: ClientRecord) -> ClientFacts:
    return ClientFacts(**{name: getattr(record, name) for name in FACT_COLUMNS})


def client_from(record: ClientRecord, *, named_worker: Worker | None, area: Area | None) -> Client:
    return Client(
        id=record.id,
        identity_code=record.identity_code,
        last_name=record.last_name,
        first_names=record.first_names,
        language=Language(record.language),
        phone=record.phone,
        email=record.email,
        street_address=record.street_address,
        postal_code=record.postal_code,
        post_office=record.post_office,
        stage=ServicePathStage(record.stage),
        facts=facts_from(record),
        services=tuple(
            GrantedService(SERVICES_BY_CODE[s.service_code], s.granted_on, s.ends_on, s.note)
            for s in record.services
        ),
        close_ones=tuple(
            CloseOne(
                c.name,
                CloseOneRelation(c.relation),
                c.phone,
                c.email,
                c.note,
                c.street_address or "",
                c.postal_code or "",
                c.post_office or "",
                GuardianScope(c.guardian_scope) if c.guardian_scope else None,
                bool(c.non_disclosure),
            )
            for c in record.close_ones
        ),
        named_worker=named_worker,
        area=area,
        service_plan_updated=record.service_plan_updated,
        service_plan_next_update=record.service_plan_next_update,
        special_care_programme_updated=record.special_care_programme_updated,
        version=record.version,
        non_disclosure=bool(record.non_disclosure),
        responsible_unit=record.responsible_unit,
    )
