"""Who may do what with whose data, and the record of every access (client data act 703/2023)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """A user's role in the product; one per user."""

    WORKER = "worker"  # social worker or counsellor: own clients and own areas
    SUPERVISOR = "supervisor"  # areas, reforms, batch printing, the access log
    ADMIN = "admin"  # users, roles, rule sets, backups; no client data


class Relation(StrEnum):
    """How the acting worker stands to one client."""

    OWN = "own"  # the worker is the client's named worker
    AREA = "area"  # the client lives in an area the worker covers in the division in force
    OTHER = "other"  # no relation: another area
    ENDED = "ended"  # was the named worker, or covered the client's area in an older division


class Action(StrEnum):
    """What is done with one client's data; also the action of an access-log entry."""

    SEARCH = "search"  # the client appeared in a list or search result
    VIEW = "view"
    EDIT = "edit"
    DESIGNATE = "designate"
    PRINT = "print"
    HANDOVER = "handover"  # an accompanied handover of the client: started, ticked, closed
    EXPORT = "export"
    IMPORT = "import"
    READ_LOG = "read_log"


class Task(StrEnum):
    """Work on the unit as a whole rather than on one client."""

    MANAGE_AREAS = "manage_areas"
    PLAN_REFORM = "plan_reform"
    BATCH_PRINT = "batch_print"
    READ_LOG = "read_log"
    VERIFY_LOG = "verify_log"
    EXPORT = "export"
    IMPORT = "import"
    MANAGE_USERS = "manage_users"
    MANAGE_WORKERS = "manage_workers"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_RULES = "manage_rules"
    BACKUP = "backup"


@dataclass(frozen=True, slots=True)
class User:
    """A login of the product, mapped to a worker (admins may have none)."""

    login: str
    role: Role
    worker_id: int | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class AccessEntry:
    """One access-log entry; ``hash`` chains it to the entry before (``previous_hash``)."""

    sequence: int
    at: dt.datetime  # UTC
    user: str
    role: str
    action: str
    client_ids: tuple[int, ...]
    reason: str | None
    success: bool
    previous_hash: str
    hash: str
