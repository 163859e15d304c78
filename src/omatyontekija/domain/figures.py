"""Key figures of the unit (seed 001_eaf90f91715c1a07.txt) and permanence of named workers.

Plain frozen values: computed by services, printed by documents, shown by the UI.
Two kinds of figure live here, and every one says which it is:

* **period** figures count what happened between ``period.start`` and
  ``period.end`` (both days included);
* **current** figures describe the records as they stand on ``computed_on``
  (the record keeps the current named worker, not its history before the
  product was taken into use, so coverage and caseloads have no past).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.domain.handover import HandoverStatus
from omatyontekija.domain.load import load_percent
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import WorkerRef, WorkerRole

# Child Welfare Act 417/2007 § 13 b: at most 30 child clients per responsible
# social worker. A default, passed to key_figures() as a parameter.
CHILD_PROTECTION_LIMIT = 30


@dataclass(frozen=True, slots=True)
class Period:
    """Days ``start`` … ``end``, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"the period starts after it ends: {self.start} > {self.end}")

    @classmethod
    def last_twelve_months(cls, today: dt.date) -> Period:
        """The twelve months that end with ``today`` (24.11.2025–23.11.2026 for 23.11.2026)."""
        try:
            year_ago = today.replace(year=today.year - 1)
        except ValueError:  # 29.2. → 28.2. a year before
            year_ago = today.replace(year=today.year - 1, day=28)
        return cls(year_ago + dt.timedelta(days=1), today)


def per_hundred(count: int, of: int) -> float | None:
    """``count`` per 100 of ``of``, one decimal; None when there is nothing to divide by."""
    return None if of == 0 else round(100 * count / of, 1)


@dataclass(frozen=True, slots=True)
class ServiceCount:
    """Period: clients with the service in force on at least one day of the period."""

    code: str
    unit: ServiceUnit
    clients: int


@dataclass(frozen=True, slots=True)
class UnitCount:
    """Period: clients with at least one service of the unit in force in the period."""

    unit: ServiceUnit
    clients: int


@dataclass(frozen=True, slots=True)
class Coverage:
    """Current: named-worker coverage, and the clients whose suggestion is ``needed``.

    ``gaps`` is the gap list's count (``services.gaps``: needed but no named
    worker, or one of the wrong role), the number the status bar shows;
    ``needed_without_named_worker`` is the first kind of it.
    """

    clients: int
    with_named_worker: int
    needed: int
    needed_without_named_worker: int
    gaps: int

    @property
    def share(self) -> float | None:
        return per_hundred(self.with_named_worker, self.clients)

    @property
    def needed_share(self) -> float | None:
        """Per cent of ``needed`` clients who have a named worker."""
        return per_hundred(self.needed - self.needed_without_named_worker, self.needed)


@dataclass(frozen=True, slots=True)
class WorkerFigures:
    """Current caseload of a worker, and the period's named-worker changes around them.

    The load is ``domain.load``'s, the same as the reform page's: ``caseload``
    (clients whose named worker or area worker this is) over capacity.
    """

    worker: WorkerRef
    role: WorkerRole
    active: bool
    capacity: int  # 0 = not set
    clients: int  # clients whose named worker this is
    caseload: int  # clients whose named worker or area worker this is (domain.load)
    child_protection_children: int  # of them: children under 18 with a child-protection service
    changes_away: int  # period: clients whose named worker changed from this worker
    changes_to: int  # period: clients whose named worker changed to this worker
    child_limit: int = CHILD_PROTECTION_LIMIT

    @property
    def load(self) -> float | None:
        """Caseload as per cent of capacity, one decimal; None when no capacity is set."""
        return load_percent(self.caseload, self.capacity)

    @property
    def over_capacity(self) -> bool:
        return self.capacity > 0 and self.caseload > self.capacity

    @property
    def over_child_limit(self) -> bool:
        return self.child_protection_children > self.child_limit


@dataclass(frozen=True, slots=True)
class AreaFigures:
    """An area of the division in force, by the client's current postal code.

    ``name`` is None for clients whose postal code belongs to no area.
    """

    name: str | None
    clients: int  # current
    with_named_worker: int  # current
    needed_without_named_worker: int  # current
    changes: int  # period
    clients_with_changes: int  # period

    @property
    def changes_per_hundred(self) -> float | None:
        """Period's named-worker changes per 100 of the area's clients."""
        return per_hundred(self.changes, self.clients)


@dataclass(frozen=True, slots=True)
class HandoverFigures:
    """Accompanied handovers: open and overdue now, opened and completed in the period."""

    open: int  # current: planned or in progress
    overdue: int  # current: open with a due date before computed_on
    opened: int  # period: created in the period
    completed: int  # period: completed in the period (whenever opened)
    opened_by_status: tuple[tuple[HandoverStatus, int], ...]  # the opened ones' status now


@dataclass(frozen=True, slots=True)
class Permanence:
    """Period: how well clients kept their named worker.

    A *change* is a named-worker decision in the period that names a worker
    other than the one the client's previous decision named. A *naming* names
    a worker for a client whose previous decision named none (or who had no
    decision before).
    """

    changes: int
    clients_with_changes: int
    namings: int
    clients_by_changes: tuple[tuple[int, int], ...]  # (changes, clients), 1 upward
    clients_with_named_worker: int  # current, the base of the rate

    @property
    def changes_per_hundred(self) -> float | None:
        """Changes per 100 clients who have a named worker."""
        return per_hundred(self.changes, self.clients_with_named_worker)


@dataclass(frozen=True, slots=True)
class KeyFigures:
    period: Period
    computed_on: dt.date
    clients: int  # current: every client in the records
    clients_with_services: int  # period
    units: tuple[UnitCount, ...]
    services: tuple[ServiceCount, ...]  # in catalog order, every service of the catalog
    coverage: Coverage
    workers: tuple[WorkerFigures, ...]  # by name
    areas: tuple[AreaFigures, ...]  # by name, the no-area row last
    handovers: HandoverFigures
    permanence: Permanence
    child_limit: int = CHILD_PROTECTION_LIMIT
    organisation: str = ""  # the unit's settings: printed at the top of the report
    # whose areas, coverage and permanence (issue 18: each unit has its own division)
    unit: str = DEFAULT_UNIT
