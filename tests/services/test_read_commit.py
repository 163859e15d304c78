"""A search commits as SQLite's WAL does (not waiting for the disk); a decision waits.

On PostgreSQL the log append of a read whose transaction wrote nothing before it
sets ``synchronous_commit = off`` for that transaction (store/read_commit.py);
anything that changes client data keeps the server's synchronous commit. SQLite is
left as it is: WAL with ``synchronous = NORMAL`` already commits without an fsync.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from omatyontekija.domain.designation import DecisionKind
from omatyontekija.services.clients import find_clients, get_client
from omatyontekija.services.designations import designate
from omatyontekija.store import access_log, client_pages, read_commit


@pytest.fixture
def statements(ctx):
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    yield seen
    event.remove(ctx.db.engine, "before_cursor_execute", note)


def _relaxed(statements: list[str]) -> bool:
    return any(read_commit.WITHOUT_WAITING in s for s in statements)


def test_a_search_commits_without_waiting_and_a_decision_waits(ctx, statements, monkeypatch):
    postgresql = not ctx.db.is_sqlite
    rows = find_clients(ctx, "a").rows
    assert rows
    assert _relaxed(statements) is postgresql
    if postgresql:  # in the log append, the transaction's last statement
        assert read_commit.WITHOUT_WAITING in statements[-1]
        assert "omt_log_append" in statements[-1]

    # "Korhonen S": the name keys come from a recursive query (WITH …), still a read
    monkeypatch.setattr(client_pages, "SORT_AT_MOST", 1)  # the walk, as on a large list
    statements.clear()
    assert find_clients(ctx, f"{rows[0].last_name} {rows[0].first_names[0]}").rows
    assert any(s.lstrip().startswith("WITH") for s in statements)
    assert _relaxed(statements) is postgresql

    statements.clear()
    get_client(ctx, rows[0].id)  # opening a record is a read too
    assert _relaxed(statements) is postgresql

    statements.clear()
    designate(ctx, rows[0].id, kind=DecisionKind.NOT_NEEDED, reason="Asiakas kieltäytyi")
    assert any("INSERT" in s or "UPDATE" in s for s in statements)
    assert not _relaxed(statements)


def test_a_with_query_that_writes_is_a_write():
    assert read_commit._reads("WITH RECURSIVE walk(key) AS (SELECT 1) SELECT key FROM walk")
    assert not read_commit._reads("WITH moved AS (DELETE FROM x RETURNING id) SELECT id FROM moved")
    assert not read_commit._reads("UPDATE clients SET phone = phone")


def test_an_append_after_a_change_keeps_the_synchronous_commit(ctx):
    if ctx.db.is_sqlite:
        pytest.skip("SQLite's commits are the same either way (WAL, synchronous = NORMAL)")
    setting = text("SHOW synchronous_commit")
    with ctx.db.write() as session:
        session.execute(text("SELECT count(*) FROM clients"))
        assert read_commit.only_read(session)
        access_log.append_on_server(session, "search", (1,), None, True, last_of_a_read=True)
        assert session.execute(setting).scalar() == "off"
    with ctx.db.write() as session:  # it lasted one transaction
        assert session.execute(setting).scalar() == "on"
        session.execute(text("UPDATE clients SET phone = phone WHERE id = -1"))
        assert not read_commit.only_read(session)
        access_log.append_on_server(session, "search", (1,), None, True, last_of_a_read=True)
        assert session.execute(setting).scalar() == "on"
    with ctx.db.write() as session:  # not the last statement of a read: nothing asked
        access_log.append_on_server(session, "search", (1,), None, True)
        assert session.execute(setting).scalar() == "on"
