import datetime as dt
from collections import Counter

from sqlalchemy import text

from omatyontekija.rules.deadline_rules import DeadlineStatus
from omatyontekija.services.context import open_context
from omatyontekija.services.deadlines import OPEN_STATUSES, deadline_list
from omatyontekija.services.demo import create_demo

TODAY = dt.date(2026, 11, 23)


def test_demo_has_a_realistic_share_of_open_matters_some_near_some_overdue(tmp_path):
    ctx = open_context(str(tmp_path / "demo.sqlite3"), user="sari.mantyla")
    ctx.clock = lambda: TODAY
    try:
        create_demo(ctx.db, 1000, seed=2, today=TODAY)
        with ctx.db.read() as session:
            total, still_open = session.execute(
                text(
                    "SELECT count(*), sum(decided_on IS NULL AND completed_on IS NULL) FROM matters"
                )
            ).one()
            mismatched = session.execute(
                text(
                    "SELECT count(*) FROM matters m JOIN clients c ON c.id = m.client_id "
                    "WHERE m.decided_on IS NULL AND m.completed_on IS NULL AND m.kind != c.stage"
                )
            ).scalar_one()
        statuses = Counter(d.deadline.status for d in deadline_list(ctx, statuses=OPEN_STATUSES))
    finally:
        ctx.close()
    assert 80 <= still_open <= 160  # about 12 % of clients have an open matter
    assert total > still_open + 150  # and many have one decided in the past
    assert mismatched == 0  # an open matter is of the client's current stage
    assert statuses[DeadlineStatus.OVERDUE] >= 5
    assert statuses[DeadlineStatus.NEAR] >= 5
    assert statuses[DeadlineStatus.OK] > statuses[DeadlineStatus.OVERDUE]
