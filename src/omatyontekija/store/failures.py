"""What a failure of the database or the file system means, in one line a user can act on.

The database drivers' messages can quote the values of a statement (client data) on
their second and later lines; only the first line of the driver's own message is
used, and never the statement or its parameters.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

from sqlalchemy import exc
from sqlalchemy.engine import make_url

from omatyontekija.store.db import resolve_url
from omatyontekija.store.migrate import MigrationError

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


@dataclass(frozen=True, slots=True)
class Failure:
    status: int  # EXIT_FAILED: the environment; EXIT_BAD_INPUT: what the user gave
    text: str


def database_place(url: str | None) -> str:
    """The database as it can be shown: the file, or the URL without its password."""
    try:
        parsed = make_url(resolve_url(url))
    except Exception:
        return "the database"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "the database"
    return parsed.render_as_string(hide_password=True)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:200] if text else type(error).__name__


_SQLITE = (
    ("file is not a database", "is not a database file (or it is damaged)"),
    ("malformed", "is damaged (database disk image is malformed)"),
    ("readonly database", "is read-only: nothing can be saved there"),
    ("read-only", "is read-only: nothing can be saved there"),
    ("disk is full", "cannot grow: the disk is full"),
    ("disk i/o error", "cannot be read or written (disk I/O error)"),
    ("unable to open database file", "cannot be opened (no such folder, or no permission)"),
    ("database is locked", "is in use by another program; try again in a moment"),
)


def _explain_driver(orig: BaseException, place: str) -> Failure:
    first = _first_line(orig)
    lowered = first.lower()
    if isinstance(orig, sqlite3.Error):
        for needle, meaning in _SQLITE:
            if needle in lowered:
                return Failure(EXIT_FAILED, f"database {place} {meaning}")
        if isinstance(orig, sqlite3.IntegrityError):
            return Failure(
                EXIT_FAILED,
                f"database {place} refused the change ({first}); perhaps someone changed the "
                "same data at the same time: try again",
            )
        return Failure(EXIT_FAILED, f"database {place}: {first}")
    # PostgreSQL (psycopg): connection refused, wrong password, no such database, ...
    name = type(orig).__name__
    if name in ("StringDataRightTruncation", "NumericValueOutOfRange", "DataError") or (
        "value too long" in lowered
    ):
        return Failure(EXIT_BAD_INPUT, f"a value is too long or out of range for {place}")
    if "unique" in lowered or name in ("UniqueViolation", "IntegrityError"):
        return Failure(
            EXIT_FAILED,
            f"database {place} refused the change ({first}); perhaps someone changed the "
            "same data at the same time: try again",
        )
    return Failure(EXIT_FAILED, f"database {place}: {first}")


_OS = {
    errno.ENOSPC: "the disk is full",
    errno.EFBIG: "the file is too large (a size limit was reached)",
    errno.EDQUOT: "the disk quota is full",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EIO: "input/output error",
}
_OS_BAD_INPUT = (FileNotFoundError, IsADirectoryError, NotADirectoryError, FileExistsError)


def explain(error: BaseException, url: str | None = None) -> Failure | None:
    """A one-line meaning of ``error`` when it is a database or file-system failure, else None."""
    place = database_place(url)
    if isinstance(error, exc.DBAPIError) and error.orig is not None:
        return _explain_driver(error.orig, place)
    if isinstance(error, exc.NoSuchModuleError | exc.ArgumentError):
        return Failure(EXIT_BAD_INPUT, f"database URL not understood: {place}")
    if isinstance(error, exc.SQLAlchemyError):
        return Failure(EXIT_FAILED, f"database {place}: {_first_line(error)}")
    if isinstance(error, sqlite3.Error):
        return _explain_driver(error, place)
    if isinstance(error, OSError):
        where = error.filename or place
        if isinstance(error, _OS_BAD_INPUT):
            return Failure(EXIT_BAD_INPUT, f"{where}: {error.strerror or _first_line(error)}")
        meaning = _OS.get(error.errno or 0, error.strerror or _first_line(error))
        return Failure(EXIT_FAILED, f"{where}: {meaning}")
    if isinstance(error, MigrationError):
        return Failure(EXIT_FAILED, f"database {place}: {_first_line(error)}")
    module = type(error).__module__ or ""
    if module.startswith("alembic"):
        return Failure(EXIT_FAILED, f"database {place}: schema: {_first_line(error)}")
    return None
