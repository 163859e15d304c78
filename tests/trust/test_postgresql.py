"""The same services on PostgreSQL: run when $OMATYONTEKIJA_TEST_POSTGRES_URL names a server
(.ci/run starts a throwaway one on 127.0.0.1); skipped otherwise."""

import datetime as dt
import json
import os
import threading
import uuid

import psycopg
import pytest

from omatyontekija.cli import run
from omatyontekija.domain.access import Action
from omatyontekija.services.audit import entry_hash, list_entries, verify_chain
from omatyontekija.services.client_transfer import ImportRefused, import_clients
from omatyontekija.services.clients import (
    ConcurrentEdit,
    find_clients,
    get_client,
    update_client_contact,
)
from omatyontekija.services.context import open_context
from omatyontekija.services.demo import create_demo
from omatyontekija.services.trust.use_case import record_access

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
    server_sql("ALTER ROLE testuser SUPERUSER")  # the owner in these tests
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


APP_ROLE = "omt_test_app"


def worker_login(pg_url: str, name: str) -> str:
    """A worker's own PostgreSQL login, a member of the application role; its URL."""
    ensure_login(name)
    server_sql(f'GRANT {APP_ROLE} TO "{name}"')
    return as_login(pg_url, name)


@pytest.fixture
def shared(pg_ctx, pg_url, capsys):
    """The demo as a shared installation: setup-shared run by the owner (twice: idempotent)."""
    for _ in range(2):
        assert run(["setup-shared", "--app-role", APP_ROLE, "--database", pg_url]) == 0
    capsys.readouterr()
    return pg_url


def test_a_stale_save_is_refused(pg_ctx, shared):
    client = get_client(pg_ctx, 1)
    other = open_context(worker_login(shared, "sari.mantyla"))
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


def cli(capsys, *args):
    status = run(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


ESCALATIONS = {
    "make oneself a supervisor": "UPDATE users SET role = 'supervisor' WHERE login = '{me}'",
    "add oneself as admin": "INSERT INTO users (login, role, active, created_at) "
    "VALUES ('{me}2', 'admin', true, now())",
    "forge a log entry": "INSERT INTO access_log (sequence, at, login, role, action, success, "
    "format, hash) VALUES (100000, now(), 'helena', 'supervisor', 'view', true, 2, 'x')",
    "forge a client set": "INSERT INTO access_log_sets (digest, clients) VALUES ('\\x00', '{{1}}')",
    "change a log entry": "UPDATE access_log SET login = 'someone' WHERE sequence = 1",
    "delete log entries": "DELETE FROM access_log WHERE sequence > 1",
    "empty the log": "TRUNCATE access_log",
    "unlink a client from the log": "DELETE FROM access_log_set_clients",
    "shadow a table": "CREATE TABLE public.users_shadow (login text)",
    "replace the append function": "CREATE OR REPLACE FUNCTION omt_log_append(text, integer[], "
    "text, boolean) RETURNS void LANGUAGE sql AS 'SELECT 1'",
}


def test_every_escalation_of_a_worker_login_is_refused(pg_ctx, shared, capsys, monkeypatch):
    for name in ("sari.mantyla", "kalle.worker"):
        worker_login(shared, name)
    get_client(pg_ctx, 1)  # a few genuine entries first
    find_clients(pg_ctx, "", limit=5)
    sari = as_login(shared, "sari.mantyla").replace("postgresql+psycopg://", "postgresql://")
    for what, sql in ESCALATIONS.items():
        with psycopg.connect(sari) as connection:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(sql.format(me="sari.mantyla"))
            connection.rollback()
        assert what
    # The one way to append writes the session's own login, whatever the caller says.
    with psycopg.connect(sari) as connection:
        login, role = connection.execute(
            "SELECT o_login, o_role FROM omt_log_append('view', ARRAY[1], NULL, true)"
        ).fetchone()
    assert (login, role) == ("sari.mantyla", "worker")

    db = ("--database", as_login(shared, "sari.mantyla"))
    status, out, err = cli(capsys, "--user", "testuser", "audit", "list", *db)
    assert status == 2 and out == "" and "is not the database login sari.mantyla" in err
    monkeypatch.setenv("OMATYONTEKIJA_USER", "admin")
    status, out, err = cli(capsys, "clients", "--limit", "3", *db)
    assert status == 2 and out == "" and "(admin)" in err and len(err.splitlines()) == 1
    monkeypatch.delenv("OMATYONTEKIJA_USER")
    status, out, _ = cli(capsys, "clients", "--limit", "3", "--json", *db)
    assert status == 0 and len(json.loads(out)) == 3
    status, _, err = cli(capsys, "audit", "list", *db)
    assert status == 3 and "does not allow" in err
    # A login in the application role that is no user of the product sees nothing.
    kalle = ("--database", as_login(shared, "kalle.worker"))
    for command in ("clients", "figures", "workers"):
        status, out, err = cli(capsys, command, *kalle)
        assert status == 3 and out == "" and "kalle.worker is not a user" in err, command

    status, out, _ = cli(capsys, "audit", "verify", "--database", shared)
    assert status == 0, out
    entries = list_entries(pg_ctx, limit=None)
    assert {e.user for e in entries} == {"testuser", "sari.mantyla"}
    assert verify_chain(pg_ctx).ok


def test_server_and_python_compute_the_same_hash(pg_ctx):
    """Format 2 is spelled alike in omt_log_append and in services/audit.py."""
    entry = record_access(pg_ctx, Action.VIEW, [3, 1, 2, 2], reason=" soitto | 7:x ")
    assert entry.client_ids == (1, 2, 3) and entry.reason == "soitto | 7:x"
    assert entry.hash == entry_hash(entry.previous_hash, entry)
    assert verify_chain(pg_ctx).ok
