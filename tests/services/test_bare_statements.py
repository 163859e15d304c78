"""The list's statements run bare on the driver's cursor (store/bare.py): the same rows as
through SQLAlchemy's Core, compiled once, and heard by the engine's listeners."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, event, select

from omatyontekija.services.clients import find_clients
from omatyontekija.store import bare
from omatyontekija.store import clients as client_store
from omatyontekija.store.models import ClientRecord


def test_a_bare_statement_gives_the_rows_core_gives(ctx):
    """A date parameter, the ids as one parameter (JSON text on SQLite, an array on
    PostgreSQL) and a parameter left to its default are converted as Core converts them."""
    ids = [row.id for row in find_clients(ctx, "", limit=25).rows][5:]
    params = {"division_on": dt.date(2026, 11, 23), "division_unit": "disability_services"}
    params["ids"] = ids
    statement = client_store._rows_of_ids()
    with_default = select(ClientRecord.id).where(ClientRecord.id > bindparam("low", 0)).limit(3)
    with ctx.db.read() as session:
        core = [tuple(row) for row in session.connection().execute(statement, params)]
        assert bare.rows(session, statement, params) == core
        assert sorted(r[1] for r in core) == sorted(ids)
        defaulted = [tuple(r) for r in session.connection().execute(with_default)]
        assert bare.rows(session, with_default, {}) == defaulted
        assert bare.rows(session, with_default, {"low": ids[0]}) != defaulted


def test_a_statement_is_compiled_once_per_database(ctx):
    find_clients(ctx, "ma")
    made = len(bare._compiled)
    for text in ("ma", "mat", "m", "ma"):
        find_clients(ctx, text)
    assert len(bare._compiled) == made


def test_the_engines_listeners_hear_a_bare_statement(ctx):
    """What runs bare is as visible as what runs through Core: the write tracking of
    store/read_commit.py and every test or benchmark that watches statements rely on it."""
    heard: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        heard.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        assert find_clients(ctx, "ma").rows
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    assert any("client_name_keys" in s for s in heard), heard
    assert any("FROM clients LEFT OUTER JOIN workers" in s for s in heard), heard
