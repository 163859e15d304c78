"""Copies of an SQLite database with SQLite's backup API, and putting one back."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from omatyontekija.private_files import create_private_file, remove_quietly
from omatyontekija.store.migrate import NewerSchema, backup_sqlite, check_known

# Without these a file is no database of this product (older schemas have them too).
PRODUCT_TABLES = frozenset({"alembic_version", "clients"})
# What a database at the current schema has besides; checked after migrating a copy.
CURRENT_TABLES = frozenset({"alembic_version", "clients", "workers", "users", "access_log"})


class BackupError(RuntimeError):
    """A backup or restore that was refused (bad input: exit status 2) or failed
    (``status`` 1: the disk, the database)."""

    status = 2


class BackupFailed(BackupError):
    status = 1


def _meaning(error: BaseException) -> str:
    text = getattr(error, "strerror", None) or (str(error).splitlines() or [""])[0]
    if "full" in text.lower():
        return "the disk is full"
    return text or type(error).__name__


def check_database_file(path: Path) -> str:
    """The schema revision of ``path``; BackupError unless it is an intact SQLite database of
    this product at a schema this program knows (the same or an older one)."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            (result,) = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path.name}: not an SQLite database ({_meaning(error)})") from None
    if result != "ok":
        raise BackupError(f"{path.name} failed its integrity check: {result}")
    if not tables >= PRODUCT_TABLES or not isinstance(revision, str):
        raise BackupError(f"{path.name}: not an Omatyöntekijä database")
    try:
        check_known(revision)
    except NewerSchema as error:
        raise BackupError(f"{path.name}: {error}") from None
    return revision


def make_backup(source: Path, target: Path) -> Path:
    """Copy the live database to ``target`` (which must not exist) and check the copy.
    Nothing is left at ``target`` when this fails, so the same name can be tried again."""
    if target.exists():
        raise BackupError(f"{target}: already exists; choose a new name")
    if not target.parent.is_dir():
        raise BackupError(f"{target.parent}: no such folder")
    try:
        return backup_sqlite(source, target, replace=False)
    except FileExistsError:
        raise BackupError(f"{target}: already exists; choose a new name") from None
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(
            f"{target}: the backup could not be written: {_meaning(error)}"
        ) from None


def stage_copy(backup: Path, live: Path) -> Path:
    """A private working copy of ``backup`` beside ``live`` (same disk), to migrate, check and
    complete before it replaces the live database; the caller removes it."""
    stage = live.with_name(f"{live.stem}.restoring.part")
    remove_staged(stage)
    try:
        create_private_file(stage)
        with (
            contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(stage)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
    except (OSError, sqlite3.Error) as error:
        remove_staged(stage)
        raise BackupFailed(
            f"{live}: the restore could not be prepared: {_meaning(error)}"
        ) from None
    return stage


def remove_staged(stage: Path) -> None:
    remove_quietly(*(Path(f"{stage}{end}") for end in ("", "-journal", "-wal", "-shm")))


def keep_previous(target: Path) -> Path:
    """Copy the live database beside itself before it is replaced; the copy's path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        return backup_sqlite(
            target, target.with_name(f"{target.stem}.before-restore-{stamp}.sqlite3")
        )
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(
            f"{target}: the database could not be copied before the restore: {_meaning(error)}"
        ) from None


def put_in_place(stage: Path, target: Path) -> None:
    """Write the checked ``stage`` over the live database ``target``. The backup API writes
    through SQLite's own locking and journal, so a reader sees either the old or the new
    database; other connections must be closed."""
    with (
        contextlib.closing(sqlite3.connect(stage)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
        (result,) = dst.execute("PRAGMA integrity_check").fetchone()
    if result != "ok":
        raise BackupFailed(f"the restored database failed its integrity check: {result}")


def tables_of(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
