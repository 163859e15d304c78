"""Setting up a shared PostgreSQL installation: the owner migrates and applies the rights."""

from __future__ import annotations

from omatyontekija.store.db import Database
from omatyontekija.store.migrate import migrate
from omatyontekija.store.shared import SharedSetupError, apply_shared_rights

__all__ = ["SharedSetupError", "setup_shared"]


def setup_shared(database: str | None, app_role: str) -> list[str]:
    """Bring the schema up to date and give ``app_role`` exactly the rights the program
    needs (store/shared.py); run with the owner's login, as often as wanted.

    Returns the statements run; SharedSetupError when the database is not PostgreSQL
    or the role is missing and cannot be made.
    """
    if not app_role.strip():
        raise SharedSetupError("--app-role: a role name is needed")
    db = Database(database)
    try:
        if db.is_sqlite:
            raise SharedSetupError("setup-shared is for a PostgreSQL database, not an SQLite file")
        migrate(db)
        with db.engine.begin() as connection:
            return apply_shared_rights(connection, app_role)
    finally:
        db.dispose()
