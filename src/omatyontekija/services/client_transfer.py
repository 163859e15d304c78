"""Export clients to CSV/XLSX and import them back: supervisors only, logged, all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from omatyontekija.domain.access import Action, Task
from omatyontekija.domain.identity import compact
from omatyontekija.private_files import private_output
from omatyontekija.services.admin.directory import WorkerDirectory
from omatyontekija.services.client_import import KNOWN, Problem, client_columns, validate
from omatyontekija.services.context import Context
from omatyontekija.services.table_files import (
    NotATable,
    read_table,
    table_format,
    write_csv,
    write_xlsx,
)
from omatyontekija.services.trust.use_case import Work, composed, use_case
from omatyontekija.store.client_transfer import CLIENT_COLUMNS, FACT_COLUMNS

EXPORT_COLUMNS = list(KNOWN)
Progress = Callable[[int, int], None]


class ImportRefused(ValueError):
    """Nothing was imported; ``problems`` lists every reason, row by row."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problems; nothing was imported")


@dataclass(frozen=True, slots=True)
class ClientChange:
    """One client the update would change: field -> (in the database, in the file)."""

    client_id: int
    identity_code: str
    fields: dict[str, tuple[object, object]]


@dataclass(frozen=True, slots=True)
class ImportResult:
    rows: int
    client_ids: tuple[int, ...]  # empty for a dry run
    dry_run: bool
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    missing_from_file: int = 0  # in the database, not in the file: never deleted
    changes: tuple[ClientChange, ...] = ()
    recognised: tuple[tuple[str, str], ...] = ()  # (header, field)
    ignored: tuple[str, ...] = ()

    def counts(self) -> dict[str, int]:
        return {
            "added": self.added,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "missing_from_file": self.missing_from_file,
        }


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


@use_case(Action.EXPORT, task=Task.EXPORT, reason_arg=None)
def _export_records(work: Work) -> list[dict]:
    """Every client's exported fields, logged as ``export`` of every client."""
    records = list(work.client_transfer.export_rows())
    work.shown(r["id"] for r in records)
    return records


@composed
def export_clients(ctx: Context, out: Path) -> int:
    """Write every client with facts, services and named worker to ``out`` (.csv or .xlsx);
    returns the count. Logged as ``export`` of every client (committed) before the file is
    written: a file cut short by a crash was still an export."""
    kind = table_format(out)
    records = _export_records(ctx)
    rows = [[_text(r[column]) for column in EXPORT_COLUMNS] for r in records]
    # Written beside, private, and renamed: a crash or a full disk never leaves half a
    # file under the real name, and the partial file is removed.
    with private_output(out) as part:
        (write_xlsx if kind == "xlsx" else write_csv)(part, EXPORT_COLUMNS, rows)
    return len(rows)


def _compared_fields(columns) -> list[str]:
    present = set(columns.columns)
    fields = [f for f in (*CLIENT_COLUMNS[1:], *FACT_COLUMNS) if f in present]
    if present & {"named_worker", "named_worker_id"}:
        fields.append("named_worker_id")
    return fields


def _plan_updates(rows, current: dict[int, dict], existing: dict[str, int], columns):
    """(changes, updates) for the rows of clients already in the database."""
    fields = _compared_fields(columns)
    with_services = "services" in columns.columns
    changes: list[ClientChange] = []
    updates = []
    for row in rows:
        code = row.client["identity_code"]
        client_id = existing[code]
        old = current[client_id]
        diff = {f: (old[f], row.client.get(f)) for f in fields if old[f] != row.client.get(f)}
        if with_services and sorted(old["services"]) != sorted(row.services):
            diff["services"] = (" ".join(old["services"]), " ".join(row.services))
        if not diff:
            continue
        changes.append(ClientChange(client_id, code, diff))
        column_changes = {f: new for f, (_, new) in diff.items() if f != "services"}
        names = bool({"last_name", "first_names"} & set(column_changes))
        if names:
            column_changes["sort_key"] = row.client["sort_key"]
        updates.append(
            (
                client_id,
                column_changes,
                list(row.services) if "services" in diff else None,
                row.name_keys if names else None,
            )
        )
    return changes, updates


@use_case(Action.IMPORT, task=Task.IMPORT, reason_arg=None)
def import_clients(
    work: Work,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    update: bool = False,
    mapping: dict[str, str] | None = None,
) -> ImportResult:
    """Check every row of ``path``, then add all its clients in one transaction, or none.

    Columns are found by the program's names, the names of old systems' exports and
    ``mapping`` (header -> field). With ``update`` a client already in the database
    (by identity code) is updated with the file's values of the columns it has; the
    result says how many are new, changed (field by field), unchanged and missing from
    the file (never deleted). Raises NotATable when the file is no table, ImportRefused
    with every problem when any row is invalid, AccessDenied, AccessLogUnavailable.
    With ``dry_run`` only checks. ``progress(done, total)`` is called as rows go in.
    """
    # One write transaction from the first read to the last row (the door's): a second
    # import at the same time waits for it, and then sees its clients as existing.
    table = read_table(path)
    columns = client_columns(table, mapping)
    workers = work.client_transfer.worker_ids()
    directory = WorkerDirectory(work.workers.list_workers())
    # Compared as the check compares them: a code written with a Unicode dash or
    # fullwidth digits is the same code, so the duplicate is found here, not by the database.
    codes = [compact(c) for c in _column(table, columns, "identity_code")]
    existing = work.client_transfer.existing_identity_codes(codes)
    total_clients = work.client_transfer.client_total()
    current = work.client_transfer.current_values(list(existing.values())) if update else {}
    rows, problems = validate(
        table,
        today=work.today,
        workers=workers,
        existing=existing,
        by=work.login,
        directory=directory,
        columns=columns,
        update=update,
    )
    if problems:
        raise ImportRefused(problems)
    new_rows = [r for r in rows if r.client["identity_code"] not in existing]
    old_rows = [r for r in rows if r.client["identity_code"] in existing]
    changes, updates = _plan_updates(old_rows, current, existing, columns)
    matched = len({existing[r.client["identity_code"]] for r in old_rows})
    described = dict(
        added=len(new_rows),
        changed=len(changes),
        unchanged=len(old_rows) - len(changes),
        missing_from_file=total_clients - matched if update else 0,
        changes=tuple(changes),
        recognised=tuple(columns.recognised()),
        ignored=columns.ignored,
    )
    if dry_run:
        # The changes shown hold the records' present values: those clients' data reached
        # the user, so the door logs them (a dry run of new clients only logs nothing).
        work.shown(u[0] for u in updates)
        work.detail(f"import {path.name} (dry run)")
        return ImportResult(len(rows), (), True, **described)
    total = len(new_rows)
    if progress:
        progress(0, total)
    ids = work.client_transfer.insert_clients(
        [r.client for r in new_rows],
        [r.services for r in new_rows],
        [r.name_keys for r in new_rows],
        progress=(lambda done: progress(done, total)) if progress else None,
    )
    work.client_transfer.update_clients(updates, by=work.login)
    # The door logs them, in this same transaction: all rows and their entry, or nothing.
    work.shown([*ids, *(u[0] for u in updates)])
    work.detail(f"import {path.name}")
    return ImportResult(len(rows), tuple(ids), False, **described)


def _column(table, columns, name: str) -> list[str]:
    if name not in columns.columns:
        return []
    index = columns.columns[name]
    return [r[index].replace(" ", "") for r in table.rows if len(r) > index and r[index]]


__all__ = ["ImportRefused", "ImportResult", "NotATable", "export_clients", "import_clients"]
