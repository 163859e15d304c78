"""Deciding a client's named worker: against the suggestion only with a written reason."""

from __future__ import annotations

from dataclasses import dataclass

from omatyontekija.domain.access import Action, Role
from omatyontekija.domain.client import ServicePathStage
from omatyontekija.domain.designation import DecisionKind, Designation
from omatyontekija.domain.unit import (
    ADULT_AGE,
    CHILD_PROTECTION,
    CHILD_PROTECTION_CAP,
    DEFAULT_UNIT,
)
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.rules import (
    Outcome,
    SuggestedRole,
    Suggestion,
    case_of,
    suggest,
)
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.clients import ConcurrentEdit
from omatyontekija.services.suggestions import rule_set_of
from omatyontekija.services.trust.use_case import ClientNotFound, Work, use_case
from omatyontekija.store.client_edits import VersionConflict


class DecisionError(ValueError):
    """A decision that cannot be recorded; ``code`` says which rule it breaks."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Deviation:
    """How a decision differs from the suggestion; such a decision needs a written reason."""

    code: str  # "not_needed_against_needed" | "role_below_required" | "named_against_not_needed"


def deviation(
    suggestion: Suggestion, kind: DecisionKind, worker_role: WorkerRole | None
) -> Deviation | None:
    """Whether deciding ``kind`` (with a worker of ``worker_role``) goes against the suggestion."""
    if kind is DecisionKind.NOT_NEEDED:
        if suggestion.outcome is Outcome.NEEDED:
            return Deviation("not_needed_against_needed")
        return None
    if (
        suggestion.worker_role is SuggestedRole.SOCIAL_WORKER
        and worker_role is not WorkerRole.SOCIAL_WORKER
    ):
        return Deviation("role_below_required")
    return None


def worker_meets(role: WorkerRole, required: SuggestedRole | None) -> bool:
    if required is SuggestedRole.SOCIAL_WORKER:
        return role is WorkerRole.SOCIAL_WORKER
    return role in (WorkerRole.SOCIAL_WORKER, WorkerRole.SOCIAL_COUNSELLOR)


def user_units(work: Work) -> list[str]:
    """The units the user acts in: their worker's; every unit for a user with no worker."""
    if work.user.worker_id is None:
        return work.units.unit_codes()
    return work.units.worker_units(work.user.worker_id)


def check_unit(work: Work, unit: str, client_id: int, action: Action) -> None:
    """Refuse acting in a unit the user does not belong to (UnitDenied)."""
    if unit not in work.units.unit_codes():
        raise DecisionError("unknown_unit", f"there is no unit {unit!r}")
    if unit not in user_units(work):
        raise UnitDenied(unit=unit, action=action.value, client_id=client_id)


class UnitDenied(AccessDenied):
    """The user does not belong to the unit they tried to act in."""

    def __init__(self, **params: object) -> None:
        super().__init__("unit_denied", **params)


def check_cap(work: Work, client, unit: str, worker_id: int, cap_reason: str) -> None:
    """Child protection: past 30 children per responsible social worker (Child Welfare Act
    § 13 b) a designation needs a supervisor's written reason."""
    if unit != CHILD_PROTECTION or client.age_on(work.real_today) >= ADULT_AGE:
        return
    if work.units.unit_worker_id(client.id, unit) == worker_id:
        return  # already theirs: the count does not grow
    children = work.units.children_of_worker(
        worker_id, unit, on=work.real_today, adult_age=ADULT_AGE
    )
    if children < CHILD_PROTECTION_CAP:
        return
    if work.user.role is not Role.SUPERVISOR or not cap_reason.strip():
        raise DecisionError(
            "cap_reached",
            f"the worker already has {children} children (the cap is "
            f"{CHILD_PROTECTION_CAP}, Child Welfare Act 417/2007 § 13 b): "
            "a supervisor's written reason (--cap-reason) is required",
        )


