"""The list's statements run bare on the driver's cursor (store/bare.py): the same rows as
through SQLAlchemy's Core, compiled once, and heard by the engine's listeners."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, event, select

from omatyontekija.services.clients import find_clients
from omatyontekija.store import bare, client_pages
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
    texts = ("ma", "mat", "m", "ma m", "1", "12")
    for text in texts:
        find_clients(ctx, text)
    made = len(bare._compiled)
    for text in texts:
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


def test_a_keystroke_reads_its_pages_facts_with_its_rows(ctx):
    """The suggestions that decide each row's area worker read their facts from the page's
    own statement: no statement of fact rows of their own (a round trip on PostgreSQL)."""
    heard: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        heard.append(statement)

    rows = find_clients(ctx, "", limit=40).rows
    texts = [rows[10].last_name[:3], rows[10].identity_code[:6]]
    expected = {text: find_clients(ctx, text).rows for text in texts}
    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        for text in texts:
            assert find_clients(ctx, text).rows == expected[text]
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    fact_reads = [s for s in heard if s.lstrip().startswith("SELECT id, birth_date")]
    assert fact_reads == [], fact_reads
    assert any("client_services" in s and "LEFT OUTER JOIN workers" in s for s in heard)


def test_a_prefix_with_too_many_keys_says_so_in_its_page_statement(ctx, monkeypatch):
    """A token of a two-token search with more name keys than SORT_AT_MOST: the capped page
    statement answers "too many" itself (its one row of NULLs), with no count after it."""
    monkeypatch.setattr(client_pages, "SORT_AT_MOST", 3)
    row = find_clients(ctx, "", limit=40).rows[10]
    text = f"{row.last_name} {row.first_names[:1]}"
    heard: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        heard.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        page = find_clients(ctx, text)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    assert row.id in [r.id for r in page.rows]
    assert len(find_clients(ctx, row.last_name).rows) > 3  # more than the cap
    assert any("counted" in s for s in heard)
    counts = [s for s in heard if s.lstrip().upper().startswith("SELECT COUNT(*)")]
    assert counts == [], counts


def test_one_token_with_few_distinct_keys_is_walked_without_a_count(ctx):
    """ "Aalt": a walk of at most a page per distinct key in list order, however many
    clients hold the key; no count of its clients first."""
    row = find_clients(ctx, "", limit=40).rows[10]
    heard: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        heard.append(statement)

    expected = find_clients(ctx, row.last_name[:4], limit=5).rows
    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        assert find_clients(ctx, row.last_name[:4], limit=5).rows == expected
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    assert not [s for s in heard if "count(" in s.lower()], heard
    assert any("key_walk" in s for s in heard)


def test_on_postgresql_rows_by_ids_keep_one_plan_for_their_transaction_only(ctx):
    """Statements whose plan does not depend on their values (one_plan) let PostgreSQL
    plan them once, from the first such statement of a transaction to its end; the next
    transaction plans every statement for its values again until it runs one."""
    import pytest
    from sqlalchemy import text

    if ctx.db.is_sqlite:
        pytest.skip("PostgreSQL's plan cache")
    ids = [row.id for row in find_clients(ctx, "", limit=5).rows]
    params = {"division_on": dt.date(2026, 11, 23), "division_unit": "disability_services"}
    mode = text("SHOW plan_cache_mode")
    for _ in range(2):
        with ctx.db.read() as session:
            assert session.execute(mode).scalar() == "force_custom_plan"
            rows = bare.rows(session, client_store._rows_of_ids(), {**params, "ids": ids})
            assert len(rows) == 5
            assert session.execute(mode).scalar() == "force_custom_plan"
            statement = client_store._rows_of_ids()
            rows = bare.rows(session, statement, {**params, "ids": ids}, one_plan=True)
            assert len(rows) == 5
            assert session.execute(mode).scalar() == "force_generic_plan"
