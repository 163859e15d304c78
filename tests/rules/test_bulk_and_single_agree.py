"""The bulk path (gap list, key figures, all suggestions) and the client view agree.

The bulk path reads fact rows straight from the driver; the client view loads
one client record. Both must give every client the same suggestion, the fact
of contract v2 included.
"""

from __future__ import annotations

from omatyontekija.rules.predicates import ROW_FIELDS
from omatyontekija.services.clients import get_client, update_client_facts
from omatyontekija.services.suggestions import all_suggestions, suggestion_for_client
from omatyontekija.store import cases


def test_every_demo_clients_bulk_suggestion_is_the_client_views(ctx):
    bulk = list(all_suggestions(ctx))
    assert len(bulk) > 100
    differing = [
        item.client_id
        for item in bulk
        if suggestion_for_client(ctx, item.client_id)[1] != item.suggestion
    ]
    assert differing == []
    # the demo exercises the new fact, so the comparison covers it
    assert any("C5" in item.suggestion.rules for item in bulk)


def test_a_request_recorded_in_the_client_view_reaches_the_bulk_path(ctx):
    bulk = {item.client_id: item.suggestion for item in all_suggestions(ctx)}
    client_id = next(i for i, s in bulk.items() if "C5" not in s.rules)
    client = get_client(ctx, client_id)
    update_client_facts(ctx, client_id, client.version, client_requests_named_worker=True)
    single = suggestion_for_client(ctx, client_id)[1]
    (after,) = list(all_suggestions(ctx, [client_id]))
    assert "C5" in single.rules
    assert after.suggestion == single


def test_the_fact_rows_columns_are_the_engines_fields_in_order(ctx):
    # The SELECT is written from ROW_FIELDS: the driver's column names say so.
    with ctx.db.read() as session:
        connection = session.connection()
        cursor = connection.connection.driver_connection.cursor()
        try:
            cursor.execute(cases._query(connection.dialect.name) + " LIMIT 1")
            names = [d[0] for d in cursor.description]
        finally:
            cursor.close()
    expected = [*ROW_FIELDS, *cases.TRAILING]
    services = ROW_FIELDS.index("services")
    assert names[:services] + names[services + 1 :] == (
        expected[:services] + expected[services + 1 :]
    )
    assert len(ROW_FIELDS) == cases.NAMED_WORKER
    assert len(ROW_FIELDS) + 1 == cases.POSTAL_CODE


def test_the_gap_lists_needed_rows_are_the_needed_suggestions(ctx):
    """needed_rows (the gap list's path) passes over what is not needed without finishing
    it, and gives every needed row the very suggestion suggest_rows gives."""
    from omatyontekija.rules import Outcome, default_rule_set, needed_rows, suggest_rows

    with ctx.db.read() as session:
        rows = list(cases.fact_rows(session))
    everything = list(suggest_rows(iter(rows), default_rule_set(), ctx.today))
    needed = list(needed_rows(iter(rows), default_rule_set(), ctx.today))
    expected = [
        (r, s) for r, s in zip(rows, everything, strict=True) if s.outcome is Outcome.NEEDED
    ]
    assert needed == expected
    # the demo has all three outcomes, so the passing over is exercised
    assert {s.outcome for s in everything} == set(Outcome)


def test_a_pages_remembered_suggestions_are_the_bulk_paths(ctx):
    """suggest_page (the client list's keystrokes) evaluates each distinct (day, facts)
    once and remembers it with the rule set: the same suggestions as the bulk path, a
    second page evaluates nothing, and a client whose facts changed is evaluated anew."""
    import datetime as dt

    from omatyontekija.rules import engine
    from omatyontekija.rules.ruleset import default_rule_set

    day = dt.date(2026, 11, 23)
    with ctx.db.read() as session:
        rows = list(cases.fact_rows(session))[:80]
    rule_set = default_rule_set()
    engine._compile(rule_set).remembered.clear()
    expected = list(engine.suggest_rows(rows, rule_set, day))
    evaluated: list[int] = []
    original = engine.suggest_rows

    def counting(page, *args):
        evaluated.append(len(page))
        return original(page, *args)

    engine.suggest_rows = counting
    try:
        assert engine.suggest_page(rows, rule_set, day) == expected
        assert engine.suggest_page(rows[::-1], rule_set, day) == expected[::-1]
        changed = list(rows[0])
        changed[ROW_FIELDS.index("services")] = "intensified_support"
        (fresh,) = engine.suggest_page([tuple(changed)], rule_set, day)
        another_day = engine.suggest_page(rows[:3], rule_set, day + dt.timedelta(days=1))
    finally:
        engine.suggest_rows = original
    assert evaluated[0] == len({row[1 : len(ROW_FIELDS)] for row in rows})
    assert evaluated[1:] == [1, 3]  # the reversed page from memory; then only new keys
    assert "A1" in fresh.rules
    assert another_day == list(original(rows[:3], rule_set, day + dt.timedelta(days=1)))
