"""The unit's workers: added and changed by hand or from a spreadsheet, each change logged.

A worker given a login gets a user of the product (role worker, or supervisor for a
lead social worker) when the one importing may manage users and the login has none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from omatyontekija.domain.access import Role, Task, User
from omatyontekija.domain.errors import UserError
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.domain.worker import Worker, WorkerRole
from omatyontekija.services.admin.columns import WORKER_COLUMNS, map_columns
from omatyontekija.services.admin.directory import WorkerDirectory
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.fields import (
    parse_bool,
    parse_capacity,
    parse_date,
    parse_email,
    role_from_title,
)
from omatyontekija.services.admin.setup import check_login
from omatyontekija.services.authorization import may
from omatyontekija.services.client_import import Problem
from omatyontekija.services.table_files import read_table
from omatyontekija.services.trust.use_case import Work, use_case

TEXT_FIELDS = ("name", "title", "phone", "email", "login", "capacity", "phone_hours")
DATE_FIELDS = ("active_from", "active_until")


def worker_values(texts: Mapping[str, str]) -> tuple[dict, list[tuple[str, Exception]]]:
    """The worker's columns from the given texts (only those given); problems as (field, error),
    each error saying itself in a language (``text(language)``)."""
    values: dict = {}
    problems: list[tuple[str, Exception]] = []
    texts = {k: (v or "").strip() for k, v in texts.items() if v is not None}
    name = texts.get("name") or " ".join(
        t for t in (texts.get("first_name", ""), texts.get("last_name", "")) if t
    )
    if "name" in texts or "first_name" in texts or "last_name" in texts:
        if not name:
            problems.append(("name", UserError("value_required")))
        elif len(name) > 200:
            problems.append(("name", UserError("at_most_characters", limit=200)))
        else:
            values["name"] = " ".join(name.split())

    def convert(field: str, function) -> None:
        if field in texts:
            try:
                values[field] = function(texts[field])
            except ValueError as error:
                problems.append((field, error))

    if texts.get("title"):
        try:
            role = role_from_title(texts["title"])
            values["role"] = role.value
            # a role's code is no title to print; a title as written is
            if texts["title"].strip().lower() not in {r.value for r in WorkerRole}:
                values["title"] = texts["title"]
            else:
                values["title"] = ""
        except ValueError as error:
            problems.append(("title", error))
    for field in ("phone", "phone_hours"):
        if field in texts:
            values[field] = texts[field][: 50 if field == "phone" else 200]
    convert("email", parse_email)
    convert("capacity", parse_capacity)
    convert("active", parse_bool)
    for field in DATE_FIELDS:
        convert(field, parse_date)
    if "login" in texts:
        if texts["login"]:
            try:
                values["login"] = check_login(texts["login"])
            except AdminError as error:
                problems.append(("login", error))
        else:
            values["login"] = None
    start, end = values.get("active_from"), values.get("active_until")
    if start and end and end < start:
        problems.append(("active_until", UserError("before_start")))
    return values, problems


def _describe(worker: Worker) -> str:
    return f"{worker.id} {worker.name} ({worker.role.value})"


@use_case(Task.MANAGE_USERS.value, task=Task.MANAGE_USERS, reason_arg=None)
def _link_user(work: Work, worker: Worker) -> None:
    """A user for the worker's login (its own entry in the caller's transaction)."""
    role = Role.SUPERVISOR if worker.role is WorkerRole.SUPERVISOR else Role.WORKER
    work.users.save_user(User(login=worker.login, role=role, worker_id=worker.id))
    work.detail(f"user added: {worker.login} {role.value}")


def _save(work: Work, worker_id: int | None, values: dict) -> Worker:
    login = values.get("login")
    if login:
        owner = work.administration.worker_with_login(login)
        if owner is not None and owner != worker_id:
            raise AdminError("login_taken", login=login)
    if worker_id is None and "role" not in values:
        values = {**values, "role": WorkerRole.SOCIAL_WORKER.value}
    try:
        worker = work.administration.save_worker(worker_id, values)
    except LookupError:
        raise AdminError("worker_not_found", worker=worker_id) from None
    # A login gets its user when the one saving may make users; otherwise only the worker.
    if (
        worker.login
        and may(work.user.role, Task.MANAGE_USERS)
        and work.users.find_user(worker.login) is None
    ):
        _link_user(work, worker)
    return worker


def _values_or_raise(texts: Mapping[str, str]) -> dict:
    values, problems = worker_values(texts)
    if problems:
        field, problem = problems[0]
        raise AdminError("bad_value", field=field, problem=problem)
    return values


@use_case(Task.MANAGE_WORKERS.value, task=Task.MANAGE_WORKERS, reason_arg=None)
def add_worker(work: Work, **texts: str) -> Worker:
    """A new worker from texts (name, title, phone, email, login, capacity, phone_hours,
    active_from, active_until); AdminError saying what is wrong."""
    if not (texts.get("name") or "").strip():
        raise AdminError("required", field="name")
    units = texts.pop("units", None)
    values = _values_or_raise(texts)
    worker = _save(work, None, values)
    _save_units(work, worker.id, units or DEFAULT_UNIT)
    work.detail(f"worker added: {_describe(worker)}")
    return worker


def _save_units(work: Work, worker_id: int, text: str) -> None:
    """The units a worker belongs to, from "disability_services,child_protection"."""
    codes = [c.strip() for c in text.split(",") if c.strip()]
    known = work.units.unit_codes()
    wrong = [c for c in codes if c not in known]
    if wrong or not codes:
        choices = UserError("one_or_more_of", choices=", ".join(known))
        raise AdminError("bad_value", field="units", problem=choices)
    work.units.set_worker_units(worker_id, codes)


@use_case(None)
def find_worker(work: Work, reference: str | int) -> Worker:
    """A worker by id, login, e-mail or exact name; AdminError when none or several."""
    workers = work.workers.list_workers()
    text = str(reference).strip()
    if text.isdigit():
        for worker in workers:
            if worker.id == int(text):
                return worker
    try:
        return WorkerDirectory(workers).find(text)
    except ValueError:
        raise AdminError("worker_not_found", worker=text) from None


@use_case(Task.MANAGE_WORKERS.value, task=Task.MANAGE_WORKERS, reason_arg=None)
def edit_worker(work: Work, reference: str | int, **texts: str | None) -> Worker:
    """Change the given fields of a worker (by id, login, e-mail or exact name)."""
    worker = find_worker(work, reference)
    units = texts.pop("units", None)
    values = _values_or_raise({k: v for k, v in texts.items() if v is not None})
    changed = _save(work, worker.id, values)
    if units is not None:
        _save_units(work, worker.id, units)
    named = sorted([*values, *(["units"] if units is not None else [])])
    work.detail(f"worker changed: {_describe(changed)}: {', '.join(named)}")
    return changed


@dataclass(frozen=True, slots=True)
class TableImport:
    """What an import of workers or areas did (or, in a dry run, would do)."""

    added: int
    changed: int
    unchanged: int
    recognised: tuple[tuple[str, str], ...]  # (header, field)
    ignored: tuple[str, ...]
    dry_run: bool

    def counts(self) -> dict[str, int]:
        return {"added": self.added, "changed": self.changed, "unchanged": self.unchanged}


class TableRefused(ValueError):
    """Nothing was written; ``problems`` lists every reason, row by row."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problems; nothing was imported")


