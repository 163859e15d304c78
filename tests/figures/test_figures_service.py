"""key_figures on the demo database, checked against simple counts made another way."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter, defaultdict

import pytest
from figure_history import PERIOD_END, PERIOD_START

from omatyontekija.domain.catalog import SERVICES_BY_CODE, ServiceUnit
from omatyontekija.domain.figures import Period
from omatyontekija.domain.handover import HandoverStatus
from omatyontekija.domain.identity import age_on
from omatyontekija.services.figures import child_born_after, key_figures
from omatyontekija.services.gaps import GapKind, find_gaps
from omatyontekija.services.workers import list_workers
from omatyontekija.store import areas as area_store

TODAY = dt.date(2026, 11, 23)


def rows(ctx, sql, params=()):
    with sqlite3.connect(ctx.db.path) as connection:
        return connection.execute(sql, params).fetchall()


def test_default_period_is_the_last_twelve_months(ctx):
    figures = key_figures(ctx)
    assert figures.period == Period(PERIOD_START, PERIOD_END)
    assert figures.computed_on == TODAY


def test_period_that_ends_before_it_starts_is_refused(ctx):
    with pytest.raises(ValueError, match="starts after it ends"):
        key_figures(ctx, dt.date(2026, 5, 1), dt.date(2026, 4, 30))


def test_leap_day_periods():
    assert Period.last_twelve_months(dt.date(2028, 2, 29)) == Period(
        dt.date(2027, 3, 1), dt.date(2028, 2, 29)
    )
    # Born 28.2.2010: of age on 29.2.2028, so not a child.
    assert child_born_after(dt.date(2028, 2, 29)) == dt.date(2010, 2, 28)
    assert age_on(dt.date(2010, 2, 28), dt.date(2028, 2, 29)) == 18


def test_clients_by_service_and_unit_match_a_plain_count(ctx):
    figures = key_figures(ctx)
    # The demo grants some services after today: those are not in force in the period.
    services = [
        (client, code)
        for client, code, granted, ends in rows(
            ctx, "SELECT client_id, service_code, granted_on, ends_on FROM client_services"
        )
        if (granted is None or granted <= PERIOD_END.isoformat())
        and (ends is None or ends >= PERIOD_START.isoformat())
    ]
    assert len(services) < rows(ctx, "SELECT count(*) FROM client_services")[0][0]
    by_code: dict[str, set[int]] = defaultdict(set)
    by_unit: dict[ServiceUnit, set[int]] = defaultdict(set)
    for client, code in services:
        by_code[code].add(client)
        by_unit[SERVICES_BY_CODE[code].unit].add(client)
    assert {s.code: s.clients for s in figures.services} == {
        code: len(by_code.get(code, ())) for code in SERVICES_BY_CODE
    }
    assert {u.unit: u.clients for u in figures.units} == {
        unit: len(by_unit.get(unit, ())) for unit in ServiceUnit
    }
    assert figures.clients_with_services == len({c for c, _ in services})
    assert figures.clients == rows(ctx, "SELECT count(*) FROM clients")[0][0] == 400


def test_a_service_counts_only_when_in_force_in_the_period(ctx):
    start, end = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
    before = {s.code: s.clients for s in key_figures(ctx, start, end).services}
    (client, code), (other, other_code) = rows(
        ctx,
        "SELECT client_id, service_code FROM client_services WHERE client_id IN "
        "(SELECT client_id FROM client_services GROUP BY client_id HAVING count(*) = 1) "
        "ORDER BY id LIMIT 2",
    )
    with sqlite3.connect(ctx.db.path) as connection:
        connection.execute(
            "UPDATE client_services SET ends_on = ? WHERE client_id = ?", ("2025-12-31", client)
        )
        connection.execute(
            "UPDATE client_services SET granted_on = ? WHERE client_id = ?", ("2026-07-01", other)
        )
    after = {s.code: s.clients for s in key_figures(ctx, start, end).services}
    expected = Counter(before)
    expected[code] -= 1
    expected[other_code] -= 1
    assert after == dict(expected)
    # Ending on the period's first day still counts.
    with sqlite3.connect(ctx.db.path) as connection:
        connection.execute(
            "UPDATE client_services SET ends_on = ? WHERE client_id = ?", ("2026-01-01", client)
        )
    assert {s.code: s.clients for s in key_figures(ctx, start, end).services}[code] == (
        expected[code] + 1
    )


def test_coverage_and_needed_without_named_worker(ctx):
    figures = key_figures(ctx)
    named = rows(ctx, "SELECT count(*) FROM clients WHERE named_worker_id IS NOT NULL")[0][0]
    assert figures.coverage.with_named_worker == named
    assert figures.coverage.share == round(100 * named / 400, 1)
    gaps = [g for g in find_gaps(ctx) if g.kind is GapKind.NO_NAMED_WORKER]
    assert figures.coverage.needed_without_named_worker == len(gaps) > 0
    by_area = Counter(g.client.area for g in gaps)
    assert {a.name: a.needed_without_named_worker for a in figures.areas} == {
        a.name: by_area.get(a.name, 0) for a in figures.areas
    }


def test_caseloads_and_child_protection_children(ctx):
    figures = key_figures(ctx)
    clients, children = Counter(), Counter()
    for (worker,) in rows(
        ctx, "SELECT named_worker_id FROM clients WHERE named_worker_id NOT NULL"
    ):
        clients[worker] += 1
    # the cap counts the children of child protection's responsible social worker (issue 18)
    for birth, worker in rows(
        ctx,
        "SELECT c.birth_date, u.worker_id FROM unit_named_workers u JOIN clients c "
        "ON c.id = u.client_id WHERE u.unit_code = 'child_protection'",
    ):
        if age_on(dt.date.fromisoformat(birth), TODAY) < 18:
            children[worker] += 1
    assert {w.worker.id: w.clients for w in figures.workers} == {
        w.worker.id: clients[w.worker.id] for w in list_workers(ctx)
    }
    assert {w.worker.id: w.child_protection_children for w in figures.workers} == {
        w.worker.id: children[w.worker.id] for w in list_workers(ctx)
    }
    assert sum(children.values()) > 0
    assert [w.worker.name for w in figures.workers][:2] == ["Anu Pöyhönen", "Helena Ruotsalainen"]


def test_child_limit_and_capacity_flags(ctx):
    loaded = max(key_figures(ctx).workers, key=lambda w: w.child_protection_children)
    strict = key_figures(ctx, child_limit=loaded.child_protection_children - 1)
    flagged = {w.worker.id for w in strict.workers if w.over_child_limit}
    assert loaded.worker.id in flagged
    assert not any(w.over_child_limit for w in key_figures(ctx).workers)
    with sqlite3.connect(ctx.db.path) as connection:
        connection.execute("UPDATE workers SET capacity = 1 WHERE id = ?", (loaded.worker.id,))
    again = {w.worker.id: w for w in key_figures(ctx).workers}[loaded.worker.id]
    assert again.over_capacity and again.load == 100.0 * again.caseload


def test_areas_match_the_division_in_force(ctx):
    figures = key_figures(ctx)
    with ctx.db.read() as session:
        division = area_store.division_on(session, TODAY)
    clients, named = Counter(), Counter()
    for postal, worker in rows(ctx, "SELECT postal_code, named_worker_id FROM clients"):
        area = division.area_of(postal)
        clients[area.name if area else None] += 1
        named[area.name if area else None] += worker is not None
    assert {a.name: a.clients for a in figures.areas} == dict(clients)
    assert {a.name: a.with_named_worker for a in figures.areas} == dict(named)
    names = [a.name for a in figures.areas]
    assert names == sorted(names, key=lambda n: (n is None, n or ""))


def test_permanence_counts_changes_in_the_period(history_ctx):
    figures = key_figures(history_ctx)
    p = figures.permanence
    assert (p.changes, p.clients_with_changes, p.namings) == (3, 2, 3)
    assert p.clients_by_changes == ((1, 1), (2, 1))
    workers = {w.worker.id: w for w in figures.workers}
    assert {
        i: (w.changes_away, w.changes_to)
        for i, w in workers.items()
        if w.changes_away or w.changes_to
    } == {2: (2, 0), 3: (1, 1), 4: (0, 1), 9: (0, 1)}
    area_rows = rows(history_ctx, "SELECT id, postal_code FROM clients WHERE id IN (1, 3)")
    with history_ctx.db.read() as session:
        division = area_store.division_on(session, TODAY)
    expected = Counter()
    for client, postal in area_rows:
        expected[division.area_of(postal).name] += 2 if client == 1 else 1
    assert {a.name: a.changes for a in figures.areas if a.changes} == dict(expected)


def test_permanence_reads_no_decision_after_the_period(history_ctx):
    # Client 5's change of 1.6.2024 alone; client 1's first naming the day before.
    p = key_figures(history_ctx, dt.date(2024, 1, 2), dt.date(2024, 6, 1)).permanence
    assert (p.changes, p.namings) == (1, 0)
    p = key_figures(history_ctx, dt.date(2024, 1, 1), dt.date(2024, 5, 31)).permanence
    assert (p.changes, p.namings) == (0, 1)


def test_handovers_open_overdue_opened_completed(history_ctx):
    h = key_figures(history_ctx).handovers
    assert (h.open, h.overdue, h.opened, h.completed) == (4, 2, 4, 2)
    assert dict(h.opened_by_status) == {
        HandoverStatus.PLANNED: 1,
        HandoverStatus.IN_PROGRESS: 1,
        HandoverStatus.DONE: 1,
        HandoverStatus.CANCELLED: 1,
    }


def test_empty_database(empty_ctx):
    from omatyontekija.domain.access import Role, User
    from omatyontekija.store.users import save_user

    with empty_ctx.db.write() as session:  # the unit's first user: figures are no one else's
        save_user(session, User("testuser", Role.SUPERVISOR))
    figures = key_figures(empty_ctx)
    assert figures.clients == 0
    assert figures.coverage.share is None
    assert figures.permanence.changes_per_hundred is None
    assert figures.areas == () and figures.workers == ()
