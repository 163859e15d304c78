"""Deciding a client's named worker: against the suggestion only with a written reason."""

from __future__ import annotations

from dataclasses import dataclass

from omatyontekija.domain.access import Action
from omatyontekija.domain.client import ServicePathStage
from omatyontekija.domain.designation import DecisionKind, Designation
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.rules import Outcome, SuggestedRole, Suggestion
from omatyontekija.services.access import authorize_client
from omatyontekija.services.audit import append_entry, record_access
from omatyontekija.services.clients import ClientNotFound, get_client
from omatyontekija.services.context import Context
from omatyontekija.services.suggestions import suggestion_for
from omatyontekija.store import designations as designation_store


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


def designate(
    ctx: Context,
    client_id: int,
    *,
    kind: DecisionKind,
    worker_id: int | None = None,
    stage: ServicePathStage | None = None,
    reason: str = "",
    handover_id: int | None = None,
) -> Designation:
    """Record a decision on the client's named worker and return it.

    Raises DecisionError when a worker is missing or unknown, or when the
    decision goes against the suggestion without a written reason.
    """
    if authorize_client(ctx, client_id, Action.DESIGNATE) is None:
        raise ClientNotFound(client_id)
    client = get_client(ctx, client_id)
    suggestion = suggestion_for(ctx, client)
    reason = reason.strip()
    with ctx.db.write() as session:
        worker_role = None
        if kind is DecisionKind.NAMED:
            worker_role = designation_store.active_worker_role(session, worker_id)
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
        designation_id = designation_store.record_designation(
            session,
            client_id=client_id,
            kind=kind,
            worker_id=worker_id if kind is DecisionKind.NAMED else None,
            stage=ServicePathStage(stage or client.stage),
            suggestion=suggestion.outcome.value,
            suggested_role=suggestion.worker_role.value if suggestion.worker_role else None,
            rules=suggestion.rules,
            reason=reason,
            decided_by=ctx.user,
            handover_id=handover_id,
            today=ctx.today,
        )
        if designation_id is None:
            raise ClientNotFound(client_id)
        # The decision and its access-log entry commit together, or neither does.
        append_entry(session, ctx, Action.DESIGNATE, [client_id], reason=reason or None)
        history = designation_store.designation_history(session, client_id)
    return next(d for d in history if d.id == designation_id)


def history(ctx: Context, client_id: int, *, reason: str | None = None) -> list[Designation]:
    """The client's named-worker decisions, newest first (a view of the client's data)."""
    if authorize_client(ctx, client_id, Action.VIEW, reason=reason) is None:
        raise ClientNotFound(client_id)
    record_access(ctx, Action.VIEW, [client_id], reason=reason)
    with ctx.db.read() as session:
        return designation_store.designation_history(session, client_id)
