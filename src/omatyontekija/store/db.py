"""The database: where it is, how connections are set up, and sessions per operation."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from omatyontekija.private_files import create_private_file, private_directory
from omatyontekija.store import bare, read_commit
from omatyontekija.store.network import NetworkShareRefused, network_filesystem

log = logging.getLogger(__name__)

ENV_DATABASE = "OMATYONTEKIJA_DATABASE"
APP_NAME = "omatyontekija"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "omatyontekija.sqlite3"


def resolve_url(database: str | None = None) -> str:
    """The URL to use: the argument, else $OMATYONTEKIJA_DATABASE, else the user data folder.

    A plain file path is taken as an SQLite file.
    """
    value = database or os.environ.get(ENV_DATABASE) or str(default_database_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    database = parsed.database
    if str(parsed.query.get("uri", "")).lower() in ("true", "1"):
        # An SQLite URI ("file:/path?mode=ro"): the file is the path inside it.
        database = database.removeprefix("file:").split("?", 1)[0]
        if not database or database == ":memory:" or "mode=memory" in url:
            return None
    return Path(database)


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        # psycopg prepares a statement after its fifth run, and PostgreSQL then plans it
        # once for any parameters after five more: a generic plan of a name-prefix range
        # cannot know how many keys the range covers, and keystrokes took 300–400 ms
        # (300 000 clients). A plan per run costs well under a millisecond.
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True  # a SET inside a transaction rolls back with it
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET plan_cache_mode = force_custom_plan")
        finally:
            dbapi_connection.autocommit = autocommit

    bare.track_plans(engine)


def _configure_sqlite(database: Database) -> None:
    engine = database.engine

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        # pysqlite's own transaction handling would BEGIN lazily and only
        # DEFERRED; we emit BEGIN ourselves (below) so writes can be IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")  # off by default, per connection
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; survives a crash
        cursor.execute("PRAGMA busy_timeout = 10000")
        if database.checkpointer is not None:
            cursor.execute("PRAGMA wal_autocheckpoint = 0")  # the checkpointer's job
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:
        # A read-then-write transaction that began DEFERRED fails at once with
        # SQLITE_BUSY when another writer got in between; IMMEDIATE takes the
        # write lock first and waits busy_timeout for it instead.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


class _Checkpointer(threading.Thread):
    """Moves the write-ahead log into the database file every ``interval`` seconds.

    SQLite otherwise does this in whichever commit fills the log past 1 000
    pages, and that commit (a search logging its results, say) then waits tens
    of milliseconds; its documentation suggests a separate thread instead. A
    PASSIVE checkpoint never waits for readers or writers.
    """

    def __init__(self, engine: Engine, interval: float) -> None:
        super().__init__(name="sqlite-checkpoint", daemon=True)
        self._engine = engine
        self._interval = interval
        self._stopping = threading.Event()
        self.done = 0  # checkpoints run, for tests and curious people

    def run(self) -> None:
        while not self._stopping.wait(self._interval):
            try:
                connection = self._engine.raw_connection()
                try:
                    # autocommit (isolation_level None): no transaction around it
                    connection.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
                finally:
                    connection.close()
            except Exception:  # the next round tries again; commits never depend on it
                log.warning("background checkpoint failed", exc_info=True)
            else:
                self.done += 1

    def stop(self) -> None:
        self._stopping.set()
        self.join()


class Database:
    """One database and its session factories; create one per process."""

    def __init__(self, url: str | None = None, *, echo: bool = False) -> None:
        self.url = resolve_url(url)
        self.path = sqlite_path(self.url)
        if self.path is not None:
            fstype = network_filesystem(self.path)
            if fstype is not None:
                raise NetworkShareRefused(self.path, fstype)
            read_only = "mode=ro" in self.url
            if not read_only:
                private_directory(self.path.parent)
            if not read_only and not self.path.exists():
                # SQLite gives a new file (and its -wal and -shm, which copy its mode)
                # 0644 less the umask; an empty file is a valid empty database.
                with contextlib.suppress(FileExistsError):
                    create_private_file(self.path)
        # SQLite: SQLAlchemy 2 pools file connections (QueuePool), which keeps
        # the per-connection PRAGMAs above and the page cache warm between
        # operations; connections are used from one thread at a time.
        self.engine = create_engine(self.url, echo=echo)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self.checkpointer: _Checkpointer | None = None
        if self.is_sqlite:
            _configure_sqlite(self)
            write_bind = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            from omatyontekija.store.models import for_postgresql

            for_postgresql()
            _configure_postgresql(self.engine)
            write_bind = self.engine
            read_commit.track_writes(self.engine)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(write_bind, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; whatever it did is rolled back at the end."""
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on any error."""
        with self._writer() as session, session.begin():
            yield session

    def checkpoint_in_background(self, interval: float = 1.0) -> None:
        """For a long-running program on an SQLite file: checkpoint from a thread of its own
        instead of in the commit that happens to fill the log (no-op elsewhere)."""
        if self.path is None or self.checkpointer is not None:
            return
        self.checkpointer = _Checkpointer(self.engine, interval)
        self.engine.dispose()  # connections made from now on leave checkpoints to it
        self.checkpointer.start()

    def dispose(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        self.engine.dispose()
