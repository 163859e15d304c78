"""Fast inserts of many rows at once, for demo data and imports."""

from __future__ import annotations

from sqlalchemy import func, insert, select, text
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
    if rows and "id" in rows[0] and session.get_bind().dialect.name == "postgresql":
        # Ids given by hand leave PostgreSQL's sequence behind: the next ordinary insert
        # would take id 1 again. SQLite takes max(id) + 1 by itself.
        session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:t, 'id'), (SELECT max(id) FROM "
                + table
                + "))"
            ),
            {"t": table},
        )


def client_count(session: Session) -> int:
    return session.scalar(select(func.count(ClientRecord.id))) or 0
