"""The cost of trust: logging a search page or a view, appending, verifying the chain, and a
client's access report (listing their entries, the PDF).

python -m benchmarks.bench_audit --clients 20000 --entries 20000 [--report-entries 1000]
    [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import demo_database, machine, summary, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--entries", type=int, default=20_000, help="log size to verify")
    parser.add_argument(
        "--report-entries", type=int, default=1000, help="entries about the reported client"
    )
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()

    from omatyontekija.domain.access import Action
    from omatyontekija.services.access_report import access_report
    from omatyontekija.services.audit import head, list_entries, verify_chain
    from omatyontekija.services.clients import find_clients, get_client
    from omatyontekija.services.context import open_context
    from omatyontekija.services.trust.use_case import record_access

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        shutil.copyfile(demo_database(args.clients), path)
        ctx = open_context(str(path), user="benchmark")
        results: dict[str, object] = {"machine": machine(), "clients": args.clients}
        results["search_page_200_logged"] = summary(timed(lambda: find_clients(ctx, "ma"), 50))
        results["open_client_logged"] = summary(timed(lambda: get_client(ctx, 17), 100))
        results["append_one_entry"] = summary(
            timed(lambda: record_access(ctx, Action.VIEW, [1]), 200)
        )
        done = head(ctx)[0]  # entries the timings above wrote
        started = time.perf_counter()
        for i in range(done, args.entries):
            record_access(ctx, Action.SEARCH, range(i % 5000, i % 5000 + 20))
        results["fill_seconds"] = time.perf_counter() - started
        started = time.perf_counter()
        report = verify_chain(ctx)
        results["verify"] = {
            "entries": report.count,
            "ok": report.ok,
            "seconds": time.perf_counter() - started,
        }
        for _ in range(args.report_entries):
            record_access(ctx, Action.VIEW, [23], reason="benchmark")
        results["list_client_entries"] = summary(
            timed(lambda: list_entries(ctx, client_id=23, limit=None), 5)
        )
        pdf = access_report(ctx, 23, None, None, "fi")
        results["access_report_pdf"] = {
            "entries": len(list_entries(ctx, client_id=23, limit=None)),
            "bytes": len(pdf),
            **summary(timed(lambda: access_report(ctx, 23, None, None, "fi"), 3)),
        }
        ctx.close()
    print(json.dumps(results, indent=2))
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
