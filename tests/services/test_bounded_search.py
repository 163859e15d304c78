"""Every keystroke reads a bounded number of rows: a prefix with many matches is walked in
list order, one with few is read from its index and sorted; both give the same pages."""

from __future__ import annotations

import pytest

from omatyontekija.services.clients import find_clients
from omatyontekija.store import clients as client_store


def _all_pages(ctx, text: str, limit: int = 7) -> list[int]:
    ids, after = [], None
    while True:
        page = find_clients(ctx, text, after=after, limit=limit)
        ids += [r.id for r in page.rows]
        if page.next_after is None or len(ids) > 60:
            return ids
        after = page.next_after


def _prefixes(ctx) -> list[str]:
    row = find_clients(ctx, "", limit=40).rows[20]
    return [
        row.identity_code[:1],
        row.identity_code[:2],
        row.identity_code[:4],
        row.last_name[:1],
        row.last_name[:2],
        f"{row.last_name[:3]} {row.first_names[:1]}",
    ]


@pytest.mark.parametrize("window", [5, 10**6])
def test_walking_the_list_and_sorting_the_matches_give_the_same_pages(ctx, monkeypatch, window):
    sorted_pages = {text: _all_pages(ctx, text) for text in _prefixes(ctx)}
    assert all(sorted_pages.values())
    monkeypatch.setattr(client_store, "WALK_WINDOW", window)  # 5: the walk falls back
    monkeypatch.setattr(client_store, "NAME_WALK_ABOVE", 0)
    monkeypatch.setattr(client_store, "CODE_WALK_ABOVE", 0)
    walked = {text: _all_pages(ctx, text) for text in sorted_pages}
    assert walked == sorted_pages


@pytest.mark.parametrize("cap", [0, 10**9])
def test_a_prefix_nobody_has_finds_nobody_either_way(ctx, monkeypatch, cap):
    monkeypatch.setattr(client_store, "NAME_WALK_ABOVE", cap)
    monkeypatch.setattr(client_store, "CODE_WALK_ABOVE", cap)
    assert find_clients(ctx, "qxz").rows == ()
    assert find_clients(ctx, "99").rows == ()


def test_a_short_prefix_is_walked_in_list_order(ctx, monkeypatch):
    """With many matches the statement walks the list's index instead of sorting matches."""
    from sqlalchemy import event

    statements: list[str] = []
    monkeypatch.setattr(client_store, "CODE_WALK_ABOVE", 5)
    engine = ctx.db.engine

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        code = find_clients(ctx, "", limit=1).rows[0].identity_code[:1]
        find_clients(ctx, code)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    walks = [s for s in statements if "identity_code || " in s]
    assert walks, statements
    if engine.dialect.name != "sqlite":
        return  # the plan below is SQLite's
    with ctx.db.read() as session:
        from sqlalchemy import text

        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT sort_key, id FROM clients WHERE identity_code || '' "
                ">= '1' AND identity_code || '' < '2' ORDER BY sort_key, id LIMIT 61"
            )
        ).all()
    assert "TEMP B-TREE" not in " ".join(str(r) for r in plan)
