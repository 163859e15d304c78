"""On SQLite and PostgreSQL alike (omt_log_append counts there): the hours the client's report
reads give the same day groups as the entries."""

from __future__ import annotations

from omatyontekija.domain.access import Action
from omatyontekija.services.clients import find_clients
from omatyontekija.services.trust.use_case import record_access
from omatyontekija.store import access_log as log_store


def test_every_append_is_counted_in_its_hour(ctx, monkeypatch):
    client = find_clients(ctx, "", limit=1).rows[0].id
    record_access(ctx, Action.VIEW, [client])
    record_access(ctx, Action.VIEW, [client], reason="selvitys")
    record_access(ctx, Action.VIEW, [client], success=False)
    record_access(ctx, Action.SEARCH, [client, client + 1])
    record_access(ctx, Action.SEARCH, [client, client + 1])
    with ctx.db.read() as session:
        by_hours = log_store._day_groups_from_hours(session, client, None, None)
        monkeypatch.setattr(log_store, "_day_groups_from_hours", lambda *args: None)
        by_entries = log_store.client_day_groups(session, client)
    assert by_hours == by_entries
    assert sum(g.count for g in by_hours) >= 5
