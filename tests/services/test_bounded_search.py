"""Every keystroke reads a bounded number of rows: a prefix with many matches is walked in
list order, one with few is read from its index and sorted; both give the same pages."""

from __future__ import annotations

import dataclasses
import re

import pytest

from omatyontekija.services.clients import find_clients
from omatyontekija.store import client_pages, last_name_walk, name_key_walk


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
        # "Last First" as typed: a whole last name and more and more of a first name
        f"{row.last_name} {row.first_names[:1]}",
        f"{row.last_name} {row.first_names[:3]}",
        f"{row.first_names[:2]} {row.last_name[:1]}",
    ]


# How a name page is read: sorted from the smallest token's keys, walked one name key at a
# time in list order, or walked along the list itself (tests force each in turn).
STRATEGIES = {
    "sorted": {"SORT_AT_MOST": 10**9, "MOST_KEYS": -1},
    "by_key": {"SORT_AT_MOST": -1, "MOST_SEEKS": -1},
    "last_name": {"SORT_AT_MOST": -1, "MOST_SEEKS": 10**6},
    "list_walk": {"SORT_AT_MOST": -1, "MOST_KEYS": -1, "NAME_WALK_ABOVE": 0},
}
_MODULES = {"MOST_KEYS": name_key_walk, "MOST_SEEKS": last_name_walk}


def _force(monkeypatch, strategy: str) -> None:
    for name, value in STRATEGIES[strategy].items():
        monkeypatch.setattr(_MODULES.get(name, client_pages), name, value)


@pytest.mark.parametrize("window", [5, 10**6])
def test_walking_the_list_and_sorting_the_matches_give_the_same_pages(ctx, monkeypatch, window):
    sorted_pages = {text: _all_pages(ctx, text) for text in _prefixes(ctx)}
    assert all(sorted_pages.values())
    monkeypatch.setattr(client_pages, "WALK_WINDOW", window)  # 5: the walk falls back
    _force(monkeypatch, "list_walk")
    monkeypatch.setattr(client_pages, "CODE_WALK_ABOVE", 0)
    walked = {text: _all_pages(ctx, text) for text in sorted_pages}
    assert walked == sorted_pages


@pytest.mark.parametrize("strategy", ["by_key", "last_name", "list_walk"])
def test_reading_name_keys_in_list_order_gives_the_sorted_pages(ctx, monkeypatch, strategy):
    texts = _prefixes(ctx)[3:]
    _force(monkeypatch, "sorted")
    sorted_pages = {text: _all_pages(ctx, text) for text in texts}
    assert all(sorted_pages.values())
    _force(monkeypatch, strategy)
    assert {text: _all_pages(ctx, text) for text in texts} == sorted_pages


def test_a_client_under_two_keys_of_a_prefix_comes_once(ctx, monkeypatch):
    """Walking key by key merges the keys' pages: "Aa" covers "aada" and "aalto" of a
    client named Aalto Aada, who must not come twice."""
    _force(monkeypatch, "sorted")
    row = find_clients(ctx, "", limit=1).rows[0]
    text = row.last_name[:1]
    expected = _all_pages(ctx, text, limit=5)
    _force(monkeypatch, "by_key")
    monkeypatch.setattr(name_key_walk, "MOST_KEYS", 10**6)  # every key of the letter
    walked = _all_pages(ctx, text, limit=5)
    assert walked == expected
    assert len(walked) == len(set(walked))


@pytest.mark.parametrize("strategy", list(STRATEGIES))
@pytest.mark.parametrize("cap", [0, 10**9])
def test_a_prefix_nobody_has_finds_nobody_either_way(ctx, monkeypatch, cap, strategy):
    _force(monkeypatch, strategy)
    monkeypatch.setattr(client_pages, "CODE_WALK_ABOVE", cap)
    assert find_clients(ctx, "qxz").rows == ()
    assert find_clients(ctx, "qxz aa").rows == ()
    assert find_clients(ctx, "99").rows == ()


