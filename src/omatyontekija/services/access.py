"""The guard every client use case passes: resolve the user, find the relation, apply the policy.

A refused attempt by a known user is logged too (success false), so that the
log shows who tried, not only who saw.
"""

from __future__ import annotations

from omatyontekija.domain.access import Action, Relation, Role
from omatyontekija.services.audit import record_access
from omatyontekija.services.authorization import AccessDenied, ReasonRequired, allowed
from omatyontekija.services.context import Context
from omatyontekija.store.relations import client_exists, relations_to


def relation_to(ctx: Context, client_id: int) -> Relation | None:
    """How the user stands to the client; None when there is no such client."""
    user = ctx.access
    with ctx.db.read() as session:
        if user.role is not Role.WORKER or user.worker_id is None:
            # The policy of other roles does not depend on the relation; a
            # worker login with no worker behind it has no own clients.
            return Relation.OTHER if client_exists(session, client_id) else None
        return relations_to(session, user.worker_id, [client_id], on=ctx.today).get(client_id)


def authorize_client(
    ctx: Context, client_id: int, action: Action, *, reason: str | None = None
) -> Relation | None:
    """Raise AccessDenied (ReasonRequired when a reason would do) unless ``action`` is allowed on
    the client; returns the relation, None when the client does not exist."""
    relation = relation_to(ctx, client_id)
    if relation is None:
        return None
    role = ctx.access.role
    decision = allowed(role, relation, action)
    if decision.permits(reason):
        return relation
    record_access(ctx, action, [client_id], reason=reason, success=False)
    if decision.needs_reason:
        raise ReasonRequired("reason_required", client_id=client_id, action=action.value)
    raise AccessDenied("action_denied", role=role.value, action=action.value, client_id=client_id)


def authorize_listing(ctx: Context) -> None:
    """Raise AccessDenied unless the user may see client lists (every relation: the worst case)."""
    role = ctx.access.role
    if not allowed(role, Relation.OTHER, Action.SEARCH).allowed:
        raise AccessDenied(
            "action_denied", role=role.value, action=Action.SEARCH.value, client_id="*"
        )
