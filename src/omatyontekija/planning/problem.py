"""What goes into the reform planner and what comes out: plain frozen dataclasses.

Ids are strings here. The planner does not care whether they are database keys
or postal codes; the services layer maps them to domain objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple

from omatyontekija.planning.messages import DEFAULT_LANGUAGE, Message


@dataclass(frozen=True, slots=True)
class PlanningWorker:
    """A worker who can take districts; ``capacity`` is the largest caseload (0 = takes none).

    ``max_clients`` is a limit no plan may pass whatever its target or scale, such as child
    protection's 30 children per responsible social worker (Child Welfare Act § 13 b); None
    when the law sets none. Capacity stays the scale of the load ratio.
    """

    id: str
    capacity: int
    max_clients: int | None = None


@dataclass(frozen=True, slots=True)
class PlanningClient:
    """A client, the district they live in and their current named worker.

    ``named_worker`` is None when the client has no named worker (then the
    client never counts as a change), or may be a worker who is not among the
    planned workers (a leaving worker: then the client always changes).
    """

    id: str
    district: str
    named_worker: str | None = None


def _frozen_mapping(pinned: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(pinned or {}))


@dataclass(frozen=True, slots=True)
class PlanningProblem:
    """Districts with their clients, workers with capacities, and districts pinned to a worker."""

    workers: tuple[PlanningWorker, ...]
    districts: tuple[str, ...]
    clients: tuple[PlanningClient, ...]
    pinned: Mapping[str, str] = field(default_factory=dict)
    # Pairs of districts that touch; None when not known (then areas may be split).
    neighbours: tuple[tuple[str, str], ...] | None = None

    def __post_init__(self) -> None:
        # Accept lists and dicts from callers but keep the problem immutable,
        # since it is handed to a background thread while the UI keeps a copy.
        object.__setattr__(self, "workers", tuple(self.workers))
        object.__setattr__(self, "districts", tuple(self.districts))
        object.__setattr__(self, "clients", tuple(self.clients))
        object.__setattr__(self, "pinned", _frozen_mapping(self.pinned))
        if self.neighbours is not None:
            pairs = tuple(tuple(pair) for pair in self.neighbours)
            object.__setattr__(self, "neighbours", pairs)


class PlanStatus(StrEnum):
    OPTIMAL = "optimal"
    INFEASIBLE = "infeasible"
    # The solver stopped at the caller's time limit before proving optimality;
    # no plan is given rather than a plan that might not be the best.
    TIME_LIMIT = "time_limit"


class ClientChange(NamedTuple):
    """A client whose named worker is not the worker of their district in the plan."""

    client_id: str
    old_worker: str
    new_worker: str


@dataclass(frozen=True, slots=True)
class Plan:
    """The planner's answer.

    When ``status`` is OPTIMAL, ``assignment`` maps every district to exactly one
    worker, no worker's caseload exceeds their capacity, ``changes`` is the
    smallest possible number of clients whose named worker changes, and among
    such plans the largest caseload/capacity ratio (``max_load_ratio``) is the
    smallest possible. When INFEASIBLE the assignment is empty and ``reasons``
    say why. When TIME_LIMIT, the assignment is either empty or a plan with
    proven fewest changes but unproven balance (see ``load_ratio_bound``), and
    ``reasons`` say which.
    """

    status: PlanStatus
    assignment: Mapping[str, str] = field(default_factory=dict)
    changes: int = 0
    caseloads: Mapping[str, int] = field(default_factory=dict)
    changed_clients: tuple[ClientChange, ...] = ()
    max_load_ratio: float = 0.0
    # Proven: no plan with these changes has a smaller largest ratio. Equal to
    # max_load_ratio when OPTIMAL; below it in a TIME_LIMIT plan.
    load_ratio_bound: float = 0.0
    reasons: tuple[Message, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "assignment", _frozen_mapping(self.assignment))
        object.__setattr__(self, "caseloads", MappingProxyType(dict(self.caseloads)))

    @property
    def ok(self) -> bool:
        """True for a proven optimal plan."""
        return self.status is PlanStatus.OPTIMAL

    def reason(self, language: str = DEFAULT_LANGUAGE) -> str:
        """Why there is no plan, in words (empty for an optimal plan)."""
        return " ".join(message.text(language) for message in self.reasons)
