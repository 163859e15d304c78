"""Copies of an SQLite database with SQLite's backup API, and putting one back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from omatyontekija.store.migrate import backup_sqlite


class BackupError(RuntimeError):
    pass


def check_database_file(path: Path) -> None:
    """BackupError unless ``path`` is an intact SQLite database of this product."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            (result,) = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path.name}: not an SQLite database ({error})") from None
    if result != "ok":
        raise BackupError(f"{path.name} failed its integrity check: {result}")
    if not {"alembic_version", "clients"} <= tables:
        raise BackupError(f"{path.name}: not an Omatyöntekijä database")


def make_backup(source: Path, target: Path) -> Path:
    """Copy the live database to ``target`` (which must not exist) and check the copy."""
    if target.exists():
        raise BackupError(f"{target}: already exists; choose a new name")
    return backup_sqlite(source, target)


def restore_backup(backup: Path, target: Path) -> Path:
    """Put ``backup`` in place of the database ``target`` after checking it; the database as it
    was is first copied beside itself (its path is returned). Other connections must be closed."""
    check_database_file(backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    previous = backup_sqlite(
        target, target.with_name(f"{target.stem}.before-restore-{stamp}.sqlite3")
    )
    # The backup API writes through SQLite's own locking and journal, so a
    # reader that opens the file meanwhile sees either the old or the new one.
    with sqlite3.connect(backup) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
        (result,) = dst.execute("PRAGMA integrity_check").fetchone()
    if result != "ok":
        raise BackupError(f"the restored database failed its integrity check: {result}")
    return previous
