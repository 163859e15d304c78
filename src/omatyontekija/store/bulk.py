"""Fast inserts of many rows at once, for demo data and imports."""

from __future__ import annotations

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from omatyontekija.store.models import (
    AreaDistrictRecord,
    AreaDivisionRecord,
    AreaRecord,
    Base,
    ClientNameKeyRecord,
    ClientRecord,
    ClientServiceRecord,
    CloseOneRecord,
    DesignationRecord,
    DistrictNeighbourRecord,
    DistrictRecord,
    MatterRecord,
    ServicePackageRecord,
    UnitNamedWorkerRecord,
    UnitSettingRecord,
    UserRecord,
    WorkerRecord,
    WorkerUnitRecord,
)

TABLES: dict[str, type[Base]] = {
    "workers": WorkerRecord,
    "users": UserRecord,
    "districts": DistrictRecord,
    "district_neighbours": DistrictNeighbourRecord,
    "unit_settings": UnitSettingRecord,
    "area_divisions": AreaDivisionRecord,
    "areas": AreaRecord,
    "area_districts": AreaDistrictRecord,
    "clients": ClientRecord,
    "client_name_keys": ClientNameKeyRecord,
    "client_services": ClientServiceRecord,
    "close_ones": CloseOneRecord,
    "designations": DesignationRecord,
    "matters": MatterRecord,
    "worker_units": WorkerUnitRecord,
    "unit_named_workers": UnitNamedWorkerRecord,
    "service_packages": ServicePackageRecord,
}

_CHUNK = 20_000


def insert_rows(session: Session, table: str, rows: list[dict]) -> None:
    """Insert plain dicts whose keys are the table's column names (ids given by the caller)."""
    model = TABLES[table]
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(model.__table__), rows[start : start + _CHUNK])


def client_count(session: Session) -> int:
    return session.scalar(select(func.count(ClientRecord.id))) or 0
