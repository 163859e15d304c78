"""Workstations acting at once through the door, on SQLite and PostgreSQL: no silent last
writer, and never two open handovers of one client."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import text

from omatyontekija.domain.designation import DecisionKind
from omatyontekija.services.clients import ConcurrentEdit, get_client
from omatyontekija.services.context import open_context
from omatyontekija.services.designations import designate
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.services.handover_start import start_handovers
from omatyontekija.services.handovers import list_handovers


@pytest.fixture(
    params=("sqlite", "postgresql")
    if os.environ.get("OMATYONTEKIJA_TEST_POSTGRES_URL")
    else ("sqlite",)
)
def database_backend(request) -> str:
    return request.param


def _at_once(count: int, url: str, act: Callable) -> list[object]:
    """Run ``act(ctx, n)`` in ``count`` threads, each with a connection of its own, started
    together; each result or the exception it raised."""
    contexts = [open_context(url, user="testuser") for _ in range(count)]
    for context in contexts:
        _ = context.access  # resolved before the race: only the use case races
    gate = threading.Barrier(count)
    results: list[object] = [None] * count

    def run(n: int) -> None:
        gate.wait()
        try:
            results[n] = act(contexts[n], n)
        except Exception as error:  # collected: the test looks at what each got
            results[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for context in contexts:
        context.close()
    return results


def _client_and_workers(ctx) -> tuple[int, list[int]]:
    with ctx.db.read() as session:
        client = session.execute(
            text(
                "SELECT min(id) FROM clients WHERE named_worker_id IS NOT NULL AND id NOT IN "
                "(SELECT client_id FROM handovers WHERE status IN ('planned', 'in_progress'))"
            )
        ).scalar()
        named = session.execute(
            text("SELECT named_worker_id FROM clients WHERE id = :c"), {"c": client}
        ).scalar()
        workers = (
            session.execute(
                text(
                    "SELECT id FROM workers WHERE active AND role = 'social_worker' AND id != :n "
                    "ORDER BY id"
                ),
                {"n": named},
            )
            .scalars()
            .all()
        )
    return client, workers


def test_parallel_designations_with_the_version_seen_one_wins(ctx, demo_url):
    client, workers = _client_and_workers(ctx)
    seen = get_client(ctx, client).version
    results = _at_once(
        4,
        demo_url,
        lambda c, n: designate(
            c,
            client,
            kind=DecisionKind.NAMED,
            worker_id=workers[n % len(workers)],
            reason=f"Työasema {n}",
            expected_version=seen,
        ),
    )
    refused = [r for r in results if isinstance(r, ConcurrentEdit)]
    saved = [r for r in results if not isinstance(r, Exception)]
    assert len(saved) == 1, results
    assert len(refused) == 3, results
    assert all(r.changed_by == "testuser" for r in refused)


def test_parallel_handover_starts_open_one(ctx, demo_url):
    client, workers = _client_and_workers(ctx)
    results = _at_once(
        8,
        demo_url,
        lambda c, n: start_handovers(c, [(client, workers[n % len(workers)])], "other"),
    )
    opened = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, HandoverError)]
    assert len(opened) == 1, results
    assert len(refused) == 7, results
    assert all(r.code == "already_open" for r in refused)
    assert len(list_handovers(ctx, client_id=client)) == 1


def test_the_database_itself_refuses_a_second_open_handover(ctx):
    """Even past the service's own check (another program, a bug): the partial unique index."""
    client, workers = _client_and_workers(ctx)
    start_handovers(ctx, [(client, workers[0])], "other")
    with pytest.raises(Exception, match=r"(?i)unique|duplicate"), ctx.db.write() as session:
        session.execute(
            text(
                "INSERT INTO handovers (client_id, from_worker_id, to_worker_id, reason, status, "
                "template, note, created_by, created_at, version) "
                "VALUES (:c, NULL, :w, 'other', 'in_progress', 't', '', 'x', "
                "CURRENT_TIMESTAMP, 1)"
            ),
            {"c": client, "w": workers[1]},
        )
