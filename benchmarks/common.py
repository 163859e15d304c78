"""Helpers for the benchmarks: a demo database per size, timing with median and p95."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
CACHE = RESULTS / "tmp"


def demo_database(clients: int, seed: int = 1) -> Path:
    """A demo database of ``clients`` clients, made once and kept for later runs."""
    from omatyontekija.services.context import open_context
    from omatyontekija.services.demo import create_demo

    # "-users": databases made before users existed would let no one in.
    path = CACHE / f"demo-{clients}-{seed}-users.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        ctx = open_context(str(partial), user="benchmark")
        started = time.perf_counter()
        create_demo(ctx.db, clients, seed=seed, supervisor_login="benchmark")
        print(f"demo database of {clients} clients made in {time.perf_counter() - started:.1f} s")
        with ctx.db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        ctx.close()
        partial.rename(path)
    return path


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls, after one warm-up call."""
    function()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def timed_pair(
    program: Callable[[], object], floor: Callable[[], object], repeat: int
) -> tuple[dict[str, float], dict[str, float]]:
    """Summaries of the program and its floor, timed in turns (after one warm-up
    each), so that a machine slowing down or speeding up meanwhile weighs on both."""
    program()
    floor()
    program_times, floor_times = [], []
    for _ in range(repeat):
        for function, times in ((program, program_times), (floor, floor_times)):
            started = time.perf_counter()
            function()
            times.append(time.perf_counter() - started)
    return summary(program_times), summary(floor_times)


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": statistics.median(ordered), "p95": p95, "n": len(ordered)}


def machine() -> dict[str, object]:
    return {
        "cpu_count": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }
