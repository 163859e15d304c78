"""Named-worker changes: each decision compared with the client's previous one, in SQL.

A decision's *resulting worker* is its worker when it names one, and none for
a "not needed" decision. A decision in the period is a **change** when its
resulting worker and the previous decision's are both set and differ, and a
**naming** when it names a worker and the previous decision named none (or
there was no previous decision). The previous decision may lie before the
period; decisions after the period are never read.

The records begin when the product was taken into use: a worker recorded on a
client before that has no decision row, so the first decision on such a
client counts as a naming, not a change.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from omatyontekija.domain.designation import DecisionKind
from omatyontekija.store.figures import area_of_client, day_bounds
from omatyontekija.store.models import DEFAULT_UNIT_CODE, DesignationRecord


@dataclass(frozen=True, slots=True)
class ChangeCounts:
    changes: int
    clients_with_changes: int
    namings: int
    clients_by_changes: dict[int, int]  # number of changes → clients
    away_from_worker: dict[int, int]  # worker id → changes away from them
    to_worker: dict[int, int]  # worker id → changes to them
    by_area: dict[str | None, tuple[int, int]]  # area → (changes, clients with changes)


def _decisions_in_period(start: dt.date, end: dt.date, unit: str):
    """``unit``'s decisions of the period with the previous decision's (in the same unit)
    resulting worker beside them: each unit names its own worker."""
    first, after = day_bounds(start, end)
    resulting = case(
        (DesignationRecord.kind == DecisionKind.NAMED.value, DesignationRecord.worker_id),
        else_=None,
    )
    ordered = (
        select(
            DesignationRecord.client_id,
            DesignationRecord.decided_at,
            resulting.label("worker_id"),
            func.lag(resulting)
            .over(
                partition_by=DesignationRecord.client_id,
                order_by=(DesignationRecord.decided_at, DesignationRecord.id),
            )
            .label("previous_worker_id"),
        )
        .where(DesignationRecord.decided_at < after, DesignationRecord.unit_code == unit)
        .subquery("ordered")
    )
    return (
        select(ordered.c.client_id, ordered.c.worker_id, ordered.c.previous_worker_id)
        .where(ordered.c.decided_at >= first)
        .cte("in_period")
    )


def change_counts(
    session: Session,
    start: dt.date,
    end: dt.date,
    division_id: int | None,
    unit: str = DEFAULT_UNIT_CODE,
) -> ChangeCounts:
    """Every permanence count of ``unit``'s decisions in [start, end]; areas by the unit's
    division ``division_id``.

    Two statements, each reading the decisions once: changes and namings by
    (area, from, to) worker, and clients by (area, number of changes).
    """
    decisions = _decisions_in_period(start, end, unit)
    is_change = and_(
        decisions.c.worker_id.is_not(None),
        decisions.c.previous_worker_id.is_not(None),
        decisions.c.worker_id != decisions.c.previous_worker_id,
    )
    is_naming = and_(decisions.c.worker_id.is_not(None), decisions.c.previous_worker_id.is_(None))
    areas = area_of_client(division_id, unit).subquery()
    kind = case((is_change, "change"), (is_naming, "naming"), else_=None).label("kind")
    grouped = session.execute(
        select(
            kind,
            areas.c.area,
            decisions.c.previous_worker_id,
            decisions.c.worker_id,
            func.count(),
        )
        .select_from(decisions)
        .join(areas, areas.c.client_id == decisions.c.client_id)
        .where(or_(is_change, is_naming))
        .group_by(kind, areas.c.area, decisions.c.previous_worker_id, decisions.c.worker_id)
    ).all()
    per_client = (
        select(decisions.c.client_id, func.count().label("n"))
        .where(is_change)
        .group_by(decisions.c.client_id)
        .subquery()
    )
    clients = session.execute(
        select(areas.c.area, per_client.c.n, func.count())
        .select_from(per_client)
        .join(areas, areas.c.client_id == per_client.c.client_id)
        .group_by(areas.c.area, per_client.c.n)
    ).all()

    namings = sum(n for k, _, _, _, n in grouped if k == "naming")
    changes = [(area, away, to, n) for k, area, away, to, n in grouped if k == "change"]
    away_from: Counter[int] = Counter()
    to_worker: Counter[int] = Counter()
    area_changes: Counter[str | None] = Counter()
    for area, away, to, n in changes:
        away_from[away] += n
        to_worker[to] += n
        area_changes[area] += n
    by_changes: Counter[int] = Counter()
    area_clients: Counter[str | None] = Counter()
    for area, n, count in clients:
        by_changes[n] += count
        area_clients[area] += count
    return ChangeCounts(
        changes=sum(area_changes.values()),
        clients_with_changes=sum(area_clients.values()),
        namings=namings,
        clients_by_changes=dict(by_changes),
        away_from_worker=dict(away_from),
        to_worker=dict(to_worker),
        by_area={a: (area_changes[a], area_clients[a]) for a in area_changes},
    )
