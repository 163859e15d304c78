"""Schema migrations with Alembic, and the backup taken before one runs."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, text

from omatyontekija.store.db import Database

# The newest migration. Start-up compares the database with this and imports
# Alembic (a quarter of a second) only when there is something to migrate;
# tests/store/test_migrations.py keeps it equal to Alembic's own head.
SCHEMA_REVISION = "0011"


class MigrationError(RuntimeError):
    pass


MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(db: Database):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The head of the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(db: Database) -> str | None:
    """The schema revision stored in the database; None for a database without one."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with SQLite's backup API and check the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
        (result,) = dst.execute("PRAGMA integrity_check").fetchone()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise MigrationError(f"backup {target.name} failed its integrity check: {result}")
    return target


def migrate(db: Database, *, backup: bool = True) -> Path | None:
    """Bring the schema to the newest revision.

    When an existing SQLite database is about to change schema, a backup copy
    is taken beside it first; its path is returned (None when none was needed).
    """
    current = current_revision(db)
    if current == SCHEMA_REVISION:
        return None
    from alembic import command

    head = head_revision()
    backup_path = None
    if backup and current is not None and db.path is not None and db.path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backup_sqlite(
            db.path, db.path.with_name(f"{db.path.stem}.before-{head}-{stamp}.sqlite3")
        )
    config = alembic_config(db)
    with db.engine.connect() as connection:
        if db.is_sqlite:
            # Must happen outside a transaction, where SQLite ignores it; see env.py.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if db.is_sqlite:
                    # Foreign keys were off: make sure no migration left dangling rows.
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(
                            f"the migration left {len(broken)} rows with broken references"
                        )
        finally:
            if db.is_sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
    return backup_path
