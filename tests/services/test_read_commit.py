"""A search commits as SQLite's WAL does (not waiting for the disk); a decision waits.

On PostgreSQL a read whose only write is its log entry sets ``synchronous_commit =
off`` for its own transaction (store/read_commit.py); anything that changes client
data keeps the server's synchronous commit. SQLite is left as it is: WAL with
``synchronous = NORMAL`` already commits without an fsync.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from omatyontekija.domain.designation import DecisionKind
from omatyontekija.services.clients import find_clients, get_client
from omatyontekija.services.designations import designate
from omatyontekija.store import read_commit

RELAXED = "SET LOCAL synchronous_commit = off"


@pytest.fixture
def statements(ctx):
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    yield seen
    event.remove(ctx.db.engine, "before_cursor_execute", note)


def test_a_search_commits_without_waiting_and_a_decision_waits(ctx, statements):
    postgresql = not ctx.db.is_sqlite
    rows = find_clients(ctx, "a").rows
    assert rows
    assert (RELAXED in statements) is postgresql
    if postgresql:  # after its log entry, before its commit
        appended = max(i for i, s in enumerate(statements) if "omt_log_append" in s)
        assert statements.index(RELAXED) > appended

    statements.clear()
    get_client(ctx, rows[0].id)  # opening a record is a read too
    assert (RELAXED in statements) is postgresql

    statements.clear()
    designate(ctx, rows[0].id, kind=DecisionKind.NOT_NEEDED, reason="Asiakas kieltäytyi")
    assert any("INSERT" in s or "UPDATE" in s for s in statements)
    assert RELAXED not in statements


def test_a_transaction_that_changed_anything_keeps_its_synchronous_commit(ctx):
    if ctx.db.is_sqlite:
        pytest.skip("SQLite's commits are the same either way (WAL, synchronous = NORMAL)")
    with ctx.db.write() as session:
        session.execute(text("SELECT count(*) FROM clients"))
        assert read_commit.commit_without_waiting(session)
        assert session.execute(text("SHOW synchronous_commit")).scalar() == "off"
    with ctx.db.write() as session:  # SET LOCAL lasted one transaction
        assert session.execute(text("SHOW synchronous_commit")).scalar() == "on"
        session.execute(text("UPDATE clients SET phone = phone WHERE id = -1"))
        assert not read_commit.commit_without_waiting(session)
        assert session.execute(text("SHOW synchronous_commit")).scalar() == "on"
