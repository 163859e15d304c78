"""Backups of the workstation database and restoring one; administrators only."""

from __future__ import annotations

from pathlib import Path

from omatyontekija.domain.access import Task
from omatyontekija.services.audit import record_access, require_task
from omatyontekija.services.context import Context
from omatyontekija.store.backup import BackupError, make_backup, restore_backup
from omatyontekija.store.migrate import migrate

__all__ = ["BackupError", "backup_database", "restore_database"]


def _sqlite_path(ctx: Context) -> Path:
    if ctx.db.path is None:
        raise BackupError(
            "backups of a PostgreSQL database are taken on the server (pg_dump), not here"
        )
    return ctx.db.path


def backup_database(ctx: Context, out: Path) -> Path:
    """Copy the database to ``out`` with SQLite's backup API, checked with integrity_check.
    The backup holds every client, so it is logged (action ``backup``) first."""
    require_task(ctx, Task.BACKUP)
    source = _sqlite_path(ctx)
    record_access(ctx, "backup", [], reason=str(out))
    return make_backup(source, out)


def restore_database(ctx: Context, backup: Path) -> Path:
    """Replace the database with ``backup`` (checked first) and bring its schema up to date.

    The database as it was is copied beside itself first; that copy's path is
    returned. Entries logged after the backup was taken are in that copy only:
    the restored log is a valid but shorter chain (the kept head shows it).
    """
    require_task(ctx, Task.BACKUP)
    target = _sqlite_path(ctx)
    record_access(ctx, "restore", [], reason=str(backup))
    ctx.db.dispose()  # our pooled connections must not hold the old file open
    previous = restore_backup(backup, target)
    migrate(ctx.db)
    ctx.forget_user()
    return previous
