"""Search as the UI runs it (services → list model), against raw sqlite3 on the same file.

Usage: python -m benchmarks.bench_search --clients 100000 [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import demo_database, machine, summary, timed, timed_pair


class HonestFloor:
    """The program's own statements for a search (every read it runs on the engine, the
    name keys' recursive walk included), replayed in raw sqlite3, plus the same log write
    (the chain's last link, the set of clients shown, the entry and its hash) in an
    IMMEDIATE transaction: what the search costs without the program's layers."""

    def __init__(self, ctx, path: Path) -> None:
        self._ctx = ctx
        self._raw = sqlite3.connect(path, isolation_level=None)
        self._raw.execute("PRAGMA journal_mode = WAL")
        self._raw.execute("PRAGMA synchronous = NORMAL")
        self._raw.execute("PRAGMA busy_timeout = 10000")

    def of(self, search: Callable[[], object]) -> Callable[[], None]:
        """A floor function replaying the reads ``search`` made (captured once)."""
        from sqlalchemy import event

        statements: list[tuple[str, object]] = []

        def seen(conn, cursor, statement, parameters, context, executemany):
            # Every read, those on the driver's own cursor (store/bare.py) too: they tell
            # the engine's listeners. The recursive walk of name keys begins with WITH.
            head = statement.lstrip()[:6].upper()
            if head.startswith(("SELECT", "WITH")) and "access_log" not in statement:
                statements.append((statement, parameters))

        engine = self._ctx.db.engine
        event.listen(engine, "before_cursor_execute", seen)
        try:
            search()
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        raw = self._raw

        def floor() -> None:
            shown: list[int] = []
            for statement, parameters in statements:
                rows = raw.execute(statement, parameters).fetchall()
                # the page: (sort_key, id, …) rows (the named workers' rows begin with
                # an integer, the kind of row: store/units._page_units)
                if (
                    rows
                    and len(rows[0]) > 3
                    and isinstance(rows[0][0], str)
                    and isinstance(rows[0][1], int)
                ):
                    shown = [r[1] for r in rows]
            _log_write(raw, sorted(shown))

        return floor


def _log_write(raw: sqlite3.Connection, ids: list[int]) -> None:
    import datetime as dt
    import hashlib

    raw.execute("BEGIN IMMEDIATE")
    sequence, previous = raw.execute(
        "SELECT sequence, hash FROM access_log ORDER BY sequence DESC LIMIT 1"
    ).fetchone() or (0, "0" * 64)
    set_id = None
    text = ",".join(map(str, ids))
    if ids:
        digest = hashlib.sha256(text.encode()).digest()
        row = raw.execute("SELECT id FROM access_log_sets WHERE digest = ?", (digest,)).fetchone()
        if row:
            set_id = row[0]
        else:
            set_id = raw.execute(
                "INSERT INTO access_log_sets (digest, clients) VALUES (?, ?)", (digest, text)
            ).lastrowid
            raw.executemany(
                "INSERT INTO access_log_set_clients (client_id, set_id) VALUES (?, ?)",
                [(c, set_id) for c in ids],
            )
    # The program's hash (format 2, services/audit.canonical_v2), so the chain still holds.
    now = dt.datetime.now(dt.UTC)
    micros = (now - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(microseconds=1)
    role = raw.execute("SELECT role FROM users WHERE login = 'benchmark'").fetchone()[0]
    canonical = f"2|{sequence + 1}|{micros}|9:benchmark|{len(role)}:{role}|6:search|{text}|-|1"
    digest_hex = hashlib.sha256(f"{previous}|{canonical}".encode()).hexdigest()
    raw.execute(
        "INSERT INTO access_log (sequence, at, login, role, action, reason, success, format, "
        "set_id, hash) VALUES (?, ?, 'benchmark', ?, 'search', NULL, 1, 2, ?, ?)",
        (sequence + 1, now.strftime("%Y-%m-%d %H:%M:%S.%f"), role, set_id, digest_hex),
    )
    if set_id is not None:  # the count the client's report reads (migration 0013)
        from omatyontekija.store.access_log_hours import UPSERT_SQLITE, sqlite_row

        raw.execute(UPSERT_SQLITE, sqlite_row(set_id, now, "benchmark", role, "search", None, True))
    raw.execute("COMMIT")


def last_first_names(ctx) -> list[str]:
    """ "Last First" names to type: four of the demo's first rows (its most common last
    name) and four common Finnish names."""
    from omatyontekija.services.clients import find_clients

    sample = find_clients(ctx, "", limit=1000).rows
    names = [f"{sample[i].last_name} {sample[i].first_names.split()[0]}" for i in (100, 400, 700)]
    return [*names, "Korhonen Sari", "Virtanen Anna", "Nieminen Matti", "Mäkinen Juha"]


def measure_last_first(ctx, model, rounds: int) -> dict:
    """Each keystroke of typing "Last First" names through the list model, with the last
    name's stretch (store/last_name_walk.py) and without it (the key-by-key walk before
    it), in turns: one name typed each way, then the next. Only the window's own work:
    the list's background counts are not waited for."""
    from omatyontekija.store import last_name_walk

    names = last_first_names(ctx)
    times: dict[str, list[float]] = {"value": [], "without_stretch": []}
    most = last_name_walk.MOST_SEEKS
    try:
        for _ in range(rounds):
            for name in names:
                for way, seeks in (("value", most), ("without_stretch", -1)):
                    last_name_walk.MOST_SEEKS = seeks
                    for end in range(1, len(name) + 1):
                        started = time.perf_counter()  # once, as typed: no warm-up call
                        model.set_search(name[:end])
                        times[way].append(time.perf_counter() - started)
                    model.set_search("")
    finally:
        last_name_walk.MOST_SEEKS = most
    return {way: summary(found) for way, found in times.items()}


def measure(clients: int, repeat: int, path: Path | None = None) -> dict:
    from PySide6.QtWidgets import QApplication

    from omatyontekija.services.clients import PAGE_SIZE, find_clients
    from omatyontekija.services.context import open_context
    from omatyontekija.ui.client_list_model import ClientListModel

    path = path or demo_database(clients)
    ctx = open_context(str(path), user="benchmark")
    ctx.db.checkpoint_in_background()  # as the application runs
    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need one
    model = ClientListModel(ctx)
    sample = find_clients(ctx, "", limit=1000).rows
    code_prefix = sample[500].identity_code[:7]
    last_name = sample[700].last_name
    name_query = f"{last_name} {sample[700].first_names.split()[0]}"

    raw = sqlite3.connect(path)

    def raw_prefix(column_sql: str, value: str) -> None:
        raw.execute(
            f"SELECT id, identity_code, last_name, first_names FROM clients WHERE {column_sql} "
            "ORDER BY sort_key, id LIMIT ?",
            (value, value + "\U0010ffff", PAGE_SIZE + 1),  # a page, as the program reads
        ).fetchall()

    honest = HonestFloor(ctx, path)
    code_floor = honest.of(lambda: model.set_search(code_prefix))
    name_floor = honest.of(lambda: model.set_search(last_name[:4]))
    code_value, code_honest = timed_pair(lambda: model.set_search(code_prefix), code_floor, repeat)
    name_value, name_honest = timed_pair(
        lambda: model.set_search(last_name[:4]), name_floor, repeat
    )
    # The floors used before: a plainer query than the program's and no log entry.
    _, code_old = timed_pair(
        lambda: None,
        lambda: raw_prefix("identity_code >= ? AND identity_code < ?", code_prefix),
        repeat,
    )
    _, name_old = timed_pair(
        lambda: None,
        lambda: raw_prefix(
            "id IN (SELECT client_id FROM client_name_keys WHERE key >= ? AND key < ?)",
            last_name[:4].lower().replace("ä", "a").replace("ö", "o"),
        ),
        repeat,
    )
    results = {
        "search_identity_code": {"value": code_value, "floor": code_honest, "old_floor": code_old},
        "search_name_prefix": {"value": name_value, "floor": name_honest, "old_floor": name_old},
    }
    keystrokes = []
    for _ in range(max(1, repeat // 10)):
        for end in range(1, len(name_query) + 1):
            keystrokes += timed(lambda e=end: model.set_search(name_query[:e]), 1)
    results["search_keystroke"] = {"value": summary(keystrokes)}
    results["search_keystroke_last_first"] = measure_last_first(ctx, model, max(1, repeat // 10))
    ctx.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    results = measure(args.clients, args.repeat)
    for name, entry in results.items():
        value = entry["value"]
        floor = entry.get("floor")
        if "without_stretch" in entry:
            before = entry["without_stretch"]
            print(
                f"{name} without the stretch: median {before['median'] * 1e3:7.2f} ms  "
                f"p95 {before['p95'] * 1e3:7.2f} ms"
            )
        line = (
            f"{name:<24} median {value['median'] * 1e3:7.2f} ms  p95 {value['p95'] * 1e3:7.2f} ms"
        )
        if floor:
            line += f"  floor {floor['median'] * 1e3:7.2f} ms  ratio "
            line += f"{value['median'] / floor['median']:.1f}"
        print(line)
    if args.out:
        args.out.write_text(
            json.dumps(
                {"clients": args.clients, "machine": machine(), "results": results}, indent=2
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
