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
