"""A year of access log, simulated into a copy of a demo database in minutes.

A unit of 30 workers types a few hundred searches a day: each search is a
session of keystrokes (each keystroke logs the page of clients it showed, as
the program does) ending, most often, in opening the client. A keystroke's
page is the first page of the clients whose last name starts with what was
typed so far: a range of the list in name order, so the same prefix shows the
same set again (as it does in the program). Entries are chained with the
program's own hash (services/audit.entry_hash) and written with plain
executemany in one pass, so ``audit verify`` accepts the result.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import random
import shutil
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import CACHE, demo_database

PAGE = 60  # rows a search page shows (services/clients.PAGE_SIZE)
WORKERS = 30
WORKING_DAYS = 250


@dataclass(frozen=True)
class YearLog:
    path: Path  # the database with the year's log
    demo_bytes: int  # the database before the log
    entries: int
    average_shown: float  # clients per search entry
    most_viewed_client: int
    most_viewed_entries: int
    last_day_first_sequence: int  # the first entry of the last simulated day
    build_seconds: float

    @property
    def log_bytes(self) -> int:
        return self.path.stat().st_size - self.demo_bytes


def year_database(clients: int, entries: int, seed: int = 1) -> YearLog:
    """The demo database of ``clients`` with ``entries`` simulated log entries (made once)."""
    path = CACHE / f"year-{clients}-{entries}-{seed}.sqlite3"
    meta = path.with_suffix(".json")
    if not path.exists() or not meta.exists():
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        shutil.copyfile(demo_database(clients), partial)
        demo_bytes = partial.stat().st_size
        started = time.perf_counter()
        facts = _fill(partial, entries, seed)
        facts["build_seconds"] = time.perf_counter() - started
        facts["demo_bytes"] = demo_bytes
        partial.rename(path)
        meta.write_text(json.dumps(facts), encoding="utf-8")
    facts = json.loads(meta.read_text(encoding="utf-8"))
    return YearLog(path=path, entries=entries, **facts)


def _name_ranges(connection: sqlite3.Connection) -> tuple[list[str], list[int]]:
    """Every client's last-name key and id, ordered by that key (a prefix is then a range)."""
    from omatyontekija.domain.text import name_key

    rows = sorted(
        (name_key(last), sort_key, cid)
        for cid, last, sort_key in connection.execute("SELECT id, last_name, sort_key FROM clients")
    )
    return [r[0] for r in rows], [r[2] for r in rows]


