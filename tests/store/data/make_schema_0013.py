"""Make schema-0013.sqlite3: a small demo at schema 0013 with a reform applied, then replaced.

Run once with the program at schema 0013 (before migration 0014), from the repository:

    PYTHONPATH=src python tests/store/data/make_schema_0013.py tests/store/data/schema-0013.sqlite3

The database holds area-reform handovers of the reform of 1.1.2027 that replaced
an earlier plan for the same date (some of that plan's handovers cancelled,
the others kept) and one reform handover completed: what migration 0014 links
to the division that opened them.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from omatyontekija.services.context import open_context
from omatyontekija.services.demo import create_demo
from omatyontekija.services.handovers import complete_handover, get_handover
from omatyontekija.services.reform import WhatIf, apply_reform, plan_reform, reform_situation

TODAY = dt.date(2026, 11, 23)
FROM = dt.date(2027, 1, 1)


def main(path: Path) -> None:
    ctx = open_context(str(path), user="demo")
    create_demo(ctx.db, 150, seed=7, today=TODAY, supervisor_login="testuser", history=False)
    ctx.close()
    ctx = open_context(str(path), user="testuser")
    ctx.clock = lambda: TODAY
    first_plan = plan_reform(reform_situation(ctx))
    first = apply_reform(ctx, first_plan, FROM)
    again = plan_reform(reform_situation(ctx))
    moved = {c.district for c in first_plan.changes}
    district, worker = next((d, w) for d, w in again.assignment if d in moved)
    other = next(r.key for r in again.rows if r.key != worker and r.capacity > 0)
    second = apply_reform(
        ctx, plan_reform(reform_situation(ctx), WhatIf().with_pin(district, other)), FROM
    )
    kept = sorted(set(first.handover_ids) - set(second.cancelled_handover_ids))
    if kept:
        handover = get_handover(ctx, kept[0])
        skip = {item.key: "testiaineisto" for item in handover.open_required_items}
        complete_handover(ctx, kept[0], skip=skip, reason="testiaineisto")
    print("first", first.handover_ids, "second", second.handover_ids)
    print("cancelled", second.cancelled_handover_ids)
    ctx.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
