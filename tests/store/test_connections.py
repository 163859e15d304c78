import sqlite3
import threading
import time

from sqlalchemy import text

from omatyontekija.store.db import Database, resolve_url
from omatyontekija.store.migrate import migrate
from omatyontekija.store.models import WorkerRecord


def test_sqlite_connections_have_foreign_keys_and_wal(tmp_path):
    db = Database(str(tmp_path / "x.sqlite3"))
    with db.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_foreign_keys_are_enforced(tmp_path):
    db = Database(str(tmp_path / "fk.sqlite3"))
    migrate(db)
    try:
        with db.write() as session:
            session.execute(
                text(
                    "INSERT INTO client_services (id, client_id, service_code, note) "
                    "VALUES (1, 999, 'transport_service', '')"
                )
            )
    except Exception as error:
        assert "FOREIGN KEY" in str(error)
    else:
        raise AssertionError("a service of a missing client was accepted")


def test_write_transactions_begin_immediate(tmp_path):
    """A second writer waits for the first instead of failing at its first write."""
    db = Database(str(tmp_path / "w.sqlite3"))
    migrate(db)
    first_has_lock = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def first() -> None:
        with db.write() as session:
            # A read first: under a DEFERRED begin this would hold no write lock,
            # and the other writer's commit would make our write fail.
            session.execute(text("SELECT count(*) FROM districts")).scalar()
            first_has_lock.set()
            release.wait(5)
            session.execute(text("INSERT INTO districts (postal_code, name) VALUES ('1', 'a')"))
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    assert first_has_lock.wait(5)
    other = Database(str(tmp_path / "w.sqlite3"))
    timer = threading.Timer(0.3, release.set)
    timer.start()
    with other.write() as session:
        count = session.execute(text("SELECT count(*) FROM districts")).scalar()
        order.append("second began")
        session.execute(text("INSERT INTO districts (postal_code, name) VALUES ('2', 'b')"))
    thread.join()
    assert order == ["first", "second began"]
    assert count == 1


def test_failed_write_leaves_nothing(tmp_path):
    db = Database(str(tmp_path / "r.sqlite3"))
    migrate(db)
    try:
        with db.write() as session:
            session.execute(text("INSERT INTO districts (postal_code, name) VALUES ('1', 'a')"))
            raise RuntimeError("crash mid-transaction")
    except RuntimeError:
        pass
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM districts")).scalar() == 0


def test_database_url_resolution(tmp_path, monkeypatch):
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    monkeypatch.setenv("OMATYONTEKIJA_DATABASE", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")
    monkeypatch.delenv("OMATYONTEKIJA_DATABASE")
    assert resolve_url(None).endswith("omatyontekija.sqlite3")


def _workers_in_the_file(path) -> int:
    """Workers in the database file itself, leaving the write-ahead log out."""
    connection = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM workers").fetchone()[0]
    finally:
        connection.close()


def test_a_long_running_program_checkpoints_in_its_own_thread(tmp_path):
    path = tmp_path / "c.sqlite3"
    db = Database(str(path))
    migrate(db)
    db.checkpoint_in_background(interval=0.05)
    try:
        with db.read() as session:  # commits no longer checkpoint themselves
            assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0
        checkpointer = db.checkpointer
        with db.write() as session:
            session.add(WorkerRecord(name="Testi", role="social_worker"))
        assert _workers_in_the_file(path) == 0  # in the log only, for now
        waited = time.monotonic()
        while _workers_in_the_file(path) == 0 and time.monotonic() - waited < 10:
            time.sleep(0.02)
        assert _workers_in_the_file(path) == 1  # the thread moved it into the file
    finally:
        db.dispose()
    assert not checkpointer.is_alive()


def test_commands_keep_sqlites_own_checkpoints(tmp_path):
    db = Database(str(tmp_path / "d.sqlite3"))
    with db.read() as session:
        assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 1000
    assert db.checkpointer is None
