"""Adult social work's service packages: one per client at a time, each change kept."""

from __future__ import annotations

import datetime as dt

from omatyontekija.domain.access import Action
from omatyontekija.domain.package import PACKAGES, PackagePeriod
from omatyontekija.domain.unit import ADULT_SOCIAL_WORK
from omatyontekija.services.designations import DecisionError, check_unit
from omatyontekija.services.trust.use_case import ClientNotFound, Work, use_case


@use_case(Action.EDIT, client="client_id")
def change_package(
    work: Work, client_id: int, package: str | None, *, reason: str = "", on: dt.date | None = None
) -> list[PackagePeriod]:
    """Move the client to ``package`` (None: out of every package) from ``on`` (today); the
    open package ends that day. Returns the history, newest first. Only a worker of adult
    social work may."""
    check_unit(work, ADULT_SOCIAL_WORK, client_id, Action.EDIT)
    if package is not None and package not in PACKAGES:
        raise DecisionError("unknown_package", f"there is no package {package!r}")
    if not work.relations.client_exists(client_id):
        raise ClientNotFound(client_id)
    if work.packages.current_package(client_id) != package:
        work.packages.change_package(
            client_id, package, on=on or work.today, reason=reason.strip(), changed_by=work.login
        )
    return work.packages.package_history(client_id)


@use_case(Action.VIEW, client="client_id")
def package_history(
    work: Work, client_id: int, *, reason: str | None = None
) -> list[PackagePeriod]:
    """The client's service packages, newest first."""
    return work.packages.package_history(client_id)


@use_case(None, task=None)
def package_figures(work: Work, start: dt.date, end: dt.date) -> dict:
    """Seed 004's measures: clients by package on ``end``, and moves between packages."""
    by_package = work.packages.clients_by_package(end)
    return {
        "clients_by_package": {p: by_package.get(p, 0) for p in PACKAGES},
        "moves": [
            {"from": a, "to": b, "clients": n}
            for (a, b), n in sorted(work.packages.package_moves(start, end).items())
        ],
    }
