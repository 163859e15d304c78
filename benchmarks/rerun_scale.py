"""Search, the year of log and typing with it, measured again after a change (300 000).

python -m benchmarks.rerun_scale --clients 300000 --out benchmarks/results/rerun-300000.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from benchmarks import bench_log, bench_search
from benchmarks.common import machine
from benchmarks.run import _scale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=300_000)
    parser.add_argument("--log-entries", type=int, default=bench_log.YEAR_ENTRIES)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    results = {
        name: {**entry, "unit": "ms"}
        for name, entry in bench_search.measure(args.clients, args.repeat).items()
    }
    results.update(bench_log.measure_year(args.clients, args.log_entries, args.repeat))
    results.update(
        bench_log.measure_keystrokes_with_year(args.clients, args.log_entries, args.repeat)
    )
    results = {name: _scale(entry) for name, entry in results.items()}
    print(json.dumps(results, indent=2, default=str))
    if args.out:
        args.out.write_text(
            json.dumps(
                {
                    "date": dt.date.today().isoformat(),
                    "clients": args.clients,
                    "machine": machine(),
                    "results": results,
                },
                indent=2,
                default=str,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
