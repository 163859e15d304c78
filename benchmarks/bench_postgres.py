"""Search keystrokes on PostgreSQL beside SQLite, in turns, through the services (each
keystroke's page read and its access-log entry written, as the list model does).

    OMATYONTEKIJA_BENCH_POSTGRES_URL=postgresql+psycopg://user@host:port/db \\
        python -m benchmarks.bench_postgres --clients 100000 [--out FILE]

The database the URL names gets the demo clients once (the URL's login is the
supervisor). ``benchmarks.run`` calls ``measure_all`` when the variable is set
(CI sets it to a database on its throwaway server): search keystrokes, opening
a client, all suggestions and the key figures, PostgreSQL beside SQLite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

from benchmarks.common import demo_database, machine, summary

ENV = "OMATYONTEKIJA_BENCH_POSTGRES_URL"


def _postgres_context(url: str, clients: int):
    from sqlalchemy.engine import make_url

    from omatyontekija.services.clients import count_clients
    from omatyontekija.services.context import open_context
    from omatyontekija.services.demo import create_demo

    login = make_url(url).username
    ctx = open_context(url, user=login)
    try:
        present = count_clients(ctx, "", cap=clients)
    except Exception:  # an empty database: no users yet
        present = 0
    if present < clients:
        started = time.perf_counter()
        create_demo(ctx.db, clients, seed=1, supervisor_login=login)
        # Without statistics the planner guessed badly: 22 / 102 ms a keystroke, not 12 / 28.
        # VACUUM too: autovacuum would otherwise start on the new tables while the keystrokes
        # are measured (it did, 6.12.2026: p95 22 ms, 10 ms once it had run), and the
        # visibility map it writes lets index-only scans skip the heap, as on a running
        # server. VACUUM cannot run inside a transaction block: autocommit.
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
        print(f"demo of {clients} clients on PostgreSQL in {time.perf_counter() - started:.0f} s")
        ctx.close()
        ctx = open_context(url, user=login)
    return ctx


def measure(url: str, clients: int, rounds: int) -> dict:
    from omatyontekija.services.clients import find_clients
    from omatyontekija.services.context import open_context

    contexts = {
        "sqlite": open_context(str(demo_database(clients)), user="benchmark"),
        "postgresql": _postgres_context(url, clients),
    }
    rows = find_clients(contexts["sqlite"], "", limit=60).rows
    rng = random.Random(5)
    names = [f"{r.last_name} {r.first_names.split()[0]}" for r in rng.sample(rows, 8)]
    codes = [r.identity_code for r in rng.sample(rows, 4)]
    typed = [q[:end] for q in names + codes for end in range(1, len(q) + 1)]
    times: dict[str, list[float]] = {name: [] for name in contexts}
    # As the window's list asks (ui/client_list_model.py): its own unit's named worker
    # only, not every unit's (until 6.12.2026 the defaults: one statement more).
    for ctx in contexts.values():
        find_clients(ctx, typed[0], with_units=False)  # warm-up
    for _ in range(rounds):
        for text in typed:
            for name, ctx in contexts.items():
                started = time.perf_counter()
                find_clients(ctx, text, with_units=False)
                times[name].append(time.perf_counter() - started)
    for ctx in contexts.values():
        ctx.close()
    found = {name: summary(t) for name, t in times.items()}
    return {
        "search_keystroke_by_backend": {
            "unit": "ms",
            "clients": clients,
            **{
                name: {k: (v * 1000 if k != "n" else v) for k, v in s.items()}
                for name, s in found.items()
            },
            "ratio_p95": round(found["postgresql"]["p95"] / found["sqlite"]["p95"], 2),
            "ratio_median": round(found["postgresql"]["median"] / found["sqlite"]["median"], 2),
        }
    }


def _in_turns(contexts: dict, work, rounds: int) -> dict[str, dict[str, float]]:
    """``work(ctx)`` on each backend in turns, after one warm-up each: seconds by backend."""
    times: dict[str, list[float]] = {name: [] for name in contexts}
    for ctx in contexts.values():
        work(ctx)
    for _ in range(rounds):
        for name, ctx in contexts.items():
            started = time.perf_counter()
            work(ctx)
            times[name].append(time.perf_counter() - started)
    return {name: summary(t) for name, t in times.items()}


def _beside(found: dict[str, dict[str, float]], unit: str, clients: int) -> dict:
    """An entry for benchmarks.run: PostgreSQL as the value, SQLite beside it."""
    return {
        "value": found["postgresql"],
        "sqlite": found["sqlite"],
        "unit": unit,
        "clients": clients,
        "ratio_to_sqlite_median": round(
            found["postgresql"]["median"] / found["sqlite"]["median"], 2
        ),
        "ratio_to_sqlite_p95": round(found["postgresql"]["p95"] / found["sqlite"]["p95"], 2),
    }


def measure_all(url: str, clients: int, repeat: int) -> dict:
    """Search keystrokes, opening a client, all suggestions and the key figures through the
    services on PostgreSQL beside SQLite (the same demo), in turns."""
    from omatyontekija.rules import Outcome
    from omatyontekija.services.clients import find_clients, get_client
    from omatyontekija.services.context import open_context
    from omatyontekija.services.figures import key_figures
    from omatyontekija.services.suggestions import all_suggestions

    keystrokes = measure(url, clients, max(1, repeat // 10))["search_keystroke_by_backend"]
    contexts = {
        "sqlite": open_context(str(demo_database(clients)), user="benchmark"),
        "postgresql": _postgres_context(url, clients),
    }
    ids = {name: [r.id for r in find_clients(ctx, "").rows] for name, ctx in contexts.items()}
    views = {name: iter(ids[name] * (repeat + 2)) for name in contexts}
    names = {id(ctx): name for name, ctx in contexts.items()}
    rounds = max(2, repeat // 5)
    results = {
        "pg_search_keystroke": _beside(
            {
                name: {k: v / 1000 if k != "n" else v for k, v in keystrokes[name].items()}
                for name in contexts
            },
            "ms",
            clients,
        ),
        "pg_client_view": _beside(
            _in_turns(contexts, lambda ctx: get_client(ctx, next(views[names[id(ctx)]])), repeat),
            "ms",
            clients,
        ),
        "pg_all_suggestions": _beside(
            _in_turns(
                contexts,
                lambda ctx: sum(
                    s.suggestion.outcome is Outcome.NEEDED for s in all_suggestions(ctx)
                ),
                rounds,
            ),
            "s",
            clients,
        ),
        "pg_key_figures": _beside(_in_turns(contexts, key_figures, rounds), "s", clients),
    }
    for ctx in contexts.values():
        ctx.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    url = os.environ.get(ENV)
    if not url:
        parser.error(f"set ${ENV} to a PostgreSQL database URL")
    results = measure(url, args.clients, args.rounds)
    print(json.dumps(results, indent=2))
    if args.out:
        args.out.write_text(
            json.dumps({"machine": machine(), "results": results}, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
