"""Shared fixtures: a migrated database with a small demo, copied per test.

The Qt platform is set here, before anything imports Qt, so GUI tests run
without a display.

``ctx`` and ``empty_ctx`` run on the database ``database_backend`` names:
SQLite here; tests/store and tests/services override it to run on PostgreSQL
too when $OMATYONTEKIJA_TEST_POSTGRES_URL names a server (.ci/run starts one).
There each test gets its own database, copied from a demo template made once
per session (CREATE DATABASE … TEMPLATE is a file copy, far quicker than a demo).
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import shutil
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMATYONTEKIJA_USER", "testuser")

import pytest

from omatyontekija.services.context import Context, open_context
from omatyontekija.services.demo import create_demo

DEMO_CLIENTS = 400
TODAY = dt.date(2026, 11, 23)
POSTGRES_URL = os.environ.get("OMATYONTEKIJA_TEST_POSTGRES_URL")
#: The databases a backend-parametrized test runs on, on this machine.
BACKENDS = ("sqlite", "postgresql") if POSTGRES_URL else ("sqlite",)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Keep QSettings and the user data folder out of the real home directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("OMATYONTEKIJA_DATABASE", raising=False)


@pytest.fixture(autouse=True)
def _garbage_collected_between_tests():
    """Once a test made the application, Python's automatic collection is off and the
    UI thread's timer collects (ui/garbage.py); between tests, where no event loop
    runs the timer, what is due is collected here, on the main thread."""
    yield
    garbage = sys.modules.get("omatyontekija.ui.garbage")
    if garbage is not None and not gc.isenabled():
        garbage.collect_due()


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test():
    """Every window a test made is gone before the next test, whichever folder the test
    is in (tests/reform, tests/figures and others show windows too): a page left alive
    (a chart canvas whose Python side was collected, a read still running on a removed
    database) must not be re-polished, activated or collected during a later test.
    Set up after the collector fixture above, so torn down before it: windows first."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return  # no test in this process has made the application yet
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    # What is still being read off the UI thread arrives while its page is alive.
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    for widget in widgets.QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo database made once per test session; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    ctx = open_context(str(path), user="demo")
    # testuser (every test's login) is the demo's supervisor: sees and may do everything.
    # Without the demo's named-worker history: the tests that count decisions add a known
    # one (tests/figures/figure_history.py); tests/services/test_demo.py checks the history.
    create_demo(
        ctx.db, DEMO_CLIENTS, seed=7, today=TODAY, supervisor_login="testuser", history=False
    )
    with ctx.db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def database_backend() -> str:
    """The database ``ctx`` and ``empty_ctx`` use; overridden with params where both are run."""
    return "sqlite"


