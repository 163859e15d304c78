"""Benchmark informing clients in one go: the letters of the demo reform, and of 500 handovers.

    PYTHONPATH=src python -m benchmarks.bench_letters [--count 500] [--out FILE.json]

Measures, through the services the CLI and the GUI call (``services.letters``):
- reform: the demo's default reform applied from 2027-01-01, then every letter of its
  handovers in one combined PDF (read, logged, laid out in one reportlab build in this
  process, ticked, moved into place), wall and CPU time, pages and size;
- combined_500 / each_500: ``count`` handovers started for the first clients, their
  letters as one combined PDF, and as one file per client (``documents.write_batch``,
  two processes);
- checklists_500: the same handovers' checklists as one combined PDF (issue 19), and
  one file each as before (two processes), for comparison.
The combined PDF is one document, so it is made in one process: its time is the bare
platypus time of all its pages. Synthetic demo data only (identity codes 900–999).
Not a test: prints and writes JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.bench_handover_batch import cpu_seconds, moves
from benchmarks.common import demo_database, machine
from omatyontekija.services import handovers, letters, printing, reform
from omatyontekija.services.context import open_context


def pages_of(path: Path) -> int:
    # Counting "/Type /Page" objects keeps pypdf (a test dependency) out of the benchmark.
    data = path.read_bytes()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")


def timed(function):  # type: ignore[no-untyped-def]
    cpu = cpu_seconds()
    started = time.perf_counter()
    value = function()
    return value, time.perf_counter() - started, cpu_seconds() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--clients", type=int, default=3000)
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-letters-"))
    results: dict[str, object] = {
        "machine": machine(),
        "clients": args.clients,
        "count": args.count,
        "load_average_before": os.getloadavg()[0],
    }
    try:
        # The demo reform: every client whose named worker it changes.
        database = work / "reform.sqlite3"
        shutil.copyfile(demo_database(args.clients), database)
        ctx = open_context(str(database), user="benchmark")
        ctx.clock = lambda: dt.date(2026, 11, 23)
        proposal = reform.plan_reform(reform.reform_situation(ctx))
        reform.apply_reform(ctx, proposal, dt.date(2027, 1, 1))
        target = work / "reform-letters.pdf"

        def reform_letters():  # type: ignore[no-untyped-def]
            ids = letters.letter_handover_ids(ctx, reform=dt.date(2027, 1, 1))
            return letters.print_letters(ctx, ids, target)

        result, wall, cpu = timed(reform_letters)
        results.update(
            reform_letters=result.letters,
            reform_withheld=len(result.withheld),
            reform_pages=pages_of(target),
            reform_mb=target.stat().st_size / 1e6,
            reform_s=wall,
            reform_cpu_s=cpu,
        )
        ctx.close()

        # Any 500 handovers: combined, one file each, and their checklists combined.
        database = work / "500.sqlite3"
        shutil.copyfile(demo_database(args.clients), database)
        ctx = open_context(str(database), user="benchmark")
        ids = handovers.start_handovers(ctx, moves(ctx, args.count), "other")
        combined = work / "letters-500.pdf"
        result, wall, cpu = timed(lambda: letters.print_letters(ctx, ids, combined))
        results.update(
            combined_letters=result.letters,
            combined_pages=pages_of(combined),
            combined_mb=combined.stat().st_size / 1e6,
            combined_s=wall,
            combined_cpu_s=cpu,
        )
        folder = work / "each"
        folder.mkdir()
        result, wall, cpu = timed(
            lambda: letters.print_letters(ctx, ids, folder, one_per_client=True)
        )
        results.update(each_files=len(result.files), each_s=wall, each_cpu_s=cpu)
        checklists = work / "checklists-500.pdf"
        result, wall, cpu = timed(lambda: printing.print_handovers(ctx, ids, checklists))
        results.update(
            checklists_pages=pages_of(checklists),
            checklists_mb=checklists.stat().st_size / 1e6,
            checklists_s=wall,
            checklists_cpu_s=cpu,
        )
        each_checklists = work / "checklists-each"
        each_checklists.mkdir()
        result, wall, cpu = timed(
            lambda: printing.print_handovers(ctx, ids, each_checklists, one_per_handover=True)
        )
        results.update(
            checklists_each_files=len(result.written),
            checklists_each_mb=sum(p.stat().st_size for p in result.written) / 1e6,
            checklists_each_s=wall,
            checklists_each_cpu_s=cpu,
        )
        ctx.close()
        results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        shutil.rmtree(work, ignore_errors=True)

    for key, value in results.items():
        print(f"{key:>24}: {value:.3f}" if isinstance(value, float) else f"{key:>24}: {value}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
