"""Areas made of postal-code districts, and the division in force from a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from omatyontekija.domain.worker import Worker, WorkerRole

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Area:
    id: int
    name: str
    postal_codes: tuple[str, ...]
    social_worker: Worker | None = None
    counsellor: Worker | None = None

    @property
    def workers(self) -> tuple[Worker, ...]:
        return tuple(w for w in (self.social_worker, self.counsellor) if w is not None)

    def area_worker(self, social_workers_client: bool) -> Worker | None:
        """The area worker of a client of this area: its social worker for a social worker's
        client (:func:`social_workers_client`), its counsellor for the others; the other one
        when the area has only one."""
        return area_worker_of(self.social_worker, self.counsellor, social_workers_client)


def area_worker_of(
    social_worker: T | None, counsellor: T | None, social_workers_client: bool
) -> T | None:
    """The area worker of a client of an area with this social worker and counsellor (as
    workers or their ids): the worker of the client's role, the other one when the area
    has only one (see :meth:`Area.area_worker`)."""
    first, other = (
        (social_worker, counsellor) if social_workers_client else (counsellor, social_worker)
    )
    return first if first is not None else other


def social_workers_client(
    needs_social_worker: bool, named_worker_role: WorkerRole | None, *, counsellors: bool = True
) -> bool:
    """Whether a client is a social worker's client (else a counsellor's) in an area division.

    An area has a social worker and a counsellor; the counsellor "handles clients of an area
    who do not need a social worker" (DOMAIN.md). So a client is the social worker's when
    their suggestion needs a social worker (rules S1–S4, L1) or their named worker is a
    social worker (a worker's role decision is not undone by redrawing areas); every other
    client is the counsellor's. Where the unit has no counsellors (``counsellors`` False),
    every client is the social worker's. A client's area worker is the area's worker of the
    client's role (:meth:`Area.area_worker`), and the load of :mod:`domain.load` (named
    worker or area worker) counts them with it.
    """
    if not counsellors:
        return True
    return needs_social_worker or named_worker_role is WorkerRole.SOCIAL_WORKER


@dataclass(frozen=True, slots=True)
class AreaDivision:
    """The mapping area → worker(s) in force from ``effective_from``."""

    id: int
    effective_from: dt.date
    name: str
    areas: tuple[Area, ...] = ()

    def area_of(self, postal_code: str) -> Area | None:
        for area in self.areas:
            if postal_code in area.postal_codes:
                return area
        return None


# How a client reaches the workers of the unit when no phone number is enough:
# the e-service of the seeds (002: "mitä kautta hän voi saada yhteyden työntekijään (Polku)").
E_SERVICE_NAME = "Polku"