@use_case(Task.MANAGE_WORKERS.value, task=Task.MANAGE_WORKERS, reason_arg=None)
def import_workers(
    work: Work,
    path: Path,
    *,
    dry_run: bool = False,
    mapping: Mapping[str, str] | None = None,
) -> TableImport:
    """Add or update the file's workers (matched by login, e-mail or exact name), all or none."""
    table = read_table(path)
    columns = map_columns(table.headers, WORKER_COLUMNS, explicit=mapping)
    problems = [Problem(0, h, p) for h, p in columns.problems]
    if not ({"name", "first_name", "last_name"} & set(columns.columns)):
        problems.append(Problem.of(0, "name", "missing_name_column"))
    if problems:
        raise TableRefused(problems)
    directory = WorkerDirectory(work.workers.list_workers())
    planned: list[tuple[int | None, dict, Worker | None]] = []
    seen: dict[str, int] = {}
    for number, cells in enumerate(table.rows, start=1):
        texts = columns.values(cells)
        texts.pop("role", None)
        values, row_problems = worker_values(texts)
        problems += [Problem.caught(number, f, p) for f, p in row_problems]
        if row_problems:
            continue
        existing = None
        for key in ("login", "email", "name"):
            if values.get(key):
                try:
                    existing = directory.find(values[key])
                    break
                except ValueError:
                    continue
        target = existing.id if existing else None
        label = str(target) if target else values["name"].casefold()
        if label in seen:
            problems.append(Problem.of(number, "name", "same_worker_as_row", row=seen[label]))
            continue
        seen[label] = number
        planned.append((target, values, existing))
    if problems:
        raise TableRefused(problems)
    if not planned:
        raise TableRefused([Problem.of(0, "rows", "no_worker_rows")])
    added = sum(1 for target, _, _ in planned if target is None)
    unchanged = sum(
        1
        for target, values, existing in planned
        if target is not None and all(getattr(existing, k, None) == v for k, v in values.items())
    )
    changed = len(planned) - added - unchanged
    if dry_run:
        work.detail(f"workers from {path.name} checked (dry run): nothing changed")
    else:
        for target, values, _ in planned:
            _save(work, target, values)
        work.detail(f"workers imported from {path.name}: {added} added, {changed} changed")
    return TableImport(
        added, changed, unchanged, tuple(columns.recognised()), columns.ignored, dry_run
    )