class PostgresServer:
    """Throwaway databases on the test server: made, copied from a template, dropped.

    New databases get a Finnish linguistic collation where the server has ICU, as
    a real server set up in Finland would: code that silently relies on a binary
    order (sort keys, prefix ranges) then fails here rather than in production.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._plain = url.replace("postgresql+psycopg://", "postgresql://")
        self._linguistic: bool | None = None

    def _execute(self, sql: str) -> None:
        import psycopg  # only when PostgreSQL is tested

        with psycopg.connect(self._plain, autocommit=True) as connection:
            connection.execute(sql)

    def create(self, *, template: str | None = None) -> str:
        """A new database; a copy of ``template`` if given (nobody may be connected to it)."""
        name = f"omt_{uuid.uuid4().hex[:12]}"
        if template is not None:
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            return name
        if self._linguistic is not False:
            try:
                self._execute(
                    f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu '
                    "ICU_LOCALE 'fi-FI' LOCALE 'C.UTF-8'"
                )
                self._linguistic = True
                return name
            except Exception:  # PostgreSQL before 15, or built without ICU
                self._linguistic = False
        self._execute(f'CREATE DATABASE "{name}"')
        return name

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def as_login(self, url: str, login: str) -> str:
        """``url`` for another login (the throwaway server trusts local logins): on PostgreSQL
        the user is the session's login, so a test acting as a worker connects as that worker.
        The role may be shared with other tests on the server, so it is left as it is; only
        this database's tables are granted to it (what the program lets the worker do comes
        from its users table, not from the server role)."""
        import psycopg
        from sqlalchemy.engine import make_url

        self._execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{login}') "
            f'THEN CREATE ROLE "{login}" LOGIN; END IF; END $$'
        )
        database = make_url(url).database
        with psycopg.connect(f"{self._plain.rpartition('/')[0]}/{database}", autocommit=True) as c:
            c.execute(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{login}"')
            c.execute(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{login}"')
        return (
            make_url(url).set(username=login, password=None).render_as_string(hide_password=False)
        )

    def url_of(self, name: str) -> str:
        """The URL of database ``name`` for the login "testuser": on PostgreSQL the user is the
        database login (services/context.py), and testuser is every test's user."""
        from sqlalchemy.engine import make_url

        self._execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'testuser') "
            "THEN CREATE ROLE testuser; END IF; END $$"
        )
        self._execute("ALTER ROLE testuser LOGIN SUPERUSER")
        url = make_url(f"{self.url.rpartition('/')[0]}/{name}")
        return url.set(username="testuser", password=None).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_server() -> PostgresServer:
    if not POSTGRES_URL:
        pytest.skip("no OMATYONTEKIJA_TEST_POSTGRES_URL")
    return PostgresServer(POSTGRES_URL)


@pytest.fixture(scope="session")
def postgres_demo_template(postgres_server) -> str:
    """The demo of ``demo_template`` on PostgreSQL, made once; its connections closed."""
    name = postgres_server.create()
    ctx = open_context(postgres_server.url_of(name))
    create_demo(
        ctx.db, DEMO_CLIENTS, seed=7, today=TODAY, supervisor_login="testuser", history=False
    )
    ctx.close()
    yield name
    postgres_server.drop(name)


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A new empty PostgreSQL database for one test, dropped afterwards."""
    name = postgres_server.create()
    yield postgres_server.url_of(name)
    postgres_server.drop(name)


@pytest.fixture
def postgres_demo_url(postgres_server, postgres_demo_template) -> str:
    """A copy of the demo on PostgreSQL for one test, dropped afterwards."""
    name = postgres_server.create(template=postgres_demo_template)
    yield postgres_server.url_of(name)
    postgres_server.drop(name)


@pytest.fixture
def demo_url(request, database_backend) -> str:
    """The demo database of this test as a URL or file, on ``database_backend``."""
    if database_backend == "postgresql":
        return request.getfixturevalue("postgres_demo_url")
    return str(request.getfixturevalue("demo_path"))


@pytest.fixture
def ctx(demo_url) -> Context:
    context = open_context(demo_url, user="testuser")
    context.clock = lambda: TODAY
    yield context
    context.close()


@pytest.fixture
def empty_ctx(request, database_backend, tmp_path) -> Context:
    if database_backend == "postgresql":
        url = request.getfixturevalue("postgres_url")
    else:
        url = str(tmp_path / "empty.sqlite3")
    context = open_context(url, user="testuser")
    context.clock = lambda: TODAY
    yield context
    context.close()


@pytest.fixture
def child_in_two_units(ctx) -> int:
    """A demo child with a child-protection service: a client of disability services and
    of child protection (the units tests' common subject)."""
    from sqlalchemy import text

    with ctx.db.read() as session:
        return session.execute(
            text(
                "SELECT c.id FROM clients c WHERE birth_date > :d AND EXISTS (SELECT 1 FROM "
                "client_services s WHERE s.client_id = c.id AND s.service_code IN "
                "('open_care_support', 'family_work', 'foster_care', 'aftercare')) ORDER BY id"
            ),
            {"d": dt.date.today().replace(year=dt.date.today().year - 17)},
        ).scalar()
