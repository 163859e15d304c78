"""Editing the facts the named-worker rules read."""

from __future__ import annotations

from omatyontekija.domain.client import Client, ClientFacts
from omatyontekija.domain.errors import ConcurrentEdit
from omatyontekija.services.clients import ClientNotFound, get_client
from omatyontekija.services.context import Context
from omatyontekija.store.client_updates import ClientMissing, save_facts

__all__ = ["ConcurrentEdit", "update_facts"]


def update_facts(ctx: Context, client_id: int, expected_version: int, facts: ClientFacts) -> Client:
    """Save the client's rule facts and return the record as it now stands.

    ``expected_version`` is the version the user edited; if someone saved the
    client since, ConcurrentEdit says who and when, and nothing is written.
    """
    reason = facts.life_situation_reason
    if reason is not None and not reason.strip():
        facts = ClientFacts(**{**_as_dict(facts), "life_situation_reason": None})
    try:
        with ctx.db.write() as session:
            save_facts(session, client_id, expected_version, facts, ctx.user)
    except ClientMissing:
        raise ClientNotFound(client_id) from None
    return get_client(ctx, client_id)


def _as_dict(facts: ClientFacts) -> dict:
    return {name: getattr(facts, name) for name in ClientFacts.__dataclass_fields__}