def _fill(path: Path, entries: int, seed: int) -> dict:
    from omatyontekija.domain.access import AccessEntry
    from omatyontekija.services.audit import GENESIS_HASH, entry_hash

    rng = random.Random(seed)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous=OFF")
    keys, ids = _name_ranges(connection)
    row = connection.execute(
        "SELECT sequence, hash FROM access_log ORDER BY sequence DESC LIMIT 1"
    ).fetchone()
    sequence, previous = row if row else (0, GENESIS_HASH)
    first_sequence = sequence  # the entries after it are the simulated year's
    next_set = (connection.execute("SELECT max(id) FROM access_log_sets").fetchone()[0] or 0) + 1
    sets: dict[tuple[int, int], int] = {}
    # Sets the demo database's own log holds already (a benchmark searched in it).
    stored = dict(connection.execute("SELECT digest, id FROM access_log_sets"))
    logins = [f"worker{n:02d}" for n in range(1, WORKERS + 1)]
    # Each worker has a caseload they open most often; anyone may be searched.
    caseloads = [rng.sample(range(len(ids)), 60) for _ in logins]

    per_day = max(1, entries // WORKING_DAYS)
    first_day = dt.date.today() - dt.timedelta(days=366)
    day, on_day = first_day, 0
    last_day_first = sequence + 1
    used: Counter[int] = Counter()  # entries per set
    members: dict[int, tuple[int, ...]] = {}
    shown_total = search_entries = 0

    log_rows: list[tuple] = []
    set_rows: list[tuple] = []
    member_rows: list[tuple] = []

    def flush() -> None:
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO access_log_sets (id, digest, clients) VALUES (?, ?, ?)", set_rows
        )
        connection.executemany(
            "INSERT INTO access_log_set_clients (client_id, set_id) VALUES (?, ?)", member_rows
        )
        connection.executemany(
            "INSERT INTO access_log (sequence, at, login, role, action, reason, success, "
            "format, set_id, hash) VALUES (?, ?, ?, 'worker', ?, NULL, 1, 2, ?, ?)",
            log_rows,
        )
        connection.execute("COMMIT")
        log_rows.clear()
        set_rows.clear()
        member_rows.clear()

    def set_of(low: int, count: int) -> tuple[int, tuple[int, ...]]:
        nonlocal next_set
        shown = tuple(sorted(ids[low : low + count]))
        set_id = sets.get((low, count))
        if set_id is None:
            text = ",".join(map(str, shown))
            digest = hashlib.sha256(text.encode()).digest()
            set_id = stored.get(digest)
            if set_id is None:
                set_id = next_set
                next_set += 1
                set_rows.append((set_id, digest, text))
                member_rows.extend((c, set_id) for c in shown)
            sets[(low, count)] = set_id
            members[set_id] = shown
        return set_id, shown

    written = 0
    while written < entries:
        worker = rng.randrange(WORKERS)
        login = logins[worker]
        own = rng.random() < 0.6
        target = rng.choice(caseloads[worker]) if own else rng.randrange(len(ids))
        typed = keys[target][: rng.randint(2, 7)]
        steps: list[tuple[str, int | None, tuple[int, ...]]] = []
        for end in range(1, len(typed) + 1):
            prefix = typed[:end]
            low = bisect.bisect_left(keys, prefix)
            high = bisect.bisect_left(keys, prefix + "\U0010ffff")
            set_id, shown = set_of(low, min(PAGE, high - low))
            steps.append(("search", set_id, shown))
        if rng.random() < 0.8:
            set_id, shown = set_of(target, 1)
            steps.append(("view", set_id, shown))
        for action, set_id, shown in steps:
            if written >= entries:
                break
            if on_day >= per_day:
                day += dt.timedelta(days=1)
                while day.weekday() >= 5:
                    day += dt.timedelta(days=1)
                on_day = 0
                last_day_first = sequence + 1
            # Working hours 8-16 local, about UTC 6-14, spread evenly over the day.
            at = dt.datetime.combine(day, dt.time(6), tzinfo=dt.UTC) + dt.timedelta(
                seconds=8 * 3600 * on_day / per_day
            )
            on_day += 1
            sequence += 1
            entry = AccessEntry(sequence, at, login, "worker", action, shown, None, True, "", "")
            digest = entry_hash(previous, entry)
            log_rows.append(
                (sequence, at.strftime("%Y-%m-%d %H:%M:%S.%f"), login, action, set_id, digest)
            )
            previous = digest
            used[set_id] += 1
            if action == "search":
                shown_total += len(shown)
                search_entries += 1
            written += 1
        if len(log_rows) >= 50_000:
            flush()
    flush()
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'access_log_hours'").fetchone():
        # What the appends would have counted (a demo older than migration 0013 gets it
        # from the migration when the program first opens it).
        from omatyontekija.store.access_log_hours import REBUILD_SQLITE

        connection.execute("BEGIN")
        connection.execute(REBUILD_SQLITE, (first_sequence,))
        connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    seen: Counter[int] = Counter()
    for set_id, times in used.items():
        for client in members[set_id]:
            seen[client] += times
    most, times = seen.most_common(1)[0]
    return {
        "average_shown": shown_total / max(1, search_entries),
        "most_viewed_client": most,
        "most_viewed_entries": times,
        "last_day_first_sequence": last_day_first,
    }
