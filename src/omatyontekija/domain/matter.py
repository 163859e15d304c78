"""A matter on a client's service path: pending since a date, with its events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omatyontekija.domain.client import ServicePathStage
from omatyontekija.domain.worker import WorkerRef

# A matter's kind is the service-path stage it belongs to (hakemus,
# palvelutarpeen arviointi, palvelusuunnittelu): one word per concept.
MatterKind = ServicePathStage

# The dates a deadline rule may start from or be met by (names of Matter fields).
MATTER_EVENTS: tuple[str, ...] = ("pending_since", "started_on", "completed_on", "decided_on")


@dataclass(frozen=True, slots=True)
class Matter:
    """A matter (asia) of a client, e.g. an application pending since a date (vireille tullut)."""

    id: int
    client_id: int
    kind: MatterKind
    pending_since: dt.date
    started_on: dt.date | None = None
    completed_on: dt.date | None = None
    decided_on: dt.date | None = None
    handled_by: WorkerRef | None = None
    note: str = ""

    def event(self, name: str) -> dt.date | None:
        """The date of event ``name`` (one of MATTER_EVENTS); KeyError for another name."""
        if name not in MATTER_EVENTS:
            raise KeyError(f"unknown matter event {name!r}")
        return getattr(self, name)
