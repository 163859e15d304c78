"""Demo matters on the service path: some decided long ago, some open, a few past their deadline.

A separate random stream from the clients' one, so that adding matters did not
change the demo clients that other tests and screenshots know.
"""

from __future__ import annotations

import datetime as dt
import random

# Shares of clients: with an open matter, and with a closed one in the past.
OPEN_SHARE = 0.12
CLOSED_SHARE = 0.20


class MatterGenerator:
    def __init__(self, seed: int, today: dt.date) -> None:
        self.rnd = random.Random(f"matters-{seed}")
        self.today = today
        self.next_id = 0

    def make(self, clients: list[dict]) -> list[dict]:
        """Rows of the ``matters`` table for the given rows of the ``clients`` table."""
        rows: list[dict] = []
        for client in clients:
            roll = self.rnd.random()
            if roll < CLOSED_SHARE:
                rows.append(self._closed(client))
            if roll > 1 - OPEN_SHARE:
                rows.append(self._open(client))
        return rows

    def _row(self, client: dict, kind: str, pending: dt.date, **dates) -> dict:
        self.next_id += 1
        return {
            "id": self.next_id,
            "client_id": client["id"],
            "kind": kind,
            "pending_since": pending,
            "started_on": dates.get("started_on"),
            "completed_on": dates.get("completed_on"),
            "decided_on": dates.get("decided_on"),
            "handled_by_id": client["named_worker_id"],
            "note": "",
        }

    def _closed(self, client: dict) -> dict:
        rnd = self.rnd
        pending = self.today - dt.timedelta(days=rnd.randint(150, 3000))
        if rnd.random() < 0.6:
            return self._row(
                client,
                "application",
                pending,
                decided_on=pending + dt.timedelta(days=rnd.randint(10, 95)),
            )
        started = pending + dt.timedelta(days=rnd.randint(1, 9))
        return self._row(
            client,
            "service_need_assessment",
            pending,
            started_on=started,
            completed_on=started + dt.timedelta(days=rnd.randint(10, 90)),
        )

    def _open(self, client: dict) -> dict:
        rnd = self.rnd
        kind = client["stage"]
        if kind == "application":
            # Mostly recent; about one in six past the three months.
            pending = self.today - dt.timedelta(days=rnd.randint(0, 108))
            return self._row(client, kind, pending)
        if kind == "service_need_assessment":
            age = rnd.randint(0, 100)
            pending = self.today - dt.timedelta(days=age)
            # Most assessments start within a week or so; one in ten is still waiting.
            start_after = rnd.randint(1, 12)
            waiting = start_after > age or rnd.random() < 0.1
            started = None if waiting else pending + dt.timedelta(days=start_after)
            return self._row(client, kind, pending, started_on=started)
        pending = self.today - dt.timedelta(days=rnd.randint(0, 200))
        return self._row(client, kind, pending)
