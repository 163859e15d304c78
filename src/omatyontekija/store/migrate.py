"""Schema migrations with Alembic, and the backup taken before one runs."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, text

from omatyontekija.private_files import private_directory, private_output
from omatyontekija.store.db import Database

# The newest migration. Start-up compares the database with this and imports
# Alembic (a quarter of a second) only when there is something to migrate;
# tests/store/test_migrations.py keeps it equal to Alembic's own head.
SCHEMA_REVISION = "0014"


class MigrationError(RuntimeError):
    pass


class NewerSchema(MigrationError):
    """The database was made by a newer version of the program: nothing is done to it."""

    def __init__(self, found: str, known: str) -> None:
        self.found = found
        self.known = known
        super().__init__(
            f"this database was made by a newer version (schema {found}; this program knows "
            f"up to {known}): use that version or a newer one"
        )


MIGRATIONS = Path(__file__).with_name("migrations")


def known_revisions() -> frozenset[str]:
    """The schema revisions this program has migrations for (by their files' names, so
    without importing Alembic)."""
    return frozenset(
        path.name.split("_", 1)[0]
        for path in (MIGRATIONS / "versions").glob("*_*.py")
        if path.name.split("_", 1)[0].isdigit()
    )


def check_known(revision: str | None) -> None:
    """NewerSchema unless ``revision`` is None (a new database) or one this program knows."""
    if revision is not None and revision not in known_revisions():
        raise NewerSchema(revision, SCHEMA_REVISION)


def _revision_of_file(path: Path) -> str | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _earlier_copy(db_path: Path, head: str, current: str) -> Path | None:
    """A copy taken before an earlier attempt of this same schema change, if one is there."""
    for copy in sorted(db_path.parent.glob(f"{db_path.stem}.before-{head}-*.sqlite3")):
        if _revision_of_file(copy) == current:
            return copy
    return None


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


def backup_sqlite(source: Path, target: Path, *, replace: bool = True) -> Path:
    """Copy a live SQLite database with SQLite's backup API and check the copy.

    The copy is written private (0600) under a ``.part`` name and renamed when whole
    and checked; on any failure (a full disk too) nothing is left behind."""
    private_directory(target.parent)
    with private_output(target, replace=replace) as part:
        src = sqlite3.connect(source)
        dst = sqlite3.connect(part)
        try:
            src.backup(dst)
            # A standalone file: no -wal beside the copy, whatever the source used.
            dst.execute("PRAGMA journal_mode = DELETE")
            (result,) = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
            src.close()
        if result != "ok":
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
    check_known(current)  # before any copy is taken: a newer database is left alone
    from alembic import command

    head = head_revision()
    backup_path = None
    if backup and current is not None and db.path is not None and db.path.exists():
        # Once per schema change: a retry after a failed attempt keeps the first copy.
        backup_path = _earlier_copy(db.path, head, current)
        if backup_path is None:
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
