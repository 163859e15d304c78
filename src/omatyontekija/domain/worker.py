"""Workers of the unit and how they are reached."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class WorkerRole(StrEnum):
    SOCIAL_WORKER = "social_worker"  # sosiaalityöntekijä
    SOCIAL_COUNSELLOR = "social_counsellor"  # sosiaaliohjaaja
    SUPERVISOR = "supervisor"  # johtava sosiaalityöntekijä


@dataclass(frozen=True, slots=True)
class WorkerRef:
    """Just enough of a worker to name them in a list.

    ``role`` where the list that named them read it too (the client list, to tell each
    client's area worker without reading every worker again); not part of equality: a
    reference is the same worker with or without it.
    """

    id: int
    name: str
    role: WorkerRole | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Worker:
    id: int
    name: str
    role: WorkerRole
    phone: str = ""
    email: str = ""
    capacity: int = 0  # largest caseload; 0 = not set
    active: bool = True
    title: str = ""  # as printed on letters; empty: the role's name
    phone_hours: str = ""
    login: str | None = None
    active_from: dt.date | None = None
    active_until: dt.date | None = None  # leaving: their clients need a handover by then

    @property
    def ref(self) -> WorkerRef:
        return WorkerRef(self.id, self.name, self.role)
