import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import OperationalError

from omatyontekija.store.db import Database
from omatyontekija.store.migrate import NewerSchema, current_revision, head_revision, migrate
from omatyontekija.store.models import Base


def test_empty_database_migrates_to_head(tmp_path):
    db = Database(str(tmp_path / "new.sqlite3"))
    assert current_revision(db) is None
    assert migrate(db) is None  # nothing to back up in a new database
    assert current_revision(db) == head_revision()
    tables = set(db.engine.dialect.get_table_names(db.engine.connect()))
    assert {"clients", "workers", "areas", "handovers", "designations"} <= tables


def test_models_and_migrations_do_not_drift(tmp_path):
    db = Database(str(tmp_path / "drift.sqlite3"))
    migrate(db)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_migrating_twice_is_a_no_op(tmp_path):
    db = Database(str(tmp_path / "twice.sqlite3"))
    migrate(db)
    assert migrate(db) is None


def test_backup_is_taken_before_a_schema_change(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = Database(str(path))
    migrate(db)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO workers (id, name, role, phone, email, capacity, active) "
            "VALUES (1, 'Testi Työntekijä', 'social_worker', '', '', 10, 1)"
        )
        # Pretend the database is one schema older: the last migration then fails (its
        # tables are there already), but only after the copy was taken.
        connection.exec_driver_sql(
            "UPDATE alembic_version SET version_num = ?", (_previous_revision(),)
        )
    db.dispose()
    db = Database(str(path))
    with pytest.raises(OperationalError):
        migrate(db)
    backups = list(tmp_path.glob("old.before-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT name FROM workers").fetchone() == ("Testi Työntekijä",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert oct(backups[0].stat().st_mode & 0o777) == oct(0o600)
    # Once per schema change, not per attempt: a retry keeps the first copy.
    for _ in range(2):
        with pytest.raises(OperationalError):
            migrate(db)
    assert list(tmp_path.glob("old.before-*.sqlite3")) == backups


def _previous_revision() -> str:
    from omatyontekija.store.migrate import SCHEMA_REVISION

    return f"{int(SCHEMA_REVISION) - 1:04d}"


def test_a_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.sqlite3"
    db = Database(str(path))
    migrate(db)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(NewerSchema) as raised:
        migrate(db)
    db.dispose()
    assert "made by a newer version (schema 0099; this program knows up to" in str(raised.value)
    assert list(tmp_path.glob("newer.before-*")) == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099",)


def test_start_up_knows_the_newest_migration():
    from omatyontekija.store.migrate import SCHEMA_REVISION

    assert head_revision() == SCHEMA_REVISION
