"""Benchmark a reform's handovers end to end: 500 started through the services, then printed.

    PYTHONPATH=src python -m benchmarks.bench_handover_batch [--count 500] [--out FILE.json]

Measures (issue 5: "500 in a batch — under 10 s, with the UI responsive"):
- start: ``services.handovers.start_handovers`` for ``count`` clients, one transaction;
- documents: ``services.printing.handover_documents`` reading them back from the record;
- batch: ``services.printing.print_handovers`` (record_print + documents.write_batch)
  into a fresh folder, wall and CPU time (this process and its pool processes);
- ui: the same batch run the way the GUI runs it (``ui.tasks.run_task`` on Qt's thread
  pool, offscreen), while a 10 ms QTimer ticks on the UI thread: the longest gap
  between ticks is how long the UI could not answer.
Synthetic demo data only (identity codes 900–999). Not a test: prints and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import demo_database, machine
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services import handovers, printing
from omatyontekija.services.clients import find_clients
from omatyontekija.services.context import open_context
from omatyontekija.services.workers import list_workers


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def moves(ctx, count: int) -> list[tuple[int, int]]:
    """``count`` clients, each to a social worker who is not their named worker now."""
    social = [w.worker for w in list_workers(ctx) if w.worker.role is WorkerRole.SOCIAL_WORKER]
    chosen: list[tuple[int, int]] = []
    after = None
    while len(chosen) < count:
        page = find_clients(ctx, "", after=after, limit=500)
        for n, row in enumerate(page.rows):
            current = row.named_worker.id if row.named_worker else None
            # Alternate the receiving workers, as a reform spreads clients over them.
            to = next(w for w in social[n % 2 :] + social if w.id != current)
            chosen.append((row.id, to.id))
        if page.next_after is None:
            break
        after = page.next_after
    if len(chosen) < count:
        raise SystemExit(f"the demo database has fewer than {count} clients")
    return chosen[:count]


def ui_batch(ctx, ids: list[int], folder: Path) -> dict[str, float]:
    """The batch as the GUI runs it, with the UI thread's longest pause while it runs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from omatyontekija.ui.tasks import run_task

    app = QApplication.instance() or QApplication([])
    clock = QElapsedTimer()
    last = [0]
    gaps: list[int] = []

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    outcome: dict[str, object] = {}

    def job(handle):
        return printing.print_handovers(
            ctx, ids, folder, progress=handle.progress, is_cancelled=handle.is_cancelled
        )

    def finish(result=None, error=None) -> None:
        outcome["result"], outcome["error"] = result, error
        app.quit()

    started = time.perf_counter()
    clock.start()
    timer.start()
    run_task(job, on_done=finish, on_error=lambda error, _tb: finish(error=error))
    app.exec()
    timer.stop()
    wall = time.perf_counter() - started
    if outcome.get("error"):
        raise outcome["error"]  # type: ignore[misc]
    ordered = sorted(gaps)
    return {
        "ui_batch_s": wall,
        "ui_written": len(outcome["result"].written),  # type: ignore[union-attr]
        "ui_longest_pause_ms": float(ordered[-1]) if ordered else 0.0,
        "ui_p99_pause_ms": float(ordered[int(0.99 * (len(ordered) - 1))]) if ordered else 0.0,
        "ui_ticks": len(gaps),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--clients", type=int, default=3000)
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    parser.add_argument("--no-ui", action="store_true", help="skip the GUI-thread run")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-handover-"))
    try:
        database = work / "demo.sqlite3"
        shutil.copyfile(demo_database(args.clients), database)
        ctx = open_context(str(database), user="benchmark")
        pairs = moves(ctx, args.count)

        started = time.perf_counter()
        ids = handovers.start_handovers(ctx, pairs, "area_reform")
        start_s = time.perf_counter() - started

        started = time.perf_counter()
        documents = printing.handover_documents(ctx, ids)
        documents_s = time.perf_counter() - started
        assert len(documents) == args.count

        folder = work / "batch"
        folder.mkdir()
        cpu = cpu_seconds()
        started = time.perf_counter()
        result = printing.print_handovers(ctx, ids, folder)
        batch_s = time.perf_counter() - started
        batch_cpu_s = cpu_seconds() - cpu
        assert len(result.written) == args.count and not result.failed

        results: dict[str, object] = {
            "machine": machine(),
            "count": args.count,
            "clients": args.clients,
            "start_s": start_s,
            "documents_s": documents_s,
            "batch_s": batch_s,
            "batch_cpu_s": batch_cpu_s,
            "batch_mb": sum(p.stat().st_size for p in result.written) / 1e6,
            "load_average_before": os.getloadavg()[0],
        }
        if not args.no_ui:
            ui_folder = work / "ui"
            ui_folder.mkdir()
            results.update(ui_batch(ctx, ids, ui_folder))
        ctx.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    for key, value in results.items():
        print(f"{key:>24}: {value:.3f}" if isinstance(value, float) else f"{key:>24}: {value}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
