"""The client's report counts from access_log_hours (migration 0013), kept by every append:
the same day groups as counting the entries themselves, through archiving and migrating."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import event

from omatyontekija.domain.access import Action
from omatyontekija.services.audit import archive_log, local_day_bounds
from omatyontekija.services.clients import find_clients, get_client
from omatyontekija.services.trust.use_case import record_access
from omatyontekija.store import access_log as log_store
from omatyontekija.store.migrate import alembic_config


def _groups(ctx, client_id, since=None, until=None, *, from_hours: bool):
    with ctx.db.read() as session:
        if from_hours:
            found = log_store._day_groups_from_hours(session, client_id, since, until)
            assert found is not None
            return found
        original = log_store._day_groups_from_hours
        log_store._day_groups_from_hours = lambda *args: None
        try:
            return log_store.client_day_groups(session, client_id, since=since, until=until)
        finally:
            log_store._day_groups_from_hours = original


def _log_a_mix(ctx, as_user, client_id) -> None:
    """Views, searches, a reason, a refusal, by three users."""
    get_client(ctx, client_id)
    get_client(ctx, client_id, reason="päätöksen valmistelu")
    get_client(as_user("sari.mantyla"), client_id)
    record_access(ctx, Action.VIEW, [client_id], success=False)
    record_access(ctx, Action.SEARCH, [client_id, client_id + 1])
    record_access(ctx, Action.SEARCH, [client_id, client_id + 1])
    record_access(as_user("sari.mantyla"), Action.PRINT, [client_id])


def test_hours_give_the_groups_the_entries_give(ctx, as_user, clients_of_sari):
    own = clients_of_sari["own"]
    _log_a_mix(ctx, as_user, own)
    by_hours = _groups(ctx, own, from_hours=True)
    assert by_hours == _groups(ctx, own, from_hours=False)
    assert sum(g.count for g in by_hours) >= 7
    assert {g.reason for g in by_hours} >= {None, "päätöksen valmistelu"}
    assert any(not g.success for g in by_hours)
    # a period of local days: whole hours in a whole-hour time zone
    since, until = local_day_bounds(dt.date.today(), dt.date.today())
    assert _groups(ctx, own, since, until, from_hours=True) == by_hours


def test_the_report_reads_no_entry_rows(ctx, as_user, clients_of_sari, monkeypatch):
    """Its cost follows its lines: the hours of the client's sets, never every entry about
    the client (200 000 a year for one near the top of the list)."""
    from omatyontekija.services.access_report import client_access_report
    from omatyontekija.store import access_log_hours

    own = clients_of_sari["own"]
    _log_a_mix(ctx, as_user, own)
    statements: list[str] = []
    read = access_log_hours.client_hours
    hour_reads = []

    def counted(*args):
        hour_reads.append(args[1])
        return read(*args)

    monkeypatch.setattr(access_log_hours, "client_hours", counted)

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.split()))

    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        report = client_access_report(ctx, own, None, None, "fi")
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    assert report.entry_count >= 7
    assert hour_reads == [own]
    assert not any("JOIN access_log_set_clients" in s and "GROUP BY" in s for s in statements)


def test_a_cut_inside_an_hour_and_a_bound_inside_one_still_count_right(
    ctx, as_user, clients_of_sari
):
    own = clients_of_sari["own"]
    _log_a_mix(ctx, as_user, own)
    with ctx.db.read() as session:
        assert log_store._day_groups_from_hours(session, own, dt.datetime.now(dt.UTC), None) is (
            None
        )  # a bound inside an hour: counted from the entries
    if ctx.db.is_sqlite:
        archive_log(ctx, dt.date.today() + dt.timedelta(days=1))  # all but the newest entry
        _log_a_mix(ctx, as_user, own)
        assert _groups(ctx, own, from_hours=True) == _groups(ctx, own, from_hours=False)


def test_the_migration_counts_the_entries_already_logged(ctx, as_user, clients_of_sari):
    own = clients_of_sari["own"]
    _log_a_mix(ctx, as_user, own)
    find_clients(ctx, "a")
    expected = _groups(ctx, own, from_hours=False)
    config = alembic_config(ctx.db)
    with ctx.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
        command.upgrade(config, "head")
    assert _groups(ctx, own, from_hours=True) == expected
    record_access(ctx, Action.VIEW, [own])  # the append function works again after it
    assert sum(g.count for g in _groups(ctx, own, from_hours=True)) == (
        sum(g.count for g in expected) + 1
    )
