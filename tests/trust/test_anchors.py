"""The head kept outside the database: written after each day's first append on SQLite,
checked by `audit verify` by default, so truncation or a recomputed tail is caught."""

import datetime as dt
import os
import sqlite3
import stat

from omatyontekija.domain.access import Action
from omatyontekija.services import audit
from omatyontekija.services.audit import canonical_v2, head, verify_chain
from omatyontekija.services.trust.use_case import record_access
from omatyontekija.store import anchors as anchor_store


def anchors_of(ctx):
    return anchor_store.read_anchors(anchor_store.anchor_file(ctx.db))


def test_the_days_first_append_writes_the_head_outside_the_database(ctx, demo_path):
    first = record_access(ctx, Action.VIEW, [1])
    record_access(ctx, Action.VIEW, [2])
    (anchor,) = anchors_of(ctx)
    assert (anchor.kind, anchor.sequence, anchor.hash) == ("head", first.sequence, first.hash)
    assert anchor.day == dt.date.today()
    path = anchor_store.anchor_file(ctx.db)
    assert demo_path.parent not in path.parents  # not next to the database
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_a_new_day_writes_a_new_anchor(ctx, monkeypatch):
    record_access(ctx, Action.VIEW, [1])
    path = anchor_store.anchor_file(ctx.db)
    # Yesterday's anchor only: the next append is the day's first.
    text = path.read_text().replace(dt.date.today().isoformat(), "2000-01-01")
    path.write_text(text)
    audit._anchored_on.clear()
    second = record_access(ctx, Action.VIEW, [2])
    assert [a.sequence for a in anchors_of(ctx)] == [1, second.sequence]


def test_a_rolled_back_append_writes_no_anchor(ctx):
    try:
        with ctx.db.write() as session:
            audit.append_entry(session, ctx, Action.VIEW, [1])
            raise RuntimeError("the use case failed")
    except RuntimeError:
        pass
    assert anchors_of(ctx) == []


def test_truncating_the_log_is_caught_without_expect_head(ctx, demo_path):
    for i in range(4):
        record_access(ctx, Action.VIEW, [i + 1])
    with sqlite3.connect(demo_path) as connection:
        connection.execute("DELETE FROM access_log")
    report = verify_chain(ctx)
    assert not report.ok and "kept head" in report.text()


def test_a_recomputed_chain_is_caught_without_expect_head(ctx, demo_path):
    """Someone changes entry 1 and recomputes every hash after it: a valid chain, but the
    anchored head is gone."""
    for i in range(4):
        record_access(ctx, Action.VIEW, [i + 1])
    with sqlite3.connect(demo_path) as connection:
        connection.execute("UPDATE access_log SET login = 'someone' WHERE sequence = 1")
    from omatyontekija.store import access_log as log_store

    previous = log_store.GENESIS_HASH
    with ctx.db.read() as session:
        entries = [s.entry for s in log_store.iter_stored(session)]
    with sqlite3.connect(demo_path) as connection:
        for entry in entries:
            new = audit.hashlib.sha256((previous + "|" + canonical_v2(entry)).encode()).hexdigest()
            connection.execute(
                "UPDATE access_log SET hash = ? WHERE sequence = ?", (new, entry.sequence)
            )
            previous = new
    report = verify_chain(ctx)
    assert not report.ok and "kept head" in report.text()


def test_incremental_verification_starts_where_the_last_one_ended(ctx):
    for i in range(5):
        record_access(ctx, Action.VIEW, [i + 1])
    assert verify_chain(ctx).count == 5
    for i in range(3):
        record_access(ctx, Action.SEARCH, [i + 1, i + 7])
    report = verify_chain(ctx, incremental=True)
    assert report.ok and report.count == 8 and report.head == head(ctx)[1]
    verified = [a for a in anchors_of(ctx) if a.kind == "verified"]
    assert [a.sequence for a in verified] == [5, 8]


def test_incremental_verification_sees_a_rewritten_verified_entry(ctx, demo_path):
    for i in range(5):
        record_access(ctx, Action.VIEW, [i + 1])
    assert verify_chain(ctx).ok
    with sqlite3.connect(demo_path) as connection:
        connection.execute("UPDATE access_log SET hash = ? WHERE sequence = 5", ("f" * 64,))
    report = verify_chain(ctx, incremental=True)
    assert not report.ok and report.broken_at == 5
