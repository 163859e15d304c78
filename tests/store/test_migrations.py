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
    """The revision before the newest, as the scripts chain them (numbers may skip one
    made on another branch)."""
    from alembic.script import ScriptDirectory

    from omatyontekija.store.migrate import MIGRATIONS, SCHEMA_REVISION

    return ScriptDirectory(str(MIGRATIONS)).get_revision(SCHEMA_REVISION).down_revision


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


def _counts(path, tables):
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_a_0010_database_migrates_to_units_without_loss(tmp_path):
    """Every designation, handover and named worker of a database saved with schema 0010
    is kept: disability services', or the unit of all the client's services."""
    import shutil
    from pathlib import Path

    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent / "data" / "schema-0010.sqlite3", path)
    tables = ["clients", "workers", "designations", "handovers", "handover_items", "users"]
    before = _counts(path, tables)
    with sqlite3.connect(path) as connection:
        named_before = dict(
            connection.execute(
                "SELECT id, named_worker_id FROM clients WHERE named_worker_id IS NOT NULL"
            )
        )
    db = Database(str(path))
    migrate(db, backup=False)
    db.dispose()
    assert _counts(path, tables) == before
    with sqlite3.connect(path) as connection:
        units = [r[0] for r in connection.execute("SELECT code FROM units ORDER BY position")]
        assert units == ["disability_services", "child_protection", "adult_social_work"]
        # client 13 has adult social work services only: its decision, handover and worker
        # move there; client 7 (disability services) stays.
        unit_of = dict(connection.execute("SELECT client_id, unit_code FROM designations"))
        assert unit_of[13] == "adult_social_work"
        assert unit_of[7] == "disability_services"
        assert unit_of[8] == "disability_services"  # child protection and transport: mixed
        handover_unit = dict(connection.execute("SELECT client_id, unit_code FROM handovers"))
        assert handover_unit == {13: "adult_social_work", 7: "disability_services"}
        named_after = dict(
            connection.execute(
                "SELECT id, named_worker_id FROM clients WHERE named_worker_id IS NOT NULL"
            )
        ) | dict(connection.execute("SELECT client_id, worker_id FROM unit_named_workers"))
        assert named_after == named_before
        assert (
            connection.execute("SELECT named_worker_id FROM clients WHERE id = 13").fetchone()[0]
            is None
        )
        workers = connection.execute("SELECT COUNT(*) FROM workers").fetchone()[0]
        members = connection.execute(
            "SELECT COUNT(*) FROM worker_units WHERE unit_code = 'disability_services'"
        ).fetchone()[0]
        assert members == workers
        # the parties of a moved handover and the supervisor act in the unit it moved to
        adult = {
            r[0]
            for r in connection.execute(
                "SELECT worker_id FROM worker_units WHERE unit_code = 'adult_social_work'"
            )
        }
        assert {1, 2, 3} <= adult  # supervisor, the old and the new worker of client 13
        # a client holding package services has one open package
        open_packages = connection.execute(
            "SELECT COUNT(*), COUNT(DISTINCT client_id) FROM service_packages "
            "WHERE ended_on IS NULL"
        ).fetchone()
        assert open_packages[0] == open_packages[1] > 0
        # two open handovers of one client, one per unit, are now allowed
        insert = (
            "INSERT INTO handovers (client_id, to_worker_id, reason, status, template, note, "
            "created_by, created_at, version, unit_code) "
            "VALUES (7, 3, 'other', 'planned', 't', '', 'x', '2026-01-01', 1, 'child_protection')"
        )
        connection.execute(insert)
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(insert)


def test_a_0011_database_gives_every_division_to_disability_services(tmp_path):
    """Migration 0012: each unit its own area division. A database saved with schema 0011
    keeps every division, area and district, all disability services'; another unit may
    then take a division from the same date, but no unit two."""
    import shutil
    from pathlib import Path

    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent / "data" / "schema-0011.sqlite3", path)
    tables = ["area_divisions", "areas", "area_districts", "clients", "unit_named_workers"]
    before = _counts(path, tables)
    assert before["area_divisions"] >= 2 and before["area_districts"] > 0
    with sqlite3.connect(path) as connection:
        divisions_before = connection.execute(
            "SELECT id, name, effective_from FROM area_divisions ORDER BY id"
        ).fetchall()
    db = Database(str(path))
    migrate(db, backup=False)
    db.dispose()
    assert _counts(path, tables) == before
    with sqlite3.connect(path) as connection:
        after = connection.execute(
            "SELECT id, name, effective_from, unit_code FROM area_divisions ORDER BY id"
        ).fetchall()
        assert after == [(*row, "disability_services") for row in divisions_before]
        # every membership keeps the unit's default capacity (none of its own)
        assert connection.execute(
            "SELECT COUNT(*) FROM worker_units WHERE capacity IS NOT NULL"
        ).fetchone() == (0,)
        day = divisions_before[-1][2]
        insert = (
            "INSERT INTO area_divisions (name, effective_from, created_at, created_by, unit_code) "
            "VALUES ('Lastensuojelu', ?, '2026-01-01', 'x', 'child_protection')"
        )
        connection.execute(insert, (day,))
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(insert, (day,))
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_0013_database_links_each_reform_handover_to_its_division(tmp_path):
    """Migration 0014: handovers.division_id. A database saved with schema 0013 after a
    reform for 1.1.2027 replaced another plan for that day (tests/store/data/
    make_schema_0013.py): the handovers it opened and those of the replaced plan it kept
    (one of them completed since) are linked to its division, the one it cancelled to none;
    every row is kept, and down again the column is gone and the rows still there."""
    import shutil
    from pathlib import Path

    from alembic import command

    from omatyontekija.store.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent / "data" / "schema-0013.sqlite3", path)
    tables = ["handovers", "handover_items", "area_divisions", "areas", "clients", "designations"]
    before = _counts(path, tables)
    with sqlite3.connect(path) as connection:
        reform = connection.execute(
            "SELECT id FROM area_divisions WHERE effective_from = '2027-01-01'"
        ).fetchone()[0]
        statuses = dict(
            connection.execute("SELECT id, status FROM handovers WHERE reason = 'area_reform'")
        )
    assert {"cancelled", "done", "planned"} <= set(statuses.values())
    db = Database(str(path))
    migrate(db, backup=False)
    assert current_revision(db) == "0014"
    with sqlite3.connect(path) as connection:
        linked = dict(connection.execute("SELECT id, division_id FROM handovers"))
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        # still one open handover per client and unit
        indexes = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ux_handovers_one_open'"
        ).fetchone()[0]
    assert _counts(path, tables) == before
    assert linked == {
        h: (None if status == "cancelled" else reform) for h, status in statuses.items()
    }
    assert "WHERE status IN ('planned', 'in_progress')" in indexes
    command.downgrade(alembic_config(db), "0013")
    db.dispose()
    assert _counts(path, tables) == before
    with sqlite3.connect(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(handovers)")}
        assert "division_id" not in columns and "unit_code" in columns
        assert (
            connection.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'ux_handovers_one_open'"
            ).fetchone()[0]
            == indexes
        )
