"""Benchmark of the area-division reform planner (omatyontekija.planning.propose).

Scenario of seed 000: an old division (every district held by one worker)
and one new worker with no clients; capacities are set below the old
caseloads so that districts must move. About 8 % of clients have no named
worker and 2 % have a leaving worker. Data are synthetic and seeded.

    PYTHONPATH=src python benchmarks/bench_planning.py [--repeat N] [--out results.json]
    PYTHONPATH=src python benchmarks/bench_planning.py --front [--time-limit S] [--out F]

``--front`` times the whole exact trade-off front (issue 16: 10 000 clients
under 10 s, 100 000 under 60 s) and records its size, or how far it got
within the time limit.

Targets (issue 6): 45 districts / 12 workers / 10 000 clients under 5 s
(later 1 s); 200 districts / 40 workers / 100 000 clients under 60 s (later 20 s).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import time
from pathlib import Path

from omatyontekija.planning import (
    PlanningClient,
    PlanningProblem,
    PlanningWorker,
    propose,
)

SCENARIOS = {
    "45d-12w-10k": (45, 12, 10_000),
    "200d-40w-100k": (200, 40, 100_000),
}


def reform_problem(districts: int, workers: int, clients: int, seed: int = 2020) -> PlanningProblem:
    """A reproducible reform: ``workers - 1`` old workers, one new, uneven district sizes."""
    rng = random.Random(seed)
    worker_ids = [f"w{i:02d}" for i in range(workers)]
    old = worker_ids[:-1]
    district_ids = [f"{40100 + 100 * i:05d}" for i in range(districts)]
    weights = [rng.uniform(0.3, 1.7) for _ in district_ids]
    owner = {d: old[i % len(old)] for i, d in enumerate(district_ids)}
    homes = rng.choices(district_ids, weights=weights, k=clients)
    people = []
    for i, district in enumerate(homes):
        draw = rng.random()
        named = None if draw < 0.08 else "leaver" if draw < 0.10 else owner[district]
        if 0.10 <= draw < 0.13:  # a few clients kept a worker from an earlier move
            named = rng.choice(old)
        people.append(PlanningClient(f"c{i:06d}", district, named))
    # 12 % spare in total, shared evenly: the old workers all hold too much.
    capacity = int(clients * 1.12 / workers) + 1
    return PlanningProblem(
        workers=tuple(PlanningWorker(w, capacity) for w in worker_ids),
        districts=tuple(district_ids),
        clients=tuple(people),
    )


def measure(name: str, repeat: int) -> dict:
    districts, workers, clients = SCENARIOS[name]
    problem = reform_problem(districts, workers, clients)
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        plan = propose(problem)
        seconds.append(time.perf_counter() - start)
    return {
        "scenario": name,
        "districts": districts,
        "workers": workers,
        "clients": clients,
        "status": plan.status.value,
        "changes": plan.changes,
        "max_load_ratio": round(plan.max_load_ratio, 4),
        "seconds_min": round(min(seconds), 3),
        "seconds_median": round(statistics.median(seconds), 3),
        "repeat": repeat,
    }


def measure_front(name: str, time_limit: float) -> dict:
    from omatyontekija.planning.front import trade_off_front

    districts, workers, clients = SCENARIOS[name]
    problem = reform_problem(districts, workers, clients)
    start = time.perf_counter()
    front = trade_off_front(problem, time_limit=time_limit)
    seconds = time.perf_counter() - start
    return {
        "scenario": name,
        "districts": districts,
        "workers": workers,
        "clients": clients,
        "status": front.status,
        "front_points": len(front.points),
        "first": [front.points[0].changes, round(float(front.points[0].max_load_ratio), 4)]
        if front.points
        else None,
        "last": [front.points[-1].changes, round(float(front.points[-1].max_load_ratio), 4)]
        if front.points
        else None,
        "seconds": round(seconds, 2),
        "time_limit": time_limit,
    }


def machine() -> dict:
    import scipy

    return {
        "python": platform.python_version(),
        "scipy": scipy.__version__,
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), action="append")
    parser.add_argument("--out", type=Path, help="write the results as JSON to this file")
    parser.add_argument("--front", action="store_true", help="time the whole trade-off front")
    parser.add_argument("--time-limit", type=float, default=120.0)
    args = parser.parse_args()
    if args.front:
        rows = [measure_front(name, args.time_limit) for name in args.scenario or SCENARIOS]
        for row in rows:
            print(json.dumps(row))
        report = {"benchmark": "planning.trade_off_front", "machine": machine(), "results": rows}
        if args.out:
            args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        return 0
    results = [measure(name, args.repeat) for name in args.scenario or SCENARIOS]
    for row in results:
        print(
            f"{row['scenario']:>14}: {row['status']}, {row['changes']} changes, "
            f"max load {row['max_load_ratio']:.3f}, "
            f"min {row['seconds_min']:.3f} s, median {row['seconds_median']:.3f} s "
            f"({row['repeat']} runs)"
        )
    report = {"benchmark": "planning.propose", "machine": machine(), "results": results}
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
