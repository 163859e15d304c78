"""Deciding a client's named worker: against the suggestion only with a written reason."""

from __future__ import annotations

from dataclasses import dataclass

from omatyontekija.domain.access import Action
from omatyontekija.domain.client import ServicePathStage
from omatyontekija.domain.designation import DecisionKind, Designation
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.rules import (
    Outcome,
    SuggestedRole,
    Suggestion,
    case_of,
    default_rule_set,
    suggest,
)
from omatyontekija.services.clients import ConcurrentEdit
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
) -> Designation:
    """Record a decision on the client's named worker and return it.

    ``expected_version`` is the client record's version the user saw: when
    someone changed the record since, ConcurrentEdit says who and when and
    nothing is saved. Raises DecisionError when a worker is missing or
    unknown, or when the decision goes against the suggestion without a
    written reason (the suggestion is judged on the real day, not ``--as-of``).
    """
    if expected_version is not None:
        try:
            work.client_edits.check_version(client_id, expected_version)
        except VersionConflict as conflict:
            raise ConcurrentEdit.of(client_id, conflict) from None
    client = work.clients.load_client(client_id, on=work.real_today)
    if client is None:
        raise ClientNotFound(client_id)
    suggestion = suggest(case_of(client), default_rule_set(), work.real_today)
    reason = reason.strip()
    worker_role = None
    if kind is DecisionKind.NAMED:
        worker_role = work.designations.active_worker_role(worker_id)
        if worker_role is None:
            raise DecisionError("worker_missing", "choose an active worker to name")
    elif worker_id is not None:
        raise DecisionError("worker_not_expected", "'not needed' names no worker")
    against = deviation(suggestion, kind, worker_role)
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
    )
    if designation_id is None:
        raise ClientNotFound(client_id)
    history = work.designations.designation_history(client_id)
    return next(d for d in history if d.id == designation_id)


@use_case(Action.VIEW, client="client_id")
def history(work: Work, client_id: int, *, reason: str | None = None) -> list[Designation]:
    """The client's named-worker decisions, newest first (a view of the client's data)."""
    return work.designations.designation_history(client_id)
