"""Key figures on a large database: each aggregate query, the whole service, the CSV and the PDF.

The demo records no decisions and no handovers, so a copy of the demo
database gets a synthetic history first: 1–4 named-worker decisions for
60 % of the clients over the last three years, and a handover for 5 %.

Usage: python -m benchmarks.bench_figures --clients 100000 [--repeat 5] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import time
from pathlib import Path

from benchmarks.common import CACHE, demo_database, machine, summary, timed, timed_pair

TODAY = dt.date.today()


def _history_database(clients: int) -> Path:
    from sqlalchemy import insert

    from omatyontekija.services.context import open_context
    from omatyontekija.store.models import DesignationRecord, HandoverRecord

    path = CACHE / f"figures-{clients}.sqlite3"
    if path.exists():
        return path
    shutil.copyfile(demo_database(clients), path)
    ctx = open_context(str(path), user="benchmark")
    rnd = random.Random(9)
    now = dt.datetime.now(dt.UTC)
    decisions, handovers = [], []
    for client in range(1, clients + 1):
        if rnd.random() < 0.6:
            for _ in range(rnd.randint(1, 4)):
                named = rnd.random() < 0.9
                decisions.append(
                    {
                        "client_id": client,
                        "kind": "named" if named else "not_needed",
                        "worker_id": rnd.randint(2, 12) if named else None,
                        "stage": "service_planning",
                        "suggestion": "needed",
                        "rules": "",
                        "reason": "",
                        "decided_by": "benchmark",
                        "decided_at": now - dt.timedelta(minutes=rnd.randint(0, 3 * 525_600)),
                    }
                )
        if rnd.random() < 0.05:
            created = now - dt.timedelta(days=rnd.randint(0, 700))
            status = rnd.choice(["planned", "in_progress", "done", "cancelled"])
            handovers.append(
                {
                    "client_id": client,
                    "from_worker_id": rnd.randint(2, 12),
                    "to_worker_id": rnd.randint(2, 12),
                    "reason": "area_reform",
                    "status": status,
                    "template": "disability_services_standard",
                    "due_date": (created + dt.timedelta(days=30)).date(),
                    "created_at": created,
                    "completed_at": created + dt.timedelta(days=20) if status == "done" else None,
                }
            )
    with ctx.db.write() as session:
        for start in range(0, len(decisions), 20_000):
            session.execute(insert(DesignationRecord.__table__), decisions[start : start + 20_000])
        session.execute(insert(HandoverRecord.__table__), handovers)
    with ctx.db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    print(f"history: {len(decisions)} decisions, {len(handovers)} handovers")
    return path


def measure(clients: int, repeat: int) -> dict:
    from omatyontekija.domain.figures import Period
    from omatyontekija.services.context import open_context
    from omatyontekija.services.figures import (
        child_born_after,
        figures_csv,
        key_figures,
        report_pdf,
    )
    from omatyontekija.services.suggestions import all_suggestions
    from omatyontekija.store import figures as store
    from omatyontekija.store.areas import division_id_on
    from omatyontekija.store.permanence import change_counts

    ctx = open_context(str(_history_database(clients)), user="benchmark")
    period = Period.last_twelve_months(TODAY)
    start, end = period.start, period.end
    with ctx.db.read() as session:
        division = division_id_on(session, TODAY)

    def query(function, *args):
        def run():
            with ctx.db.read() as session:
                function(session, *args)

        return run

    results = {
        name: summary(timed(run, repeat))
        for name, run in {
            "store.clients_by_service": query(store.clients_by_service, start, end),
            "store.clients_by_unit": query(store.clients_by_unit, start, end),
            "store.caseloads": query(store.caseloads, child_born_after(TODAY), TODAY, TODAY),
            "store.clients_by_area": query(store.clients_by_area, division),
            "store.handover_counts": query(store.handover_counts, start, end, TODAY),
            "store.change_counts": query(change_counts, start, end, division),
            "services.all_suggestions": lambda: sum(1 for _ in all_suggestions(ctx)),
            "services.key_figures": lambda: key_figures(ctx),
        }.items()
    }
    figures = key_figures(ctx)
    results["figures_csv"] = summary(timed(lambda: figures_csv(figures, "fi"), repeat))
    results["report_pdf"] = summary(timed(lambda: report_pdf(figures, "fi"), repeat))
    cpu = time.process_time()
    key_figures(ctx)
    results["services.key_figures_cpu_seconds"] = time.process_time() - cpu
    results["changes"] = figures.permanence.changes
    ctx.close()
    return results


def figures_numbers(figures) -> dict:
    """The program's key figures in the shape ``floors.raw_figures`` returns, to check
    that the floor computed the same numbers."""
    loads = {
        w.worker.id: (w.clients, w.child_protection_children)
        for w in figures.workers
        if w.clients or w.child_protection_children
    }
    return {
        "clients": figures.clients,
        "with_named_worker": figures.coverage.with_named_worker,
        "clients_with_services": figures.clients_with_services,
        "services": {s.code: s.clients for s in figures.services if s.clients},
        "units": {str(u.unit): u.clients for u in figures.units if u.clients},
        "needed": figures.coverage.needed,
        "needed_without_named_worker": figures.coverage.needed_without_named_worker,
        "caseloads": loads,
        "areas": {
            a.name: (
                a.clients,
                a.with_named_worker,
                a.needed_without_named_worker,
                a.changes,
                a.clients_with_changes,
            )
            for a in figures.areas
        },
        "handovers": (
            figures.handovers.open,
            figures.handovers.overdue,
            figures.handovers.opened,
            figures.handovers.completed,
        ),
        "changes": figures.permanence.changes,
        "clients_with_changes": figures.permanence.clients_with_changes,
        "namings": figures.permanence.namings,
        "clients_by_changes": dict(figures.permanence.clients_by_changes),
        "away_from_worker": {
            w.worker.id: w.changes_away for w in figures.workers if w.changes_away
        },
        "to_worker": {w.worker.id: w.changes_to for w in figures.workers if w.changes_to},
    }


def _differences(program: dict, floor: dict) -> list[str]:
    return [key for key in program if program[key] != floor.get(key)]


def measure_floors(clients: int, repeat: int) -> dict:
    """Key figures and the gap list against their floors (``floors.raw_figures``,
    ``floors.raw_gaps``: raw sqlite3, one pass over each table), in turns, on the
    database with a history; each floor's result is checked equal to the program's."""
    from benchmarks.floors import raw_figures, raw_gaps
    from omatyontekija.domain.figures import Period
    from omatyontekija.services.context import open_context
    from omatyontekija.services.figures import key_figures
    from omatyontekija.services.gaps import find_gaps
    from omatyontekija.store.areas import division_id_on

    path = _history_database(clients)
    ctx = open_context(str(path), user="benchmark")
    today = ctx.today
    period = Period.last_twelve_months(today)
    with ctx.db.read() as session:
        division = division_id_on(session, today)

    def floor_figures():
        return raw_figures(path, today, period.start, period.end, division)

    program, floor = figures_numbers(key_figures(ctx)), floor_figures()
    wrong = _differences(program, floor)
    if wrong:
        raise AssertionError(f"the figures floor differs from the program in {wrong}")
    figures, figures_floor = timed_pair(lambda: key_figures(ctx), floor_figures, repeat)

    program_gaps = [(g.client.id, g.kind.value) for g in find_gaps(ctx)]
    if program_gaps != raw_gaps(path, today):
        raise AssertionError("the gap-list floor differs from the program")
    gaps, gaps_floor = timed_pair(lambda: find_gaps(ctx), lambda: raw_gaps(path, today), repeat)
    ctx.close()
    return {
        "key_figures": {"value": figures, "floor": figures_floor, "unit": "s"},
        "gap_list": {
            "value": gaps,
            "floor": gaps_floor,
            "unit": "s",
            "gaps": len(program_gaps),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--floors", action="store_true", help="only key figures and the gap list vs their floors"
    )
    args = parser.parse_args()
    if args.floors:
        results = measure_floors(args.clients, args.repeat)
        for name, entry in results.items():
            value, floor = entry["value"]["median"], entry["floor"]["median"]
            print(f"{name:<12} {value:6.2f} s  floor {floor:6.2f} s  ratio {value / floor:.2f}")
    else:
        results = measure(args.clients, args.repeat)
        for name, value in results.items():
            if isinstance(value, dict):
                median, p95 = value["median"] * 1e3, value["p95"] * 1e3
                print(f"{name:<32} median {median:8.1f} ms  p95 {p95:8.1f} ms")
            else:
                print(f"{name:<28} {value}")
    if args.out:
        args.out.write_text(
            json.dumps(
                {
                    "benchmark": "figures",
                    "clients": args.clients,
                    "machine": machine(),
                    "results": results,
                },
                indent=2,
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
