"""Who may do what: a pure policy over role, relation and action, and the errors it raises.

Enforced here, in services, so that the UI and the command line cannot differ;
the UI may hide what is refused, but hiding is never the protection.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from omatyontekija.domain.access import Action, Relation, Role, Task
from omatyontekija.services.messages import message


class Verdict(StrEnum):
    ALLOW = "allow"
    WITH_REASON = "with_reason"  # allowed once the user states why (logged with the access)
    DENY = "deny"


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOW

    @property
    def needs_reason(self) -> bool:
        return self.verdict is Verdict.WITH_REASON

    def permits(self, reason: str | None) -> bool:
        """Whether the action may go ahead with this (possibly missing) reason."""
        return self.allowed or (self.needs_reason and bool(reason and reason.strip()))


ALLOW = Decision(Verdict.ALLOW)
WITH_REASON = Decision(Verdict.WITH_REASON)
DENY = Decision(Verdict.DENY)

# A worker's own and area clients are theirs to handle; anyone else's only to
# read, and only with a stated reason (a colleague on holiday, a phone call).
_WORKER: dict[Relation, dict[Action, Decision]] = {
    relation: {
        Action.SEARCH: ALLOW,
        Action.VIEW: ALLOW,
        Action.EDIT: ALLOW,
        Action.DESIGNATE: ALLOW,
        Action.HANDOVER: ALLOW,
        Action.PRINT: ALLOW,
    }
    for relation in (Relation.OWN, Relation.AREA)
} | {
    relation: {Action.SEARCH: ALLOW, Action.VIEW: WITH_REASON, Action.PRINT: WITH_REASON}
    for relation in (Relation.OTHER, Relation.ENDED)
}
# Supervisors lead the unit's work on every client: they may do anything with them.
_SUPERVISOR_ACTIONS = frozenset(Action)
# Administrators keep the system running; they see no client data.
_ADMIN_ACTIONS: frozenset[Action] = frozenset()

_TASKS: dict[Role, frozenset[Task]] = {
    Role.WORKER: frozenset(),
    Role.SUPERVISOR: frozenset(
        {
            Task.MANAGE_AREAS,
            Task.PLAN_REFORM,
            Task.BATCH_PRINT,
            Task.READ_LOG,
            Task.VERIFY_LOG,
            Task.EXPORT,
            Task.IMPORT,
            Task.MANAGE_WORKERS,
        }
    ),
    # Going live is the administrator's: the unit, its users, workers, areas and clients.
    Role.ADMIN: frozenset(
        {
            Task.MANAGE_USERS,
            Task.MANAGE_WORKERS,
            Task.MANAGE_AREAS,
            Task.MANAGE_SETTINGS,
            Task.MANAGE_RULES,
            Task.BACKUP,
            Task.VERIFY_LOG,
            Task.IMPORT,
        }
    ),
}


def allowed(role: Role, relation: Relation, action: Action) -> Decision:
    """What ``role`` may do (``action``) with a client it stands in ``relation`` to."""
    if role is Role.SUPERVISOR:
        return ALLOW if action in _SUPERVISOR_ACTIONS else DENY
    if role is Role.ADMIN:
        return ALLOW if action in _ADMIN_ACTIONS else DENY
    return _WORKER[relation].get(action, DENY)


def may(role: Role, task: Task) -> bool:
    """Whether ``role`` may do ``task``, work on the unit rather than on one client."""
    return task in _TASKS[role]


class AccessDenied(Exception):
    """Refused; ``text(language)`` says why in the user's language, str() in English."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(message(key, "en", **params))

    def text(self, language: str) -> str:
        return message(self.key, language, **self.params)


class ReasonRequired(AccessDenied):
    """Allowed once a reason is given: the UI asks for one and calls again with it."""
