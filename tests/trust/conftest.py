"""Fixtures of the trust tests: contexts acting as the demo's users, and clients by relation.

The demo (tests/conftest.py) has workers with logins from their e-mail
(sari.mantyla is social worker 2: area "Keskusta ja Lutakko" since 16.3.2020,
"Keskusta" in the 2017 division, which also held 40520), "admin", and
"testuser", a supervisor.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from omatyontekija.services.context import Context, open_context

TODAY_DIVISION_CODES_OF_2 = ("40100", "40200", "40400", "40500", "40740")


@pytest.fixture
def as_user(demo_path, ctx):
    """Make a context on the same demo database acting as another login."""
    made: list[Context] = []

    def make(login: str) -> Context:
        context = open_context(str(demo_path), user=login)
        context.clock = ctx.clock
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


def one(ctx: Context, sql: str) -> int:
    with ctx.db.read() as session:
        value = session.execute(text(sql)).scalar()
    assert value is not None, sql
    return value


@pytest.fixture
def clients_of_sari(ctx) -> dict[str, int]:
    """A client id for each relation worker 2 (sari.mantyla) can have."""
    codes = ",".join(f"'{c}'" for c in TODAY_DIVISION_CODES_OF_2)
    return {
        "own": one(ctx, "SELECT min(id) FROM clients WHERE named_worker_id = 2"),
        "area": one(
            ctx,
            f"SELECT min(id) FROM clients WHERE postal_code IN ({codes}) "
            "AND coalesce(named_worker_id, 0) != 2",
        ),
        # 40520 was in her 2017 area; in the division in force it is someone else's.
        "ended": one(
            ctx,
            "SELECT min(id) FROM clients WHERE postal_code = '40520' "
            "AND coalesce(named_worker_id, 0) != 2",
        ),
        "other": one(
            ctx,
            "SELECT min(id) FROM clients WHERE postal_code = '40800' "
            "AND coalesce(named_worker_id, 0) != 2",
        ),
    }
