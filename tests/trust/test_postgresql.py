"""The same services on PostgreSQL: run when $OMATYONTEKIJA_TEST_POSTGRES_URL names a server
(.ci/run starts a throwaway one on 127.0.0.1); skipped otherwise."""

import datetime as dt
import os
import threading
import uuid

import pytest

from omatyontekija.domain.access import Action
from omatyontekija.services.audit import record_access, verify_chain
from omatyontekija.services.client_transfer import ImportRefused, import_clients
from omatyontekija.services.clients import (
    ConcurrentEdit,
    find_clients,
    get_client,
    update_client_contact,
)
from omatyontekija.services.context import open_context
from omatyontekija.services.demo import create_demo

SERVER = os.environ.get("OMATYONTEKIJA_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not SERVER, reason="no OMATYONTEKIJA_TEST_POSTGRES_URL")


@pytest.fixture(autouse=True)
def no_user_override(monkeypatch):
    """tests/conftest.py sets $OMATYONTEKIJA_USER for SQLite; on PostgreSQL it would be
    refused for every login but testuser."""
    monkeypatch.delenv("OMATYONTEKIJA_USER", raising=False)


def as_login(url: str, login: str) -> str:
    """``url`` with another login (the throwaway server trusts every local login)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=login, password=None).render_as_string(hide_password=False)


def server_sql(*statements: str) -> None:
    import psycopg

    plain = SERVER.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def ensure_login(name: str) -> None:
    server_sql(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') "
        f'THEN CREATE ROLE "{name}" LOGIN; END IF; END $$'
    )


@pytest.fixture
def pg_url():
    """A new empty database on the test server for each test, owned by the login "testuser"
    (the demo's supervisor; on PostgreSQL the user is the database login), dropped afterwards."""
    name = f"omt_{uuid.uuid4().hex[:12]}"
    ensure_login("testuser")
    server_sql(f'CREATE DATABASE "{name}" OWNER testuser')
    base, _, _ = SERVER.rpartition("/")
    yield as_login(f"{base}/{name}", "testuser")
    server_sql(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def pg_ctx(pg_url):
    context = open_context(pg_url)
    create_demo(context.db, 100, seed=7, today=dt.date(2026, 11, 23), supervisor_login="testuser")
    context.clock = lambda: dt.date(2026, 11, 23)
    yield context
    context.close()


def test_search_and_view_are_logged_and_the_chain_holds(pg_ctx):
    page = find_clients(pg_ctx, "", limit=5)
    client = get_client(pg_ctx, page.rows[0].id)
    report = verify_chain(pg_ctx)
    assert report.ok and report.count == 2
    assert client.id == page.rows[0].id


def test_concurrent_appends_are_serialised_by_the_advisory_lock(pg_ctx, pg_url):
    def append():
        context = open_context(pg_url)
        for i in range(20):
            record_access(context, Action.VIEW, [i + 1])
        context.close()

    threads = [threading.Thread(target=append) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = verify_chain(pg_ctx)
    assert report.ok and report.count == 80


def test_a_stale_save_is_refused(pg_ctx, pg_url):
    client = get_client(pg_ctx, 1)
    ensure_login("sari.mantyla")
    other = open_context(as_login(pg_url, "sari.mantyla"))
    other.clock = pg_ctx.clock
    try:
        update_client_contact(pg_ctx, 1, client.version, phone="040 1")
        with pytest.raises(ConcurrentEdit) as refused:
            update_client_contact(other, 1, client.version, phone="040 2")
    finally:
        other.close()
    assert refused.value.changed_by == "testuser"
    assert get_client(pg_ctx, 1).phone == "040 1"


def test_an_import_is_all_or_nothing(pg_ctx, tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(
        "identity_code;last_name;first_names\n010150-901D;Uusi;Asiakas\nbad;Toinen;Asiakas\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused):
        import_clients(pg_ctx, path)
    assert find_clients(pg_ctx, "Uusi").rows == ()
