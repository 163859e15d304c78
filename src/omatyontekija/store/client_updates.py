"""Saving changes to a client record, refusing a save from a stale copy."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from omatyontekija.domain.client import ClientFacts
from omatyontekija.domain.errors import ConcurrentEdit
from omatyontekija.store.models import ClientRecord


class ClientMissing(LookupError):
    pass


def save_facts(
    session: Session, client_id: int, expected_version: int, facts: ClientFacts, user: str
) -> int:
    """Write the rule facts; returns the new version. ConcurrentEdit if the version moved."""
    record = session.get(ClientRecord, client_id, populate_existing=True)
    if record is None:
        raise ClientMissing(client_id)
    if record.version != expected_version:
        raise ConcurrentEdit(record.updated_by, record.updated_at)
    for name, value in asdict(facts).items():
        setattr(record, name, value)
    record.updated_by = user
    try:
        # The UPDATE carries "WHERE version = expected": a writer in between makes it miss.
        session.flush()
    except StaleDataError:
        session.rollback()
        raise ConcurrentEdit("?", None) from None
    return record.version
