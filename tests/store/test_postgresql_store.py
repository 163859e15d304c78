"""The schema on PostgreSQL: migrations to head, no drift from the models, binary search keys.

Runs when $OMATYONTEKIJA_TEST_POSTGRES_URL names a server (.ci/run starts one);
the ``postgres_url`` fixture skips otherwise.
"""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from omatyontekija.store.db import Database
from omatyontekija.store.migrate import alembic_config, current_revision, head_revision, migrate
from omatyontekija.store.models import Base

KEY_COLUMNS = {("clients", "identity_code"), ("clients", "sort_key"), ("client_name_keys", "key")}


def collations(db: Database) -> dict[tuple[str, str], str | None]:
    with db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT table_name, column_name, collation_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type = 'character varying'"
            )
        )
        return {(t, c): collation for t, c, collation in rows}


def test_an_empty_database_migrates_to_head_without_drift(postgres_url):
    db = Database(postgres_url)
    try:
        assert current_revision(db) is None
        migrate(db)
        assert current_revision(db) == head_revision()
        assert migrate(db) is None  # twice is a no-op
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.dispose()


def test_a_postgresql_database_gives_the_partial_indexes_their_condition(postgres_url):
    # The models name no PostgreSQL option at import (a SQLite start would load the whole
    # dialect); opening PostgreSQL declares the partial indexes' condition.
    db = Database(postgres_url)
    try:
        partial = {
            index.name: str(index.dialect_options["postgresql"]["where"])
            for table in Base.metadata.tables.values()
            for index in table.indexes
            if index.dialect_options["sqlite"]["where"] is not None
        }
    finally:
        db.dispose()
    assert partial == {
        "ux_service_packages_one_open": "ended_on IS NULL",
        "ux_handovers_one_open": "status IN ('planned', 'in_progress')",
    }


def test_every_connection_plans_each_statement_for_its_parameters(postgres_url):
    # A generic plan of a name-prefix range read whole ranges: 300–400 ms keystrokes.
    db = Database(postgres_url)
    try:
        migrate(db)
        for _ in range(2):  # a fresh connection and one from the pool
            with db.read() as session:
                assert session.execute(text("SHOW plan_cache_mode")).scalar() == (
                    "force_custom_plan"
                )
    finally:
        db.dispose()


def test_search_keys_compare_binary_and_other_text_keeps_the_default(postgres_url):
    db = Database(postgres_url)
    try:
        migrate(db)
        found = collations(db)
    finally:
        db.dispose()
    assert {column: found[column] for column in KEY_COLUMNS} == dict.fromkeys(KEY_COLUMNS, "C")
    assert found[("clients", "last_name")] is None


def test_an_older_database_gets_binary_keys_from_migration_0004(postgres_url):
    db = Database(postgres_url)
    try:
        command.upgrade(alembic_config(db), "0003")
        before = collations(db)
        command.upgrade(alembic_config(db), "head")
        after = collations(db)
        command.downgrade(alembic_config(db), "0003")
        again = collations(db)
    finally:
        db.dispose()
    assert all(before[c] is None for c in KEY_COLUMNS)
    assert all(after[c] == "C" for c in KEY_COLUMNS)
    assert again == before


def test_migration_0012_gives_existing_divisions_to_disability_services(postgres_url):
    db = Database(postgres_url)
    try:
        command.upgrade(alembic_config(db), "0011")
        with db.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO area_divisions (id, name, effective_from, created_at, created_by)"
                    " VALUES (1, 'Aluejako', '2020-03-16', now(), 'x'),"
                    " (2, 'Aluejako 2027', '2027-01-01', now(), 'x')"
                )
            )
            connection.execute(
                text("INSERT INTO areas (id, division_id, name) VALUES (1, 1, 'A'), (2, 2, 'A')")
            )
        command.upgrade(alembic_config(db), "head")
        with db.engine.begin() as connection:
            rows = connection.execute(
                text("SELECT id, unit_code FROM area_divisions ORDER BY id")
            ).all()
            areas = connection.execute(text("SELECT count(*) FROM areas")).scalar_one()
            # another unit may take a division from the same date
            connection.execute(
                text(
                    "INSERT INTO area_divisions (id, name, effective_from, created_at, created_by,"
                    " unit_code) VALUES (3, 'LS', '2020-03-16', now(), 'x', 'child_protection')"
                )
            )
        command.downgrade(alembic_config(db), "0011")
        with db.engine.connect() as connection:
            left = connection.execute(text("SELECT id FROM area_divisions ORDER BY id")).all()
    finally:
        db.dispose()
    assert [tuple(r) for r in rows] == [(1, "disability_services"), (2, "disability_services")]
    assert areas == 2
    assert [r[0] for r in left] == [1, 2]  # only disability services' existed before


