"""Reform tests on a copy of the demo (tests/conftest.py: ``ctx``, supervisor testuser, 2026-11-23).

The demo's 2020 division has six area social workers, two of them part-time
and over capacity, and the new social worker Kati Närhi (id 8) with no area:
the plan without what-ifs moves districts to her.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from omatyontekija.services.context import Context, open_context
from omatyontekija.services.reform import plan_reform, reform_situation

KATI = "8"
JUSSI = "3"  # part-time, over capacity in the 2020 division
SARI_LOGIN = "sari.mantyla"  # a social worker's login (role worker)


@pytest.fixture
def situation(ctx):
    return reform_situation(ctx)


@pytest.fixture
def proposal(situation):
    return plan_reform(situation)


@pytest.fixture
def as_user(demo_path, ctx):
    made: list[Context] = []

    def make(login: str) -> Context:
        context = open_context(str(demo_path), user=login)
        context.clock = ctx.clock
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


def rows(ctx: Context, sql: str, *params) -> list[tuple]:
    with closing(sqlite3.connect(ctx.db.path)) as connection:
        return connection.execute(sql, params).fetchall()


def execute(ctx: Context, sql: str, *params) -> None:
    with closing(sqlite3.connect(ctx.db.path)) as connection, connection:
        connection.execute(sql, params)


@pytest.fixture
def app(qapp):
    """The real application set-up (as tests/ui/conftest.py): translations (Finnish) and style."""
    from PySide6.QtCore import QSettings

    from omatyontekija.ui.application import create_application

    QSettings().setValue("language", "fi")
    return create_application()
