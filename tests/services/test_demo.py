import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import text

from omatyontekija.domain.identity import parse_identity_code
from omatyontekija.services.context import open_context
from omatyontekija.services.demo import DemoError, create_demo

TODAY = dt.date(2026, 11, 23)


def rows(ctx, sql):
    with ctx.db.read() as session:
        return session.execute(text(sql)).all()


def test_identity_codes_are_valid_and_synthetic(ctx):
    codes = [r[0] for r in rows(ctx, "SELECT identity_code FROM clients")]
    assert len(codes) == len(set(codes)) == 400
    for code in codes:
        parsed = parse_identity_code(code, today=TODAY)
        assert 900 <= parsed.individual_number <= 999


def test_mixes_are_realistic(ctx):
    services = Counter(r[0] for r in rows(ctx, "SELECT service_code FROM client_services"))
    per_client = Counter(r[0] for r in rows(ctx, "SELECT client_id FROM client_services"))
    transport_only = sum(
        1
        for (cid,) in rows(
            ctx, "SELECT client_id FROM client_services WHERE service_code = 'transport_service'"
        )
        if per_client[cid] == 1
    )
    assert transport_only > 100  # many single-service transport clients
    assert services["informal_care_support"] > 20
    assert services["special_care"] > 10
    assert (
        sum(services[c] for c in ("open_care_support", "family_work", "foster_care", "aftercare"))
        > 5
    )
    languages = Counter(r[0] for r in rows(ctx, "SELECT language FROM clients"))
    assert languages["sv"] > 5
    assert rows(ctx, "SELECT count(*) FROM close_ones")[0][0] > 50
    assert rows(ctx, "SELECT count(*) FROM workers")[0][0] == 12


def test_same_seed_same_data(tmp_path):
    def make(name):
        c = open_context(str(tmp_path / name))
        create_demo(c.db, 50, seed=3, today=TODAY)
        data = rows(c, "SELECT identity_code, last_name, first_names FROM clients ORDER BY id")
        c.close()
        return data

    assert make("a.sqlite3") == make("b.sqlite3")


def test_demo_refuses_a_database_with_clients(ctx):
    with pytest.raises(DemoError):
        create_demo(ctx.db, 10, today=TODAY)


def test_whoever_starts_the_demo_gets_in(ctx):
    from omatyontekija.domain.access import Role
    from omatyontekija.services.demo import ensure_demo_user

    if ctx.database_kind == "postgresql":
        pytest.skip("on PostgreSQL the user is the database login, whoever starts the program")
    ensure_demo_user(ctx.db, "newcomer")
    ensure_demo_user(ctx.db, "newcomer")  # twice is fine
    ctx.user = "newcomer"
    ctx.forget_user()
    assert ctx.access.role is Role.SUPERVISOR


def test_history_adds_decisions_and_changes_nothing_else(tmp_path):
    """The demo's named-worker history (issue 19: the key figures' permanence chart was
    empty on it) is only added: clients, their named workers and every other table
    are what a demo without it has; the last decision is the present named worker."""
    from omatyontekija.services.figures import key_figures

    tables = ("clients", "client_services", "close_ones", "matters", "workers", "users")

    def make(name, history):
        c = open_context(str(tmp_path / name), user="helena.ruotsalainen")
        create_demo(c.db, 300, seed=7, today=TODAY, history=history)
        return c

    plain, with_history = make("a.sqlite3", False), make("b.sqlite3", True)
    for table in tables:
        # every column but the moments the rows were written
        columns = [
            r[1] for r in rows(plain, f"PRAGMA table_info({table})") if not r[1].endswith("_at")
        ]
        sql = f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1"
        assert rows(plain, sql) == rows(with_history, sql), table
    assert rows(plain, "SELECT count(*) FROM designations")[0][0] == 0
    last = rows(
        with_history,
        "SELECT d.client_id, d.worker_id, c.named_worker_id, d.decided_at, "
        "c.current_worker_since FROM designations d JOIN clients c ON c.id = d.client_id "
        "WHERE d.decided_at = (SELECT max(decided_at) FROM designations e "
        "WHERE e.client_id = d.client_id)",
    )
    assert len(last) > 20
    for _client, worker, named, decided_at, since in last:
        assert worker == named
        assert str(decided_at).startswith(str(since))
    figures = key_figures(with_history)
    assert figures.permanence.changes > 0
    assert sum(1 for area in figures.areas if area.changes) >= 3
    plain.close()
    with_history.close()


def test_every_unit_has_a_saved_division_of_its_own(ctx):
    """Child protection and adult social work start from a division of their own (issue 18):
    every district in an area, every area with a social worker of the unit."""
    from omatyontekija.services.areas import division_on

    districts = {r[0] for r in rows(ctx, "SELECT postal_code FROM districts")}
    members = {}
    for worker_id, unit in rows(ctx, "SELECT worker_id, unit_code FROM worker_units"):
        members.setdefault(unit, set()).add(worker_id)
    for unit in ("disability_services", "child_protection", "adult_social_work"):
        division = division_on(ctx, TODAY, unit=unit)
        assert division is not None, unit
        assert {c for a in division.areas for c in a.postal_codes} == districts
        assert len(division.areas) >= 2
        for area in division.areas:
            assert area.social_worker is not None and area.social_worker.id in members[unit]
            assert area.counsellor is None or area.counsellor.id in members[unit]


def test_an_older_demo_gets_the_units_divisions_when_opened(demo_path):
    """A demo file made before the units had saved divisions gets them on the next start."""
    from omatyontekija.services.areas import division_on
    from omatyontekija.services.demo_database import open_demo_workspace

    ctx = open_context(str(demo_path), user="testuser")
    with ctx.db.write() as session:
        for table in ("area_districts", "areas"):
            session.execute(
                text(
                    f"DELETE FROM {table} WHERE division_id IN (SELECT id FROM area_divisions "
                    "WHERE unit_code <> 'disability_services')"
                )
            )
        session.execute(text("DELETE FROM area_divisions WHERE unit_code <> 'disability_services'"))
    before = rows(ctx, "SELECT * FROM area_divisions")
    ctx.close()
    ctx = open_demo_workspace(demo_path, user="testuser", clients=10)
    try:
        assert rows(ctx, "SELECT * FROM area_divisions")[: len(before)] == before
        for unit in ("child_protection", "adult_social_work"):
            division = division_on(ctx, TODAY, unit=unit)
            assert division is not None and division.effective_from == dt.date(2024, 1, 1)
        count = len(rows(ctx, "SELECT * FROM area_divisions"))
    finally:
        ctx.close()
    ctx = open_demo_workspace(demo_path, user="testuser", clients=10)  # nothing twice
    try:
        assert len(rows(ctx, "SELECT * FROM area_divisions")) == count
    finally:
        ctx.close()
