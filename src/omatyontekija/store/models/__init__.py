"""Typed SQLAlchemy 2 models, one module a noun. Every schema change goes through a
migration.

Imported together here: the metadata (``Base.metadata``) holds every table once this
package is imported, as the migrations and ``for_postgresql`` need.
"""

from omatyontekija.store.models.access_log import (
    AccessLogHourRecord,
    AccessLogRecord,
    AccessLogSetClientRecord,
    AccessLogSetRecord,
    ClientIdList,
)
from omatyontekija.store.models.areas import (
    AreaDistrictRecord,
    AreaDivisionRecord,
    AreaRecord,
    DistrictNeighbourRecord,
    DistrictRecord,
)
from omatyontekija.store.models.base import (
    DEFAULT_UNIT_CODE,
    NAMING_CONVENTION,
    POSTGRESQL_WHERE,
    Base,
    binary_string,
    for_postgresql,
    utcnow,
)
from omatyontekija.store.models.clients import (
    OPEN_PACKAGE,
    ClientNameKeyRecord,
    ClientRecord,
    ClientServiceRecord,
    CloseOneRecord,
    ServicePackageRecord,
)
from omatyontekija.store.models.designations import (
    DesignationRecord,
)
from omatyontekija.store.models.handovers import (
    OPEN_HANDOVER,
    HandoverItemRecord,
    HandoverRecord,
)
from omatyontekija.store.models.matters import (
    MatterRecord,
)
from omatyontekija.store.models.units import (
    UnitNamedWorkerRecord,
    UnitRecord,
    UnitSettingRecord,
    WorkerUnitRecord,
)
from omatyontekija.store.models.workers import (
    UserRecord,
    WorkerRecord,
)

__all__ = [
    "DEFAULT_UNIT_CODE",
    "NAMING_CONVENTION",
    "OPEN_HANDOVER",
    "OPEN_PACKAGE",
    "POSTGRESQL_WHERE",
    "AccessLogHourRecord",
    "AccessLogRecord",
    "AccessLogSetClientRecord",
    "AccessLogSetRecord",
    "AreaDistrictRecord",
    "AreaDivisionRecord",
    "AreaRecord",
    "Base",
    "ClientIdList",
    "ClientNameKeyRecord",
    "ClientRecord",
    "ClientServiceRecord",
    "CloseOneRecord",
    "DesignationRecord",
    "DistrictNeighbourRecord",
    "DistrictRecord",
    "HandoverItemRecord",
    "HandoverRecord",
    "MatterRecord",
    "ServicePackageRecord",
    "UnitNamedWorkerRecord",
    "UnitRecord",
    "UnitSettingRecord",
    "UserRecord",
    "WorkerRecord",
    "WorkerUnitRecord",
    "binary_string",
    "for_postgresql",
    "utcnow",
]
