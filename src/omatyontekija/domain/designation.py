"""A decision on a client's named worker, kept as history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from omatyontekija.domain.client import ServicePathStage
from omatyontekija.domain.worker import WorkerRef


class DecisionKind(StrEnum):
    NAMED = "named"  # a named worker was named
    NOT_NEEDED = "not_needed"  # recorded that a named worker is evidently unnecessary


@dataclass(frozen=True, slots=True)
class Designation:
    id: int
    client_id: int
    kind: DecisionKind
    worker: WorkerRef | None
    stage: ServicePathStage
    suggestion: str  # the suggestion at the moment of the decision: needed / not_needed / consider
    suggested_role: str | None
    rules: tuple[str, ...]  # ids of the rules that fired then
    reason: str
    decided_by: str
    decided_at: dt.datetime
    handover_id: int | None = None
    unit: str = "disability_services"  # the unit whose named worker this decides
