"""Accompanied handover (saattaen vaihtaen) of a client from one worker to another."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from omatyontekija.domain.worker import WorkerRef


class HandoverReason(StrEnum):
    AREA_REFORM = "area_reform"
    WORKER_LEAVES = "worker_leaves"
    CLIENT_MOVES = "client_moves"
    NEEDS_CHANGED = "needs_changed"
    OTHER = "other"


class HandoverStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self in (HandoverStatus.PLANNED, HandoverStatus.IN_PROGRESS)


# The checklist item a letter to the client settles (resources/checklists/*.json).
CLIENT_INFORMED = "client_informed"


class ItemState(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    SKIPPED = "skipped"  # a required item passed over, with a reason


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    key: str
    required: bool
    state: ItemState = ItemState.OPEN
    done_on: dt.date | None = None
    done_by: str = ""
    note: str = ""

    @property
    def is_settled(self) -> bool:
        return self.state is not ItemState.OPEN


@dataclass(frozen=True, slots=True)
class Handover:
    id: int
    client_id: int
    from_worker: WorkerRef | None
    to_worker: WorkerRef
    reason: HandoverReason
    status: HandoverStatus
    template: str
    created_at: dt.datetime
    due_date: dt.date | None = None
    meeting_date: dt.date | None = None
    note: str = ""
    completed_at: dt.datetime | None = None
    items: tuple[ChecklistItem, ...] = ()
    version: int = 1
    unit: str = "disability_services"  # whose named worker the handover changes

    @property
    def open_required_items(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.items if i.required and not i.is_settled)

    def is_overdue(self, today: dt.date) -> bool:
        return self.status.is_open and self.due_date is not None and self.due_date < today


@dataclass(frozen=True, slots=True)
class HandoverRow:
    """One line of a handover list: enough to find, sort and judge a handover without its items."""

    id: int
    client_id: int
    client_name: str
    identity_code: str
    from_worker: WorkerRef | None
    to_worker: WorkerRef
    reason: HandoverReason
    status: HandoverStatus
    template: str
    created_at: dt.datetime
    due_date: dt.date | None
    meeting_date: dt.date | None
    items_total: int
    items_settled: int
    required_open: int
    version: int = 1
    unit: str = "disability_services"
    # The "client informed" item: True settled, False open, None when the checklist has none.
    informed: bool | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.status.is_open and self.due_date is not None and self.due_date < today