def test_migration_0014_links_reform_handovers_and_goes_down_again(postgres_url):
    """Up from 0013 with a reform for 1.1.2027 that replaced an earlier plan (one handover
    cancelled, one kept, one its own) and a handover of another reason; down again."""
    db = Database(postgres_url)
    try:
        command.upgrade(alembic_config(db), "0013")
        with db.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO workers (id, name, role, phone, email, capacity, active) "
                    "VALUES (2, 'B', 'social_worker', '', '', 50, true)"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO clients (id, identity_code, birth_date, last_name, "
                    "first_names, sort_key, language, phone, email, street_address, "
                    "postal_code, post_office, stage, created_at, updated_at, updated_by, "
                    "version) VALUES "
                    + ", ".join(
                        f"({i}, '0101{i:02d}A9{i:02d}X', '2001-01-01', 'S', 'E', 's', 'fi', "
                        "'', '', '', '40100', 'JKL', 'client', now(), now(), 'x', 1)"
                        for i in range(1, 5)
                    )
                )
            )
            connection.execute(
                text(
                    "INSERT INTO area_divisions (id, name, effective_from, created_at, created_by)"
                    " VALUES (1, 'Aluejako', '2020-03-16', '2026-01-01 10:00+00', 'x'),"
                    " (2, 'Aluejako 2027', '2027-01-01', '2026-11-02 10:00+00', 'x')"
                )
            )
            handovers = [
                # (id, client, reason, status, created_at)
                (1, 1, "area_reform", "cancelled", "2026-11-01 10:00:01+00"),  # replaced plan's
                (2, 2, "area_reform", "planned", "2026-11-01 10:00:01+00"),  # kept
                (3, 3, "area_reform", "planned", "2026-11-02 10:00:01+00"),  # its own
                (4, 4, "other", "planned", "2026-11-02 10:00:02+00"),
            ]
            for handover_id, client, reason, status, created in handovers:
                connection.execute(
                    text(
                        "INSERT INTO handovers (id, client_id, to_worker_id, reason, status, "
                        "template, note, created_by, created_at, version) VALUES "
                        "(:id, :client, 2, :reason, :status, 't', '', 'x', :created, 1)"
                    ),
                    {
                        "id": handover_id,
                        "client": client,
                        "reason": reason,
                        "status": status,
                        "created": created,
                    },
                )
        command.upgrade(alembic_config(db), "head")
        with db.engine.begin() as connection:
            linked = dict(connection.execute(text("SELECT id, division_id FROM handovers")).all())
            # the link lets go when a division is deleted (a reform replacing it)
            connection.execute(text("DELETE FROM areas WHERE division_id = 2"))
            connection.execute(text("DELETE FROM area_divisions WHERE id = 2"))
            after_delete = dict(
                connection.execute(text("SELECT id, division_id FROM handovers")).all()
            )
        command.downgrade(alembic_config(db), "0013")
        with db.engine.connect() as connection:
            left = connection.execute(text("SELECT count(*) FROM handovers")).scalar_one()
            columns = {
                row[0]
                for row in connection.execute(
                    text(
                        "SELECT column_name FROM information_schema.columns "
                        "WHERE table_name = 'handovers'"
                    )
                )
            }
    finally:
        db.dispose()
    assert linked == {1: None, 2: 2, 3: 2, 4: None}
    assert after_delete == {1: None, 2: None, 3: None, 4: None}
    assert left == 4 and "division_id" not in columns
