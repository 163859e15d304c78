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
from dataclasses import dataclass

from sqlalchemy import and_, case, distinct, func, select
from sqlalchemy.orm import Session

from omatyontekija.domain.designation import DecisionKind
from omatyontekija.store.figures import area_of_client, day_bounds
from omatyontekija.store.models import DesignationRecord


@dataclass(frozen=True, slots=True)
class ChangeCounts:
    changes: int
    clients_with_changes: int
    namings: int
    clients_by_changes: dict[int, int]  # number of changes → clients
    away_from_worker: dict[int, int]  # worker id → changes away from them
    to_worker: dict[int, int]  # worker id → changes to them
    by_area: dict[str | None, tuple[int, int]]  # area → (changes, clients with changes)


def _decisions_in_period(start: dt.date, end: dt.date):
    """Decisions of the period with the previous decision's resulting worker beside them."""
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
        .where(DesignationRecord.decided_at < after)
        .subquery("ordered")
    )
    return (
        select(ordered.c.client_id, ordered.c.worker_id, ordered.c.previous_worker_id)
        .where(ordered.c.decided_at >= first)
        .cte("in_period")
    )


def change_counts(
    session: Session, start: dt.date, end: dt.date, division_id: int | None
) -> ChangeCounts:
    """Every permanence count of [start, end]; areas by the division ``division_id``."""
    decisions = _decisions_in_period(start, end)
    is_change = and_(
        decisions.c.worker_id.is_not(None),
        decisions.c.previous_worker_id.is_not(None),
        decisions.c.worker_id != decisions.c.previous_worker_id,
    )
    is_naming = and_(decisions.c.worker_id.is_not(None), decisions.c.previous_worker_id.is_(None))
    changes, clients, namings = session.execute(
        select(
            func.sum(case((is_change, 1), else_=0)),
            func.count(distinct(case((is_change, decisions.c.client_id), else_=None))),
            func.sum(case((is_naming, 1), else_=0)),
        )
    ).one()

    changed = select(decisions).where(is_change).cte("changed")
    per_client = (
        select(changed.c.client_id, func.count().label("n"))
        .group_by(changed.c.client_id)
        .subquery()
    )
    distribution = session.execute(select(per_client.c.n, func.count()).group_by(per_client.c.n))
    away = session.execute(
        select(changed.c.previous_worker_id, func.count()).group_by(changed.c.previous_worker_id)
    )
    to = session.execute(select(changed.c.worker_id, func.count()).group_by(changed.c.worker_id))
    areas = area_of_client(division_id).subquery()
    by_area = session.execute(
        select(areas.c.area, func.count(), func.count(distinct(changed.c.client_id)))
        .select_from(changed)
        .join(areas, areas.c.client_id == changed.c.client_id)
        .group_by(areas.c.area)
    )
    return ChangeCounts(
        changes=changes or 0,
        clients_with_changes=clients or 0,
        namings=namings or 0,
        clients_by_changes={n: c for n, c in distribution},
        away_from_worker={w: n for w, n in away},
        to_worker={w: n for w, n in to},
        by_area={area: (n, c) for area, n, c in by_area},
    )
