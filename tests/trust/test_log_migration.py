"""Migration 0007 moves an existing log into the compact layout without breaking its chain:
old entries keep their format 1 hashes, new ones chain on in format 2."""

import datetime as dt
import hashlib
import json

from alembic import command
from sqlalchemy import text

from omatyontekija.domain.access import Action
from omatyontekija.services.audit import list_entries, verify_chain
from omatyontekija.services.context import Context
from omatyontekija.services.trust.use_case import record_access
from omatyontekija.store.db import Database
from omatyontekija.store.migrate import alembic_config, migrate


def v1_hash(previous, entry):
    data = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((previous + data).encode()).hexdigest()


def test_an_old_log_keeps_its_chain_through_the_migration(tmp_path):
    db = Database(str(tmp_path / "old.sqlite3"))
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
    previous = "0" * 64
    at = dt.datetime(2026, 1, 5, 8, 0, 0, 123456)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO users (login, role, active, created_at) "
            "VALUES ('testuser', 'supervisor', 1, '2026-01-01 00:00:00')"
        )
        for sequence, ids in ((1, [3, 7]), (2, []), (3, [7, 3]), (4, [9])):
            moment = at + dt.timedelta(minutes=sequence)
            entry = {
                "sequence": sequence,
                "at": moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "user": "testuser",
                "role": "supervisor",
                "action": "view",
                "client_ids": sorted(ids),
                "reason": "syy ä" if sequence == 2 else None,
                "success": True,
            }
            hash_ = v1_hash(previous, entry)
            connection.exec_driver_sql(
                "INSERT INTO access_log (sequence, at, login, role, action, reason, success, "
                "previous_hash, hash) VALUES (?, ?, 'testuser', 'supervisor', 'view', ?, 1, ?, ?)",
                (sequence, moment.isoformat(sep=" "), entry["reason"], previous, hash_),
            )
            for client in ids:
                connection.exec_driver_sql(
                    "INSERT INTO access_log_clients VALUES (?, ?)", (sequence, client)
                )
            previous = hash_
    db.dispose()
    db = Database(str(tmp_path / "old.sqlite3"))
    migrate(db)
    ctx = Context(db=db, user="testuser")
    assert verify_chain(ctx).ok
    record_access(ctx, Action.SEARCH, [3, 7])
    report = verify_chain(ctx)
    assert report.ok and report.count == 5
    with db.read() as session:
        sets = session.execute(text("SELECT count(*) FROM access_log_sets")).scalar()
    assert sets == 2  # {3, 7} kept once for entries 1, 3 and 5; {9}
    about_7 = [e.sequence for e in list_entries(ctx, client_id=7, limit=None)]
    assert about_7 == [6, 5, 3, 1]  # 6 is the listing itself
    ctx.close()