@use_case(Action.DESIGNATE, client="client_id")
def designate(
    work: Work,
    client_id: int,
    *,
    kind: DecisionKind,
    worker_id: int | None = None,
    stage: ServicePathStage | None = None,
    reason: str = "",
    handover_id: int | None = None,
    expected_version: int | None = None,
    unit: str = DEFAULT_UNIT,
    cap_reason: str = "",
    responsible: bool = False,
) -> Designation:
    """Record a decision on the client's named worker and return it.

    ``expected_version`` is the client record's version the user saw: when
    someone changed the record since, ConcurrentEdit says who and when and
    nothing is saved. Raises DecisionError when a worker is missing or
    unknown, or when the decision goes against the suggestion without a
    written reason (the suggestion is judged on the real day, not ``--as-of``).
    The decision is ``unit``'s, by that unit's rule set; the user and the
    named worker must belong to it (UnitDenied, DecisionError). ``responsible``
    also marks the worker the client's responsible worker across units (seed 003).
    """
    check_unit(work, unit, client_id, Action.DESIGNATE)
    if expected_version is not None:
        try:
            work.client_edits.check_version(client_id, expected_version)
        except VersionConflict as conflict:
            raise ConcurrentEdit.of(client_id, conflict) from None
    client = work.clients.load_client(client_id, on=work.real_today)
    if client is None:
        raise ClientNotFound(client_id)
    suggestion = suggest(case_of(client), rule_set_of(unit), work.real_today)
    reason = reason.strip()
    worker_role = None
    if kind is DecisionKind.NAMED:
        worker_role = work.designations.active_worker_role(worker_id)
        if worker_role is None:
            raise DecisionError("worker_missing", "choose an active worker to name")
        if unit not in work.units.worker_units(worker_id):
            raise DecisionError("worker_not_in_unit", f"the worker does not belong to {unit}")
        check_cap(work, client, unit, worker_id, cap_reason)
    elif worker_id is not None:
        raise DecisionError("worker_not_expected", "'not needed' names no worker")
    against = deviation(suggestion, kind, worker_role)
    if cap_reason.strip():
        reason = f"{reason}\n{cap_reason.strip()}".strip()
    if against is not None and not reason:
        raise DecisionError(
            "reason_required",
            "the decision differs from the suggestion: a written reason is required",
        )
    designation_id = work.designations.record_designation(
        client_id=client_id,
        kind=kind,
        worker_id=worker_id if kind is DecisionKind.NAMED else None,
        stage=ServicePathStage(stage or client.stage),
        suggestion=suggestion.outcome.value,
        suggested_role=suggestion.worker_role.value if suggestion.worker_role else None,
        rules=suggestion.rules,
        reason=reason,
        decided_by=work.login,
        handover_id=handover_id,
        today=work.today,
        unit=unit,
    )
    if designation_id is None:
        raise ClientNotFound(client_id)
    if responsible:
        work.units.set_responsible_unit(
            client_id, unit if kind is DecisionKind.NAMED else None, work.login
        )
    history = work.designations.designation_history(client_id)
    return next(d for d in history if d.id == designation_id)


@use_case(Action.VIEW, client="client_id")
def history(
    work: Work, client_id: int, *, reason: str | None = None, unit: str | None = None
) -> list[Designation]:
    """The client's named-worker decisions (in ``unit``, or every unit), newest first (a
    view of the client's data)."""
    return work.designations.designation_history(client_id, unit)


@use_case(Action.DESIGNATE, client="client_id")
def mark_responsible(work: Work, client_id: int, unit: str | None) -> None:
    """Seed 003: mark ``unit``'s named worker the client's responsible worker across units,
    the first contact in any matter (None: no one). Only a worker of that unit may mark
    it, and only when the unit has named a worker for the client."""
    if unit is not None:
        check_unit(work, unit, client_id, Action.DESIGNATE)
        if work.units.unit_worker_id(client_id, unit) is None:
            raise DecisionError(
                "no_worker_in_unit", f"the client has no named worker in {unit} to mark"
            )
    if not work.units.set_responsible_unit(client_id, unit, work.login):
        raise ClientNotFound(client_id)
