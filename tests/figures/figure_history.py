"""A known history of named-worker decisions and handovers.

The tests' demo is made without its own history (history=False, tests/conftest.py)
and records no handovers; these fixtures add
them with chosen times, so that every period boundary is tested.
"""

from __future__ import annotations

import datetime as dt

from omatyontekija.store.models import DesignationRecord, HandoverRecord

UTC = dt.UTC
# The default period for TODAY (23.11.2026) of tests/conftest.py.
PERIOD_START = dt.date(2025, 11, 24)
PERIOD_END = dt.date(2026, 11, 23)


def at(day: str, time: str = "10:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=UTC)


# client id → decisions (when, worker id or None for "not needed")
DECISIONS: dict[int, list[tuple[dt.datetime, int | None]]] = {
    # A before the period, then B (change), B again (no change), C (change): 2 changes
    1: [(at("2025-06-01"), 2), (at("2026-03-01"), 3), (at("2026-05-01"), 3), (at("2026-08-01"), 4)],
    # A (naming), not needed, B (a naming again, not a change)
    2: [(at("2026-02-01"), 2), (at("2026-04-01"), None), (at("2026-06-01"), 5)],
    # the day before the period, then a change in its first minutes
    3: [(at("2025-11-23", "23:59"), 2), (at("2025-11-24", "00:01"), 9)],
    # a naming in the last minute of the period; a change after it is not read
    4: [(at("2026-11-23", "23:59"), 6), (at("2026-11-24", "00:00"), 7)],
    # a change entirely before the period
    5: [(at("2024-01-01"), 2), (at("2024-06-01"), 3)],
}


def add_decisions(db, decisions=DECISIONS) -> None:
    with db.write() as session:
        for client_id, rows in decisions.items():
            for when, worker in rows:
                session.add(
                    DesignationRecord(
                        client_id=client_id,
                        kind="named" if worker is not None else "not_needed",
                        worker_id=worker,
                        stage="service_planning",
                        suggestion="needed",
                        suggested_role=None,
                        rules="",
                        reason="",
                        decided_by="test",
                        decided_at=when,
                    )
                )


# (client, status, created, completed, due)
HANDOVERS = [
    (10, "planned", at("2026-10-01"), None, dt.date(2026, 11, 30)),  # open, not overdue
    (11, "in_progress", at("2026-09-01"), None, dt.date(2026, 11, 22)),  # open, overdue
    (12, "planned", at("2025-01-01"), None, dt.date(2025, 2, 1)),  # overdue, opened before
    (13, "done", at("2025-10-01"), at("2025-12-01"), dt.date(2025, 12, 1)),  # completed in
    (14, "done", at("2026-01-10"), at("2026-02-01"), None),  # opened and completed in
    (15, "cancelled", at("2026-03-01"), None, dt.date(2026, 1, 1)),  # not open: not overdue
    (16, "planned", at("2026-11-24", "00:00"), None, None),  # after the period
]


def add_handovers(db, handovers=HANDOVERS) -> None:
    with db.write() as session:
        for client, status, created, completed, due in handovers:
            session.add(
                HandoverRecord(
                    client_id=client,
                    from_worker_id=2,
                    to_worker_id=3,
                    reason="area_reform",
                    status=status,
                    template="disability_services_standard",
                    due_date=due,
                    created_at=created,
                    completed_at=completed,
                )
            )
