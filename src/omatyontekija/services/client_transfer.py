"""Export clients to CSV/XLSX and import them back: supervisors only, logged, all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from omatyontekija.domain.access import Action, Task
from omatyontekija.services.audit import (
    AccessLogUnavailable,
    append_entry,
    record_access,
    require_task,
)
from omatyontekija.services.client_import import KNOWN, Problem, validate
from omatyontekija.services.context import Context
from omatyontekija.services.table_files import (
    NotATable,
    read_table,
    table_format,
    write_csv,
    write_xlsx,
)
from omatyontekija.store import client_transfer as transfer_store

EXPORT_COLUMNS = list(KNOWN)
Progress = Callable[[int, int], None]


class ImportRefused(ValueError):
    """Nothing was imported; ``problems`` lists every reason, row by row."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problems; nothing was imported")


@dataclass(frozen=True, slots=True)
class ImportResult:
    rows: int
    client_ids: tuple[int, ...]  # empty for a dry run
    dry_run: bool


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


def export_clients(ctx: Context, out: Path) -> int:
    """Write every client with facts, services and named worker to ``out`` (.csv or .xlsx);
    returns the count. Logged as ``export`` of every client before the file is written."""
    require_task(ctx, Task.EXPORT)
    kind = table_format(out)
    with ctx.db.read() as session:
        records = list(transfer_store.export_rows(session))
    record_access(ctx, Action.EXPORT, [r["id"] for r in records])
    rows = [[_text(r[column]) for column in EXPORT_COLUMNS] for r in records]
    tmp = out.with_name(out.name + ".part")
    # Written beside and renamed: a crash never leaves half a file under the real name.
    (write_xlsx if kind == "xlsx" else write_csv)(tmp, EXPORT_COLUMNS, rows)
    tmp.replace(out)
    return len(rows)


def import_clients(
    ctx: Context, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Check every row of ``path``, then add all its clients in one transaction, or none.

    Raises NotATable when the file is no table, ImportRefused with every
    problem when any row is invalid, AccessDenied, AccessLogUnavailable. With
    ``dry_run`` only checks. ``progress(done, total)`` is called as rows go in.
    """
    require_task(ctx, Task.IMPORT)
    table = read_table(path)
    with ctx.db.read() as session:
        workers = transfer_store.worker_ids(session)
        codes = [c.upper() for c in _column(table, "identity_code")]
        existing = transfer_store.existing_identity_codes(session, codes)
    rows, problems = validate(
        table, today=ctx.today, workers=workers, existing=existing, by=ctx.user
    )
    if problems:
        raise ImportRefused(problems)
    if dry_run:
        return ImportResult(len(rows), (), True)
    total = len(rows)
    if progress:
        progress(0, total)
    with ctx.db.write() as session:
        ids = transfer_store.insert_clients(
            session,
            [r.client for r in rows],
            [r.services for r in rows],
            [r.name_keys for r in rows],
            progress=(lambda done: progress(done, total)) if progress else None,
        )
        try:
            append_entry(session, ctx, Action.IMPORT, ids, reason=f"import {path.name}")
        except Exception as error:
            raise AccessLogUnavailable(str(error).splitlines()[0]) from error
    return ImportResult(total, tuple(ids), False)


def _column(table, name: str) -> list[str]:
    if name not in table.headers:
        return []
    index = table.headers.index(name)
    return [r[index].replace(" ", "") for r in table.rows if len(r) > index and r[index]]


__all__ = ["ImportRefused", "ImportResult", "NotATable", "export_clients", "import_clients"]
