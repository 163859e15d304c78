"""Adult social work's four service packages (seed 004), one per client at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# The packages in the seed's order; the codes are the service catalog's.
PACKAGES: tuple[str, ...] = (
    "guidance_support",  # 1. ohjauksellisen tuen paketti
    "intensified_support",  # 2. tehostetun tuen paketti: a named worker is needed (rule A1)
    "rehabilitative_support",  # 3. kuntoutuksellisen tuen paketti
    "employment_support",  # 4. työllistämisen edistämisen paketti
)


@dataclass(frozen=True, slots=True)
class PackagePeriod:
    """A period during which the client held one package."""

    id: int
    client_id: int
    package: str
    started_on: dt.date
    ended_on: dt.date | None
    reason: str
    changed_by: str
