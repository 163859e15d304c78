"""Backups of the workstation database and restoring one; administrators only.

A restore never erases an access: the backup is copied aside, migrated if it is older,
checked (integrity, this product, a known schema, an unbroken access log), then the
entries the live log has beyond the backup's are carried over and the restore's own
entry appended, all before the copy replaces the live database. A refused or failed
restore changes nothing and is logged (success false) in the live database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import replace
from pathlib import Path

from omatyontekija.domain.access import Task
from omatyontekija.services.audit import (
    CURRENT_FORMAT,
    append_entry,
    check_entries,
    entry_hash,
)
from omatyontekija.services.context import Context
from omatyontekija.services.trust.use_case import Work, composed, record_access, use_case
from omatyontekija.store import access_log as log_store
from omatyontekija.store import anchors as anchor_store
from omatyontekija.store.backup import (
    CURRENT_TABLES,
    BackupError,
    BackupFailed,
    check_database_file,
    keep_previous,
    make_backup,
    put_in_place,
    remove_staged,
    stage_copy,
    tables_of,
)
from omatyontekija.store.db import Database
from omatyontekija.store.migrate import migrate

__all__ = ["BackupError", "BackupFailed", "backup_database", "restore_database"]


def _sqlite_path(ctx: Context) -> Path:
    if ctx.db.path is None:
        raise BackupError(
            "backups of a PostgreSQL database are taken on the server (pg_dump), not here"
        )
    return ctx.db.path


@use_case("backup", task=Task.BACKUP, reason_arg=None)
def backup_database(work: Work, out: Path) -> Path:
    """Copy the database to ``out`` with SQLite's backup API, checked with integrity_check.
    The backup holds every client, so it is logged (action ``backup``, the file named)."""
    out = Path(out)
    work.detail(str(out))
    return make_backup(_sqlite_path(work.ctx), out)


@use_case(None, task=Task.BACKUP)
def _authorise_restore(work: Work) -> None:
    """Only who may take backups may put one back (the door refuses everyone else)."""


@composed
def restore_database(ctx: Context, backup: Path) -> Path:
    """Replace the database with ``backup`` (checked first, migrated if older); the
    database as it was is copied beside itself first and that copy's path returned."""
    _authorise_restore(ctx)
    backup = Path(backup)
    try:
        return _restore(ctx, backup, _sqlite_path(ctx))
    except BackupError as error:
        _log_failed_restore(ctx, backup, error)
        raise
    except Exception as error:
        _log_failed_restore(ctx, backup, error)
        raise


def _log_failed_restore(ctx: Context, backup: Path, error: Exception) -> None:
    reason = f"{backup}: {str(error).splitlines()[0] if str(error) else type(error).__name__}"
    # The live database may be what failed; the refusal stands either way.
    with contextlib.suppress(Exception):
        record_access(ctx, "restore", [], reason=reason[:500], success=False)


def _restore(ctx: Context, backup: Path, target: Path) -> Path:
    revision = check_database_file(backup)
    stage = stage_copy(backup, target)
    try:
        staged = Database(str(stage))
        try:
            head = _prepare(ctx, staged, stage, backup, revision)
        finally:
            staged.dispose()
        previous = keep_previous(target)
        ctx.db.dispose()  # our pooled connections must not hold the old file open
        put_in_place(stage, target)
    finally:
        remove_staged(stage)
    _keep_head(ctx, head)
    ctx.forget_user()
    return previous


def _prepare(
    ctx: Context, staged: Database, stage: Path, backup: Path, revision: str
) -> tuple[int, str]:
    """Migrate and check the staged copy, carry the live log's newer entries into it and
    append the restore's own entry; the new head (sequence, hash)."""
    try:
        migrate(staged, backup=False)
    except Exception as error:
        raise BackupError(
            f"{backup.name}: its schema {revision} could not be brought up to date "
            f"({str(error).splitlines()[0] if str(error) else type(error).__name__})"
        ) from None
    if not tables_of(stage) >= CURRENT_TABLES:
        raise BackupError(f"{backup.name}: not an Omatyöntekijä database")
    try:
        with staged.read() as session:
            report = check_entries(log_store.iter_stored(session))
    except Exception:
        raise BackupError(f"{backup.name}: its access log cannot be read") from None
    if not report.ok:
        raise BackupError(
            f"{backup.name}: its access log is broken at entry {report.broken_at}; not restored"
        )
    with ctx.db.read() as live:
        if report.count == 0 or log_store.hash_at(live, report.count) == report.head:
            # The backup's log is the start of the live one: the rest follows as it is.
            carried, verbatim = list(log_store.iter_stored(live, after=report.count)), True
        else:
            # Another history (a backup of another database, or after an earlier
            # restore): every live entry is appended after the backup's, chained anew.
            carried, verbatim = list(log_store.iter_stored(live)), False
    with staged.write() as session:
        for stored in carried:
            if verbatim:
                log_store.insert_entry(session, stored.entry, format=stored.format)
                continue
            sequence, previous = log_store.last_link(session)
            draft = replace(stored.entry, sequence=sequence + 1, previous_hash=previous, hash="")
            log_store.insert_entry(
                session,
                replace(draft, hash=entry_hash(previous, draft)),
                format=CURRENT_FORMAT,
            )
        entry = append_entry(
            session,
            ctx,
            "restore",
            [],
            reason=f"restored from {backup}; {len(carried)} entries carried over "
            "from the replaced database",
        )
    return entry.sequence, entry.hash


def _keep_head(ctx: Context, head: tuple[int, str]) -> None:
    """Write the restored log's head outside the database, as the first append of a day
    does, so ``audit verify`` checks the new chain against it."""
    with contextlib.suppress(OSError):  # else the next day's first append writes one
        anchor_store.write_anchor(
            anchor_store.anchor_file(ctx.db),
            anchor_store.Anchor(anchor_store.HEAD, dt.date.today(), head[0], head[1]),
            anchor_store.database_identity(ctx.db),
        )
