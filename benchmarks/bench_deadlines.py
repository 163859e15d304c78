"""Service-path deadlines at scale: demo creation with matters, the unit's and a worker's
deadline lists, the client list's per-page statuses, and working-day arithmetic.

Usage: python -m benchmarks.bench_deadlines --clients 100000 [--repeat 20] [--out FILE.json]
Wall time and CPU time are both given: the machine is shared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine, summary

TODAY = dt.date(2026, 11, 23)


def timed_both(function, repeat: int) -> dict:
    """Median and p95 of wall seconds, and the median CPU seconds, after one warm-up call."""
    function()
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return {**summary(wall), "cpu_median": summary(cpu)["median"]}


def measure(clients: int, repeat: int) -> dict:
    from omatyontekija.domain.working_days import add_working_days, is_working_day
    from omatyontekija.rules.deadline_rules import DeadlineStatus
    from omatyontekija.services.context import open_context
    from omatyontekija.services.deadlines import OPEN_STATUSES, deadline_list, worst_deadlines
    from omatyontekija.services.demo import create_demo

    results: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_context(str(Path(folder) / "bench.sqlite3"), user="sari.mantyla")
        ctx.clock = lambda: TODAY
        started, started_cpu = time.perf_counter(), time.process_time()
        create_demo(ctx.db, clients, today=TODAY)
        results["demo_create_s"] = {
            "wall": time.perf_counter() - started,
            "cpu": time.process_time() - started_cpu,
        }
        every = deadline_list(ctx, statuses=OPEN_STATUSES)
        results["open_deadlines"] = len(every)
        results["by_status"] = {
            s.value: sum(1 for d in every if d.deadline.status is s) for s in DeadlineStatus
        }
        results["unit_list_near_or_overdue"] = timed_both(lambda: deadline_list(ctx), repeat)
        results["worker_list_near_or_overdue"] = timed_both(
            lambda: deadline_list(ctx, worker_id=2), repeat
        )
        page = list(range(clients // 2, clients // 2 + 200))
        results["client_list_page_200"] = timed_both(lambda: worst_deadlines(ctx, page), repeat)
        ctx.close()

    def arithmetic() -> None:
        day = dt.date(2020, 1, 1)
        for offset in range(10_000):
            add_working_days(day + dt.timedelta(days=offset % 3650), 7)

    results["add_working_days_x10000"] = timed_both(arithmetic, max(3, repeat // 5))
    assert is_working_day(TODAY)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    results = measure(args.clients, args.repeat)
    demo = results["demo_create_s"]
    print(
        f"demo of {args.clients} clients with matters: {demo['wall']:.1f} s "
        f"(cpu {demo['cpu']:.1f} s)"
    )
    print(f"open deadlines: {results['open_deadlines']}  {results['by_status']}")
    for name, value in results.items():
        if isinstance(value, dict) and "median" in value:
            print(
                f"{name:<30} median {value['median'] * 1e3:8.2f} ms"
                f"  p95 {value['p95'] * 1e3:8.2f} ms  cpu {value['cpu_median'] * 1e3:8.2f} ms"
            )
    if args.out:
        args.out.write_text(
            json.dumps(
                {"clients": args.clients, "machine": machine(), "results": results}, indent=2
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
