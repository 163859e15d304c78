"""Benchmark of the area reform through the services, on the demo database.

What the reform page does: read the situation once (every client's postal
code and named worker), plan it (again after every what-if edit), read the
changed clients' names, and apply it as one transaction (new division, one
accompanied handover per changed client). Applying runs on a fresh copy of
the database each time, since it changes it.

    PYTHONPATH=src python -m benchmarks.bench_reform [--sizes 10000 100000] [--repeat N]
        [--out FILE.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import time
from pathlib import Path

from benchmarks.common import CACHE, demo_database, machine, summary, timed
from omatyontekija.services.context import open_context
from omatyontekija.services.reform import (
    WhatIf,
    apply_reform,
    changed_client_names,
    plan_reform,
    reform_situation,
)

EFFECTIVE_FROM = dt.date(2099, 1, 1)  # later than any demo division


def measure(clients: int, repeat: int) -> dict:
    template = demo_database(clients)
    ctx = open_context(str(template), user="benchmark")
    try:
        situation = reform_situation(ctx)
        load = timed(lambda: reform_situation(ctx), repeat)
        proposal = plan_reform(situation)
        plan = timed(lambda: plan_reform(situation), repeat)
        pinned = WhatIf().with_pin(situation.districts[0], "8").with_capacity("8", 10**6)
        what_if = timed(lambda: plan_reform(situation, pinned), repeat)
        ids = [c.client_id for c in proposal.changes]
        names = timed(lambda: changed_client_names(ctx, ids), repeat)
    finally:
        ctx.close()
    applies = []
    for run in range(max(1, repeat // 2)):
        copy = CACHE / f"reform-apply-{clients}-{run}.sqlite3"
        shutil.copyfile(template, copy)
        apply_ctx = open_context(str(copy), user="benchmark")
        try:
            fresh = plan_reform(reform_situation(apply_ctx))
            started = time.perf_counter()
            applied = apply_reform(apply_ctx, fresh, EFFECTIVE_FROM)
            applies.append(time.perf_counter() - started)
        finally:
            apply_ctx.close()
            for path in CACHE.glob(copy.name + "*"):
                path.unlink()
    return {
        "clients": clients,
        "districts": len(situation.districts),
        "social_workers": len(situation.social_workers),
        "changed_clients": len(proposal.changes),
        "handovers_opened": len(applied.handover_ids),
        "status": proposal.status,
        "load_situation_s": summary(load),
        "plan_s": summary(plan),
        "plan_with_what_if_s": summary(what_if),
        "changed_names_s": summary(names),
        "apply_s": summary(applies),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()
    results = {"benchmark": "reform", "machine": machine(), "runs": []}
    for size in args.sizes:
        result = measure(size, args.repeat)
        results["runs"].append(result)
        print(
            f"{size:>7} clients: situation {result['load_situation_s']['median']:.3f} s, "
            f"plan {result['plan_s']['median']:.3f} s, "
            f"what-if {result['plan_with_what_if_s']['median']:.3f} s, "
            f"names {result['changed_names_s']['median']:.3f} s, "
            f"apply {result['apply_s']['median']:.2f} s "
            f"({result['handovers_opened']} handovers)"
        )
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
