"""The access log over a year: its size, an append, the most-viewed client's report,
verifying a day and the whole chain, typing with a year of log; and the memory of a
day of searches.

    python -m benchmarks.bench_log --clients 300000 --log-entries 4000000 [--out FILE]

The year is simulated once (benchmarks/log_year.py) and kept in results/tmp.
The report and the searches run in child processes, so their peak memory is theirs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import demo_database, machine, summary
from benchmarks.log_year import year_database

YEAR_ENTRIES = 4_000_000


def _status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _rss_mb() -> float:
    return _status_mb("VmRSS")


def _peak_mb() -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
    return _status_mb("VmHWM")


def _child(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_log", *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- in a child process ----------------------------------------------------------------------
def child_report(database: str, client_id: int) -> dict:
    """The client's report over the whole log, as PDF and as CSV: seconds and peak memory."""
    from omatyontekija.services.access_report import write_access_report
    from omatyontekija.services.context import open_context

    ctx = open_context(database, user="benchmark")
    with tempfile.TemporaryDirectory() as out:
        import reportlab.pdfgen.canvas  # noqa: F401 - loaded before, as in a running program

        baseline = _rss_mb()
        started = time.perf_counter()
        pdf = write_access_report(ctx, client_id, Path(out) / "report.pdf")
        seconds = time.perf_counter() - started
        result = {
            "seconds": seconds,
            "pdf_bytes": pdf.stat().st_size,
            "baseline_mb": baseline,
            "peak_mb": _peak_mb(),
        }
        try:
            from omatyontekija.services.access_report import write_access_csv
        except ImportError:
            write_access_csv = None
        if write_access_csv is not None:
            started = time.perf_counter()
            csv = write_access_csv(ctx, client_id, Path(out) / "report.csv")
            result["csv_seconds"] = time.perf_counter() - started
            result["csv_bytes"] = csv.stat().st_size
            result["peak_mb_with_csv"] = _peak_mb()
    ctx.close()
    return result


def child_searches(database: str, searches: int) -> dict:
    """Drive the client list model as the window does through ``searches`` searches."""
    import gc

    from PySide6.QtCore import QCoreApplication, QThreadPool
    from PySide6.QtWidgets import QApplication

    from omatyontekija.services.clients import find_clients
    from omatyontekija.services.context import open_context
    from omatyontekija.ui.client_list_model import ClientListModel

    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need one
    ctx = open_context(database, user="benchmark")
    model = ClientListModel(ctx)
    names = [r.last_name for r in find_clients(ctx, "", limit=2000).rows]
    rng = random.Random(1)
    queries = []
    for name in rng.sample(names, 200):
        queries += [name[:end] for end in range(1, min(len(name), 6) + 1)]
    pool = QThreadPool.globalInstance()

    def settle() -> None:
        pool.waitForDone()
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, 0)  # deleteLater and queued signals

    for query in queries[:50]:
        model.set_search(query)
        settle()
    gc.collect()
    before, objects_before = _rss_mb(), len(gc.get_objects())
    started = time.perf_counter()
    for n in range(searches):
        model.set_search(queries[n % len(queries)])
        if n % 10 == 9:
            settle()
    settle()
    gc.collect()
    seconds = time.perf_counter() - started
    result = {
        "searches": searches,
        "rss_before_mb": before,
        "rss_after_mb": _rss_mb(),
        "objects_before": objects_before,
        "objects_after": len(gc.get_objects()),
        "seconds": seconds,
    }
    ctx.close()
    return result


# -- in the benchmark's process ----------------------------------------------------------------
def _table_bytes(path: Path) -> dict[str, int]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE '%access_log%' GROUP BY name"
        ).fetchall()
    except sqlite3.OperationalError:  # SQLite built without dbstat
        rows = []
    connection.close()
    return dict(rows)


