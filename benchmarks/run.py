"""The benchmark suite: the program and its floor side by side, in one run.

    python -m benchmarks.run --clients 100000 [--out FILE.json] [--quick]

Builds (once, then reuses) a demo database of the given size, then measures
each thing a user waits for, several repetitions each (median and p95), with
the floor measured on the same machine in the same run. Prints a table and
writes one JSON entry per measure: value, floor (where there is one), ratio
and unit. Results are figures for people, never assertions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import bench_figures, bench_log, bench_postgres, bench_search, bench_startup
from benchmarks.common import demo_database, machine, summary, timed, timed_pair
from benchmarks.floors import (
    raw_batch_two_processes,
    raw_checklist,
    raw_checklist_canvas,
    raw_suggestions,
)


def measure_client_view(clients: int, repeat: int) -> dict:
    from omatyontekija.services.clients import find_clients
    from omatyontekija.services.context import open_context
    from omatyontekija.ui.application import create_application
    from omatyontekija.ui.garbage import collect_on_the_ui_thread
    from omatyontekija.ui.main_window import MainWindow

    app = create_application()
    ctx = open_context(str(demo_database(clients)), user="benchmark")
    window = MainWindow(ctx)
    window.show()
    ids = [r.id for r in find_clients(ctx, "", limit=repeat + 1).rows]
    times = []
    for client_id in ids:
        started = time.perf_counter()
        window.open_client(client_id)
        times.append(time.perf_counter() - started)
    window.close()
    ctx.close()
    # The measures after this one run no event loop: Python's own collector again.
    collect_on_the_ui_thread(app).stop()
    return {"client_view": {"value": summary(times[1:]), "unit": "ms"}}


def count_needed(suggestions) -> int:
    from omatyontekija.rules import Outcome

    return sum(s.suggestion.outcome is Outcome.NEEDED for s in suggestions)


def measure_suggestions(clients: int, repeat: int) -> dict:
    from omatyontekija.services.context import open_context
    from omatyontekija.services.suggestions import all_suggestions

    path = demo_database(clients)
    ctx = open_context(str(path), user="benchmark")
    today = dt.date.today()
    rounds = max(5, repeat // 5)
    # the same work as the floor: every client's suggestion, counting those needed
    value, floor = timed_pair(
        lambda: count_needed(all_suggestions(ctx)), lambda: raw_suggestions(path, today), rounds
    )
    ctx.close()
    return {"all_suggestions": {"value": value, "floor": floor, "unit": "s"}}


def _texts_of(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    lines = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines += [line for line in page.extract_text().splitlines() if line.strip()]
    return [" ".join(lines[:3]), *lines[3:]]


def measure_documents(count: int, repeat: int) -> dict:
    from benchmarks.bench_documents import sample_document
    from omatyontekija.documents import render, write_batch

    documents = [sample_document(n) for n in range(count)]
    texts = [_texts_of(render(d)) for d in documents[:20]]
    # The honest floor draws the same words in the same font on a plain canvas; the old
    # one (platypus paragraphs in a table) was slower than the program, reported once.
    one, one_floor = timed_pair(
        lambda: render(documents[1]), lambda: raw_checklist_canvas(texts[1]), repeat
    )
    _, one_old = timed_pair(lambda: None, lambda: raw_checklist(texts[1]), repeat)
    batch_texts = [texts[n % len(texts)] for n in range(count)]
    with tempfile.TemporaryDirectory() as out:
        batch, batch_floor = timed_pair(
            lambda: write_batch(documents, Path(out)),
            lambda: raw_batch_two_processes(batch_texts, canvas=True),
            2,
        )
        _, batch_old = timed_pair(lambda: None, lambda: raw_batch_two_processes(batch_texts), 2)
    return {
        "pdf_one": {"value": one, "floor": one_floor, "old_floor": one_old, "unit": "ms"},
        f"pdf_batch_{count}": {
            "value": batch,
            "floor": batch_floor,
            "old_floor": batch_old,
            "unit": "s",
        },
    }


def measure_plans(repeat: int) -> dict:
    from benchmarks.bench_planning import reform_problem
    from omatyontekija.planning import propose

    results = {}
    for districts, workers, clients in ((45, 12, 10_000), (200, 40, 100_000)):
        problem = reform_problem(districts, workers, clients)
        plan = propose(problem)
        times = timed(lambda p=problem: propose(p), max(1, repeat // 25))
        results[f"plan_{districts}x{workers}x{clients}"] = {
            "value": summary(times),
            "unit": "s",
            "status": plan.status.value,
        }
    return results


def _scale(entry: dict) -> dict:
    """Seconds to the unit the entry names (ms or s), median and p95 both; other units
    (MB, bytes) are measured in theirs."""
    factor = {"ms": 1000.0, "s": 1.0}.get(entry["unit"])
    out = dict(entry)
    for key in ("value", "floor", "old_floor", "empty_log", "sqlite", "without_stretch"):
        if key in entry and factor is not None and isinstance(entry[key], dict):
            out[key] = {
                k: (v * factor if isinstance(v, float) and k != "n" else v)
                for k, v in entry[key].items()
            }
    if "floor" in out and out["floor"]["median"]:
        out["ratio"] = round(out["value"]["median"] / out["floor"]["median"], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--batch", type=int, default=500, help="documents in the PDF batch")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    parser.add_argument("--quick", action="store_true", help="few repetitions (for CI)")
    parser.add_argument(
        "--log-entries",
        type=int,
        default=bench_log.YEAR_ENTRIES,
        help="entries of the simulated year of access log (4 million: a unit's year)",
    )
    parser.add_argument(
        "--searches", type=int, default=20_000, help="searches before measuring memory"
    )
    parser.add_argument(
        "--only",
        choices=["documents"],
        help="only these measures (the PDFs need no demo database)",
    )
    args = parser.parse_args(argv)
    repeat = 5 if args.quick else args.repeat
    started = time.perf_counter()
    load_before = os.getloadavg()[0]  # the machine may be shared: say how busy it was
    results: dict = {}
    if args.only == "documents":
        results.update(measure_documents(args.batch, repeat))
    else:
        demo_database(args.clients)
        search = bench_search.measure(args.clients, repeat)
        for name, entry in search.items():
            results[name] = {**entry, "unit": "ms"}
        results.update(bench_startup.measure(args.clients, max(2, repeat // 3)))
        results.update(measure_client_view(args.clients, repeat))
        results.update(measure_suggestions(args.clients, repeat))
        results.update(bench_figures.measure_floors(args.clients, max(3, repeat // 10)))
        results.update(measure_documents(args.batch, repeat))
        results.update(measure_plans(repeat))
        results.update(bench_log.measure_year(args.clients, args.log_entries, repeat))
        results.update(
            bench_log.measure_keystrokes_with_year(args.clients, args.log_entries, repeat)
        )
        results.update(bench_log.measure_memory(args.clients, args.searches))
        postgres_url = os.environ.get(bench_postgres.ENV)
        if postgres_url:
            results.update(bench_postgres.measure_all(postgres_url, args.clients, repeat))
    results = {name: _scale(entry) for name, entry in results.items()}

    print(f"\n{'measure':<28}{'median':>10}{'p95':>10}{'floor':>10}{'ratio':>8}  unit")
    for name, entry in results.items():
        value, floor = entry["value"], entry.get("floor")
        p95 = value.get("p95")
        print(
            f"{name:<28}{value['median']:>10.5g}"
            f"{(p95 if p95 is not None else float('nan')):>10.2f}"
            f"{(floor['median'] if floor else float('nan')):>10.2f}"
            f"{entry.get('ratio', float('nan')):>8.2f}  {entry['unit']}"
        )
    print(f"\n{args.clients} clients, {time.perf_counter() - started:.0f} s in all")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps(
                {
                    "date": dt.date.today().isoformat(),
                    "clients": args.clients,
                    "machine": machine(),
                    "load_average": {"before": load_before, "after": os.getloadavg()[0]},
                    "results": results,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