def test_last_name_and_a_first_letter_read_one_key_in_list_order(ctx, monkeypatch):
    """ "Korhonen S" with both tokens common: the page comes from the last name's key in
    list order, checking the first name per client and stopping at the page, never
    sorting every Korhonen (25 ms at 300 000 clients)."""
    from sqlalchemy import event

    monkeypatch.setattr(client_pages, "SORT_AT_MOST", 5)  # the demo's names are few
    monkeypatch.setattr(last_name_walk, "MOST_SEEKS", -1)  # not by the last name's stretch
    row = find_clients(ctx, "", limit=30).rows[20]
    search = f"{row.last_name} {row.first_names[:1]}"
    statements: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    engine = ctx.db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        page = find_clients(ctx, search, limit=3)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert page.rows and row.id in [r.id for r in find_clients(ctx, search).rows]
    by_key = [(s, p) for s, p in statements if re.search(r'client_name_keys\."?key"? = ', s)]
    assert by_key, [s for s, _ in statements]
    statement, parameters = by_key[0]
    assert 4 in (parameters.values() if isinstance(parameters, dict) else parameters)  # page + 1
    if engine.dialect.name != "sqlite":
        return  # the plan below is SQLite's
    with ctx.db.read() as session:
        plan = (
            session.connection()
            .exec_driver_sql("EXPLAIN QUERY PLAN " + statement, tuple(parameters))
            .all()
        )
    assert "TEMP B-TREE" not in " ".join(str(r) for r in plan)


def test_a_short_prefix_is_walked_in_list_order(ctx, monkeypatch):
    """With many matches the code page walks the list's index, reading about a page of
    clients, instead of reading and sorting every match; one statement decides which."""
    code = find_clients(ctx, "", limit=1).rows[0].identity_code[:1]
    steps: dict[str, int] = {}
    pages: dict[str, list[int]] = {}
    for way, cap in (("walked", 5), ("sorted", 10**9)):
        monkeypatch.setattr(client_pages, "CODE_WALK_ABOVE", cap)
        with ctx.db.read() as session:
            if ctx.db.is_sqlite:
                counted = [0]

                def step(counted=counted) -> int:
                    counted[0] += 1
                    return 0

                raw = session.connection().connection.driver_connection
                raw.set_progress_handler(step, 1)
            try:
                pages[way] = client_pages.page_of_codes(session, code, None, 3)
            finally:
                if ctx.db.is_sqlite:
                    raw.set_progress_handler(None, 1)
                    steps[way] = counted[0]
    assert pages["walked"] == pages["sorted"] and len(pages["walked"]) == 3
    matches = find_clients(ctx, code, limit=200).rows
    assert len(matches) > 30  # many more than the page: the walk has something to skip
    if steps:
        assert steps["walked"] * 2 < steps["sorted"], steps


def test_a_keystroke_makes_no_new_statement_for_the_named_workers(ctx):
    """The named workers per unit of a page are read with one statement made once: coercing
    a fresh IN list of 61 ids into new statements was half of a keystroke, and on
    PostgreSQL each of the five statements it took was a round trip."""
    from sqlalchemy import event

    from omatyontekija.store import units as unit_store

    find_clients(ctx, "a")
    before = unit_store._page_units.cache_info()
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        for text in ("b", "ka", "m"):
            statements.clear()
            assert find_clients(ctx, text).rows
            touching = [s for s in statements if "unit_named_workers" in s or "units" in s]
            assert len(touching) == 1, touching
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    after = unit_store._page_units.cache_info()
    assert after.misses == before.misses
    assert after.hits > before.hits


def test_the_windows_list_reads_no_other_units_named_workers(ctx):
    """The window's list shows the unit's own named worker: a page asked without the
    other units' (with_units=False) reads them in no statement, and its rows are the
    same otherwise."""
    from sqlalchemy import event

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    full = find_clients(ctx, "b").rows
    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        bare = find_clients(ctx, "b", with_units=False).rows
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    assert not [s for s in statements if "unit_named_workers" in s]
    assert any(row.named_workers for row in full)
    assert [dataclasses.replace(row, named_workers=()) for row in full] == list(bare)


