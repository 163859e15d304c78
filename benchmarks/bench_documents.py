"""Benchmark the handover documents: one checklist, fonts once per process, a batch of 500.

    python benchmarks/bench_documents.py [--count 500] [--repeat 30] [--out results.json]

Targets (issue 5): one checklist under 50 ms; 500 in a batch under 10 s, and
later at most 1.3 × raw platypus in two processes. "Raw" is the bare
rendering of the same documents to bytes split over two spawned processes,
with no files, progress or cancel handle; the batch figure adds those.
Synthetic data only (identity codes 900–999).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from omatyontekija.documents import (
    ClientLetter,
    HandoverDocument,
    UnitHeader,
    client_letter_pdf,
    handover_checklist_pdf,
    load_template,
    render,
    write_batch,
)
from omatyontekija.documents.fonts import fonts_registered
from omatyontekija.domain.catalog import SERVICE_TYPES
from omatyontekija.domain.client import Client, GrantedService, Language
from omatyontekija.domain.handover import (
    ChecklistItem,
    Handover,
    HandoverReason,
    HandoverStatus,
    ItemState,
)
from omatyontekija.domain.identity import make_identity_code
from omatyontekija.domain.worker import Worker, WorkerRole

LAST = ["Mäkelä", "Öhman", "Åkerlund", "Järvinen", "Aikio", "Näkkäläjärvi", "Sámmol", "Virtanen"]
FIRST = ["Väinö", "Åsa", "Äili", "Ŋuvvá", "Päivi", "Örjan", "Elli", "Đávvet"]
WORKERS = [
    Worker(
        i,
        f"{LAST[i % 8]} {FIRST[(i + 3) % 8]}",
        WorkerRole.SOCIAL_WORKER,
        phone=f"040 100 {i:04d}",
        email=f"tyontekija{i}@example.fi",
    )
    for i in range(1, 9)
]
TEMPLATE = load_template("disability_services_standard")
HEADER = UnitHeader(address="PL 193, 40101 Jyväskylä", phone="014 266 0000")
PRINTED_AT = dt.datetime(2020, 3, 16, 9, 0)


def sample_document(n: int, language: str = "fi") -> HandoverDocument:
    """A realistic one-to-two-page handover: some items done with notes, two services."""
    old, new = WORKERS[n % 8], WORKERS[(n + 1) % 8]
    client = Client(
        id=n,
        identity_code=make_identity_code(
            dt.date(1950 + n % 60, 1 + n % 12, 1 + n % 28), 900 + n % 100
        ),
        last_name=LAST[n % 8],
        first_names=FIRST[(n // 8) % 8],
        language=Language(language),
        street_address=f"Kävelykatu {n % 90 + 1}",
        postal_code="40100",
        post_office="Jyväskylä",
        services=tuple(
            GrantedService(SERVICE_TYPES[(n + k) % 10], granted_on=dt.date(2018, 1, 2))
            for k in range(2)
        ),
        service_plan_updated=dt.date(2019, 9, 10),
        service_plan_next_update=dt.date(2020, 9, 10),
    )
    items = [ChecklistItem(i.key, i.required) for i in TEMPLATE.items]
    for k in range(n % 6):
        items[k] = ChecklistItem(
            items[k].key,
            items[k].required,
            ItemState.DONE,
            dt.date(2020, 3, 2 + k),
            "TT",
            "Sovittu puhelimessa; äiti mukana.",
        )
    handover = Handover(
        id=10_000 + n,
        client_id=n,
        from_worker=old.ref,
        to_worker=new.ref,
        reason=HandoverReason.AREA_REFORM,
        status=HandoverStatus.IN_PROGRESS,
        template=TEMPLATE.id,
        created_at=dt.datetime(2020, 3, 1, 8, 0),
        due_date=dt.date(2020, 4, 15),
        note="Asiakas toivoo tapaamista kotona.",
        items=tuple(items),
    )
    return HandoverDocument(handover, client, old, new, TEMPLATE, HEADER, language, PRINTED_AT)


def _median_ms(function, argument, repeat: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``function(argument)``.

    CPU time is reported beside wall time because the benchmark machine is
    shared: other processes stretch wall time, not the CPU a document costs.
    """
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        function(argument)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _render_many(documents: list[HandoverDocument]) -> int:
    return sum(len(render(d)) for d in documents)


def raw_two_processes(documents: list[HandoverDocument], processes: int) -> float:
    """Seconds to render all to bytes in ``processes`` spawned processes, nothing else."""
    start = time.perf_counter()
    halves = [documents[i::processes] for i in range(processes)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        list(pool.map(_render_many, halves))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)

    results: dict[str, object] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
        },
    }
    first = sample_document(1)
    assert not fonts_registered()
    start = time.perf_counter()
    handover_checklist_pdf(first)
    results["first_checklist_ms_with_font_registration"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    handover_checklist_pdf(sample_document(2))
    results["second_checklist_ms"] = (time.perf_counter() - start) * 1000
    wall, cpu = _median_ms(handover_checklist_pdf, first, args.repeat)
    results["checklist_median_ms"], results["checklist_median_cpu_ms"] = wall, cpu
    letter = ClientLetter(first.client, first.to_worker, (), HEADER, "fi", PRINTED_AT)
    wall, cpu = _median_ms(client_letter_pdf, letter, args.repeat)
    results["letter_median_ms"], results["letter_median_cpu_ms"] = wall, cpu

    documents = [sample_document(n) for n in range(1, args.count + 1)]
    start, start_cpu = time.perf_counter(), time.process_time()
    _render_many(documents)
    results["raw_one_process_s"] = time.perf_counter() - start
    results["raw_one_process_cpu_s"] = time.process_time() - start_cpu
    start_cpu = _children_cpu_s()
    results["raw_two_processes_s"] = raw_two_processes(documents, 2)
    results["raw_two_processes_cpu_s"] = _children_cpu_s() - start_cpu
    with tempfile.TemporaryDirectory() as folder:
        start, start_cpu = time.perf_counter(), _children_cpu_s()
        result = write_batch(documents, folder, workers=2)
        results["batch_s"] = time.perf_counter() - start
        results["batch_cpu_s"] = _children_cpu_s() - start_cpu
        assert len(result.written) == args.count and not result.failed
        results["batch_mb"] = sum(p.stat().st_size for p in result.written) / 1e6
    results["count"] = args.count
    results["batch_over_raw_two_processes"] = results["batch_s"] / results["raw_two_processes_s"]

    for key, value in results.items():
        print(f"{key:48} {value:.2f}" if isinstance(value, float) else f"{key:48} {value}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
