"""Start to a usable main window on a large database, against a bare Qt window.

Usage: python -m benchmarks.bench_startup --clients 100000 [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import demo_database, summary

CHILD = Path(__file__).with_name("startup_child.py")


def start_once(*args: str) -> tuple[float, int]:
    # An installed program has its bytecode (pip and the bundle compile it); the
    # warm-up start writes it here even where the environment says not to.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(CHILD), *args], capture_output=True, text=True, timeout=120, env=env
    )
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("READY"))
    _, ready, rss = line.split()
    return float(ready) - started, int(rss)


def measure(clients: int, repeat: int) -> dict:
    path = str(demo_database(clients))
    start_once("app", path)  # warm the file cache like a second start in the morning
    start_once("floor")
    # Taken in turns, so that a machine slowing down or speeding up meanwhile
    # weighs on the program and the floor alike.
    app_runs, floor_runs = [], []
    for _ in range(repeat):
        app_runs.append(start_once("app", path))
        floor_runs.append(start_once("floor"))
    return {
        "startup": {
            "value": summary([t for t, _ in app_runs]),
            "floor": summary([t for t, _ in floor_runs]),
            "unit": "s",
        },
        "memory": {
            "value": {"median": max(rss for _, rss in app_runs) / 1024, "p95": None, "n": repeat},
            "floor": {"median": max(rss for _, rss in floor_runs) / 1024, "p95": None, "n": repeat},
            "unit": "MB",
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for name, entry in measure(args.clients, args.repeat).items():
        print(name, entry["value"]["median"], entry["floor"]["median"], entry["unit"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