def test_a_keystroke_reads_the_named_workers_roles_with_the_page(ctx):
    """Each row's area worker follows the client's role, and a social worker's named client
    is the social worker's: the roles come with the page's named workers, so a keystroke
    reads no list of every worker (one statement less, a round trip on PostgreSQL)."""
    from sqlalchemy import event

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        for text in ("b", "ka", "m"):
            statements.clear()
            assert find_clients(ctx, text).rows
            every_worker = [s for s in statements if re.search(r"FROM workers\s+ORDER BY", s)]
            assert every_worker == [], every_worker
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    rows = find_clients(ctx, "").rows
    named = [row.named_worker for row in rows if row.named_worker is not None]
    assert named and all(worker.role is not None for worker in named)


def test_last_name_stretch_also_finds_the_token_elsewhere_in_a_name(ctx, monkeypatch):
    """ "Nieminen Mat" reads the Matti Nieminens from the Nieminens' stretch of the list; a
    client with the last name's key elsewhere (Lahti-Nieminen Matti: the sort key starts
    "lahti") is found by the skip scan, page after page as the sorted way gives them."""
    from sqlalchemy import text

    rows = find_clients(ctx, "", limit=400).rows
    target = rows[20]
    last = target.last_name.split("-")[0].split()[0]
    first = target.first_names.split()[0]
    # Three other clients get the target's last name as a second name key (a double name
    # not at the start of their sort key); one also gets the first name.
    others = [r for r in rows if last.lower() not in r.last_name.lower()][:3]
    with ctx.db.write() as session:
        for row in others:
            session.execute(
                text(
                    "INSERT INTO client_name_keys (client_id, key, sort_key) SELECT id, :k, "
                    "sort_key FROM clients WHERE id = :id"
                ),
                {"k": last.lower(), "id": row.id},
            )
        session.execute(
            text(
                "INSERT OR IGNORE INTO client_name_keys (client_id, key, sort_key) SELECT id, "
                ":k, sort_key FROM clients WHERE id = :id"
            )
            if ctx.db.is_sqlite
            else text(
                "INSERT INTO client_name_keys (client_id, key, sort_key) SELECT id, :k, "
                "sort_key FROM clients WHERE id = :id ON CONFLICT DO NOTHING"
            ),
            {"k": first.lower(), "id": others[0].id},
        )
    searches = [f"{last} {first[:n]}" for n in range(1, len(first) + 1)] + [f"{first} {last}"]
    _force(monkeypatch, "sorted")
    expected = {s: _all_pages(ctx, s, limit=2) for s in searches}
    assert others[0].id in expected[f"{last} {first}"]
    assert target.id in expected[f"{last} {first}"]
    _force(monkeypatch, "last_name")
    assert {s: _all_pages(ctx, s, limit=2) for s in searches} == expected
    # and the skip scan gives up on many such clients, leaving it to the key walk
    monkeypatch.setattr(last_name_walk, "MOST_SEEKS", 2)
    assert {s: _all_pages(ctx, s, limit=2) for s in searches} == expected


def test_last_name_stretch_reads_one_index_range_per_key(ctx, monkeypatch):
    """ "Nieminen Mat": a page is read as key = 'matti' within the Nieminens' stretch of the
    sort keys: an index range in list order, no sort, stopping at the page."""
    from sqlalchemy import event

    monkeypatch.setattr(client_pages, "SORT_AT_MOST", 5)
    row = find_clients(ctx, "", limit=30).rows[20]
    search = f"{row.last_name} {row.first_names[:3]}"
    statements: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    engine = ctx.db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        page = find_clients(ctx, search, limit=3)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert row.id in [r.id for r in find_clients(ctx, search).rows] and page.rows
    stretch = [
        (s, p)
        for s, p in statements
        if re.search(r'client_name_keys\."?key"? = ', s) and "sort_key < " in s
    ]
    assert stretch, [s for s, _ in statements]
    statement, parameters = stretch[0]
    assert 4 in (parameters.values() if isinstance(parameters, dict) else parameters)
    if engine.dialect.name != "sqlite":
        return
    with ctx.db.read() as session:
        plan = (
            session.connection()
            .exec_driver_sql("EXPLAIN QUERY PLAN " + statement, tuple(parameters))
            .all()
        )
    text = " ".join(str(r) for r in plan)
    assert "TEMP B-TREE" not in text and "sort_key>? AND sort_key<?" in text, text