def measure_memory(clients: int, searches: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "demo.sqlite3"
        shutil.copyfile(demo_database(clients), copy)
        found = _child("searches", str(copy), str(searches))
    return {
        "memory_after_20000_searches": {
            "value": {"median": found["rss_after_mb"]},
            "unit": "MB",
            **found,
        }
    }


def measure_year(clients: int, entries: int, repeat: int) -> dict:
    from omatyontekija.domain.access import Action
    from omatyontekija.services.audit import append_entry, verify_chain
    from omatyontekija.services.context import open_context
    from omatyontekija.services.trust.use_case import record_access
    from omatyontekija.store import anchors as anchor_store

    year = year_database(clients, entries)
    results: dict = {
        "log_year_bytes": {
            "value": {"median": year.log_bytes},
            "unit": "bytes",
            "entries": year.entries,
            "clients": clients,
            "bytes_per_entry": round(year.log_bytes / max(1, year.entries), 1),
            "average_clients_per_search": round(year.average_shown, 1),
            "build_seconds": round(year.build_seconds, 1),
            "tables": _table_bytes(year.path),
        }
    }
    print(f"year of log: {year.entries} entries, {year.log_bytes / 1e6:.0f} MB", flush=True)

    with tempfile.TemporaryDirectory() as anchors:
        os.environ[anchor_store.ENV_ANCHORS] = anchors
        ctx = open_context(str(year.path), user="benchmark")
        # A verification ended with yesterday: today's check reads the last day only.
        import sqlite3

        raw = sqlite3.connect(year.path)
        sequence = year.last_day_first_sequence - 1
        (hash_,) = raw.execute(
            "SELECT hash FROM access_log WHERE sequence = ?", (sequence,)
        ).fetchone()
        raw.close()
        path = anchor_store.anchor_file(ctx.db)
        identity = anchor_store.database_identity(ctx.db)
        anchor_store.write_anchor(
            path,
            anchor_store.Anchor(
                anchor_store.VERIFIED, dt.date.today() - dt.timedelta(days=1), sequence, hash_
            ),
            identity,
        )
        started = time.perf_counter()
        day = verify_chain(ctx, incremental=True)
        day_seconds = time.perf_counter() - started
        started = time.perf_counter()
        full = verify_chain(ctx)
        full_seconds = time.perf_counter() - started
        results["audit_verify_day"] = {
            "value": {"median": day_seconds},
            "unit": "s",
            "entries": day.count - sequence,
            "ok": day.ok and full.ok,
            "full_seconds": round(full_seconds, 2),
            "full_entries": full.count,
            "full_entries_per_second": round(full.count / full_seconds),
        }
        print(f"verify: day {day_seconds:.2f} s, full {full_seconds:.1f} s", flush=True)

        # An append inside the use case's transaction, and the whole committed write.
        ids = list(range(1, clients + 1, max(1, clients // 300)))
        rng = random.Random(2)
        inside, committed = [], []
        for n in range(max(50, repeat * 5)):
            shown = rng.sample(ids, 52) if n % 2 else [rng.choice(ids)]
            started = time.perf_counter()
            with ctx.db.write() as session:
                begun = time.perf_counter()
                append_entry(session, ctx, Action.SEARCH, shown)
                inside.append(time.perf_counter() - begun)
            committed.append(time.perf_counter() - started)
        record_access(ctx, Action.VIEW, [1])
        results["log_append"] = {
            "value": summary(inside),
            "unit": "ms",
            "committed": {k: v * 1000 if k != "n" else v for k, v in summary(committed).items()},
        }
        ctx.close()

        report = _child("report", str(year.path), str(year.most_viewed_client))
        results["log_client_report"] = {
            "value": {"median": report["seconds"]},
            "unit": "s",
            "client_entries": year.most_viewed_entries,
            **report,
        }
        print(f"report: {report}", flush=True)
        os.environ.pop(anchor_store.ENV_ANCHORS, None)
    return results


def measure_keystrokes_with_year(clients: int, entries: int, repeat: int) -> dict:
    """Typing with a year of log in the database beside the same typing on the database
    without it, in turns (each keystroke appends to its own log, as the program does)."""
    from PySide6.QtWidgets import QApplication

    from omatyontekija.services.clients import find_clients
    from omatyontekija.services.context import open_context
    from omatyontekija.ui.client_list_model import ClientListModel

    year = year_database(clients, entries)
    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need one
    with tempfile.TemporaryDirectory() as tmp:
        empty_copy = Path(tmp) / "empty.sqlite3"
        shutil.copyfile(demo_database(clients), empty_copy)
        contexts = [open_context(str(p), user="benchmark") for p in (empty_copy, year.path)]
        models = [ClientListModel(c) for c in contexts]
        sample = find_clients(contexts[0], "", limit=1000).rows[::97]
        queries = [f"{r.last_name} {r.first_names.split()[0]}" for r in sample]
        times: list[list[float]] = [[], []]
        for model in models:
            model.set_search(queries[0][:3])  # warm-up
        for _ in range(max(1, repeat // 10)):
            for query in queries:
                for end in range(1, len(query) + 1):
                    for which, model in enumerate(models):
                        started = time.perf_counter()
                        model.set_search(query[:end])
                        times[which].append(time.perf_counter() - started)
        for ctx in contexts:
            ctx.close()
    empty, full = summary(times[0]), summary(times[1])
    return {
        "search_keystroke_year_log": {
            "value": full,
            "unit": "ms",
            "empty_log": empty,
            "log_entries": year.entries,
            "ratio_to_empty_log_p95": round(full["p95"] / empty["p95"], 2),
        }
    }


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "report":
        print(json.dumps(child_report(argv[1], int(argv[2]))))
        return 0
    if argv and argv[0] == "searches":
        print(json.dumps(child_searches(argv[1], int(argv[2]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=300_000)
    parser.add_argument("--log-entries", type=int, default=YEAR_ENTRIES)
    parser.add_argument("--searches", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--only", choices=("year", "memory", "keystrokes"))
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    results: dict = {}
    if args.only in (None, "year"):
        results.update(measure_year(args.clients, args.log_entries, args.repeat))
    if args.only in (None, "keystrokes"):
        results.update(measure_keystrokes_with_year(args.clients, args.log_entries, args.repeat))
    if args.only in (None, "memory"):
        results.update(measure_memory(args.clients, args.searches))
    print(json.dumps(results, indent=2, default=str))
    if args.out:
        args.out.write_text(
            json.dumps(
                {"clients": args.clients, "machine": machine(), "results": results},
                indent=2,
                default=str,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
