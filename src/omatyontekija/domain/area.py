"""Areas made of postal-code districts, and the division in force from a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omatyontekija.domain.worker import Worker


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
